import { isEmptyCell, isExcelError } from "./cell";
import { monthDayOf, parseDate, yearOf, type DayStamp } from "./dates";
import { fail, ok, type Parsed } from "./result";

/** Ages outside this range are implausible for staff and reported as invalid, with the reason. */
export const MIN_STAFF_AGE = 14;
export const MAX_STAFF_AGE = 100;

/**
 * Age in completed years on the reference date. Comparing month-day numbers gives the rule for
 * someone born on 29 Feb: in a non-leap year 0228 < 0229, so the birthday falls on 1 March.
 */
export function ageOn(birth: DayStamp, reference: DayStamp): number {
  return yearOf(reference) - yearOf(birth) - (monthDayOf(reference) < monthDayOf(birth) ? 1 : 0);
}

/** Check an age for plausibility as a staff member's age. */
export function plausibleAge(age: number): Parsed<number> {
  if (age < MIN_STAFF_AGE) return fail("age_too_low");
  if (age > MAX_STAFF_AGE) return fail("age_too_high");
  return ok(age);
}

/** Age on the reference date from a birth date cell; a birth date after the reference date is invalid. */
export function ageFromBirthDate(cell: unknown, reference: DayStamp): Parsed<number> {
  const birth = parseDate(cell);
  if (!birth.ok) return birth;
  if (birth.value > reference) return fail("birth_in_future");
  return plausibleAge(ageOn(birth.value, reference));
}

/** An age given directly, as a whole number of years (number or numeric text). */
export function parseAge(cell: unknown): Parsed<number> {
  if (isEmptyCell(cell)) return fail("empty");
  if (isExcelError(cell)) return fail("excel_error");
  const n = typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell.trim().replace(",", ".")) : NaN;
  if (!Number.isFinite(n) || n < 0) return fail("not_an_age");
  return plausibleAge(Math.floor(n));
}
