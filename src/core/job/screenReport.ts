/** What the personal-data screen kept out, as messages every face shows the same way. */
import { t, type Lang, type MessageKey, type MessageParams } from "../i18n";
import type { RecodeOutcome } from "./recode";
import type { RequestOutcome } from "./request";

export interface ScreenNote {
  key: MessageKey;
  params: MessageParams;
}

/** One note per column whose groups held personal data, one for answers, one for dropped choices. */
export function screenNotes(
  recoded: Pick<RecodeOutcome, "screened"> | null,
  request: Pick<RequestOutcome, "screened"> | null,
  sheetLang: Lang,
): ScreenNote[] {
  const placeholder = t(sheetLang, "screen.placeholder");
  const notes: ScreenNote[] = (recoded?.screened ?? []).map(({ header, counts }) => ({
    key: "screen.groups",
    params: { header, count: counts.insz + counts.name + counts.birthDate, placeholder },
  }));
  if (request && request.screened.answers > 0)
    notes.push({ key: "screen.answers", params: { count: request.screened.answers, placeholder } });
  if (request && request.screened.entries > 0)
    notes.push({ key: "screen.entries", params: { count: request.screened.entries } });
  return notes;
}
