/**
 * What Excel makes of a value written through `range.values` (the Range.values JSDoc: "if the
 * returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this
 * value as a formula"), as Excel with Belgian regional settings does, unless the cell's number format
 * is text ("@"): then the string is kept as it was written.
 *
 * Modelled: formulas (= + - @ at the start; one that is not a valid formula is refused with
 * InvalidArgument, as Excel refuses "+32 2 123 45 67"), numbers (leading zeros lost: "0123456789" is
 * 123456789), percentages, booleans, and dates (ISO 2025-01-15, day-first 31/12/2024 and 15-1-2025, and
 * day-month "1-3" in the current year) stored as date serials. Not modelled: formula evaluation (a valid
 * formula reads back as its text prefixed by "=" result marker "#FORMULA"), currency, times, fractions.
 */
import { OfficeFakeError, type CellValue } from "./context";

const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?\d+([.,]\d+)?\s?%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2})$/;
const DAY_MONTH = /^(\d{1,2})[/-](\d{1,2})$/;
/** A formula the fake accepts: a function call or a cell reference after "=". */
const VALID_FORMULA = /^=\s*([A-Z][A-Z0-9.]*\(.*\)|\$?[A-Z]{1,3}\$?\d+|[\d.]+([+\-*/][\d.]+)*)\s*$/i;

/** Excel's serial for a day (1900 date system, with its phantom 29 February 1900). */
function serial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1) return null;
  return Math.round(utc / 86_400_000) + 25_569;
}

/** The formula's stand-in value: what reading the cell back gives (the fake does not evaluate). */
export const FORMULA_RESULT = "#FORMULA";

export function coerceWritten(value: unknown, numberFormat: string): CellValue {
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = value === null || value === undefined ? "" : String(value);
  if (numberFormat === "@") return text;
  const trimmed = text.trim();
  if (trimmed === "") return "";
  if (/^[=+\-@]/.test(trimmed) && !NUMBER.test(trimmed) && !PERCENT.test(trimmed)) {
    const formula = trimmed.startsWith("=") ? trimmed : `=${trimmed.slice(trimmed.startsWith("@") ? 1 : 0)}`;
    if (!VALID_FORMULA.test(formula))
      throw new OfficeFakeError("InvalidArgument", `Excel refuses the formula ${JSON.stringify(text)}`);
    return FORMULA_RESULT;
  }
  if (NUMBER.test(trimmed)) return Number(trimmed.replace(",", "."));
  if (PERCENT.test(trimmed)) return Number(trimmed.replace(/\s?%$/, "").replace(",", ".")) / 100;
  if (/^(true|false|waar|onwaar|vrai|faux)$/i.test(trimmed)) return /^(true|waar|vrai)$/i.test(trimmed);
  let m = ISO_DATE.exec(trimmed);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3])) ?? text;
  m = DAY_FIRST.exec(trimmed);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) - (Number(m[3]) >= 30 ? 100 : 0) : Number(m[3]);
    return serial(year, Number(m[2]), Number(m[1])) ?? text;
  }
  m = DAY_MONTH.exec(trimmed);
  if (m) return serial(new Date().getUTCFullYear(), Number(m[2]), Number(m[1])) ?? text;
  return text;
}
