/*
 * Errors Excel reports that the analyst can fix, each with a catalogue message that says how. Excel
 * gives them as OfficeExtension.Error with a `code`; anything else stays a plain error with its text.
 */
import type { MessageKey } from "../core";
import { StalePlan } from "./port";
import { ChangedElsewhere } from "./savedSettings";

const FIXABLE: Record<string, MessageKey> = {
  // A cell is being edited: Excel refuses every API call until the edit ends.
  InvalidOperationInCellEditMode: "error.cellEditMode",
  // A protected sheet or workbook refuses the new columns and sheets.
  AccessDenied: "error.protected",
  // Another add-in or a dialog keeps Excel busy.
  ActivityLimitReached: "error.busy",
};

/** The message for an error the analyst can fix, or null for any other error. */
export function fixableErrorKey(error: unknown): MessageKey | null {
  // The sheet was sorted or edited between reading and writing: nothing was written; detect again.
  if (error instanceof StalePlan) return "error.stale";
  // A co-author saved choices since they were read: nothing was written over theirs.
  if (error instanceof ChangedElsewhere) return "error.changedElsewhere";
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? (FIXABLE[code] ?? null) : null;
}
