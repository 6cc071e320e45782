/**
 * What a file handed to the product is, from its first bytes, so a refusal says what it is and what
 * to do (an old .xls, a password-protected workbook, an OpenDocument or CSV file). The command line
 * and the standalone page both ask this, before an engine half-reads the file and says something vague.
 */
import type { MessageKey } from "../core";

export type InputKind = "xlsx" | "xls" | "encrypted" | "pgp" | "ods" | "csv" | "unknown";

/** How many first bytes the sniffing looks at. */
export const HEAD_BYTES = 65_536;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const includes = (head: Uint8Array, text: string, utf16 = false): boolean => {
  const needle = utf16
    ? Uint8Array.from([...text].flatMap((ch) => [ch.charCodeAt(0), 0]))
    : new TextEncoder().encode(text);
  outer: for (let i = 0; i + needle.length <= head.length; i++) {
    for (let j = 0; j < needle.length; j++) if (head[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/** The kind of a workbook file from its first bytes (up to HEAD_BYTES) and its name. */
export function kindOfBytes(head: Uint8Array, name: string): InputKind {
  const startsWith = (magic: number[]) => magic.every((b, i) => head[i] === b);
  if (startsWith(OLE)) {
    // Office encrypts an .xlsx into an OLE container with an "EncryptedPackage" stream (UTF-16 name).
    return includes(head, "EncryptedPackage", true) ? "encrypted" : "xls";
  }
  if (isPgp(head, name)) return "pgp";
  if (startsWith(ZIP)) return includes(head, "application/vnd.oasis.opendocument") ? "ods" : "xlsx";
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head.subarray(0, 4096));
  if (/\.(csv|txt)$/i.test(name) || (!text.includes("\u0000") && /[;,\t].*\n/.test(text))) return "csv";
  return "unknown";
}

/**
 * An OpenPGP message, as the KSZ sends its answer (encrypted for the institution's key): ASCII armour,
 * or a binary message, which starts with a packet of an encrypted session key (tag 1 or 3, in the
 * old or the new packet format), or a file named .gpg or .pgp.
 */
function isPgp(head: Uint8Array, name: string): boolean {
  if (/\.(gpg|pgp)$/i.test(name)) return true;
  // A text file may start with such a byte too (Windows-1252 "„"): a binary message has control bytes.
  const binary = head.subarray(0, 64).some((b) => b < 0x09);
  if ([0x84, 0x85, 0x86, 0x8c, 0x8d, 0xc1, 0xc3].includes(head[0] ?? 0) && binary) return true;
  return includes(head.subarray(0, 1024), "-----BEGIN PGP MESSAGE-----");
}

/** The message for an input that could not be opened as an .xlsx, by what it is. */
export function unreadableKey(kind: InputKind): MessageKey {
  switch (kind) {
    case "xls":
      return "cli.error.xls";
    case "encrypted":
      return "cli.error.encrypted";
    case "pgp":
      return "cli.error.pgp";
    case "ods":
      return "cli.error.ods";
    case "csv":
      return "cli.error.csv";
    default:
      return "cli.error.damaged";
  }
}
