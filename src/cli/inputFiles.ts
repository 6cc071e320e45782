/**
 * The files an analyst hands the command line, told apart by their first bytes, so a refusal says what
 * the file is and what to do (an old .xls, a password-protected workbook, an OpenDocument or CSV file),
 * and the answers file read safely (size and kind checked before reading, a byte-order mark allowed).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { LIMITS, type MessageKey } from "../core";

export type InputKind = "xlsx" | "xls" | "encrypted" | "ods" | "csv" | "unknown";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The kind of a workbook file from its first 64 KB (an unreadable file is "unknown"). */
export function inputKind(path: string): InputKind {
  let head: Buffer;
  try {
    const fd = openSync(path, "r");
    try {
      head = Buffer.alloc(65_536);
      head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return "unknown";
  }
  const startsWith = (magic: number[]) => magic.every((b, i) => head[i] === b);
  if (startsWith(OLE)) {
    // Office encrypts an .xlsx into an OLE container with an "EncryptedPackage" stream (UTF-16 name).
    return head.includes(Buffer.from("EncryptedPackage", "utf16le")) ? "encrypted" : "xls";
  }
  if (startsWith(ZIP)) {
    return head.includes(Buffer.from("application/vnd.oasis.opendocument")) ? "ods" : "xlsx";
  }
  const text = head.toString("utf8", 0, Math.min(head.length, 4096));
  if (/\.(csv|txt)$/i.test(path) || (!text.includes("\u0000") && /[;,\t].*\n/.test(text))) return "csv";
  return "unknown";
}

/** The message for an input that could not be opened as an .xlsx, by what it is. */
export function unreadableKey(kind: InputKind): MessageKey {
  switch (kind) {
    case "xls":
      return "cli.error.xls";
    case "encrypted":
      return "cli.error.encrypted";
    case "ods":
      return "cli.error.ods";
    case "csv":
      return "cli.error.csv";
    default:
      return "cli.error.damaged";
  }
}

/** Answers files are a few kilobytes: anything larger is not one. */
export const MAX_ANSWERS_BYTES = LIMITS.answersBytes;

export type AnswersRead = { ok: true; value: unknown } | { ok: false; key: MessageKey; detail?: string };

/** Read an answers file: missing, not a file, too large, or not JSON each get their own message. */
export function readAnswersFile(path: string): AnswersRead {
  if (!existsSync(path)) return { ok: false, key: "cli.error.answersMissing" };
  const info = statSync(path);
  if (!info.isFile()) return { ok: false, key: "cli.error.answersNotFile" };
  if (info.size > MAX_ANSWERS_BYTES) return { ok: false, key: "cli.error.answersTooLarge" };
  try {
    // Notepad saves UTF-8 with a byte-order mark: it is not part of the JSON.
    return { ok: true, value: JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, "")) };
  } catch (error) {
    return { ok: false, key: "cli.error.answers", detail: (error as Error).message };
  }
}
