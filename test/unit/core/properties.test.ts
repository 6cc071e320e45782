import fc from "fast-check";
import {
  ALL_COUNTRIES,
  ORIGIN_LADDER,
  ORIGIN_SCHEMES,
  ORIGIN_SCHEME_IDS,
  DETAILED_GROUPS,
  AGE_LADDER,
  AGE_SCHEMES,
  ageFromBirthDate,
  bandIds,
  bandOf,
  originGroupOf,
  parseAge,
  parseCountry,
  parseDate,
  parseInsz,
  parseSex,
  stamp,
  detailedGroupOf,
  detectColumns,
  applyRecode,
  bandBounds,
} from "../../../src/core";

/** Anything a cell can hold, and worse: objects with throwing getters, symbols, huge numbers. */
const anyCell = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom("#N/A", "#VALUE!", "#REF!", { error: "#DIV/0!" }),
  fc.stringMatching(/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/),
  fc.anything(),
);

const referenceDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 0, 1)), noInvalidDate: true })
  .map((d) => stamp(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()));

describe("properties", () => {
  test("no parser throws, whatever it is given", () => {
    fc.assert(
      fc.property(anyCell, referenceDate, (cell, ref) => {
        for (const parse of [parseDate, parseAge, parseCountry, parseSex, parseInsz]) {
          const r = parse(cell) as { ok: boolean };
          expect(typeof r.ok).toBe("boolean");
        }
        expect(typeof ageFromBirthDate(cell, ref).ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  test("column detection never throws on ragged tables of anything", () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyCell, { maxLength: 6 }), { maxLength: 30 }), (rows) => {
        const guess = detectColumns(rows as never);
        expect(guess.headerRow).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  test("age never decreases as the reference date moves forward", () => {
    const day = fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(2060, 11, 31)),
      noInvalidDate: true,
    });
    const toStamp = (d: Date) => stamp(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    fc.assert(
      fc.property(day, day, day, (birth, a, b) => {
        const [early, late] = toStamp(a) <= toStamp(b) ? [toStamp(a), toStamp(b)] : [toStamp(b), toStamp(a)];
        const iso = birth.toISOString().slice(0, 10);
        const x = ageFromBirthDate(iso, early);
        const y = ageFromBirthDate(iso, late);
        if (x.ok && y.ok) expect(y.value).toBeGreaterThanOrEqual(x.value);
        // Once too young, younger references stay too young; once too old, later ones stay too old.
        if (!x.ok && x.reason === "age_too_high") expect(y).toEqual({ ok: false, reason: "age_too_high" });
      }),
      { numRuns: 3000 },
    );
  });

  test("every ISO country falls in exactly one group of every scheme", () => {
    for (const id of ORIGIN_SCHEME_IDS) {
      const scheme = ORIGIN_SCHEMES[id];
      for (const code of ALL_COUNTRIES) {
        const group = originGroupOf(code, scheme);
        expect(scheme.groups.filter((g) => g === group)).toHaveLength(1);
      }
    }
    expect(ALL_COUNTRIES.length).toBeGreaterThanOrEqual(249);
  });

  test("the origin ladder is consistent: a detailed group always climbs to the same coarse group", () => {
    for (let step = 1; step < ORIGIN_LADDER.length; step++) {
      const finer = ORIGIN_SCHEMES[ORIGIN_LADDER[step - 1]!];
      const coarser = ORIGIN_SCHEMES[ORIGIN_LADDER[step]!];
      const up = new Map<string, string>();
      for (const code of ALL_COUNTRIES) {
        const f = originGroupOf(code, finer);
        const c = originGroupOf(code, coarser);
        expect(up.get(f) ?? c).toBe(c);
        up.set(f, c);
      }
    }
    // The coarse group of a detailed group is fixed, whichever country is in it.
    for (const id of ORIGIN_SCHEME_IDS) {
      for (const code of ALL_COUNTRIES) {
        expect(originGroupOf(code, ORIGIN_SCHEMES[id])).toBe(ORIGIN_SCHEMES[id].fromDetailed[detailedGroupOf(code)]);
      }
    }
    expect(DETAILED_GROUPS).toContain("unknown");
  });

  test("the age ladder is consistent: each band lies inside one band of the next scheme", () => {
    for (let step = 1; step < AGE_LADDER.length; step++) {
      const finer = AGE_SCHEMES[AGE_LADDER[step - 1]!];
      const coarser = AGE_SCHEMES[AGE_LADDER[step]!];
      for (const band of bandIds(finer)) {
        const { lo, hi } = bandBounds(band);
        const top = hi ?? 150;
        const a = bandOf(lo, coarser);
        const b = bandOf(top, coarser);
        expect(a).toEqual(b);
      }
    }
  });

  test("every age falls in exactly one band of a valid custom scheme", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 130 }),
        (raw, age) => {
          const lowerBounds = [...raw].sort((a, b) => a - b);
          const scheme = { id: "custom", version: "t", lowerBounds };
          const band = bandOf(age, scheme);
          expect(band.ok).toBe(true);
          const hits = bandIds(scheme).filter((id) => {
            const { lo, hi } = bandBounds(id);
            return age >= lo && (hi === null || age <= hi);
          });
          expect(hits).toEqual([band.ok && band.value]);
        },
      ),
    );
  });

  test("a recode's counts add up to the rows, and the unknown and invalid lists account for every unknown row", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyCell, anyCell), { maxLength: 60 }), (rows) => {
        const result = applyRecode(
          {
            headers: ["a", "b"],
            columns: [rows.map((r) => r[0] as never), rows.map((r) => r[1] as never)],
            rowCount: rows.length,
            firstRowNumber: 2,
          },
          {
            referenceDate: stamp(2024, 12, 31),
            recodes: [
              { kind: "age", source: 0, input: "birthDate", scheme: AGE_SCHEMES.default },
              { kind: "origin", source: 1, scheme: ORIGIN_SCHEMES.detailed },
            ],
          },
        );
        for (const col of result.columns) {
          const total = Object.values(col.counts).reduce((a, b) => a + b, 0);
          expect(total).toBe(rows.length);
          const listed = col.unknown.reduce((a, u) => a + u.count, 0) + col.invalid.length;
          expect(listed).toBe(col.counts["unknown"]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
