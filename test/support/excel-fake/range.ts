/** Ranges: values with Excel's coercion, number formats, inserts with Excel's refusals, merges, clears. */
import { FakeClientObject, formatRecorder } from "./clientObject";
import {
  MAX_COLS,
  MAX_ROWS,
  OfficeFakeError,
  addressOf,
  intersects,
  type BaseRequestContext,
  type CellValue,
  type Rect,
  type SheetData,
} from "./context";
import { coerceWritten } from "./values";

interface RangeProps {
  values: CellValue[][];
  numberFormat: string[][];
  rowCount: number;
  columnCount: number;
  rowIndex: number;
  columnIndex: number;
  address: string;
  isNullObject: boolean;
}

/** The number format of one cell: the last format set on a range covering it, else General. */
export function numberFormatAt(sheet: SheetData, row: number, col: number): string {
  for (let i = sheet.numberFormats.length - 1; i >= 0; i--) {
    const { rect, formats } = sheet.numberFormats[i]!;
    if (row < rect.row || row >= rect.row + rect.rows || col < rect.col || col >= rect.col + rect.cols) continue;
    return typeof formats === "string" ? formats : (formats[row - rect.row]?.[col - rect.col] ?? "General");
  }
  return "General";
}

export class FakeRange extends FakeClientObject<RangeProps> {
  readonly format: Record<string, unknown>;

  constructor(
    context: BaseRequestContext,
    private readonly sheetName: string,
    /** Resolves the rectangle at sync time: a used range depends on the state then, not now. */
    private readonly rect: () => Rect | null,
  ) {
    super(context);
    this.format = formatRecorder(context, sheetName, () => this.must()) as Record<string, unknown>;
  }

  private sheetData(): SheetData {
    const sheet = this.context.data.sheet(this.sheetName);
    if (!sheet) throw new OfficeFakeError("ItemNotFound", `no sheet ${this.sheetName}`);
    return sheet;
  }

  private must(): Rect {
    const r = this.rect();
    if (!r) throw new OfficeFakeError("ItemNotFound", "null range");
    return r;
  }

  protected snapshot(keys: (keyof RangeProps)[]): Partial<RangeProps> {
    const r = this.rect();
    const out: Partial<RangeProps> = {};
    for (const key of keys) {
      if (key === "isNullObject") out.isNullObject = r === null;
      if (!r) continue;
      if (key === "values") {
        const cells = this.sheetData().cells;
        const values: CellValue[][] = new Array(r.rows);
        for (let i = 0; i < r.rows; i++) {
          const line = cells[r.row + i];
          const row: CellValue[] = new Array(r.cols);
          for (let j = 0; j < r.cols; j++) row[j] = line?.[r.col + j] ?? "";
          values[i] = row;
        }
        out.values = values;
      } else if (key === "numberFormat") {
        const sheet = this.sheetData();
        out.numberFormat = Array.from({ length: r.rows }, (_, i) =>
          Array.from({ length: r.cols }, (_, j) => numberFormatAt(sheet, r.row + i, r.col + j)),
        );
      } else if (key === "rowCount") out.rowCount = r.rows;
      else if (key === "columnCount") out.columnCount = r.cols;
      else if (key === "rowIndex") out.rowIndex = r.row;
      else if (key === "columnIndex") out.columnIndex = r.col;
      else if (key === "address") out.address = addressOf(this.sheetName, r);
    }
    return out;
  }

  get values(): CellValue[][] {
    return this.read("values");
  }
  /** Written as Excel writes them: strings coerced unless the cell is formatted as text ("@"). */
  set values(values: CellValue[][]) {
    this.context.write(values, () => {
      const r = this.must();
      if (values.length !== r.rows || values.some((line) => line.length !== r.cols)) {
        throw new OfficeFakeError("InvalidArgument", "values do not match the range's size");
      }
      const sheet = this.sheetData();
      // Coerced first, so a refused formula leaves the range as it was.
      const coerced = values.map((line, i) =>
        line.map((v, j) =>
          v === null || v === undefined ? null : coerceWritten(v, numberFormatAt(sheet, r.row + i, r.col + j)),
        ),
      );
      coerced.forEach((line, i) => {
        const target = (sheet.cells[r.row + i] ??= []);
        line.forEach((v, j) => {
          if (v !== null) target[r.col + j] = v;
        });
      });
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][] | string) {
    this.context.write(formats, () => {
      const rect = this.must();
      if (Array.isArray(formats) && (formats.length !== rect.rows || formats.some((l) => l.length !== rect.cols)))
        throw new OfficeFakeError("InvalidArgument", "number formats do not match the range's size");
      const sheet = this.sheetData();
      sheet.numberFormats.push({ rect, formats });
      sheet.formats.push({ rect, path: "numberFormat", value: formats });
    });
  }
  /** Data validation: ExcelApi 1.8. */
  get dataValidation(): { rule: unknown } {
    this.context.data.requireApi("1.8", "Range.dataValidation");
    const record = (rule: unknown) =>
      this.context.write(rule, () =>
        this.sheetData().formats.push({ rect: this.must(), path: "dataValidation.rule", value: rule }),
      );
    return {
      set rule(rule: unknown) {
        record(rule);
      },
      get rule(): unknown {
        throw new OfficeFakeError("PropertyNotLoaded", "dataValidation.rule");
      },
    };
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get address(): string {
    return this.read("address");
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  /**
   * Insert cells, shifting the cells to their right along the same rows, as Excel does, and refused
   * where Excel refuses: when the shift would move part of a table (InsertDeleteConflict), cross an
   * AutoFilter (FilteredRangeConflict) or split merged cells (MergedRangeConflict).
   */
  insert(shift: "Right" | "Down"): void {
    if (shift !== "Right") throw new OfficeFakeError("InvalidArgument", "the fake inserts to the right only");
    this.context.write({ insert: shift }, () => {
      const r = this.must();
      const sheet = this.sheetData();
      // What moves: these rows, from this column to the sheet's right edge.
      const moving: Rect = { row: r.row, col: r.col, rows: r.rows, cols: MAX_COLS - r.col };
      for (const t of this.context.data.tables) {
        if (t.sheet !== this.sheetName || !intersects(t.rect, moving)) continue;
        const whole = t.rect.row >= r.row && t.rect.row + t.rect.rows <= r.row + r.rows;
        if (!whole) throw new OfficeFakeError("InsertDeleteConflict", `the insert would move part of table ${t.name}`);
      }
      if (this.context.data.legacyShared)
        throw new OfficeFakeError("UnsupportedOperation", "a shared workbook cannot insert blocks of cells");
      if (sheet.autoFilter && intersects(sheet.autoFilter, moving))
        throw new OfficeFakeError("FilteredRangeConflict", "the insert would cross a filtered range");
      for (const p of sheet.pivots ?? []) {
        const whole = p.row >= r.row && p.row + p.rows <= r.row + r.rows;
        if (intersects(p, moving) && !whole)
          throw new OfficeFakeError("PivotTableRangeConflict", "the insert would move part of a PivotTable");
      }
      // A cell at the sheet's right edge in these rows, value or not, would be pushed off the sheet.
      for (let i = r.row; i < r.row + r.rows; i++) {
        const line = sheet.cells[i];
        if (line && line.length > MAX_COLS - r.cols && line.slice(MAX_COLS - r.cols).some((v) => v !== "" && v != null))
          throw new OfficeFakeError("NonBlankCellOffSheet", "the insert would push cells off the sheet");
      }
      for (const m of sheet.merges) {
        if (!intersects(m, moving)) continue;
        // Moved whole, a merge is fine; cut by the insert's rows or columns, Excel refuses.
        const inside = m.row >= r.row && m.row + m.rows <= r.row + r.rows;
        const split = m.col < r.col && r.col < m.col + m.cols;
        if (!inside || split) throw new OfficeFakeError("MergedRangeConflict", "the insert would split merged cells");
      }
      for (let i = r.row; i < r.row + r.rows; i++) {
        const line = (sheet.cells[i] ??= []);
        if (line.length > r.col) line.splice(r.col, 0, ...new Array<CellValue>(r.cols).fill(""));
      }
      for (const t of this.context.data.tables) {
        if (t.sheet === this.sheetName && r.col > t.rect.col && r.col <= t.rect.col + t.rect.cols)
          t.rect.cols += r.cols;
        else if (t.sheet === this.sheetName && r.col <= t.rect.col) t.rect.col += r.cols;
      }
      for (const m of sheet.merges) if (intersects(m, moving)) m.col += r.cols;
    });
  }

  merge(): void {
    this.context.write({ merge: true }, () => {
      if (this.context.data.legacyShared)
        throw new OfficeFakeError("UnsupportedOperation", "a shared workbook cannot merge cells");
      if (this.context.data.objectSelected)
        throw new OfficeFakeError("InvalidOperation", "cells cannot be merged while a chart is selected");
      this.sheetData().merges.push(this.must());
    });
  }
  /** Range.columnHidden (ExcelApi 1.2): recorded with the formats, as "columnHidden". */
  set columnHidden(value: boolean) {
    this.context.write({ columnHidden: value }, () => {
      this.sheetData().formats.push({ rect: this.must(), path: "columnHidden", value });
    });
  }
  unmerge(): void {
    this.context.write({ unmerge: true }, () => {
      const r = this.must();
      const sheet = this.sheetData();
      sheet.merges = sheet.merges.filter((m) => !intersects(m, r));
    });
  }
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.context.write({ clear: applyTo }, () => {
      const r = this.must();
      const sheet = this.sheetData();
      if (applyTo !== "Formats") {
        for (let i = r.row; i < Math.min(r.row + r.rows, sheet.cells.length); i++) {
          const line = sheet.cells[i];
          if (line) for (let j = r.col; j < Math.min(r.col + r.cols, line.length); j++) line[j] = "";
        }
      }
      if (applyTo !== "Contents") {
        const whole = r.row === 0 && r.col === 0 && r.rows === MAX_ROWS && r.cols === MAX_COLS;
        sheet.formats = whole ? [] : sheet.formats.filter((f) => !intersects(f.rect, r));
        sheet.numberFormats = whole ? [] : sheet.numberFormats.filter((f) => !intersects(f.rect, r));
      }
    });
  }
}

/** Several areas (Ctrl+click), as getSelectedRanges gives them (ExcelApi 1.9). */
export class FakeRangeAreas extends FakeClientObject<{ address: string; areaCount: number }> {
  constructor(
    context: BaseRequestContext,
    private readonly sheetName: string,
    private readonly areas: () => Rect[],
  ) {
    super(context);
  }

  protected snapshot(): Partial<{ address: string; areaCount: number }> {
    const areas = this.areas();
    return { address: areas.map((a) => addressOf(this.sheetName, a)).join(", "), areaCount: areas.length };
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}
