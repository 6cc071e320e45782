import type { TotalsRows } from "../columns/totals";
import { ageOn, parseAge, plausibleAge } from "../values/age";
import { cellText, isEmptyCell, isExcelError, type CellValue } from "../values/cell";
import { countryLookup, numericCodesLookIso, parseCountry, type CountryCode } from "../values/countries";
import { dateFromExcelSerial, dateOrderEvidence, parseDate, type DayStamp } from "../values/dates";
import { normaliseWord } from "../values/normalise";
import { parseSex } from "../values/sex";
import { fail, type Parsed, type Reason } from "../values/result";
import { bandIds, bandTable, type AgeBandScheme } from "./ageBands";
import { DETAILED_GROUPS, type DetailedGroup } from "./data/originGroups";
import { groupOfValue, groupsToMerge, orderGroups, OTHER_GROUP, UNKNOWN_GROUP, type Grouping } from "./grouping";
import { detailedGroupOf, type OriginScheme } from "./origin";

/**
 * A table of plain values as a door reads it: column-major, so a door reads only the columns a plan
 * needs and the core walks one array per variable.
 */
export interface Table {
  headers: readonly string[];
  columns: readonly (readonly CellValue[])[];
  rowCount: number;
  /** Excel row number of the first data row, so a report can say "row 42". */
  firstRowNumber: number;
  /**
   * The workbook counts serials from 1904 (Excel for Mac's old default): serial 0 is 1 Jan 1904, 1,462
   * days after the 1900 system's. A door that knows sets it; the serials of birth dates are read so.
   */
  date1904?: boolean;
  /** Rows under the data read as a totals row and left out (a plain range's "Totaal"): said, never counted. */
  totalsLeftOut?: TotalsRows;
}

export type RecodeSpec =
  | { kind: "age"; source: number; input: "birthDate" | "age"; scheme: AgeBandScheme }
  | {
      kind: "origin";
      source: number;
      scheme: OriginScheme;
      /** The analyst's answers for values the lookup could not place: folded value to country or group. */
      overrides?: Readonly<Record<string, CountryCode | DetailedGroup>>;
    }
  | { kind: "group"; source: number; grouping: Grouping }
  /** Sex as M, F, X or unknown: used in checks, not written back. */
  | { kind: "sex"; source: number };

export const SEX_CATEGORIES = ["M", "F", "X", UNKNOWN_GROUP] as const;

export interface RecodePlan {
  /** Ages are counted in completed years on this date; the core never reads the clock. */
  referenceDate: DayStamp;
  recodes: readonly RecodeSpec[];
}

export interface UnknownValue {
  value: string;
  count: number;
  reason: Reason;
}

export interface InvalidCell {
  /** Excel row number. */
  row: number;
  value: string;
  reason: Reason;
}

export interface RecodedColumn {
  spec: RecodeSpec;
  /** Category ids in display order; `codes` index into it. */
  categories: readonly string[];
  /** One category index per row. */
  codes: Uint8Array | Uint16Array;
  counts: Readonly<Record<string, number>>;
  /** Every raw value that went to unknown, with its count, most frequent first. */
  unknown: readonly UnknownValue[];
  /** Every cell that could not be read, by row. Such cells count as unknown too. */
  invalid: readonly InvalidCell[];
  /** Birth dates only: how texts like 03/04/1980 were read, and how many values prove it. */
  dateReading?: DateReading;
}

/** How a column's dd/mm texts were read: day first (Belgian), month first (proven), or mixed evidence. */
export interface DateReading {
  order: "dayFirst" | "monthFirst" | "mixed";
  /** Values that prove day first (first part over 12) and month first (second part over 12). */
  dayFirst: number;
  monthFirst: number;
}

export interface RecodeResult {
  rowCount: number;
  columns: RecodedColumn[];
}

/** What one cell became: a category index, or unknown with a reason (and whether it is invalid). */
type Outcome = number | { reason: Reason; invalid: boolean };

/** Reasons that mean a cell could not be read at all, as opposed to a value that says "unknown". */
const UNREADABLE: ReadonlySet<Reason> = new Set<Reason>([
  "excel_error",
  "not_a_date",
  "impossible_date",
  "ambiguous_date_order",
  "two_digit_year",
  "phantom_1900_02_29",
  "birth_in_future",
  "age_too_low",
  "age_too_high",
  "not_an_age",
]);

const outcomeOf = (parsed: Parsed<number>): Outcome =>
  parsed.ok ? parsed.value : { reason: parsed.reason, invalid: UNREADABLE.has(parsed.reason) };

/**
 * Recode a table by a plan: age bands, origin groups, own groupings. Returns new columns and a report;
 * the table itself is never changed. One bad cell becomes unknown and is reported, never an abort.
 */
export function applyRecode(table: Table, plan: RecodePlan): RecodeResult {
  return {
    rowCount: table.rowCount,
    columns: plan.recodes.map((spec) => recodeColumn(table, spec, plan.referenceDate)),
  };
}

function recodeColumn(table: Table, spec: RecodeSpec, reference: DayStamp): RecodedColumn {
  const cells = table.columns[spec.source];
  if (!cells) throw new RangeError(`recode source column ${spec.source} is not in the table`);
  switch (spec.kind) {
    case "age": {
      // One reading of dd/mm texts for the whole column: day first unless the column proves otherwise.
      const reading = spec.input === "birthDate" ? dateReadingOf(cells) : undefined;
      const column = collect(
        table,
        spec,
        [...bandIds(spec.scheme), UNKNOWN_GROUP],
        ageClassifier(spec, reference, reading?.order ?? "dayFirst", table.date1904 ? DAYS_1900_TO_1904 : 0),
      );
      return reading && (reading.dayFirst > 0 || reading.monthFirst > 0) ? { ...column, dateReading: reading } : column;
    }
    case "origin":
      return collect(table, spec, spec.scheme.groups, originClassifier(spec, numericCodesLookIso(cells)));
    case "group":
      return recodeGroups(table, spec);
    case "sex":
      return collect(table, spec, SEX_CATEGORIES, (cell) => {
        const sex = parseSex(cell);
        return sex.ok
          ? SEX_CATEGORIES.indexOf(sex.value)
          : { reason: sex.reason, invalid: sex.reason === "excel_error" };
      });
  }
}

/** Walk a column once, caching by raw value: exports repeat the same birth dates and nationalities. */
function collect(
  table: Table,
  spec: RecodeSpec,
  categories: readonly string[],
  classify: (cell: CellValue) => Outcome,
): RecodedColumn {
  const cells = table.columns[spec.source]!;
  const n = table.rowCount;
  const codes = categories.length <= 256 ? new Uint8Array(n) : new Uint16Array(n);
  const tally = new Float64Array(categories.length);
  const unknownIndex = categories.indexOf(UNKNOWN_GROUP); // every age and origin scheme has one
  const unknown = new Map<string, UnknownValue>();
  const invalid: InvalidCell[] = [];
  const cache = new Map<string | number, Outcome>();
  for (let r = 0; r < n; r++) {
    const cell = cells[r];
    let outcome: Outcome;
    if (typeof cell === "string" || typeof cell === "number") {
      const hit = cache.get(cell);
      if (hit === undefined) {
        outcome = classify(cell);
        cache.set(cell, outcome);
      } else outcome = hit;
    } else outcome = classify(cell);
    if (typeof outcome === "number") {
      codes[r] = outcome;
      tally[outcome]!++;
      continue;
    }
    codes[r] = unknownIndex;
    tally[unknownIndex]!++;
    const value = cellText(cell).trim();
    if (outcome.invalid) invalid.push({ row: table.firstRowNumber + r, value, reason: outcome.reason });
    else {
      const seen = unknown.get(value);
      if (seen) seen.count++;
      else unknown.set(value, { value, count: 1, reason: outcome.reason });
    }
  }
  return {
    spec,
    categories,
    codes,
    counts: Object.fromEntries(categories.map((c, i) => [c, tally[i]!])),
    unknown: [...unknown.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    invalid,
  };
}

/** The column's reading of dates like 03/04/1980, from the values that prove an order (DOMAIN.md section 5). */
export function dateReadingOf(cells: readonly CellValue[]): DateReading {
  const { dayFirst, monthFirst } = dateOrderEvidence(cells);
  const order = monthFirst > 0 ? (dayFirst > 0 ? "mixed" : "monthFirst") : "dayFirst";
  return { order, dayFirst, monthFirst };
}

/** A birth date read in the column's order; in a column of mixed evidence an undecidable one is reported. */
function birthDateOf(cell: CellValue, order: DateReading["order"]): Parsed<DayStamp> {
  if (order !== "mixed" || typeof cell !== "string") return parseDate(cell, order === "mixed" ? "dayFirst" : order);
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}$/.exec(cell.trim());
  if (!m) return parseDate(cell);
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a <= 12 && b <= 12 && a !== b) return fail("ambiguous_date_order");
  return parseDate(cell, b > 12 ? "monthFirst" : "dayFirst");
}

/** Serial of 1 Jan 1904 in the 1900 date system: add it to a 1904-system serial. */
const DAYS_1900_TO_1904 = 1462;

function ageClassifier(
  spec: Extract<RecodeSpec, { kind: "age" }>,
  reference: DayStamp,
  order: DateReading["order"],
  serialOffset: number,
): (cell: CellValue) => Outcome {
  const table = bandTable(spec.scheme);
  const band = (age: number) => table[Math.min(age, table.length - 1)]!;
  if (spec.input === "age") {
    return (cell) => {
      const age = parseAge(cell);
      return age.ok ? band(age.value) : outcomeOf(age);
    };
  }
  return (cell) => {
    // Serials are the common case in Excel: skip the general parser for them.
    const birth =
      typeof cell === "number" && cell < 10_000_000
        ? dateFromExcelSerial(cell + serialOffset)
        : birthDateOf(typeof cell === "number" ? cell + serialOffset : cell, order);
    if (!birth.ok) return outcomeOf(birth);
    if (birth.value > reference) return outcomeOf(fail("birth_in_future"));
    const age = plausibleAge(ageOn(birth.value, reference));
    return age.ok ? band(age.value) : outcomeOf(age);
  };
}

function originClassifier(
  spec: Extract<RecodeSpec, { kind: "origin" }>,
  /** The column's numbers are ISO 3166 numeric codes: none is read as a NIS code (the analyst is asked). */
  isoNumeric: boolean,
): (cell: CellValue) => Outcome {
  const lookup = countryLookup();
  const groups = spec.scheme.groups;
  const index = new Map(groups.map((g, i) => [g, i]));
  const unknownIndex = index.get(UNKNOWN_GROUP)!;
  const groupIndex = (detailed: DetailedGroup) => index.get(spec.scheme.fromDetailed[detailed])!;
  const overrides = new Map(Object.entries(spec.overrides ?? {}).map(([k, v]) => [normaliseWord(k), v]));
  return (cell) => {
    if (overrides.size > 0 && !isEmptyCell(cell) && !isExcelError(cell)) {
      const answer = overrides.get(normaliseWord(cellText(cell)));
      if (answer !== undefined) {
        return groupIndex(
          (DETAILED_GROUPS as readonly string[]).includes(answer) ? (answer as DetailedGroup) : detailedGroupOf(answer),
        );
      }
    }
    if (isoNumeric && /^\s*\d{1,3}\s*$/.test(cellText(cell))) return { reason: "iso_numeric_code", invalid: false };
    const country = parseCountry(cell, lookup);
    if (country.ok) {
      const group = groupIndex(detailedGroupOf(country.value));
      // A real country in no group (an Antarctic territory) is unknown too, and listed as such.
      return group === unknownIndex ? { reason: "country_without_group", invalid: false } : group;
    }
    if (country.reason === "ambiguous") {
      // Place an ambiguous word only when every country it may name lands in the same group.
      const placed = new Set(country.candidates.map((c) => groupIndex(detailedGroupOf(c))));
      if (placed.size === 1) {
        const only = [...placed][0]!;
        if (only !== unknownIndex) return only;
      }
    }
    return { reason: country.reason, invalid: country.reason === "excel_error" };
  };
}

/** Own variables: map raw values to groups, then fold small groups into "other" if asked. */
function recodeGroups(table: Table, spec: Extract<RecodeSpec, { kind: "group" }>): RecodedColumn {
  const cells = table.columns[spec.source]!;
  const n = table.rowCount;
  const rowGroup = new Array<string>(n);
  const counts = new Map<string, number>();
  const unknown = new Map<string, UnknownValue>();
  const invalid: InvalidCell[] = [];
  for (let r = 0; r < n; r++) {
    const cell = cells[r];
    let group: string;
    if (isExcelError(cell)) {
      group = UNKNOWN_GROUP;
      invalid.push({ row: table.firstRowNumber + r, value: cellText(cell), reason: "excel_error" });
    } else {
      group = groupOfValue(cellText(cell), spec.grouping);
      if (group === UNKNOWN_GROUP && isEmptyCell(cell)) {
        const seen = unknown.get("");
        if (seen) seen.count++;
        else unknown.set("", { value: "", count: 1, reason: "empty" });
      }
    }
    rowGroup[r] = group;
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const merged = groupsToMerge(counts, spec.grouping.mergeUnder);
  const finalOf = (g: string) => (merged.has(g) ? OTHER_GROUP : g);
  const categories = orderGroups([...counts.keys()].map(finalOf));
  const index = new Map(categories.map((c, i) => [c, i]));
  const codes = new Uint16Array(n);
  const tally = new Float64Array(categories.length);
  const codeOf = new Map([...counts.keys()].map((g) => [g, index.get(finalOf(g))!]));
  for (let r = 0; r < n; r++) {
    const code = codeOf.get(rowGroup[r]!)!;
    codes[r] = code;
    tally[code]!++;
  }
  return {
    spec,
    categories,
    codes,
    counts: Object.fromEntries(categories.map((c, i) => [c, tally[i]!])),
    unknown: [...unknown.values()],
    invalid,
  };
}
