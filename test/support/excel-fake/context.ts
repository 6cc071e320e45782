/**
 * The in-memory Excel's workbook state and request context: proxies queue work, nothing happens until
 * `context.sync()`, and every sync is measured against Excel's payload limits.
 *
 * Size model. Office.js sends each queued action with the path of the object it acts on; Excel on the
 * web refuses a request or a response over 5 MB. Each action here counts ACTION_BYTES (its object path
 * and action descriptor, the size of Office.js's serialised action for a range reached through a sheet)
 * plus the JSON of its arguments, so 10,000 per-cell formatting actions weigh what they weigh in Excel,
 * not only their values.
 */

export type CellValue = string | number | boolean;

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Bytes of one serialised action besides its arguments: object path (sheet, range, format) and action. */
export const ACTION_BYTES = 180;

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidSelection"
  | "InsertDeleteConflict"
  | "FilteredRangeConflict"
  | "MergedRangeConflict"
  | "ApiNotFound"
  | "UndoNotSupported"
  | "PivotTableRangeConflict"
  | "NonBlankCellOffSheet"
  | "OperationCellsExceedLimit"
  | "UnsupportedOperation"
  | "GeneralException"
  | "InvalidOperation";

export class OfficeFakeError extends Error {
  constructor(
    readonly code: FakeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface SheetData {
  /** Worksheet.id: Excel's own key, which a rename keeps (ExcelApi 1.1). */
  id: string;
  name: string;
  cells: CellValue[][];
  /** Every formatting operation, as (address, property path, value): enough to assert on. */
  formats: { rect: Rect; path: string; value: unknown }[];
  /** Number formats set on ranges, in order: a cell's format is the last one covering it. */
  numberFormats: { rect: Rect; formats: string | string[][] }[];
  merges: Rect[];
  visibility: string;
  tabColor?: string;
  frozenRows?: number;
  /** An AutoFilter on the sheet (a filtered export): inserting cells across it is refused. */
  autoFilter?: Rect;
  /** PivotTables on the sheet, by the cells they cover: an insert that would move part of one is refused. */
  pivots?: Rect[];
  pageLayout?: Record<string, unknown>;
}

export interface TableData {
  name: string;
  sheet: string;
  /** The whole table: header row, data rows and, with showTotals, the totals row. */
  rect: Rect;
  showTotals?: boolean;
}

/** What a sync sent and received, in bytes (see the size model above). */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
}

/** ExcelApi versions the fake can claim, so tests can run as Excel 2019 (1.8) or Microsoft 365. */
export type ApiVersion = "1.7" | "1.8" | "1.9" | "1.20";

const jsonBytes = (value: unknown): number => JSON.stringify(value ?? null).length;

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}
export function columnName(col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}
const quote = (name: string) => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** A range's address as Excel writes it: whole columns as C:C, whole rows (and the whole sheet) as 2:2. */
export function addressOf(sheet: string, r: Rect): string {
  const area =
    r.col === 0 && r.cols === MAX_COLS
      ? `${r.row + 1}:${r.row + r.rows}`
      : r.row === 0 && r.rows === MAX_ROWS
        ? `${columnName(r.col)}:${columnName(r.col + r.cols - 1)}`
        : `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
  return `${quote(sheet)}!${area}`;
}

export const intersects = (a: Rect, b: Rect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** The workbook's state: survives across contexts, like the real document. */
export class FakeWorkbookData {
  sheets: SheetData[] = [];
  tables: TableData[] = [];
  activeSheet = 0;
  /** The selection: one rectangle, or several areas (Ctrl+click); null is A1 of the active sheet. */
  selection: { sheet: string; rect?: Rect; areas?: Rect[] } | null = null;
  /** A chart or shape is selected instead of cells: Excel then refuses to merge cells. */
  objectSelected = false;
  /** The highest ExcelApi set the host supports. */
  api: ApiVersion = "1.9";
  /** The workbook counts dates from 1904 (File > Options > Advanced, or an old Mac workbook). */
  date1904 = false;
  /**
   * What cleared the user's undo history (Excel for Windows and Mac), in order. Below ExcelApi 1.20
   * every batch that writes clears it ("most set operations disable undo", office-js#3788); from 1.20
   * on only the calls Microsoft lists as not undoable (Worksheet.name, visibility, delete: see
   * excel-add-ins-undo-capabilities).
   */
  undoCleared: string[] = [];
  /**
   * The add-in's steps on the undo stack since it was last cleared (ExcelApi 1.20): one per sync that
   * writes, or one per Excel.run with mergeUndoGroup.
   */
  undoSteps = 0;
  /** A chart sheet is the active sheet: getActiveWorksheet() fails when loaded (office-js#2444). */
  chartSheetActive = false;
  /**
   * The file is open read-only (opened so, or "read-only recommended", or locked by another user):
   * Excel lets the add-in write, and keeps it only in a copy saved under another name.
   */
  readOnly = false;
  /** A legacy shared workbook (Review > Share Workbook): inserting blocks of cells and merging are refused. */
  legacyShared = false;
  /** Excel on the web: TableColumnCollection.add is refused past 33,554,000 cells moved. */
  web = false;
  /** Run at the start of each Excel.run batch: what the analyst does between two batches. */
  between: (() => void) | null = null;

  private sheetIds = 0;

  addSheet(name: string, cells: CellValue[][] = []): SheetData {
    const id = `{00000000-0001-0000-${String(++this.sheetIds).padStart(4, "0")}-000000000000}`;
    const sheet: SheetData = { id, name, cells, formats: [], numberFormats: [], merges: [], visibility: "Visible" };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  supports(set: string, version: string): boolean {
    if (set !== "ExcelApi") return false;
    return Number(version.split(".")[1]) <= Number(this.api.split(".")[1]);
  }

  /** A call that exists from `version` on: refused as ApiNotFound on a host below it. */
  requireApi(version: ApiVersion, what: string): void {
    if (!this.supports("ExcelApi", version))
      throw new OfficeFakeError("ApiNotFound", `${what} needs ExcelApi ${version}; this host has ${this.api}`);
  }
}

/**
 * How a write meets the undo stack: an ordinary undoable change, one that leaves it alone (activating
 * a sheet), or one that Excel cannot undo, named as Microsoft names it ("Worksheet.visibility").
 */
export type UndoKind = "undoable" | "neutral" | { notUndoable: string };

type Op = { requestBytes: number; run: () => unknown; deliver?: (result: unknown) => void; undo?: UndoKind };

export class BaseRequestContext {
  readonly syncs: SyncRecord[] = [];
  private queue: Op[] = [];

  /** Excel.run({ mergeUndoGroup: true }): the batch's writes are one undo step (ExcelApi 1.20). */
  mergeUndoGroup = false;
  /** Whether a write of this batch reached the undo stack (for a merged group's one step). */
  wroteUndoable = false;

  constructor(readonly data: FakeWorkbookData) {}

  get syncCount(): number {
    return this.syncs.length;
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    // A real sync is a round trip to the Excel process: the pane's thread is free meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.syncs.push({ requestBytes, responseBytes: 0, actions: ops.length });
      throw new OfficeFakeError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    // Actions run in order against the state, as Excel runs them: one that fails stops the batch,
    // and those before it stay applied. The response is measured before delivery.
    const results: unknown[] = [];
    let wrote = false;
    for (const op of ops) {
      try {
        const met = this.meetUndo(op);
        // What this sync wrote before a call that clears the history is cleared with it.
        if (met !== "none") wrote = met === "undoable";
        results.push(op.run());
      } catch (error) {
        this.syncs.push({ requestBytes, responseBytes: 0, actions: ops.length });
        throw error;
      }
    }
    const responseBytes = results.reduce<number>((sum, r, i) => sum + (ops[i]!.deliver ? jsonBytes(r) : 0), 0);
    this.syncs.push({ requestBytes, responseBytes, actions: ops.length });
    if (wrote) {
      if (!this.data.supports("ExcelApi", "1.20")) {
        this.data.undoCleared.push("a write below ExcelApi 1.20");
        this.data.undoSteps = 0;
      } else if (this.mergeUndoGroup) this.wroteUndoable = true;
      else this.data.undoSteps++;
    }
    if (responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new OfficeFakeError("ResponsePayloadSizeLimitExceeded", `response of ${responseBytes} bytes`);
    }
    // The answer travels back: the work above was Excel's, what follows is the caller's.
    await new Promise((resolve) => setTimeout(resolve, 0));
    ops.forEach((op, i) => op.deliver?.(results[i]));
  }

  /**
   * A write meeting the undo stack: an undoable change, one that clears the history, or neither. A call Excel cannot undo
   * clears the stack from there on (ExcelApi 1.20 and later; below, every write does, see sync), and
   * inside a merged undo group it is refused with UndoNotSupported, as documented.
   */
  private meetUndo(op: Op): "undoable" | "cleared" | "none" {
    const undo = op.undo;
    if (undo === undefined || undo === "neutral") return "none";
    if (undo === "undoable" || !this.data.supports("ExcelApi", "1.20")) return "undoable";
    if (this.mergeUndoGroup)
      throw new OfficeFakeError("UndoNotSupported", `${undo.notUndoable} cannot be part of an undo group`);
    this.data.undoCleared.push(undo.notUndoable);
    this.data.undoSteps = 0;
    return "cleared";
  }

  /** Queue a write-only action: its object path plus its arguments, and how it meets the undo stack. */
  write(payload: unknown, run: () => void, undo: UndoKind = "undoable"): void {
    this.enqueue({ requestBytes: jsonBytes(payload) + ACTION_BYTES, run, undo });
  }

  /** Queue a read: the properties asked for go out, their values come back. */
  read(keys: unknown, run: () => unknown, deliver: (result: unknown) => void): void {
    this.enqueue({ requestBytes: jsonBytes(keys) + ACTION_BYTES, run, deliver });
  }
}
