/**
 * The jobs the faces run, over any door: detect the table, recode, check, generate the request. The
 * command line, the task pane and the ribbon commands all call these, so each job is one code path.
 */
import {
  NoDataRows,
  UNKNOWN_GROUP,
  isNameHeader,
  composeRequest,
  dateInTitle,
  referenceFromTitle,
  referenceNote,
  detectColumns,
  parseIsoDate,
  recodeTable,
  recodeTableStepwise,
  resolveRoles,
  readSettings,
  totalsRowsAtEnd,
  withoutTotals,
  type CheckOutcome,
  type JobSettings,
  type Lang,
  type RecodeOutcome,
  type RequestOutcome,
  type RoleMap,
  type Table,
  type TableGuess,
  type TitleDate,
} from "../core";
import { checkJobOf, type Checker } from "../solver/checker";
import {
  DamagedSettings,
  type DataSource,
  type LocateOptions,
  type ReadOptions,
  type WorkbookPort,
  type WritePlan,
} from "./port";
import { withSheetAnswers, writeRequest, type WrittenSheets } from "./requestSheets";
import { saveSettingsChecked } from "./savedSettings";

/** Rows read from the top of the data to find the header and guess the roles. */
const TOP_ROWS = 200;

export interface Detected {
  source: DataSource;
  /** 0-based row of the header within the block. */
  headerRow: number;
  guess: TableGuess;
  roles: RoleMap;
  /** The day the export's title marks as its data's ("Personeelsexport op 31/12/2024"), if it marks one. */
  titleDate: TitleDate | null;
}

/**
 * The saved settings, checked field by field against their schema, or the defaults. `damaged` says
 * the saved ones could not be read whole (not JSON, or fields that are wrong: those keep their default).
 */
export async function loadSettings(
  port: WorkbookPort,
  today: string,
  /** The user's language: the request sheet's until the workbook's settings say otherwise. */
  lang?: Lang,
): Promise<{ settings: JobSettings; damaged: boolean; fields: string[] }> {
  try {
    const { settings, damaged } = readSettings(await port.loadSettings(), today, lang);
    return { settings, damaged: damaged.length > 0, fields: damaged };
  } catch (error) {
    if (!(error instanceof DamagedSettings)) throw error;
    return { settings: readSettings(null, today, lang).settings, damaged: true, fields: [] };
  }
}

/** Find the data, its header row, and each column's role (the settings' choices win over detection). */
export async function detect(
  port: WorkbookPort,
  settings: JobSettings,
  options: Pick<LocateOptions, "sheet" | "takeActive"> = {},
): Promise<Detected> {
  const source = await port.locateData({ ...options, remembered: settings.dataSheet });
  const top = await port.readTop(source, TOP_ROWS);
  // Dates are judged as birth dates by the ages they give on the reference date.
  const reference = parseIsoDate(settings.referenceDate);
  const guess = detectColumns(top, reference.ok ? { referenceDate: reference.value } : {});
  // A header with nothing under it is no table: refused here, not reported later as an empty success.
  if (source.rowCount - guess.headerRow - 1 <= 0) throw new NoDataRows(source.sheet);
  return {
    source,
    headerRow: guess.headerRow,
    guess,
    roles: resolveRoles(guess, settings.roles),
    titleDate: dateInTitle(top, guess.headerRow),
  };
}

/** The data sheet to remember in the settings: where the next job that starts on a product sheet looks. */
export function dataSheetOf(detected: Detected): NonNullable<JobSettings["dataSheet"]> {
  const { sheet, sheetId } = detected.source;
  return { id: sheetId ?? sheet, name: sheet };
}

/** The data sheet to remember when it is not the one the settings remember already; else null. */
export function changedDataSheet(settings: JobSettings, detected: Detected): JobSettings["dataSheet"] {
  const dataSheet = dataSheetOf(detected);
  const same = settings.dataSheet?.id === dataSheet.id && settings.dataSheet.name === dataSheet.name;
  return same ? null : dataSheet;
}

/** Save the data sheet in the settings when it changed (the ribbon's jobs, which save nothing else). */
export async function rememberDataSheet(port: WorkbookPort, settings: JobSettings, detected: Detected): Promise<void> {
  const dataSheet = changedDataSheet(settings, detected);
  if (dataSheet) await saveSettingsChecked(port, { ...settings, dataSheet });
}

/**
 * Only the columns the job needs: the roles' columns, and the columns of person names, which the
 * screen needs to recognise a name that slipped into a category (they are never written anywhere).
 * The block's first column comes too: a plain range's totals row says "Totaal" there, and is left
 * out of the staff (see totalsRowsAtEnd).
 */
export async function readNeeded(port: WorkbookPort, detected: Detected, options: ReadOptions = {}): Promise<Table> {
  const names = detected.guess.columns.filter((c) => isNameHeader(c.header)).map((c) => c.index);
  const columns = [...new Set([0, ...Object.values(detected.roles), ...names])].sort((a, b) => a - b);
  const table = await port.readTable(detected.source, detected.headerRow, columns, options);
  const totals = totalsRowsAtEnd(table);
  return totals ? { ...withoutTotals(table, totals), totalsLeftOut: totals } : table;
}

/**
 * Recode and write the recoded columns next to their sources (the port decides where exactly), then
 * mark the cells that went to unknown, so the analyst sees them in the sheet.
 */
/**
 * The recoded columns that go into the sheet: age band and origin group only when asked of KSZ (the
 * recode itself keeps them all, for the check), own groupings always.
 */
export function columnsToWrite(recoded: RecodeOutcome, settings: JobSettings): RecodeOutcome["written"] {
  return recoded.written.filter(
    (w) =>
      (w.kind === "age" && settings.ksz.ageBand) ||
      (w.kind === "origin" && settings.ksz.originGroup) ||
      w.kind === "group",
  );
}

export async function recodeAndWrite(
  port: WorkbookPort,
  detected: Detected,
  table: Table,
  settings: JobSettings,
  options: ReadOptions = {},
): Promise<RecodeOutcome> {
  // A turn for the host after each variable and before the writes (a pane stays responsive).
  const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const recoded = await recodeTableStepwise(table, detected.roles, settings, turn);
  const written = columnsToWrite(recoded, settings);
  if (written.length === 0) return recoded;
  const placed = await port.writeColumns(
    detected.source,
    detected.headerRow,
    written.map((w) => ({
      source: w.source,
      header: w.header,
      values: Array.from(w.column.codes, (code) => w.labels[code]!),
    })),
    { ...options, plan: planOf(table, [...new Set(written.map((w) => w.source))]) },
  );
  const firstDataRow = detected.source.firstRow + detected.headerRow + 1;
  const unknownCells: { row: number; col: number }[] = [];
  written.forEach((w, i) => {
    const unknown = w.column.categories.indexOf(UNKNOWN_GROUP);
    if (unknown < 0) return;
    w.column.codes.forEach((code, r) => {
      if (code === unknown) unknownCells.push({ row: firstDataRow + r, col: placed[i]! });
    });
  });
  if (unknownCells.length > 0) await port.markCells(detected.source.sheet, unknownCells, "answerMissing");
  return recoded;
}

/** Rows sampled to recognise a sheet that was sorted or edited since it was read. */
const PLAN_SAMPLES = 32;

/**
 * What the recoded columns were made from: the header row, the row count, and the values of the
 * source columns at a few rows spread over the table (first and last included).
 */
export function planOf(table: Table, columns: readonly number[]): WritePlan {
  const n = table.rowCount;
  const rows = [
    ...new Set(
      Array.from({ length: Math.min(PLAN_SAMPLES, n) }, (_, i) =>
        Math.round((i * (n - 1)) / Math.max(1, PLAN_SAMPLES - 1)),
      ),
    ),
  ];
  return {
    headers: table.headers,
    rowCount: n,
    rowsBelow: table.totalsLeftOut?.count ?? 0,
    samples: columns.map((column) => ({ column, rows, values: rows.map((r) => table.columns[column]?.[r] ?? null) })),
  };
}

export interface PrepareResult {
  detected: Detected;
  table: Table;
  recoded: RecodeOutcome;
  checked: CheckOutcome;
  request: RequestOutcome;
  /** The names the sheets were written under. */
  sheets: WrittenSheets;
  /** The settings as saved in the workbook, with their new revision: what a next run starts from. */
  saved: JobSettings;
  /** The settings the job ran on: the given ones, with the sheet's answers and the title's date. */
  settings: JobSettings;
  /** The saved settings named this sheet as the request sheet, but the product did not write it. */
  notOurSheet?: string;
  /** Where the reference date comes from (the title, with its words, or the default rule); null when given. */
  referenceNote: ReturnType<typeof referenceNote>;
}

/**
 * The whole job: detect, read, recode and write the columns (unless told not to), check small cells,
 * and write the check and request sheets (and the linkage sheet when asked). Settings are saved with
 * the workbook.
 */
export async function prepare(
  port: WorkbookPort,
  given: JobSettings,
  today: string,
  userLang: Lang,
  options: ReadOptions & {
    sheet?: string;
    writeColumns?: boolean;
    checker: Checker;
    /** The reference date was given for this run (the command line's --reference-date): keep it. */
    referenceDateGiven?: boolean;
  },
): Promise<PrepareResult> {
  // The data sheet is found first: answers are never read back from it.
  const detected = await detect(port, given, options);
  const merged = await withSheetAnswers(port, { ...given, dataSheet: dataSheetOf(detected) }, detected.source.sheet);
  const { notOurs } = merged;
  const { settings, note } = referenceOfExport(merged.settings, detected, today, options.referenceDateGiven === true);
  const table = await readNeeded(port, detected, options);
  const recoded =
    options.writeColumns === false
      ? recodeTable(table, detected.roles, settings)
      : await recodeAndWrite(port, detected, table, settings, options);
  const checked = await options.checker(checkJobOf(table.rowCount, recoded, settings, table.headers), {
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const request = composeRequest(table, detected.roles, recoded, checked, settings, today, userLang);
  const { sheets, saved } = await writeRequest(port, request, settings);
  return {
    detected,
    sheets,
    saved,
    table,
    recoded,
    checked,
    request,
    settings,
    ...(notOurs ? { notOurSheet: notOurs } : {}),
    referenceNote: note,
  };
}

/**
 * The export's title says which day it holds: that is the reference date, unless one was chosen (the
 * command line's --reference-date, or a date the analyst set). Returns the settings to use and what to
 * tell the analyst about the date (null when it was given).
 */
export function referenceOfExport(
  settings: JobSettings,
  detected: Pick<Detected, "titleDate">,
  today: string,
  given: boolean,
): { settings: JobSettings; note: ReturnType<typeof referenceNote> } {
  if (given) return { settings, note: null };
  const fromTitle = referenceFromTitle(settings.referenceDate, detected.titleDate?.date ?? null, today);
  const used = fromTitle ? { ...settings, referenceDate: fromTitle } : settings;
  return { settings: used, note: referenceNote(used.referenceDate, detected.titleDate, today) };
}
