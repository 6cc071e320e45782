/**
 * Every parser returns a value or a reason, never throws. Reasons are stable codes; their text lives in
 * the catalogues under `reason.<code>`, so the same reason reads in nl, fr and en.
 */
export type Reason =
  | "empty"
  | "excel_error"
  | "not_a_date"
  | "impossible_date"
  | "ambiguous_date_order"
  | "two_digit_year"
  | "phantom_1900_02_29"
  | "birth_in_future"
  | "age_too_low"
  | "age_too_high"
  | "not_an_age"
  | "declared_unknown"
  | "stateless"
  | "not_recognised"
  | "ambiguous"
  | "conflicting"
  | "nis_without_iso"
  | "nis_unlisted"
  | "iso_numeric_code"
  | "country_without_group"
  | "not_a_sex"
  | "insz_length"
  | "insz_checksum"
  | "insz_date";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(reason: Reason): Parsed<T> => ({ ok: false, reason });
