/**
 * The Office.js door: the port inside Excel. Round trips are the cost that matters, so:
 * - reads take only the columns asked for, in row chunks sized from the first chunk to stay under
 *   4 MB per response (Excel on the web refuses 5 MB), with progress and cancel between chunks;
 * - writes are chunked the same way, and formatting is queued in batch after the values;
 * - context.sync() is never called once per row.
 * Sheets are updated in place, never deleted: deleting a sheet clears the user's undo history.
 */
import { cellText, type CellValue, type SheetLayout, type StyleName, STYLES, type Table } from "../../core";
import {
  SETTINGS_SHEET,
  columnLetters,
  productSheetNames,
  settingsFromCells,
  settingsToCells,
  throwIfAborted,
  type DataSource,
  type NewColumn,
  type ReadOptions,
  type WorkbookPort,
} from "../port";
import { contains, parseAddress } from "./addresses";
import { base64Of, defaultNewWorkbook } from "./newWorkbook";
import { FIRST_CHUNK_ROWS, FORMAT_OPS_PER_SYNC, HEADER_FILL, bytesOf, rowsPerChunk } from "./payload";
import { applyStyle, getOrCreateSheet, writeLayout } from "./writeLayout";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** What the host supports: Office.context.requirements, or a test's fake host. */
export interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}
const officeRequirements = (): Requirements =>
  (typeof Office === "undefined" ? undefined : Office.context?.requirements) ?? { isSetSupported: () => false };

export { CHUNK_BYTES } from "./payload";

export class OfficeWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun = (batch) => Excel.run(batch),
    /** Excel.createWorkbook where the host has it (ExcelApi 1.8), asked at the moment of use. */
    private readonly newWorkbook: () => ((base64: string) => Promise<void>) | null = defaultNewWorkbook,
    /** The host's requirement sets (Office.context.requirements); none outside Office. */
    private readonly requirements: Requirements = officeRequirements(),
  ) {}

  /**
   * The copy to send, as a new workbook: the sheets are rendered to an .xlsx by the ExcelJS door
   * (loaded only now) and opened with Excel.createWorkbook; nothing of this workbook goes with them.
   */
  async openCopy(layouts: readonly SheetLayout[]): Promise<boolean> {
    const open = this.newWorkbook();
    if (!open) return false;
    const [{ FileWorkbook }, { saveXlsxBuffer }] = await Promise.all([
      import("../exceljs/fileWorkbook"),
      import("../exceljs/browser"),
    ]);
    const copy = new FileWorkbook({ sheets: [] });
    for (const layout of layouts) await copy.writeSheet(layout);
    await open(base64Of(await saveXlsxBuffer(copy)));
    return true;
  }

  async locateData(options: { sheet?: string } = {}): Promise<DataSource> {
    return this.run(async (context) => {
      let sheet = options.sheet
        ? context.workbook.worksheets.getItem(options.sheet)
        : context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const selection = context.workbook.getSelectedRange().load("address");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      let onProductSheet = false;
      if (!options.sheet && productSheetNames().has(sheet.name)) {
        // The active sheet is one the product wrote (after "Check small cells", say): the data are on
        // the first visible sheet that is not the product's.
        onProductSheet = true;
        const sheets = context.workbook.worksheets.load("items/name,items/visibility");
        await context.sync();
        const data = sheets.items.find((s) => s.visibility === "Visible" && !productSheetNames().has(s.name));
        if (!data) throw new Error("the workbook has no sheet with data");
        sheet = data;
      }
      // The table the selection is in, if any (one more round trip to learn the tables' places).
      const ranges = tables.items.map((tab) => ({ name: tab.name, range: tab.getRange().load("address") }));
      const used = sheet.getUsedRangeOrNullObject(true).load("address,isNullObject");
      await context.sync();
      const selected = parseAddress(selection.address, sheet.name);
      const table =
        options.sheet || onProductSheet
          ? undefined
          : ranges.find((r) => contains(parseAddress(r.range.address), selected));
      if (table) return sourceOf(table.range.address, "table", table.name);
      if (used.isNullObject) throw new Error(`sheet "${sheet.name}" is empty`);
      return sourceOf(used.address, "range");
    });
  }

  async readTop(source: DataSource, rows: number): Promise<CellValue[][]> {
    return this.run(async (context) => {
      const range = context.workbook.worksheets
        .getItem(source.sheet)
        .getRangeByIndexes(source.firstRow, source.firstColumn, Math.min(rows, source.rowCount), source.columnCount)
        .load("values");
      await context.sync();
      return range.values as CellValue[][];
    });
  }

  async readTable(
    source: DataSource,
    headerRow: number,
    columns: readonly number[],
    options: ReadOptions = {},
  ): Promise<Table> {
    const rowCount = Math.max(source.rowCount - headerRow - 1, 0);
    const firstDataRow = source.firstRow + headerRow + 1;
    const wanted = [...new Set(columns)].sort((a, b) => a - b);
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(source.sheet);
      const out: CellValue[][] = Array.from({ length: source.columnCount }, () => []);
      const header = sheet
        .getRangeByIndexes(source.firstRow + headerRow, source.firstColumn, 1, source.columnCount)
        .load("values");
      let done = 0;
      let chunk = Math.min(FIRST_CHUNK_ROWS, rowCount);
      while (done < rowCount && wanted.length > 0) {
        throwIfAborted(options.signal);
        const size = Math.min(chunk, rowCount - done);
        // One range per needed column: columns not asked for never cross the wire.
        const parts = wanted.map((c) =>
          sheet.getRangeByIndexes(firstDataRow + done, source.firstColumn + c, size, 1).load("values"),
        );
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 4 MB, never per row
          await context.sync();
        } catch (error) {
          // Longer values further down than the estimate allowed for: halve the chunk and read it again.
          if ((error as { code?: string }).code === "RequestPayloadSizeLimitExceeded" && size > 1) {
            chunk = Math.ceil(size / 2);
            continue;
          }
          throw error;
        }
        const first = done === 0;
        let bytes = 0;
        parts.forEach((part, i) => {
          const target = out[wanted[i]!]!;
          const values = part.values;
          // Measured on the first chunk only: serialising 4 MB again each time would cost the pane a
          // noticeable pause per chunk, for an estimate that hardly moves.
          if (first) bytes += bytesOf(values);
          for (let r = 0; r < size; r++) target.push(values[r]![0] as CellValue);
        });
        done += size;
        options.onProgress?.(done, rowCount);
        // Size the next chunks from the first one, with a margin for longer values further down.
        if (first) chunk = rowsPerChunk((bytes / size) * 1.25);
      }
      if (done === 0) await context.sync(); // no rows to read: the header alone
      const headers = (header.values[0] ?? []).map((v) => cellText(v).trim());
      return { headers, columns: out, rowCount, firstRowNumber: firstDataRow + 1 };
    });
  }

  async writeColumns(
    source: DataSource,
    headerRow: number,
    columns: readonly NewColumn[],
    options: ReadOptions = {},
  ): Promise<number[]> {
    const headerSheetRow = source.firstRow + headerRow;
    const firstDataRow = headerSheetRow + 1;
    const rowCount = Math.max(source.rowCount - headerRow - 1, 0);
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(source.sheet);
      const headerRange = sheet
        .getRangeByIndexes(headerSheetRow, source.firstColumn, 1, source.columnCount)
        .load("values");
      await context.sync();
      const headers = (headerRange.values[0] ?? []).map((v) => cellText(v).trim());
      // Place each column: over the product's own column from an earlier run, else a new column
      // inserted right of its source. Insert from the right so earlier indices stay valid.
      const placed: number[] = new Array(columns.length);
      const inserts: { index: number; at: number }[] = [];
      columns.forEach((column, i) => {
        const existing = headers.indexOf(column.header);
        if (existing >= 0) placed[i] = existing;
        else inserts.push({ index: i, at: column.source + 1 });
      });
      inserts.sort((a, b) => b.at - a.at || b.index - a.index);
      const table = source.kind === "table" && source.table ? context.workbook.tables.getItem(source.table) : null;
      for (const { index, at } of inserts) {
        // Right to left: each insert moves everything placed at or after it one column on.
        if (table) table.columns.add(at, undefined, columns[index]!.header);
        else sheet.getRangeByIndexes(headerSheetRow, source.firstColumn + at, rowCount + 1, 1).insert("Right");
        for (let j = 0; j < placed.length; j++) if (placed[j] !== undefined && placed[j]! >= at) placed[j]!++;
        placed[index] = at;
      }
      // Headers and their formatting ride with the inserts and the first chunk of values; the column
      // widths with the last: one round trip per chunk, and no more.
      columns.forEach((column, i) => {
        const cell = sheet.getRangeByIndexes(headerSheetRow, source.firstColumn + placed[i]!, 1, 1);
        cell.values = [[column.header]];
        cell.format.font.bold = true;
        cell.format.fill.color = HEADER_FILL;
      });
      const bytesPerRow =
        columns.reduce(
          (n, c) => n + (c.values.length ? bytesOf(c.values.slice(0, 200)) / Math.min(200, c.values.length) : 0),
          0,
        ) + 8;
      const chunk = rowsPerChunk(bytesPerRow * 1.1);
      let done = 0;
      do {
        throwIfAborted(options.signal);
        const size = Math.min(chunk, rowCount - done);
        if (size > 0) {
          columns.forEach((column, i) => {
            sheet.getRangeByIndexes(firstDataRow + done, source.firstColumn + placed[i]!, size, 1).values =
              column.values.slice(done, done + size).map((v) => [v]);
          });
        }
        done += Math.max(size, 0);
        if (done >= rowCount) {
          columns.forEach((_, i) =>
            sheet
              .getRangeByIndexes(headerSheetRow, source.firstColumn + placed[i]!, rowCount + 1, 1)
              .format.autofitColumns(),
          );
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 4 MB, never per row
        await context.sync();
        options.onProgress?.(done, rowCount);
      } while (done < rowCount);
      return placed.map((p) => source.firstColumn + p);
    });
  }

  async markCells(sheetName: string, cells: readonly { row: number; col: number }[], style: StyleName): Promise<void> {
    // Runs of consecutive rows in a column become one range: few operations for many cells.
    const runs: { row: number; col: number; rows: number }[] = [];
    const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
    for (const cell of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.col === cell.col && last.row + last.rows === cell.row) last.rows++;
      else runs.push({ row: cell.row, col: cell.col, rows: 1 });
    }
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      for (let i = 0; i < runs.length; i += FORMAT_OPS_PER_SYNC) {
        for (const run of runs.slice(i, i + FORMAT_OPS_PER_SYNC)) {
          applyStyle(sheet.getRangeByIndexes(run.row, run.col, run.rows, 1), STYLES[style]);
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 4 MB, never per row
        await context.sync();
      }
    });
  }

  async writeSheet(layout: SheetLayout): Promise<void> {
    await this.run((context) => writeLayout(context, layout));
  }

  /** Bring a sheet to the front (after generating the request, "Go to the sheet"). */
  async activateSheet(name: string): Promise<void> {
    await this.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  async readCells(sheetName: string, cells: readonly { row: number; col: number }[]): Promise<CellValue[] | null> {
    if (cells.length === 0) return [];
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName).load("isNullObject");
      await context.sync();
      if (sheet.isNullObject) return null;
      // One rectangle around the cells: a request sheet is small, one round trip reads it all.
      const top = Math.min(...cells.map((c) => c.row));
      const left = Math.min(...cells.map((c) => c.col));
      const bottom = Math.max(...cells.map((c) => c.row));
      const right = Math.max(...cells.map((c) => c.col));
      const range = sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1).load("values");
      await context.sync();
      return cells.map(({ row, col }) => (range.values[row - top]?.[col - left] ?? null) as CellValue);
    });
  }

  async loadSettings(): Promise<unknown> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET).load("isNullObject");
      await context.sync();
      if (sheet.isNullObject) return null;
      const used = sheet.getUsedRangeOrNullObject(true).load("values,isNullObject");
      await context.sync();
      if (used.isNullObject) return null;
      return settingsFromCells(used.values[0] ?? []);
    });
  }

  async saveSettings(value: unknown): Promise<void> {
    const chunks = settingsToCells(value);
    await this.run(async (context) => {
      const sheet = await getOrCreateSheet(context, SETTINGS_SHEET);
      sheet.visibility = "VeryHidden";
      sheet.getRange().clear("Contents");
      // Text format, so Excel never reads a chunk of JSON as a number or a date.
      const range = sheet.getRangeByIndexes(0, 0, 1, Math.max(chunks.length, 1));
      range.numberFormat = [chunks.map(() => "@")];
      range.values = [chunks.length ? chunks : [""]];
      await context.sync();
    });
  }
}

function sourceOf(address: string, kind: DataSource["kind"], table?: string): DataSource {
  const rect = parseAddress(address);
  const source: DataSource = {
    kind,
    sheet: rect.sheet,
    address: `${rect.sheet}!${columnLetters(rect.col)}${rect.row + 1}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`,
    firstRow: rect.row,
    firstColumn: rect.col,
    rowCount: rect.rows,
    columnCount: rect.cols,
  };
  if (table) source.table = table;
  return source;
}
