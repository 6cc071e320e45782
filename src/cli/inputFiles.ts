/**
 * The files an analyst hands the command line, told apart by their first bytes, so a refusal says what
 * the file is and what to do (an old .xls, a password-protected workbook, an OpenDocument or CSV file),
 * and the answers file read safely (size and kind checked before reading, a byte-order mark allowed).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { LIMITS, mistypedAnswers, type MessageKey } from "../core";
import { HEAD_BYTES, kindOfBytes, type InputKind } from "../workbook/fileKind";

export { unreadableKey, type InputKind } from "../workbook/fileKind";

/** The kind of a workbook file from its first bytes (an unreadable file is "unknown"). */
export function inputKind(path: string): InputKind {
  let head: Buffer;
  try {
    const fd = openSync(path, "r");
    try {
      head = Buffer.alloc(HEAD_BYTES);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return "unknown";
  }
  return kindOfBytes(head, path);
}

export type AnswersRead =
  { ok: true; value: Record<string, unknown> } | { ok: false; key: MessageKey; at?: number; fields?: string };

/** Read an answers file: missing, not a file, too large, or not JSON each get their own message. */
export function readAnswersFile(path: string): AnswersRead {
  if (!existsSync(path)) return { ok: false, key: "cli.error.answersMissing" };
  const info = statSync(path);
  if (!info.isFile()) return { ok: false, key: "cli.error.answersNotFile" };
  if (info.size > LIMITS.answersBytes) return { ok: false, key: "cli.error.answersTooLarge" };
  try {
    // Notepad saves UTF-8 with a byte-order mark: it is not part of the JSON.
    const value: unknown = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
    // One object of answers: null, a list or a lone value would otherwise be read as no answers at all.
    if (typeof value !== "object" || value === null || Array.isArray(value))
      return { ok: false, key: "cli.error.answersNotObject" };
    const wrong = mistypedAnswers(value as Record<string, unknown>);
    if (wrong.length > 0) return { ok: false, key: "cli.error.answersMistyped", fields: wrong.join(", ") };
    return { ok: true, value: value as Record<string, unknown> };
  } catch (error) {
    // JSON.parse says where in English ("... at position 12"): only the place is kept.
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    return { ok: false, key: "cli.error.answers", ...(at ? { at: Number(at) + 1 } : {}) };
  }
}
