import { isEmptyCell, isExcelError } from "./cell";
import { isValidDate, stamp, type DayStamp } from "./dates";
import { fail, ok, type Parsed } from "./result";
import type { Sex } from "./sex";

/**
 * A validated INSZ/NISS: a national register number, or a BIS number for people not in the register.
 * It is a direct identifier: it goes only into the separate linkage sheet, never into the request.
 */
export interface Insz {
  /** The 11 digits, without separators. */
  digits: string;
  kind: "register" | "bis";
  /** Birth date from the number, when it holds one (month or day 00 means unknown). */
  birthDate: DayStamp | null;
  /** Sex from the serial (odd: man, even: woman); unknown for a BIS number issued with month + 20. */
  sex: Sex | null;
}

/** yy.mm.dd-sss.cc with any separators, or the bare 11 digits; numbers lose leading zeros in Excel. */
function digitsOf(cell: unknown): string | null {
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 0 || cell > 99_999_999_999) return null;
    return String(cell).padStart(11, "0");
  }
  if (typeof cell !== "string") return null;
  const digits = cell.replace(/[\s.\-/]/g, "");
  return /^\d+$/.test(digits) ? digits : null;
}

/**
 * Validate an INSZ with its check digits: 97 minus (the first nine digits mod 97); for people born
 * from 2000 on, the nine digits are prefixed with 2 before taking the modulus.
 */
export function parseInsz(cell: unknown): Parsed<Insz> {
  if (isEmptyCell(cell)) return fail("empty");
  if (isExcelError(cell)) return fail("excel_error");
  const digits = digitsOf(cell);
  if (digits === null || digits.length !== 11) return fail("insz_length");
  const body = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const century = 97 - (body % 97) === check ? 1900 : 97 - ((2_000_000_000 + body) % 97) === check ? 2000 : 0;
  if (century === 0) return fail("insz_checksum");

  const yy = Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const serial = Number(digits.slice(6, 9));
  let kind: Insz["kind"] = "register";
  let sexKnown = true;
  if (month >= 40) {
    kind = "bis";
    month -= 40;
  } else if (month >= 20) {
    kind = "bis";
    sexKnown = false;
    month -= 20;
  }
  if (month > 12 || day > 31) return fail("insz_date");
  const year = century + yy;
  let birthDate: DayStamp | null = null;
  if (month !== 0 && day !== 0) {
    if (!isValidDate(year, month, day)) return fail("insz_date");
    birthDate = stamp(year, month, day);
  }
  const sex: Sex | null = sexKnown ? (serial % 2 === 1 ? "M" : "F") : null;
  return ok({ digits, kind, birthDate, sex });
}

/**
 * INSZ numbers that occur on more than one row (one person with several rows: contracts, periods):
 * how many numbers, and how many rows beyond the first of each. Invalid numbers are not counted.
 */
export function duplicateInsz(cells: readonly unknown[]): { numbers: number; extraRows: number } {
  const seen = new Map<string, number>();
  for (const cell of cells) {
    const parsed = parseInsz(cell);
    if (parsed.ok) seen.set(parsed.value.digits, (seen.get(parsed.value.digits) ?? 0) + 1);
  }
  let numbers = 0;
  let extraRows = 0;
  for (const n of seen.values())
    if (n > 1) {
      numbers++;
      extraRows += n - 1;
    }
  return { numbers, extraRows };
}

/** yy.mm.dd-sss.cc, the way the number is printed on Belgian documents. */
export function formatInsz(digits: string): string {
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9, 11)}`;
}

/** Build a valid INSZ from its parts; used to make synthetic data and tests, never to guess one. */
export function makeInsz(year: number, month: number, day: number, serial: number): string {
  const body = `${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}${String(serial).padStart(3, "0")}`;
  const n = Number(body) + (year >= 2000 ? 2_000_000_000 : 0);
  return body + String(97 - (n % 97)).padStart(2, "0");
}
