/**
 * Notes every face shows the same way beside a recode or a request: what the personal-data screen
 * kept out, and how a birth-date column's dates were read.
 */
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n";
import type { Table } from "../recode/apply";
import type { RecodeOutcome } from "./recode";
import type { RequestOutcome } from "./request";

export interface ScreenNote {
  key: MessageKey;
  params: MessageParams;
}

/** One note per column whose groups held personal data, one for answers, one for dropped choices. */
export function screenNotes(
  recoded: Pick<RecodeOutcome, "screened"> | null,
  request: (Pick<RequestOutcome, "screened"> & Partial<Pick<RequestOutcome, "invalidInsz">>) | null,
  sheetLang: Lang,
): ScreenNote[] {
  const placeholder = t(sheetLang, "screen.placeholder");
  const notes: ScreenNote[] = (recoded?.screened ?? []).map(({ header, counts }) => ({
    key: "screen.groups",
    params: { header, count: counts.insz + counts.name + counts.birthDate, placeholder },
  }));
  if (request && request.screened.answers > 0)
    notes.push({ key: "screen.answers", params: { count: request.screened.answers, placeholder } });
  if (request && request.screened.headers > 0)
    notes.push({ key: "screen.headers", params: { count: request.screened.headers, placeholder } });
  if (request && request.screened.entries > 0)
    notes.push({ key: "screen.entries", params: { count: request.screened.entries } });
  if (request && request.screened.cut > 0)
    notes.push({ key: "limit.cellTextCut", params: { count: request.screened.cut } });
  // Invalid numbers are left out of the linkage list (its sheet lists them): said, never dropped silently.
  if (request?.invalidInsz)
    notes.push({
      key: "linkage.invalidNote",
      params: { n: request.invalidInsz.count, row: request.invalidInsz.firstRow },
    });
  return notes;
}

/**
 * How the data were read, where the analyst would not expect it: a totals row under the data left out,
 * and a birth-date column that read texts like 03/04/1980 otherwise than the Belgian day first (month
 * first, proven by the column, or mixed evidence with undecidable values left unknown).
 */
export function readingNotes(
  recoded: Pick<RecodeOutcome, "variables">,
  table: Pick<Table, "headers" | "totalsLeftOut">,
): ScreenNote[] {
  const headers = table.headers;
  const notes: ScreenNote[] = [];
  const totals = table.totalsLeftOut;
  if (totals)
    notes.push({
      key: "read.totalsLeftOut",
      params: { row: totals.row, label: totals.label, n: totals.count },
    });
  for (const v of Object.values(recoded.variables)) {
    const reading = v.column.dateReading;
    if (!reading || reading.order === "dayFirst") continue;
    const column = headers[v.source] ?? "";
    const undecided = v.column.invalid.filter((i) => i.reason === "ambiguous_date_order").length;
    notes.push({
      key: `recode.dateReading.${reading.order}`,
      params: { column, dayFirst: reading.dayFirst, monthFirst: reading.monthFirst, undecided },
    });
  }
  return notes;
}
