import { fail, ok, type Parsed } from "../values/result";

/**
 * An age band scheme: the lower bound of every band after the first. [25, 35, 45, 55] gives
 * 0-24, 25-34, 35-44, 45-54, 55+. Whole years, ascending: so bands cover every age, without gap
 * or overlap, by construction.
 */
export interface AgeBandScheme {
  id: string;
  version: string;
  lowerBounds: readonly number[];
}

/** A band's stable id: "25-34", or "55+" for the open last band. */
export type AgeBandId = string;

export const AGE_TABLE_VERSION = "2026-11-25";

export const AGE_SCHEMES = {
  /** Our default (DOMAIN.md §4). */
  default: { id: "default", version: AGE_TABLE_VERSION, lowerBounds: [25, 35, 45, 55] },
  /** Flemish government staff reporting. */
  flemish: { id: "flemish", version: AGE_TABLE_VERSION, lowerBounds: [35, 45, 55] },
  /** Younger and older than 45 ("experienced workers", Privacy Commission advice 07/2006). */
  two: { id: "two", version: AGE_TABLE_VERSION, lowerBounds: [45] },
} as const satisfies Record<string, AgeBandScheme>;

export type BuiltInAgeSchemeId = keyof typeof AGE_SCHEMES;

/** Coarsening ladder: each scheme's bands are unions of the previous one's. */
export const AGE_LADDER: readonly BuiltInAgeSchemeId[] = ["default", "flemish", "two"];

/** Largest age a band table covers; ages above it fall in the last band anyway. */
const MAX_AGE = 150;

export type AgeSchemeError =
  "age_scheme_empty" | "age_scheme_not_whole" | "age_scheme_not_ascending" | "age_scheme_range";

/**
 * A custom scheme from its bounds, checked: at least one bound, whole years from 1 to 150, strictly
 * ascending. Parses "custom:25,35,45,55" or "25,35,45,55" as well as a built-in id.
 */
export function parseAgeScheme(
  text: string,
): { ok: true; value: AgeBandScheme } | { ok: false; reason: AgeSchemeError | "age_scheme_unknown" } {
  const trimmed = text.trim();
  if (trimmed in AGE_SCHEMES) return { ok: true, value: AGE_SCHEMES[trimmed as BuiltInAgeSchemeId] };
  const list = trimmed.replace(/^custom:/i, "");
  if (!/^[\d\s,;.]*$/.test(list)) return { ok: false, reason: "age_scheme_unknown" };
  const bounds = list
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map(Number);
  const checked = validateBounds(bounds);
  if (!checked.ok) return checked;
  return { ok: true, value: { id: `custom:${bounds.join(",")}`, version: AGE_TABLE_VERSION, lowerBounds: bounds } };
}

export function validateBounds(bounds: readonly number[]): { ok: true } | { ok: false; reason: AgeSchemeError } {
  if (bounds.length === 0) return { ok: false, reason: "age_scheme_empty" };
  if (bounds.some((b) => !Number.isInteger(b))) return { ok: false, reason: "age_scheme_not_whole" };
  if (bounds.some((b) => b < 1 || b > MAX_AGE)) return { ok: false, reason: "age_scheme_range" };
  if (bounds.some((b, i) => i > 0 && b <= bounds[i - 1]!)) return { ok: false, reason: "age_scheme_not_ascending" };
  return { ok: true };
}

/** Band ids in order: ["0-24", "25-34", ..., "55+"]. */
export function bandIds(scheme: AgeBandScheme): AgeBandId[] {
  const lows = [0, ...scheme.lowerBounds];
  return lows.map((lo, i) => (i === lows.length - 1 ? `${lo}+` : `${lo}-${lows[i + 1]! - 1}`));
}

/** The bounds of a band id: { lo: 25, hi: 34 } or { lo: 55, hi: null } for "55+". */
export function bandBounds(id: AgeBandId): { lo: number; hi: number | null } {
  const open = /^(\d+)\+$/.exec(id);
  if (open) return { lo: Number(open[1]), hi: null };
  const [lo, hi] = id.split("-").map(Number);
  return { lo: lo!, hi: hi! };
}

/**
 * A table from age to band index, so banding a million ages is one array read each.
 * Ages past the table's end belong to the last (open) band.
 */
export function bandTable(scheme: AgeBandScheme): Uint8Array {
  const table = new Uint8Array(MAX_AGE + 1);
  let band = 0;
  for (let age = 0; age <= MAX_AGE; age++) {
    while (band < scheme.lowerBounds.length && age >= scheme.lowerBounds[band]!) band++;
    table[age] = band;
  }
  return table;
}

/** The band of one age. */
export function bandOf(age: number, scheme: AgeBandScheme): Parsed<AgeBandId> {
  if (!Number.isFinite(age) || age < 0) return fail("not_an_age");
  const ids = bandIds(scheme);
  return ok(ids[bandTable(scheme)[Math.min(Math.floor(age), MAX_AGE)]!]!);
}
