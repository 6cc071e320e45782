/**
 * The port: the one small interface the faces use to read and write a workbook. Two doors implement
 * it: Office.js (inside Excel) and ExcelJS (.xlsx files for the command line and the standalone page).
 * Rules every door keeps: source cells are never overwritten; the product's own columns and sheets are
 * replaced in place on a second run; settings hold choices and answers, never personal data.
 */
import {
  LANGS,
  cellText,
  type Lang,
  isLang,
  screenSettings,
  type JobSettings,
  kindOfMarker,
  t,
  type CellValue,
  type SheetLayout,
  type StyleName,
  type Table,
} from "../core";

/** Where the data are: an Excel table, or a plain range (a used range, a sheet of a file). */
export interface DataSource {
  kind: "table" | "range";
  sheet: string;
  /** The Excel table's name, for kind "table". */
  table?: string;
  /** A1 address of the whole block, header included, e.g. "Personeel!A1:H1201". */
  address: string;
  /** 0-based sheet row and column of the block's top-left cell. */
  firstRow: number;
  firstColumn: number;
  /** Excel's id of the sheet (a rename keeps it); the sheet's name where a door has no ids. */
  sheetId?: string;
  /** Rows and columns of the block, header rows included. */
  rowCount: number;
  columnCount: number;
  /**
   * The sheet the analyst was on when it is another sheet than the remembered data sheet the data
   * were taken from: the pane asks whether to take that one instead. Never taken silently.
   */
  activeElsewhere?: string;
  /**
   * The workbook is open read-only (Excel's Workbook.readOnly): the add-in may still write, but what it
   * writes is kept only if the analyst saves the workbook under another name.
   */
  readOnly?: true;
}

export interface LocateOptions {
  sheet?: string;
  remembered?: { id: string; name: string } | null;
  /**
   * Take the active sheet even when the settings remember another data sheet: the analyst said so
   * (the pane asks first). Without it the remembered sheet is kept.
   */
  takeActive?: boolean;
}

export interface ReadOptions {
  /** Called between chunks with rows done and rows in all. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks; an aborted read rejects with an AbortError and changes nothing. */
  signal?: AbortSignal;
}

/**
 * What a write was planned on: the header row and, for a few rows, the values of the columns read.
 * A door whose sheet can change between two calls (Excel: the analyst sorts, inserts or deletes)
 * checks it before writing and throws StalePlan rather than write labels next to the wrong people.
 */
export interface WritePlan {
  headers: readonly string[];
  /** Data rows, as counted when the table was read. */
  rowCount: number;
  /** Rows of the block under the data that are no staff (a totals row): they get no label. */
  rowsBelow?: number;
  samples: readonly { column: number; rows: readonly number[]; values: readonly CellValue[] }[];
}

/** The sheet changed since the data were read: detect again before writing. */
export class StalePlan extends Error {
  constructor(readonly sheet: string) {
    super(`the sheet ${sheet} changed since its data were read`);
    this.name = "StalePlan";
  }
}

/** A recoded column to place next to its source. */
export interface NewColumn {
  /** Index of the source column within the block. */
  source: number;
  header: string;
  /** One value per data row. */
  values: readonly string[];
}

export interface WorkbookPort {
  /**
   * Find the data: the table at the selection, else the active (or named) sheet's used range. While
   * the settings remember a data sheet that is still there (by id, else by name), that sheet, whichever
   * sheet is active, unless `takeActive`; the source then names the active sheet (`activeElsewhere`).
   * When the active sheet is one of the product's and none is remembered, the only other visible sheet
   * (NoData when the remembered one is gone, or when several sheets could be it).
   */
  locateData(options?: LocateOptions): Promise<DataSource>;
  /** The first rows of the block (header search and role detection look at these). */
  readTop(source: DataSource, rows: number): Promise<CellValue[][]>;
  /**
   * Only the columns asked for, below the header row, as a column-major Table. Columns not asked for
   * are empty arrays, so nothing unneeded crosses the wire.
   */
  readTable(source: DataSource, headerRow: number, columns: readonly number[], options?: ReadOptions): Promise<Table>;
  /**
   * Write recoded columns; a column whose header the product wrote before is replaced, not added again.
   * Returns the 0-based sheet column each one went to.
   */
  writeColumns(
    source: DataSource,
    headerRow: number,
    columns: readonly NewColumn[],
    options?: ReadOptions & { plan?: WritePlan },
  ): Promise<number[]>;
  /** Style cells of a sheet (0-based), e.g. the unknown cells of a recoded column. Values stay as they are. */
  markCells(sheet: string, cells: readonly { row: number; col: number }[], style: StyleName): Promise<void>;
  /**
   * Create the sheet, or update the product's sheet of its kind in place (a sheet is never deleted:
   * that would clear the undo history). Returns the sheet's name, which is the layout's unless a sheet
   * of the analyst's already has that name (see placeLayout).
   */
  writeSheet(layout: SheetLayout): Promise<string>;
  /** Values of some cells of a sheet (0-based); null when the sheet does not exist. */
  readCells(sheet: string, cells: readonly { row: number; col: number }[]): Promise<CellValue[] | null>;
  loadSettings(): Promise<unknown>;
  saveSettings(value: unknown): Promise<void>;
  /**
   * Open the copy to send as a new workbook holding only these sheets, where the host can (Excel's
   * createWorkbook, ExcelApi 1.8): "opened"; "unavailable" where it cannot, "refused" where Excel
   * would not (a security policy such as ExtensionHardening, office-js#3568). The face then gives
   * the manual steps.
   */
  openCopy?(layouts: readonly SheetLayout[]): Promise<"opened" | "unavailable" | "refused">;
  /**
   * Run one action of the analyst's (Recode, Check, Generate) as one step of the host's undo, where
   * the host has one (Excel, ExcelApi 1.20). A door without an undo stack (a file) runs the work.
   */
  action?<T>(work: () => Promise<T>, sheetLang: Lang): Promise<T>;
  /**
   * What the host's undo keeps once the add-in writes: "steps" (each action one step of Ctrl+Z),
   * "cleared" (every write clears the analyst's undo history: Excel before ExcelApi 1.20). Absent
   * where there is no undo to lose (a file: the input is never written).
   */
  readonly undoSupport?: "steps" | "cleared";
  /**
   * Others may save choices in the same workbook meanwhile (Excel: co-authoring, a second pane), so a
   * save checks the revision it was read with. A file opened by one process has no other writer.
   */
  readonly coauthored?: boolean;
}

/** Run the work as one action of the port's host (one undo step where it can). */
export function asAction<T>(port: WorkbookPort, sheetLang: Lang, work: () => Promise<T>): Promise<T> {
  return port.action ? port.action(work, sheetLang) : work();
}

/** Name of the hidden sheet that keeps settings in the workbook, the same for both doors. */
export const SETTINGS_SHEET = "DiversityRequest_settings";
/** Excel keeps at most 32,767 characters in a cell: settings JSON is split over cells of this size. */
export const SETTINGS_CHUNK = 30000;

/** Settings as the first row of the settings sheet: their JSON, split to fit Excel's cell limit. */
export function settingsToCells(value: unknown): string[] {
  // The last gate, whatever face saves: an INSZ in an answer or a value map never reaches the sheet.
  const json = JSON.stringify(
    isJobSettings(value) ? screenSettings(value, t(value.sheetLang, "screen.placeholder")).settings : value,
  );
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += SETTINGS_CHUNK) chunks.push(json.slice(i, i + SETTINGS_CHUNK));
  return chunks;
}

const isJobSettings = (value: unknown): value is JobSettings =>
  typeof value === "object" &&
  value !== null &&
  ["answers", "groupings", "originOverrides"].every((k) => typeof (value as Record<string, unknown>)[k] === "object") &&
  isLang((value as Record<string, unknown>).sheetLang);

/**
 * The settings sheet is there but cannot be read (edited by hand, cut short). Not fatal: callers say
 * so and go on with the defaults, and the next save replaces the damaged settings.
 */
export class DamagedSettings extends Error {
  constructor() {
    super("the saved settings cannot be read");
    this.name = "DamagedSettings";
  }
}

/** Settings back from that row; throws DamagedSettings when they are not the JSON we wrote. */
export function settingsFromCells(cells: readonly CellValue[]): unknown {
  try {
    return JSON.parse(cells.map((v) => cellText(v)).join("")) as unknown;
  } catch {
    throw new DamagedSettings();
  }
}

/**
 * A sheet never taken for the data: one named as the product names its sheets (in any language), or
 * the product's sheet under a free name ("KSZ-aanvraag (2)", see freeSheetName) with its marker. A
 * marker alone proves nothing here: one typed or forged into the staff sheet must not hide the staff.
 */
export function isProductSheet(name: string, marker: unknown): boolean {
  const names = productSheetNames();
  if (names.has(name)) return true;
  const suffix = / \(\d+\)$/.exec(name)?.[0];
  if (!suffix || kindOfMarker(marker) === null) return false;
  const base = name.slice(0, -suffix.length);
  return [...names].some((product) => product.slice(0, SHEET_NAME_MAX - suffix.length) === base);
}

/** Names of the sheets the product writes, in every language. */
export function productSheetNames(): Set<string> {
  return new Set<string>([
    SETTINGS_SHEET,
    ...LANGS.flatMap((l) => [
      t(l, "sheet.request"),
      t(l, "sheet.check"),
      t(l, "sheet.linkage"),
      t(l, "sheet.results"),
      t(l, "sheet.tables"),
    ]),
  ]);
}

/** Excel's longest sheet name. */
const SHEET_NAME_MAX = 31;

/**
 * Where a layout goes, given the workbook's sheets and their marker cells (MARKER_COL of the first row).
 * A name alone proves nothing: the analyst may have a sheet of their own called "KSZ-aanvraag" (last
 * year's request made by hand), and that sheet is never the product's to clear.
 * - the product's sheet of its kind (by its marker, under any name), renamed to the layout's name when
 *   that name is free (another language, or renamed by the analyst), else kept under its own name;
 * - else a new sheet under the layout's name, or the first free "name (2)", "name (3)" ... when a
 *   sheet of the analyst's has that name: theirs is never cleared.
 * `sheet` is null for a new sheet; `rename` says whether the product's sheet gets the new name.
 */
export function placeLayout<S extends { name: string }>(
  layout: Pick<SheetLayout, "name" | "kind">,
  sheets: readonly { sheet: S; marker: unknown }[],
): { sheet: S | null; name: string; rename: boolean } {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  const ours = sheets.find(({ marker }) => kindOfMarker(marker) === layout.kind)?.sheet ?? null;
  const taken = (name: string) => sheets.some(({ sheet }) => sheet !== ours && same(sheet.name, name));
  if (ours) {
    if (same(ours.name, layout.name)) return { sheet: ours, name: ours.name, rename: false };
    return taken(layout.name)
      ? { sheet: ours, name: ours.name, rename: false }
      : { sheet: ours, name: layout.name, rename: true };
  }
  return { sheet: null, name: freeSheetName(layout.name, taken), rename: false };
}

/** The name, or the first of "name (2)", "name (3)" ... that no sheet has, within Excel's 31 characters. */
export function freeSheetName(name: string, taken: (name: string) => boolean): string {
  if (!taken(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

export class AbortError extends Error {
  constructor() {
    super("cancelled");
    this.name = "AbortError";
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new AbortError();
}

/** "A", "B", ..., "Z", "AA": the letters of a 0-based column index. */
export function columnLetters(col: number): string {
  let letters = "";
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return letters;
}
