import { listSeparator, t, type Lang, type MessageKey } from "../i18n";
import type { Reason } from "./result";

// A compile-time check that every reason has a catalogue entry.
const keyOf = (reason: Reason): MessageKey => `reason.${reason}` satisfies MessageKey;

/** A reason in words, for reports and messages. */
export function reasonText(reason: Reason, lang: Lang): string {
  return t(lang, keyOf(reason));
}

/**
 * Why a column's cells are unreadable, in words: one reason as it is, several each with its count and
 * first row ("two-digit year (3 ×, first on row 96); not a date (2 ×, first on row 140)"), so five bad
 * dates never all carry the first one's reason. `rowOffset` turns the cells' rows into the sheet's.
 */
export function reasonsText(invalid: readonly { row: number; reason: Reason }[], lang: Lang, rowOffset = 0): string {
  const groups = new Map<Reason, { count: number; row: number }>();
  for (const cell of invalid) {
    const group = groups.get(cell.reason);
    if (group) group.count++;
    else groups.set(cell.reason, { count: 1, row: cell.row + rowOffset });
  }
  if (groups.size <= 1) return invalid[0] ? reasonText(invalid[0].reason, lang) : "";
  return [...groups]
    .map(([reason, { count, row }]) => t(lang, "format.reasonGroup", { reason: reasonText(reason, lang), count, row }))
    .join(listSeparator(lang));
}
