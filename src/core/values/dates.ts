import { isEmptyCell, isExcelError } from "./cell";
import { fail, ok, type Parsed } from "./result";

/**
 * A calendar date packed as the integer yyyymmdd (19800229 is 29 Feb 1980). Packed dates compare in
 * calendar order and cost no allocation, which matters at a million rows.
 */
export type DayStamp = number;

export const stamp = (year: number, month: number, day: number): DayStamp => year * 10000 + month * 100 + day;
export const yearOf = (s: DayStamp): number => Math.floor(s / 10000);
export const monthDayOf = (s: DayStamp): number => s % 10000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** ISO text yyyy-mm-dd of a stamp, for reports and settings. */
export function formatIso(s: DayStamp): string {
  const y = yearOf(s);
  const md = monthDayOf(s);
  return `${String(y).padStart(4, "0")}-${String(Math.floor(md / 100)).padStart(2, "0")}-${String(md % 100).padStart(2, "0")}`;
}

/** Proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
export function stampFromEpochDays(days: number): DayStamp {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return stamp(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** Days since 1970-01-01 of a date (H. Hinnant's days_from_civil). */
export function epochDaysFromStamp(s: DayStamp): number {
  const md = monthDayOf(s);
  const month = Math.floor(md / 100);
  const day = md % 100;
  const year = yearOf(s) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Excel's largest serial, 31 Dec 9999. */
const MAX_SERIAL = 2958465;
/** Serial 25569 is 1 Jan 1970. */
const SERIAL_OF_EPOCH = 25569;

/**
 * A date from an Excel serial in the 1900 date system. Serial 1 is 1 Jan 1900; Excel counts a
 * 29 Feb 1900 that never was (serial 60), so serials from 61 on are one day ahead of the calendar.
 * A time of day (the fraction) is dropped.
 */
export function dateFromExcelSerial(serial: number): Parsed<DayStamp> {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return fail("not_a_date");
  const whole = Math.floor(serial);
  if (whole === 60) return fail("phantom_1900_02_29");
  return ok(stampFromEpochDays(whole - SERIAL_OF_EPOCH + (whole < 60 ? 1 : 0)));
}

/** The Excel serial of a date (inverse of dateFromExcelSerial), for writing dates and for tests. */
export function excelSerialFromDate(s: DayStamp): number {
  const serial = epochDaysFromStamp(s) + SERIAL_OF_EPOCH;
  return serial < 61 ? serial - 1 : serial;
}

/** dd/mm/yyyy, with the midnight time some exports add ("15/03/1980 00:00:00"). */
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = /^[+-]?\d+(?:[.,]\d+)?$/;

function checked(year: number, month: number, day: number): Parsed<DayStamp> {
  return isValidDate(year, month, day) ? ok(stamp(year, month, day)) : fail("impossible_date");
}

/**
 * A date from a number: an 8-digit yyyymmdd, else an Excel serial. Serials stop at 2,958,465, so every
 * 8-digit number is a compact date and never a serial.
 */
function dateFromNumber(n: number): Parsed<DayStamp> {
  if (n >= 10_000_000 && n <= 99_991_231 && Number.isInteger(n)) {
    const y = Math.floor(n / 10000);
    return checked(y, Math.floor((n % 10000) / 100), n % 100);
  }
  return dateFromExcelSerial(n);
}

/** Month names and abbreviations in nl, fr, en and de, folded (no accents, lower case), to 1-12. */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ["januari", "janvier", "january", "januar", "jan", "janv", "jänner", "janner"],
    ["februari", "fevrier", "february", "februar", "feb", "febr", "fev", "fevr"],
    ["maart", "mars", "march", "marz", "mrt", "mar", "maerz"],
    ["april", "avril", "apr", "avr"],
    ["mei", "mai", "may"],
    ["juni", "juin", "june", "jun"],
    ["juli", "juillet", "july", "jul", "juil"],
    ["augustus", "aout", "august", "aug"],
    ["september", "septembre", "sep", "sept"],
    ["oktober", "octobre", "october", "okt", "oct"],
    ["november", "novembre", "nov"],
    ["december", "decembre", "dezember", "dec", "dez"],
  ].flatMap((names, i) => names.map((name) => [name, i + 1])),
);
/** The month a folded name or abbreviation stands for (1-12), in nl, fr, en or de; null if none. */
export function monthNumber(name: string): number | null {
  return MONTHS[name] ?? null;
}

/** "1 januari 1980", "1er janvier 1980", "1. Januar 1980", "01-JAN-1980". */
const NAMED_DAY_FIRST = /^(\d{1,2})(?:er|e|ste|de|\.)?[\s.-]+([a-z]+)\.?[\s.-]+(\d{2}|\d{4})$/;
/** "January 1, 1980", "Jan 1 1980". */
const NAMED_MONTH_FIRST = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{2}|\d{4})$/;

/** The order of day and month in a column's dd/mm-like texts: Belgian day first, unless shown otherwise. */
export type DateOrder = "dayFirst" | "monthFirst";

/** A date written with a month name, in any of our four languages. */
function namedDate(text: string): Parsed<DayStamp> | null {
  const folded = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
  let m = NAMED_DAY_FIRST.exec(folded);
  let day: string | undefined, month: string | undefined, year: string | undefined;
  if (m) [, day, month, year] = m;
  else if ((m = NAMED_MONTH_FIRST.exec(folded))) [, month, day, year] = m;
  if (!month || !day || !year) return null;
  const number = MONTHS[month];
  if (number === undefined) return null;
  if (year.length === 2) return fail("two_digit_year");
  return checked(Number(year), number, Number(day));
}

/**
 * Which order a column's texts like 03/04/1980 prove: a value with a first part over 12 proves day
 * first, one with a second part over 12 proves month first. Counted over the column, so one reading
 * serves every value (DOMAIN.md section 5).
 */
export function dateOrderEvidence(cells: Iterable<unknown>): { dayFirst: number; monthFirst: number } {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const cell of cells) {
    if (typeof cell !== "string") continue;
    const m = DAY_FIRST.exec(cell.trim());
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
  }
  return { dayFirst, monthFirst };
}

/**
 * Parse a date from any cell: Excel serial, JS Date, yyyymmdd, text dd/mm/yyyy, d-m-yyyy, d.m.yyyy
 * (day first, as in Belgium, unless `order` says the column is month first), ISO yyyy-mm-dd with or
 * without a time, and dates with a month name in nl, fr, en or de ("1 januari 1980", "1er janvier 1980").
 * A two-digit year is reported, never guessed: 01/02/63 could be 1963 or 2063.
 */
export function parseDate(cell: unknown, order: DateOrder = "dayFirst"): Parsed<DayStamp> {
  if (typeof cell === "number") return dateFromNumber(cell);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail("not_a_date");
    // Doors hand dates over as UTC midnight (ExcelJS does); the UTC calendar day is the cell's date.
    return checked(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (isEmptyCell(cell)) return fail("empty");
  if (isExcelError(cell)) return fail("excel_error");
  if (typeof cell !== "string") return fail("not_a_date");
  const text = cell.trim();
  let m = DAY_FIRST.exec(text);
  if (m) {
    if (m[3]!.length === 2) return fail("two_digit_year");
    return order === "monthFirst"
      ? checked(Number(m[3]), Number(m[1]), Number(m[2]))
      : checked(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  m = ISO.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = COMPACT.exec(text);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  // Exports from other tools sometimes keep the serial as text.
  if (NUMERIC.test(text)) return dateFromNumber(Number(text.replace(",", ".")));
  return namedDate(text) ?? fail("not_a_date");
}

/** Parse an ISO yyyy-mm-dd reference date (settings, command line). */
export function parseIsoDate(text: string): Parsed<DayStamp> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? checked(Number(m[1]), Number(m[2]), Number(m[3])) : fail("not_a_date");
}
