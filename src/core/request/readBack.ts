import { LANGS, t } from "../i18n";
import { cellText } from "../values/cell";
import { dateFromExcelSerial, formatIso, parseDate } from "../values/dates";
import type { CellValue } from "../values/cell";
import { sanitiseAnswers, type RequestAnswers } from "./answers";
import type { AnswerCells } from "./sheetLayout";

/**
 * Answers the analyst typed into the request sheet itself, read back before the sheet is written
 * again, so regenerating never loses them. A cell that differs from the saved answer wins: the sheet
 * is the document of record. Yes and No are read in any of our languages.
 */
export function answersFromSheet(
  cells: AnswerCells,
  values: Readonly<Record<string, CellValue>>,
  saved: RequestAnswers,
): RequestAnswers {
  const read: Record<string, unknown> = {};
  for (const [id, cell] of Object.entries(cells)) {
    const text = cellText(values[id]).trim();
    if (text === "") continue;
    if (cell.kind === "yesNo") {
      const yes = LANGS.some((l) => t(l, "request.yes").toLowerCase() === text.toLowerCase());
      const no = LANGS.some((l) => t(l, "request.no").toLowerCase() === text.toLowerCase());
      if (yes !== no) read[id] = yes;
    } else if (cell.kind === "date") {
      // Written day first ("15/01/2025"); Excel may have made a date of it. Kept as ISO, or as typed.
      const value = values[id];
      const date = typeof value === "number" ? dateFromExcelSerial(value) : parseDate(value);
      read[id] = date.ok ? formatIso(date.value) : text;
    } else read[id] = text;
  }
  const fromSheet = sanitiseAnswers(read);
  const changed: RequestAnswers = {};
  for (const [key, value] of Object.entries(fromSheet) as [keyof RequestAnswers, never][]) {
    if (saved[key] !== value) (changed as Record<string, unknown>)[key] = value;
  }
  return changed;
}
