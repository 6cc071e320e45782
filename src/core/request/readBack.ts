import { LANGS, t } from "../i18n";
import { cellText } from "../values/cell";
import { dateFromExcelSerial, formatIso, parseDate } from "../values/dates";
import type { CellValue } from "../values/cell";
import {
  ANSWER_PRESETS,
  PRESET_FIELDS,
  isPresetField,
  presetKey,
  presetText,
  sanitiseAnswers,
  type PresetField,
  type RequestAnswers,
} from "./answers";
import { textFingerprint, type AnswerCells } from "./sheetLayout";

/** The ready-made answer a text is, in any of our languages. */
function presetOf(field: PresetField, text: string): string | undefined {
  return ANSWER_PRESETS[field].find((id) => LANGS.some((lang) => presetText(field, id, lang) === text));
}

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
    } else {
      // A ready-made answer, as any language writes it, is its id again: the next sheet writes it in
      // its own language. So is the product's own draft, left as drafted. Typed text is taken as typed.
      const field = isPresetField(id) ? id : undefined;
      const preset = field && presetOf(field, text);
      if (field && preset) read[presetKey(field)] = preset;
      // The product's draft, as it wrote it (one word changed, and it is the analyst's text).
      else if (cell.drafted !== textFingerprint(text)) read[id] = text;
    }
  }
  const fromSheet = sanitiseAnswers(read);
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fromSheet) as [keyof RequestAnswers, unknown][]) {
    if (saved[key] === value) continue;
    changed[key] = value;
    // A choice and typed text for one answer: the one read from the sheet replaces the other.
    if (isPresetField(key)) changed[presetKey(key)] = undefined;
    const field = PRESET_FIELDS.find((f) => presetKey(f) === key);
    if (field) changed[field] = undefined;
  }
  return changed as RequestAnswers;
}
