/**
 * The ExcelJS door: the port over a workbook read from an .xlsx file. Changes are kept in memory and
 * written to a new file: the input file is never written to.
 *
 * Recoded columns go after the last column of the data, not between existing columns: a file has no
 * Excel to move formulas along, and shifting cells would break references into the sheet. (In Excel,
 * the Office door inserts them right of their source, and Excel adjusts the formulas.)
 */
import type ExcelJS from "exceljs";
import {
  LIMITS,
  NoData,
  LimitExceeded,
  MARKER_COL,
  STYLES,
  cellText,
  isEmptyCell,
  type CellValue,
  type SheetLayout,
  type StyleName,
  type Table,
} from "../../core";
import {
  SETTINGS_SHEET,
  columnLetters,
  isProductSheet,
  settingsFromCells,
  settingsToCells,
  placeLayout,
  throwIfAborted,
  type DataSource,
  type LocateOptions,
  type NewColumn,
  type ReadOptions,
  type WorkbookPort,
} from "../port";
import { emptySheet, plainValue, type LoadedSheet, type LoadedWorkbook } from "./model";
import { excelStyle, renderLayout, renderLoaded } from "./render";

const HEADER_STYLE = excelStyle({ bold: true, fill: "DEECF9", border: true });

export class FileWorkbook implements WorkbookPort {
  /** Layouts to render on save, by sheet name, in the order they were first written. */
  private readonly layouts = new Map<string, SheetLayout>();

  constructor(readonly workbook: LoadedWorkbook) {}

  private sheet(name: string): LoadedSheet {
    const sheet = this.workbook.sheets.find((s) => s.name === name);
    if (!sheet) throw new NoData("unknownSheet", name);
    return sheet;
  }

  /** Sheets that may hold data: visible, not written by the product. */
  dataSheets(): string[] {
    // A product sheet is known by its name or its marker ("KSZ-aanvraag (2)"), as in the Office door.
    return this.workbook.sheets
      .filter((s) => s.state === "visible" && !isProductSheet(s.name, plainValue(s.values[0]?.[MARKER_COL])))
      .map((s) => s.name);
  }

  async locateData(options: LocateOptions = {}): Promise<DataSource> {
    // A file has no sheet ids: a sheet is known by its name. The one the data were last taken from
    // wins while it is there, visible and not empty; else the first visible sheet with data.
    const remembered = options.remembered?.id;
    const withData = (n: string) => this.sheet(n).values.some((r) => r?.some((v) => !isEmptyCell(plainValue(v))));
    const name =
      options.sheet ??
      (remembered && this.dataSheets().includes(remembered) && withData(remembered) ? remembered : undefined) ??
      this.dataSheets().find(withData);
    if (!name) throw new NoData("noSheet");
    const sheet = this.sheet(name);
    let rows = 0;
    let cols = 0;
    sheet.values.forEach((row, r) => {
      if (!row) return;
      for (let c = row.length - 1; c >= 0; c--) {
        if (!isEmptyCell(plainValue(row[c]))) {
          rows = r + 1;
          cols = Math.max(cols, c + 1);
          break;
        }
      }
    });
    if (rows === 0) throw new NoData("emptySheet", name);
    return {
      kind: "range",
      sheet: name,
      sheetId: name,
      address: `${name}!A1:${columnLetters(cols - 1)}${rows}`,
      firstRow: 0,
      firstColumn: 0,
      rowCount: rows,
      columnCount: cols,
    };
  }

  async readTop(source: DataSource, rows: number): Promise<CellValue[][]> {
    const sheet = this.sheet(source.sheet);
    return Array.from({ length: Math.min(rows, source.rowCount) }, (_, r) =>
      Array.from({ length: source.columnCount }, (_, c) => plainValue(sheet.values[r]?.[c])),
    );
  }

  async readTable(
    source: DataSource,
    headerRow: number,
    columns: readonly number[],
    options: ReadOptions = {},
  ): Promise<Table> {
    throwIfAborted(options.signal);
    const sheet = this.sheet(source.sheet);
    const rowCount = Math.max(source.rowCount - headerRow - 1, 0);
    const headers = Array.from({ length: source.columnCount }, (_, c) =>
      cellText(plainValue(sheet.values[headerRow]?.[c])).trim(),
    );
    const wanted = new Set(columns);
    const out: CellValue[][] = headers.map((_, c) => (wanted.has(c) ? new Array<CellValue>(rowCount) : []));
    for (let r = 0; r < rowCount; r++) {
      const row = sheet.values[headerRow + 1 + r];
      for (const c of columns) out[c]![r] = plainValue(row?.[c]);
    }
    options.onProgress?.(rowCount, rowCount);
    const table: Table = { headers, columns: out, rowCount, firstRowNumber: headerRow + 2 };
    if (this.workbook.date1904) table.date1904 = true;
    return table;
  }

  async writeColumns(
    source: DataSource,
    headerRow: number,
    columns: readonly NewColumn[],
    options: ReadOptions = {},
  ): Promise<number[]> {
    throwIfAborted(options.signal);
    const sheet = this.sheet(source.sheet);
    const header = sheet.values[headerRow] ?? [];
    // Past column XFD the file could not be saved: refused before anything changes.
    const widest = Math.max(source.columnCount, header.length) + columns.length;
    if (widest > LIMITS.columns) throw new LimitExceeded("columns", widest, source.sheet);
    sheet.values[headerRow] = header;
    const placed: number[] = [];
    for (const column of columns) {
      // Replace the product's own column from an earlier run; else take the first free column.
      let at = header.findIndex((h) => cellText(plainValue(h)).trim() === column.header);
      if (at < 0) {
        at = Math.max(source.columnCount, header.length);
        while (!isEmptyCell(plainValue(header[at]))) at++;
      }
      header[at] = column.header;
      (sheet.styles[headerRow] ??= [])[at] = HEADER_STYLE;
      column.values.forEach((value, r) => {
        (sheet.values[headerRow + 1 + r] ??= [])[at] = value;
      });
      sheet.columnWidths[at] = Math.max(sheet.columnWidths[at] ?? 0, column.header.length + 4, 14);
      placed.push(at);
    }
    return placed;
  }

  async markCells(sheetName: string, cells: readonly { row: number; col: number }[], style: StyleName): Promise<void> {
    const sheet = this.sheet(sheetName);
    const excel = excelStyle(STYLES[style]);
    for (const { row, col } of cells) (sheet.styles[row] ??= [])[col] = excel;
  }

  async writeSheet(layout: SheetLayout): Promise<string> {
    // One sheet of each kind, whatever its language: a layout written earlier in this session goes;
    // the file's own sheet of this kind (found by its marker) is renamed and rewritten in place; a
    // sheet of the analyst's under the layout's name is kept, and the layout takes a free name.
    for (const [name, pending] of this.layouts) if (pending.kind === layout.kind) this.layouts.delete(name);
    const sheets = [
      ...this.workbook.sheets.map((sheet) => ({ sheet, marker: plainValue(sheet.values[0]?.[MARKER_COL]) })),
      // Layouts of other kinds written in this session hold their names too.
      ...[...this.layouts.keys()].map((name) => ({ sheet: { name }, marker: null })),
    ];
    const place = placeLayout(layout, sheets);
    if (place.rename) place.sheet!.name = place.name;
    this.layouts.set(place.name, place.name === layout.name ? layout : { ...layout, name: place.name });
    return place.name;
  }

  async readCells(sheetName: string, cells: readonly { row: number; col: number }[]): Promise<CellValue[] | null> {
    // A sheet written in this session is read from its layout; one from the file, from its cells.
    const layout = this.layouts.get(sheetName);
    if (layout) {
      const at = new Map(layout.cells.map((c) => [`${c.row},${c.col}`, c.value]));
      return cells.map(({ row, col }) => at.get(`${row},${col}`) ?? null);
    }
    const sheet = this.workbook.sheets.find((s) => s.name === sheetName);
    return sheet ? cells.map(({ row, col }) => plainValue(sheet.values[row]?.[col])) : null;
  }

  async loadSettings(): Promise<unknown> {
    const sheet = this.workbook.sheets.find((s) => s.name === SETTINGS_SHEET);
    if (!sheet) return null;
    return settingsFromCells((sheet.values[0] ?? []).map(plainValue));
  }

  async saveSettings(value: unknown): Promise<void> {
    let sheet = this.workbook.sheets.find((s) => s.name === SETTINGS_SHEET);
    if (!sheet) {
      sheet = emptySheet(SETTINGS_SHEET, "veryHidden");
      this.workbook.sheets.push(sheet);
    }
    sheet.values = [settingsToCells(value)];
    sheet.styles = [];
  }

  /** Layouts written in this session and not yet saved (to hand to another thread that saves). */
  pendingLayouts(): SheetLayout[] {
    return [...this.layouts.values()];
  }

  /**
   * The copy to send to the KSZ: a new workbook holding only the request sheet as generated and the
   * requested tables' empty shells, with nothing of the export: no data sheet, no settings, no linkage
   * list, no check sheet.
   */
  sendCopy(): FileWorkbook {
    const copy = new FileWorkbook({ sheets: [] });
    // The request and its empty tables only: the check sheet holds the true small counts, which never
    // leave the institution.
    for (const layout of this.layouts.values())
      if (layout.kind === "request" || layout.kind === "tables") copy.layouts.set(layout.name, layout);
    if (![...copy.layouts.values()].some((l) => l.kind === "request"))
      throw new Error("no request sheet has been generated to copy");
    return copy;
  }

  /** The visible sheets of the file as it will be saved, in order. */
  outputSheets(): string[] {
    const names = this.workbook.sheets.filter((s) => s.state === "visible").map((s) => s.name);
    for (const name of this.layouts.keys()) if (!names.includes(name)) names.push(name);
    return names;
  }

  /** Render every sheet into a workbook (streaming writer or in-memory): the input's, then new layouts. */
  async renderInto(target: Pick<ExcelJS.Workbook, "addWorksheet">): Promise<void> {
    const pending = new Map(this.layouts);
    for (const sheet of this.workbook.sheets) {
      if (sheet.name === SETTINGS_SHEET) continue; // last, out of the way of the visible sheets
      const layout = pending.get(sheet.name);
      // A sheet the product wrote before is rendered anew, in the same place.
      if (layout) {
        renderLayout(target, layout);
        pending.delete(sheet.name);
      } else await renderLoaded(target, sheet);
    }
    for (const layout of pending.values()) renderLayout(target, layout);
    const settings = this.workbook.sheets.find((s) => s.name === SETTINGS_SHEET);
    if (settings) await renderLoaded(target, settings);
  }
}
