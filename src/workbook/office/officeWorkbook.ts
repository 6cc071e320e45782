/**
 * The Office.js door: the port inside Excel. Round trips are the cost that matters, so:
 * - reads take only the columns asked for, in row chunks sized from the first chunk to stay under
 *   4 MB per response (Excel on the web refuses 5 MB), with progress and cancel between chunks;
 * - writes are chunked the same way, and formatting is queued in batch after the values;
 * - context.sync() is never called once per row.
 * Sheets are updated in place, never deleted: deleting a sheet clears the user's undo history.
 */
import { cellText, type CellValue, type Lang, type SheetLayout, type StyleName, STYLES, type Table } from "../../core";
import {
  SETTINGS_SHEET,
  settingsFromCells,
  settingsToCells,
  throwIfAborted,
  type DataSource,
  type LocateOptions,
  type NewColumn,
  type ReadOptions,
  type WorkbookPort,
  type WritePlan,
} from "../port";
import { locateData } from "./locate";
import { writeColumns } from "./writeColumns";
import { base64Of, defaultNewWorkbook } from "./newWorkbook";
import { ACTIONS_PER_SYNC, FIRST_CHUNK_ROWS, PAYLOAD_REFUSALS, bytesOf, rowsPerChunk } from "./payload";
import { applyStyle, getOrCreateSheet, styleActions, writeLayout } from "./writeLayout";
import { UndoGroups, undoSupport, type ExcelRun, type UndoSupport } from "./undoGroups";

export type { ExcelRun } from "./undoGroups";

/** DATE(2000,1,1) in a workbook that counts from 1904 (36526 from 1900). */
const SERIAL_2000_FROM_1904 = 35064;

/** What the host supports: Office.context.requirements, or a test's fake host. */
export interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}
const officeRequirements = (): Requirements =>
  (typeof Office === "undefined" ? undefined : Office.context?.requirements) ?? { isSetSupported: () => false };

export { CHUNK_BYTES } from "./payload";

/** Excel.run in both its forms, with RunOptions or without. */
const excelRun = ((first: unknown, second?: unknown) =>
  second
    ? Excel.run(first as Excel.RunOptions, second as (c: Excel.RequestContext) => Promise<unknown>)
    : Excel.run(first as (c: Excel.RequestContext) => Promise<unknown>)) as ExcelRun;

export class OfficeWorkbook implements WorkbookPort {
  private readonly undo: UndoGroups;
  /** Co-authoring and a second pane: saves check the revision they were read with (savedSettings.ts). */
  readonly coauthored = true;

  constructor(
    run: ExcelRun = excelRun,
    /** Excel.createWorkbook where the host has it (ExcelApi 1.8), asked at the moment of use. */
    private readonly newWorkbook: () => ((base64: string) => Promise<void>) | null = defaultNewWorkbook,
    /** The host's requirement sets (Office.context.requirements); none outside Office. */
    private readonly requirements: Requirements = officeRequirements(),
  ) {
    this.undo = new UndoGroups(run, requirements);
  }

  /** What Ctrl+Z keeps of the analyst's work on this host (the pane says so before the first action). */
  get undoSupport(): UndoSupport {
    return undoSupport(this.requirements);
  }

  /** One action (Recode, Check, Generate) as one undo step where Excel can (see undoGroups.ts). */
  action<T>(work: () => Promise<T>, sheetLang: Lang): Promise<T> {
    return this.undo.action(work, sheetLang);
  }

  /** A door call, in the running action's batch if there is one. */
  private run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.undo.batch(work);
  }

  /**
   * The copy to send, as a new workbook: the sheets are rendered to an .xlsx by the ExcelJS door
   * (loaded only now) and opened with Excel.createWorkbook; nothing of this workbook goes with them.
   */
  async openCopy(layouts: readonly SheetLayout[]): Promise<"opened" | "unavailable" | "refused"> {
    const open = this.newWorkbook();
    if (!open) return "unavailable";
    const [{ FileWorkbook }, { saveXlsxBuffer }] = await Promise.all([
      import("../exceljs/fileWorkbook"),
      import("../exceljs/browser"),
    ]);
    const copy = new FileWorkbook({ sheets: [] });
    for (const layout of layouts) await copy.writeSheet(layout);
    try {
      await open(base64Of(await saveXlsxBuffer(copy)));
    } catch (error) {
      // Refused by Excel (a policy that forbids add-ins to open workbooks): the manual steps remain.
      console.warn("Diversity Request: Excel did not open the copy to send as a new workbook.", error);
      return "refused";
    }
    return "opened";
  }

  async locateData(options: LocateOptions = {}): Promise<DataSource> {
    return this.run((context) => locateData(context, options, this.requirements));
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
      const loadHeader = () =>
        sheet.getRangeByIndexes(source.firstRow + headerRow, source.firstColumn, 1, source.columnCount).load("values");
      // The workbook's date system, asked of Excel's own DATE function (no API property gives it):
      // 1 Jan 2000 is serial 36526 from 1900, 35064 from 1904. Loaded with the header.
      const loadDateSystem = () => context.workbook.functions.date(2000, 1, 1).load("value");
      // Loaded with the first chunk; loaded again if that sync is refused, or its values are lost.
      let header = loadHeader();
      let dateSystem = loadDateSystem();
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
          // Longer values further down than the estimate allowed for (a refused response, or request):
          // halve the chunk and read it again, with the header if it was in the refused sync.
          if (PAYLOAD_REFUSALS.has((error as { code?: string }).code ?? "") && size > 1) {
            chunk = Math.ceil(size / 2);
            if (done === 0) {
              header = loadHeader();
              dateSystem = loadDateSystem();
            }
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
      const table: Table = { headers, columns: out, rowCount, firstRowNumber: firstDataRow + 1 };
      if (dateSystem.value === SERIAL_2000_FROM_1904) table.date1904 = true;
      return table;
    });
  }

  async writeColumns(
    source: DataSource,
    headerRow: number,
    columns: readonly NewColumn[],
    options: ReadOptions & { plan?: WritePlan } = {},
  ): Promise<number[]> {
    return this.run((context) => writeColumns(context, source, headerRow, columns, options));
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
    // Each run costs as many actions as the style sets: syncs are sized by actions, not by runs.
    const perSync = Math.max(1, Math.floor(ACTIONS_PER_SYNC / styleActions(STYLES[style])));
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      for (let i = 0; i < runs.length; i += perSync) {
        for (const run of runs.slice(i, i + perSync)) {
          applyStyle(sheet.getRangeByIndexes(run.row, run.col, run.rows, 1), STYLES[style]);
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 4 MB, never per row
        await context.sync();
      }
    });
  }

  async writeSheet(layout: SheetLayout): Promise<string> {
    return this.run((context) => writeLayout(context, layout, this.requirements));
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
      const { sheet, visibility } = await getOrCreateSheet(context, SETTINGS_SHEET);
      // Set once: Worksheet.visibility is not undoable, and setting it clears the analyst's undo
      // history in Excel for Windows and Mac. Later saves only write the cells.
      if (visibility !== "VeryHidden") sheet.visibility = "VeryHidden";
      sheet.getRange().clear("Contents");
      // Text format, so Excel never reads a chunk of JSON as a number or a date.
      const range = sheet.getRangeByIndexes(0, 0, 1, Math.max(chunks.length, 1));
      range.numberFormat = [chunks.map(() => "@")];
      range.values = [chunks.length ? chunks : [""]];
      await context.sync();
    });
  }
}
