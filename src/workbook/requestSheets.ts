/**
 * The request's sheets in the workbook: the answers the analyst typed into the last request sheet, read
 * back before it is written again, and the check, request and linkage sheets written with the settings
 * that find them next time.
 */
import { MARKER_COL, answersFromSheet, kindOfMarker, type JobSettings, type RequestOutcome } from "../core";
import type { WorkbookPort } from "./port";
import { assertUnchanged, saveSettingsChecked } from "./savedSettings";

/**
 * Answers typed into the last request sheet, taken over before it is written again: regenerating never
 * loses what the analyst typed in the sheet. Returns the settings to use and how many answers came in.
 */
export async function withSheetAnswers(
  port: WorkbookPort,
  settings: JobSettings,
  /** The sheet the data comes from: never read as answers, whatever marker it holds. */
  dataSheet?: string,
): Promise<{ settings: JobSettings; taken: number; notOurs?: string }> {
  const previous = settings.requestSheet;
  if (!previous) return { settings, taken: 0 };
  // A marker can be typed (or forged) into any sheet: the data sheet's cells are never answers.
  if (dataSheet !== undefined && previous.name === dataSheet)
    return { settings: { ...settings, requestSheet: null }, taken: 0, notOurs: previous.name };
  const ids = Object.keys(previous.cells);
  // The marker cell comes first: only a sheet the product wrote as a request sheet is read back
  // (settings are untrusted, and could point the read at the data).
  const read = await port.readCells(previous.name, [
    { row: 0, col: MARKER_COL },
    ...ids.map((id) => previous.cells[id]!),
  ]);
  if (!read) return { settings, taken: 0 };
  const [marker, ...values] = read;
  if (kindOfMarker(marker) !== "request")
    return { settings: { ...settings, requestSheet: null }, taken: 0, notOurs: previous.name };
  const changed = answersFromSheet(
    previous.cells,
    Object.fromEntries(ids.map((id, i) => [id, values[i] ?? null])),
    settings.answers,
  );
  return {
    settings: { ...settings, answers: { ...settings.answers, ...changed } },
    // Answers cleared in favour of another (typed text over a choice) are not answers taken.
    taken: Object.values(changed).filter((v) => v !== undefined).length,
  };
}

/** Write the check sheet alone (the pane's check step); returns the sheet's name. */
export async function writeCheck(port: WorkbookPort, request: RequestOutcome): Promise<string> {
  return port.writeSheet(request.layouts.check);
}

/** The names the request's sheets were written under (the layouts' own, unless the analyst has those). */
export interface WrittenSheets {
  check: string;
  request: string;
  /** The requested tables as empty shells for the KSZ. */
  tables: string;
  linkage?: string;
}

/**
 * Write the request's sheets and remember where its answers are, in the settings saved with them.
 * Returns those settings and the sheets' names.
 */
export async function writeRequest(
  port: WorkbookPort,
  request: RequestOutcome,
  settings: JobSettings,
): Promise<{ saved: JobSettings; sheets: WrittenSheets }> {
  // A co-author's choices saved since these were read are never overwritten: checked before any sheet.
  await assertUnchanged(port, settings);
  const sheets: WrittenSheets = {
    check: await port.writeSheet(request.layouts.check),
    request: await port.writeSheet(request.layouts.request),
    tables: await port.writeSheet(request.layouts.tables),
  };
  if (request.layouts.linkage) sheets.linkage = await port.writeSheet(request.layouts.linkage);
  // The request's settings: answers and value maps screened for personal data.
  const next: JobSettings = {
    ...settings,
    answers: request.settings.answers,
    groupings: request.settings.groupings,
    originOverrides: request.settings.originOverrides,
    requestSheet: { name: sheets.request, cells: request.layouts.request.answerCells ?? {} },
  };
  const saved = await saveSettingsChecked(port, next, { checked: true });
  return { saved, sheets };
}
