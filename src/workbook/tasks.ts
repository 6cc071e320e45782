/**
 * The jobs the faces run, over any door: detect the table, recode, check, generate the request. The
 * command line, the task pane and the ribbon commands all call these, so each job is one code path.
 */
import {
  UNKNOWN_GROUP,
  answersFromSheet,
  composeRequest,
  detectColumns,
  parseIsoDate,
  recodeTable,
  recodeTableStepwise,
  resolveRoles,
  sanitiseSettings,
  type CheckOutcome,
  type JobSettings,
  type Lang,
  type RecodeOutcome,
  type RequestOutcome,
  type RoleMap,
  type Table,
  type TableGuess,
} from "../core";
import { checkJobOf, type Checker } from "../solver/checker";
import { DamagedSettings, type DataSource, type ReadOptions, type WorkbookPort } from "./port";

/** Rows read from the top of the data to find the header and guess the roles. */
const TOP_ROWS = 200;

export interface Detected {
  source: DataSource;
  /** 0-based row of the header within the block. */
  headerRow: number;
  guess: TableGuess;
  roles: RoleMap;
}

/** The saved settings, or the defaults; `damaged` says the saved ones could not be read. */
export async function loadSettings(
  port: WorkbookPort,
  today: string,
): Promise<{ settings: JobSettings; damaged: boolean }> {
  try {
    return { settings: sanitiseSettings(await port.loadSettings(), today), damaged: false };
  } catch (error) {
    if (!(error instanceof DamagedSettings)) throw error;
    return { settings: sanitiseSettings(null, today), damaged: true };
  }
}

/** Find the data, its header row, and each column's role (the settings' choices win over detection). */
export async function detect(
  port: WorkbookPort,
  settings: JobSettings,
  options: { sheet?: string } = {},
): Promise<Detected> {
  const source = await port.locateData(options);
  const top = await port.readTop(source, TOP_ROWS);
  // Dates are judged as birth dates by the ages they give on the reference date.
  const reference = parseIsoDate(settings.referenceDate);
  const guess = detectColumns(top, reference.ok ? { referenceDate: reference.value } : {});
  return { source, headerRow: guess.headerRow, guess, roles: resolveRoles(guess, settings.roles) };
}

/** Only the columns the job needs: the roles' columns. */
export async function readNeeded(port: WorkbookPort, detected: Detected, options: ReadOptions = {}): Promise<Table> {
  const columns = [...new Set(Object.values(detected.roles))].sort((a, b) => a - b);
  return port.readTable(detected.source, detected.headerRow, columns, options);
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
    options,
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

/**
 * Answers typed into the last request sheet, taken over before it is written again: regenerating never
 * loses what the analyst typed in the sheet. Returns the settings to use and how many answers came in.
 */
export async function withSheetAnswers(
  port: WorkbookPort,
  settings: JobSettings,
): Promise<{ settings: JobSettings; taken: number }> {
  const previous = settings.requestSheet;
  if (!previous) return { settings, taken: 0 };
  const ids = Object.keys(previous.cells);
  const values = await port.readCells(
    previous.name,
    ids.map((id) => previous.cells[id]!),
  );
  if (!values) return { settings, taken: 0 };
  const changed = answersFromSheet(
    previous.cells,
    Object.fromEntries(ids.map((id, i) => [id, values[i] ?? null])),
    settings.answers,
  );
  return {
    settings: { ...settings, answers: { ...settings.answers, ...changed } },
    taken: Object.keys(changed).length,
  };
}

/** Write the request's sheets and remember where its answers are, in the settings saved with them. */
export async function writeRequest(
  port: WorkbookPort,
  request: RequestOutcome,
  settings: JobSettings,
): Promise<JobSettings> {
  await port.writeSheet(request.layouts.check);
  await port.writeSheet(request.layouts.request);
  if (request.layouts.linkage) await port.writeSheet(request.layouts.linkage);
  const saved: JobSettings = {
    ...settings,
    requestSheet: { name: request.layouts.request.name, cells: request.layouts.request.answerCells ?? {} },
  };
  await port.saveSettings(saved);
  return saved;
}

export interface PrepareResult {
  detected: Detected;
  table: Table;
  recoded: RecodeOutcome;
  checked: CheckOutcome;
  request: RequestOutcome;
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
  options: ReadOptions & { sheet?: string; writeColumns?: boolean; checker: Checker },
): Promise<PrepareResult> {
  const { settings } = await withSheetAnswers(port, given);
  const detected = await detect(port, settings, options);
  const table = await readNeeded(port, detected, options);
  const recoded =
    options.writeColumns === false
      ? recodeTable(table, detected.roles, settings)
      : await recodeAndWrite(port, detected, table, settings, options);
  const checked = await options.checker(checkJobOf(table.rowCount, recoded, settings, table.headers), {
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const request = composeRequest(table, detected.roles, recoded, checked, settings, today, userLang);
  await writeRequest(port, request, settings);
  return { detected, table, recoded, checked, request };
}
