/**
 * One cell of the KSZ's answer, read as what it says: a number as written (a count, or a percentage in
 * a table of shares), a suppression mark, a blank, or text. Whether a number is a usable count is for
 * the table to say (a share, a negative, a fraction); here nothing is rounded or guessed.
 */
import { isEmptyCell, type CellValue } from "../values/cell";

export type Delivered =
  | { kind: "number"; value: number; percent: boolean }
  /** A suppressed cell; `below` when the mark says so ("<5": fewer than 5). */
  | { kind: "suppressed"; mark: string; below: number | null }
  | { kind: "blank" }
  | { kind: "text"; text: string };

/**
 * Marks statistical offices and the KSZ write for a cell they do not publish, folded to lower case:
 * "x" and "c" (confidential, Eurostat and Statbel), "*", "-", ".", ":", "..", "conf", "n.b." (niet
 * beschikbaar), "n.p." (non publié), "s" (secret). A blank inside a filled table is one too.
 */
const MARKS = new Set([
  "x",
  "xx",
  "c",
  "*",
  "**",
  "-",
  "\u2013",
  "\u2014",
  ".",
  "..",
  ":",
  "conf",
  "conf.",
  "n.b.",
  "nb",
  "n.p.",
  "np",
  "s",
  "geheim",
  "secret",
  "confidentieel",
  "confidentiel",
  "confidential",
]);

/** "<5", "< 5", "≤4", "<=4": suppressed, fewer than the number (≤ n: fewer than n + 1). */
const BELOW = /^(<|≤|<=|&lt;)\s*(\d{1,6})$/;

/** A number as an export writes it: "12", "1.234" or "1 234" (thousands), "12,5", "12.5 %". */
const NUMBER = /^[+-]?(?:\d{1,3}(?:[ .,\u00a0\u202f']\d{3})+|\d+)(?:[.,]\d+)?$/;

export function readDelivered(cell: CellValue): Delivered {
  if (isEmptyCell(cell)) return { kind: "blank" };
  if (typeof cell === "number") return { kind: "number", value: cell, percent: false };
  if (typeof cell !== "string") return { kind: "text", text: String(cell instanceof Date ? cell.toISOString() : cell) };
  const text = cell.trim();
  if (text === "") return { kind: "blank" };
  const folded = text.toLowerCase();
  if (MARKS.has(folded)) return { kind: "suppressed", mark: text, below: null };
  const below = BELOW.exec(folded.replace(/\s+/g, " "));
  if (below) {
    const n = Number(below[2]);
    return { kind: "suppressed", mark: text, below: below[1] === "<" || below[1] === "&lt;" ? n : n + 1 };
  }
  const percent = /%$/.test(text);
  const bare = text.replace(/\s*%$/, "");
  if (NUMBER.test(bare)) {
    const value = numberOf(bare);
    if (value !== null) return { kind: "number", value, percent };
  }
  return { kind: "text", text };
}

/**
 * The value of a written number. With both "." and "," the last one is the decimal mark; with one of
 * them followed by exactly three digits (and no other) it groups thousands ("1.234", "1,234"), as a
 * count of staff is written; otherwise it is the decimal mark ("12,5").
 */
function numberOf(text: string): number | null {
  const bare = text.replace(/[\s\u00a0\u202f']/g, "");
  const dot = bare.lastIndexOf(".");
  const comma = bare.lastIndexOf(",");
  let normal: string;
  if (dot >= 0 && comma >= 0) {
    const decimal = dot > comma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    normal = bare.split(group).join("").replace(decimal, ".");
  } else if (dot >= 0 || comma >= 0) {
    const mark = dot >= 0 ? "." : ",";
    const parts = bare.split(mark);
    normal = parts.length > 2 || parts[1]!.length === 3 ? parts.join("") : parts.join(".");
  } else normal = bare;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** Cells that may be data in a table: numbers and marks (a blank is neither). */
export const isDataLike = (d: Delivered): boolean => d.kind === "number" || d.kind === "suppressed";
