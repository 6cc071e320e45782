import { t, type Lang, type MessageKey } from "../i18n";
import type { Reason } from "./result";

// A compile-time check that every reason has a catalogue entry.
const keyOf = (reason: Reason): MessageKey => `reason.${reason}` satisfies MessageKey;

/** A reason in words, for reports and messages. */
export function reasonText(reason: Reason, lang: Lang): string {
  return t(lang, keyOf(reason));
}
