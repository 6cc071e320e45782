/**
 * The pane's message bar: one message at a time, with notes under it, and how errors become messages.
 * Green only when it is true: a message with a note that asks for a correction is a warning.
 */
import { noDataReason, userMessage, type MessageKey, type MessageParams, type ScreenNote } from "../core";
import { fixableErrorKey } from "../workbook/errors";
import { DamagedSettings } from "../workbook/port";

export interface PaneMessage {
  intent: "error" | "success" | "info" | "warning";
  key: MessageKey;
  params?: MessageParams;
  /** A message of its own as the {detail} parameter, in the pane's language (why no data were found). */
  detail?: ScreenNote;
  /** Further lines under the message: what the personal-data screen kept out. */
  notes?: ScreenNote[];
  /**
   * Where it shows: at the top of the pane, or inline under the button that caused it (the request's
   * result, next to Generate, where the analyst is looking). Never a toast over the form.
   */
  place?: "top" | "request";
}

/** Notes that only inform (how dates were read); any other note asks for a correction. */
const INFO_NOTES: readonly string[] = ["recode.dateReading.monthFirst"];

/** A message with its notes: never green while a note asks for a correction. */
export function withNotes(message: PaneMessage, notes: ScreenNote[]): PaneMessage {
  if (notes.length === 0) return message;
  const correct = notes.some((n) => !INFO_NOTES.includes(n.key));
  return { ...message, intent: correct && message.intent === "success" ? "warning" : message.intent, notes };
}

/**
 * What went wrong, for the message bar: an error the analyst can fix (a cell being edited, a protected
 * sheet) says how; any other error is shown with its own text under `key`.
 */
export function failure(error: unknown, key: MessageKey = "pane.error.generic"): PaneMessage {
  const reason = noDataReason(error);
  if (reason) return { intent: "error", key, detail: reason };
  const refusal = userMessage(error);
  if (refusal) return { intent: "error", key: refusal.key, params: refusal.params };
  const fixable = fixableErrorKey(error);
  if (fixable) return { intent: "warning", key: fixable };
  return { intent: "error", key, params: { detail: String((error as Error)?.message ?? error) } };
}

/** Settings that cannot be read are a warning (the defaults apply); anything else is a failure. */
export function settingsError(error: unknown): PaneMessage {
  return error instanceof DamagedSettings ? { intent: "warning", key: "settings.damaged" } : failure(error);
}
