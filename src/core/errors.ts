/**
 * Refusals the analyst can act on, each with a catalogue message: an identifier asked for as a
 * category, a limit gone beyond, a header with no data under it. Every face turns them into the same
 * words through `userMessage`; anything else is a failure with its own text.
 */
import type { MessageKey, MessageParams } from "./i18n";
import { IdentifierAsCategory, identifierMessage } from "./job/recode";
import { LimitExceeded } from "./limits";

/** The sheet has a header row but nothing under it: there is no table to work on. */
export class NoDataRows extends Error {
  constructor(readonly sheet: string) {
    super(`sheet "${sheet}" has no data rows under its header`);
    this.name = "NoDataRows";
  }
}

/**
 * No data where the data were looked for: no sheet holds any, the sheet named is empty or absent.
 * Its words (`noDataReason`) are a clause each face puts in its own sentence: the pane says what to
 * select or open, the command line names the file.
 */
export class NoData extends Error {
  constructor(
    readonly reason: "noSheet" | "emptySheet" | "unknownSheet" | "rememberedGone" | "whichSheet",
    readonly sheet = "",
    /** The sheet the analyst is on, when the data were looked for elsewhere (the pane offers to take it). */
    readonly active = "",
  ) {
    super(reason === "noSheet" ? "the workbook has no sheet with data" : `sheet "${sheet}": ${reason}`);
    this.name = "NoData";
  }
}

/** Whether the refusal is about what the user asked (a usage error) or about the input file. */
export type RefusalKind = "usage" | "input";

export interface UserMessage {
  key: MessageKey;
  params: MessageParams;
  kind: RefusalKind;
}

/** The message for a refusal the analyst can act on, or null for any other error. */
export function userMessage(error: unknown, file = ""): UserMessage | null {
  if (error instanceof IdentifierAsCategory) return { ...identifierMessage(error), kind: "usage" };
  if (error instanceof LimitExceeded) {
    const asked = error.limit === "tablesPerRequest" || error.limit === "dimensionsPerTable";
    return {
      key: `limit.${error.limit}`,
      params: { subject: error.subject || file, actual: error.actual },
      kind: asked ? "usage" : "input",
    };
  }
  if (error instanceof NoDataRows)
    return { key: "cli.error.noDataRows", params: { file, sheet: error.sheet }, kind: "input" };
  return null;
}

/** The words for a NoData refusal, to go in a face's sentence; null for any other error. */
export function noDataReason(error: unknown): { key: MessageKey; params: MessageParams } | null {
  return error instanceof NoData ? { key: `error.noData.${error.reason}`, params: { sheet: error.sheet } } : null;
}
