/**
 * The attacker's audit (DOMAIN.md §7): the intervals a reader can compute for suppressed cells, checked
 * on tables whose intervals are known by hand, then by a brute-force attacker on tiny random tables.
 */
import fc from "fast-check";
import { auditTable, type LinearSolver } from "../../../src/core/disclosure/audit";
import { protectTable, repairExposed } from "../../../src/core/disclosure/protect";
import { keyOf, publishedShape, type CrossTab } from "../../../src/core/disclosure/crossTab";
import {
  hypercube,
  primarySuppression,
  unprotectedLines,
  SAFE,
  SECONDARY,
  SMALL,
  statusName,
} from "../../../src/core/disclosure/suppress";
import { loadSolver } from "../../../src/solver/highs";
import { integerVerdicts } from "../../support/oracleAttacker";
import { at, tableOf } from "../../support/tables";

let solver: LinearSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

/** A status array with these cells suppressed (the first ones small, the rest secondary). */
function hidden(tab: CrossTab, small: number[], secondary: number[]): Uint8Array {
  const status = new Uint8Array(tab.counts.length);
  for (const i of small) status[i] = SMALL;
  for (const i of secondary) status[i] = SECONDARY;
  return status;
}

const rule = { threshold: 5 };

describe("the attacker's intervals on tables known by hand", () => {
  test("a zero under a published zero total protects nothing: the 4 women of department A are recomputed", () => {
    // Department x sex (M, F, X). Nobody is X: its total of 0 is published, so A/X is known to be 0.
    const tab = tableOf([
      [10, 4, 0],
      [8, 9, 0],
      [7, 6, 0],
    ]);
    // The old method's rectangle: A/F with A/X (a 0), and C/F with C/X (another 0) for the columns.
    const status = hidden(tab, [at(tab, 0, 1)], [at(tab, 0, 2), at(tab, 2, 1), at(tab, 2, 2)]);
    expect(unprotectedLines(tab, status)).toEqual([]); // the old line rule was satisfied...
    const audit = auditTable(tab, status, rule, solver, { full: true });
    expect(audit.intervals.get(at(tab, 0, 1))).toEqual({ lo: 4, hi: 4 }); // ...and the 4 are recomputed
    expect(audit.passed).toBe(false);
  });

  test("the category nobody is in is left out of the published table, so it cannot be used to hide anyone", () => {
    const tab = tableOf([
      [10, 4, 0],
      [8, 9, 0],
      [7, 6, 0],
    ]);
    const { tab: published, unplaced } = publishedShape(tab, [-1, -1]);
    expect(published.categories[1]).toEqual(["0", "1"]);
    expect(unplaced).toBe(0);
    const { status, audit } = protectTable(published, rule, solver);
    expect(audit!.passed).toBe(true);
    const full = auditTable(published, status, rule, solver, { full: true });
    const women = full.intervals.get(at(published, 0, 1))!;
    expect(women.lo === 0 || women.hi >= 5).toBe(true);
    expect(women.lo).toBeLessThan(women.hi);
  });

  test("a suppressed cell on a bridge of the pattern is recomputable, though every line holds two suppressions", () => {
    // Two rectangles of suppressed cells joined by one cell (row 1, column 2): that cell is a bridge.
    const { tab, status } = bridgePattern();
    expect(unprotectedLines(tab, status)).toEqual([]);
    const audit = auditTable(tab, status, rule, solver, { full: true });
    expect(audit.intervals.get(at(tab, 1, 2))).toEqual({ lo: 2, hi: 2 });
    expect(audit.exposed).toEqual([at(tab, 1, 2)]);
    // The rectangles' own cells can move: (0,0) = 9 goes down by min(9, 9) and up by min(8, 6).
    expect(audit.intervals.get(at(tab, 0, 0))).toEqual({ lo: 0, hi: 15 });
  });

  test("an exposed cell is repaired: more cells are hidden around it until the audit passes", () => {
    // The bridge pattern above, as if a heuristic had proposed it: the audit finds the 2, the repair
    // widens around it, and the audit passes.
    const { tab, status } = bridgePattern();
    const { added, audit } = repairExposed(tab, status, rule, solver);
    expect(added).toBeGreaterThan(0);
    expect(audit.passed).toBe(true);
    const interval = auditTable(tab, status, rule, solver, { full: true }).intervals.get(at(tab, 1, 2))!;
    expect(interval.lo === 0 || interval.hi >= 5).toBe(true);
  });

  test("the sample's Financiën / 25-34 / non-European = 3: a partner 0 in a line whose total is 0 gives it back", () => {
    // Row: the 3 and a 0 whose column total (published) is 0, the row total published.
    const tab = tableOf([
      [3, 0, 12],
      [6, 0, 9],
    ]);
    const status = hidden(tab, [at(tab, 0, 0)], [at(tab, 0, 1), at(tab, 1, 0), at(tab, 1, 1)]);
    const audit = auditTable(tab, status, rule, solver, { full: true });
    expect(audit.intervals.get(at(tab, 0, 0))).toEqual({ lo: 3, hi: 3 });
    expect(audit.passed).toBe(false);
  });

  test("a 3-D table where every line holds two suppressions and a small cell is still recomputable", () => {
    // Two layers, each with the bridge pattern above at the same places: every line across the layers
    // holds two suppressed cells too. But each layer's own rows and columns are published, so within a
    // layer the bridge still cannot move: 2 is recomputed, and its copy in layer 1 (2 + 3) as well.
    const tab = layeredBridges();
    const places = [
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 2],
      [2, 3],
      [3, 2],
      [3, 3],
      [1, 2],
    ] as const;
    const status = hidden(tab, [at(tab, 0, 1, 2)], []);
    for (const l of [0, 1])
      for (const [i, j] of places) if (status[at(tab, l, i, j)] === SAFE) status[at(tab, l, i, j)] = SECONDARY;
    expect(unprotectedLines(tab, status)).toEqual([]);
    const audit = auditTable(tab, status, rule, solver, { full: true });
    expect(audit.intervals.get(at(tab, 0, 1, 2))).toEqual({ lo: 2, hi: 2 });
    expect(audit.intervals.get(at(tab, 1, 1, 2))).toEqual({ lo: 5, hi: 5 });
    expect(audit.exposed).toEqual([at(tab, 0, 1, 2)]);
  });

  test("protecting the same 3-D table hides cells the attacker cannot pin down", async () => {
    const tab = layeredBridges();
    const { status, audit } = protectTable(tab, rule, solver);
    expect(audit!.passed).toBe(true);
    const interval = auditTable(tab, status, rule, solver, { full: true }).intervals.get(at(tab, 0, 1, 2))!;
    expect(interval.lo === 0 || interval.hi >= 5).toBe(true);
    // And the independent integer attacker, reading only what is published, agrees.
    const cells = Array.from(tab.counts, (count, i) => ({ key: keyOf(tab, i), count, status: statusName(status[i]!) }));
    expect((await integerVerdicts([{ dimensions: tab.names, cells }], 5)).filter((v) => v.exposed)).toEqual([]);
  });
});

describe("a hypercube moves its cell while every line still adds up", () => {
  test("corners with totals carry the sign of the line they sum", () => {
    const tab = tableOf([
      [
        [3, 9, 8],
        [7, 6, 9],
      ],
      [
        [8, 7, 9],
        [9, 8, 7],
      ],
    ]);
    // An inner cell, a cell on a margin, and a margin of margins, each with partners inner and total.
    const cases: [number, number[]][] = [
      [at(tab, 0, 0, 0), [1, 1, 2]],
      [at(tab, 0, 0, 0), [2, 2, 3]], // every partner a total
      [at(tab, 1, 2, 2), [0, 0, 3]],
      [at(tab, 2, 1, 3), [0, 0, 1]],
    ];
    for (const [p, partners] of cases) {
      const cube = hypercube(tab, p, partners);
      expect(new Set(cube.corners).size).toBe(8);
      const moved = Float64Array.from(tab.counts);
      cube.corners.forEach((c, i) => (moved[c]! += cube.signs[i]!));
      expect(linesAddUp(tab, moved)).toBe(true);
    }
  });
});

describe("protection that survives the audit, on random tables", () => {
  const skewed = (dims: number) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 1, max: dims >= 3 ? 4 : 6 }), { minLength: dims, maxLength: dims }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 20, max: 400 }),
      )
      .map(([sizes, seed, persons]) =>
        randomTable(
          sizes.map((s) => s + 1),
          seed,
          persons,
        ),
      );

  // Judged by the independent integer attacker (test/support/oracleAttacker.ts), which reads only the
  // published cells: never by the product's own audit verdict.
  test.each([2, 3, 4])(
    "%i-D: after protection the oracle recomputes no small cell, and none is published",
    async (dims) => {
      await fc.assert(
        fc.asyncProperty(skewed(dims), fc.integer({ min: 3, max: 10 }), async (tab, k) => {
          const { status } = protectTable(tab, { threshold: k }, solver);
          for (let i = 0; i < tab.counts.length; i++) {
            if (status[i] === SAFE) expect(tab.counts[i] === 0 || tab.counts[i]! >= k).toBe(true);
          }
          const published = {
            dimensions: tab.names,
            cells: Array.from(tab.counts, (count, i) => ({
              key: keyOf(tab, i),
              count,
              status: statusName(status[i]!),
            })),
          };
          const verdicts = await integerVerdicts([published], k);
          expect(verdicts.filter((v) => v.exposed)).toEqual([]);
        }),
        { numRuns: dims === 4 ? 30 : dims === 3 ? 80 : 120 },
      );
    },
  );

  // Two-way tables are totally unimodular: the linear programme's bounds are whole numbers, and they
  // are exactly what an attacker trying every table finds. From three dimensions on, the programme may
  // reach a bound no whole-number table does (an integrality gap: a random seed found lo 0 where every
  // table has at least 1). The audit then says a cell is wider than it is: the same limit as
  // tau-Argus's LP audit, stated in the README; here it is checked that the audit is never narrower.
  test("on tiny tables the solver's intervals agree with a brute-force attacker who tries every table", () => {
    const tiny = fc
      .tuple(
        fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 2, maxLength: 3 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 4, max: 10 }),
      )
      .map(([sizes, seed, persons]) => randomTable(sizes, seed, persons));
    fc.assert(
      fc.property(tiny, (tab) => {
        const status = primarySuppression(tab, { threshold: 3 });
        // Any pattern will do for the comparison: the primaries plus a few more cells.
        for (let i = 0; i < status.length; i += 3) if (status[i] === SAFE && tab.counts[i]! > 0) status[i] = SECONDARY;
        const inner = innerSuppressed(tab, status);
        // The brute force tries values up to the grand total, so that total must be published.
        fc.pre(inner.length > 0 && inner.length <= 5 && status[status.length - 1] === SAFE);
        const expected = bruteForce(tab, status);
        const audit = auditTable(tab, status, { threshold: 3 }, solver, { full: true });
        for (const [cell, interval] of expected) {
          const found = audit.intervals.get(cell)!;
          if (tab.sizes.length === 2) expect(found).toEqual(interval);
          else {
            expect(found.lo).toBeLessThanOrEqual(interval.lo);
            if (found.hi !== null && interval.hi !== null) expect(found.hi).toBeGreaterThanOrEqual(interval.hi);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Helpers: the layered table, a random skewed table, line sums, and the brute-force attacker.

/** The 4 x 4 table with two suppressed rectangles joined by the small cell (row 1, column 2) = 2. */
function bridgePattern(): { tab: CrossTab; status: Uint8Array } {
  const tab = tableOf(BRIDGE_LAYER);
  const rect1 = [at(tab, 0, 0), at(tab, 0, 1), at(tab, 1, 0), at(tab, 1, 1)];
  const rect2 = [at(tab, 2, 2), at(tab, 2, 3), at(tab, 3, 2), at(tab, 3, 3)];
  return { tab, status: hidden(tab, [at(tab, 1, 2)], [...rect1, ...rect2]) };
}

const BRIDGE_LAYER = [
  [9, 8, 7, 10],
  [6, 9, 2, 11],
  [12, 7, 8, 9],
  [10, 6, 9, 8],
];

/** Two layers of the 4 x 4 bridge table; layer 1 is layer 0 plus 3 everywhere. */
function layeredBridges(): CrossTab {
  return tableOf([BRIDGE_LAYER, BRIDGE_LAYER.map((row) => row.map((v) => v + 3))]);
}

function randomTable(sizes: number[], seed: number, persons: number): CrossTab {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const build = (d: number): unknown =>
    Array.from({ length: sizes[d]! }, () => (d === sizes.length - 1 ? 0 : build(d + 1)));
  const counts = build(0) as never[];
  for (let p = 0; p < persons; p++) {
    // Skewed: category i with weight ~ 1 / (i + 1)^2, and the last category of dimension 0 left empty
    // now and then, so empty categories and zero lines occur.
    let level: unknown[] = counts;
    for (let d = 0; d < sizes.length; d++) {
      const u = random();
      const i = Math.min(sizes[d]! - 1, Math.floor(sizes[d]! * u * u * u));
      if (d === sizes.length - 1) (level as number[])[i]!++;
      else level = level[i] as unknown[];
    }
  }
  return tableOf(counts);
}

function linesAddUp(tab: CrossTab, counts: ArrayLike<number>): boolean {
  for (let index = 0; index < counts.length; index++) {
    for (let d = 0; d < tab.sizes.length; d++) {
      const coord = Math.floor(index / tab.strides[d]!) % (tab.sizes[d]! + 1);
      if (coord !== 0) continue;
      let sum = 0;
      for (let i = 0; i < tab.sizes[d]!; i++) sum += counts[index + i * tab.strides[d]!]!;
      if (sum !== counts[index + tab.sizes[d]! * tab.strides[d]!]) return false;
    }
  }
  return true;
}

function isInnerIndex(tab: CrossTab, index: number): boolean {
  return tab.strides.every((s, d) => Math.floor(index / s) % (tab.sizes[d]! + 1) < tab.sizes[d]!);
}

function innerSuppressed(tab: CrossTab, status: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < status.length; i++) if (status[i] !== SAFE && isInnerIndex(tab, i)) out.push(i);
  return out;
}

/**
 * The attacker with no solver: try every whole-number value of the suppressed inner cells (up to the
 * grand total), rebuild the margins, keep the tables that match everything published, and take each
 * suppressed cell's least and greatest value over them. Independent of the LP: it shares no code with it.
 */
function bruteForce(tab: CrossTab, status: Uint8Array): Map<number, { lo: number; hi: number }> {
  const unknown = innerSuppressed(tab, status);
  const total = tab.counts[tab.counts.length - 1]!;
  const trial = Float64Array.from(tab.counts);
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  const suppressed: number[] = [];
  for (let i = 0; i < status.length; i++) if (status[i] !== SAFE) suppressed.push(i);
  const matches = (): boolean => {
    // Rebuild margins from the inner cells, then compare every published cell.
    const rebuilt = Float64Array.from(trial);
    for (let i = 0; i < rebuilt.length; i++) if (!isInnerIndex(tab, i)) rebuilt[i] = 0;
    for (let i = 0; i < rebuilt.length; i++) {
      if (!isInnerIndex(tab, i)) continue;
      const coords = tab.strides.map((s, d) => Math.floor(i / s) % (tab.sizes[d]! + 1));
      // Add the inner cell to every margin it belongs to (each subset of dimensions set to total).
      for (let mask = 1; mask < 1 << coords.length; mask++) {
        let target = 0;
        coords.forEach((c, d) => (target += (mask & (1 << d) ? tab.sizes[d]! : c) * tab.strides[d]!));
        rebuilt[target]! += trial[i]!;
      }
    }
    for (let i = 0; i < rebuilt.length; i++) {
      if (status[i] === SAFE && rebuilt[i] !== tab.counts[i]) return false;
    }
    for (const i of suppressed) {
      const v = rebuilt[i]!;
      lo.set(i, Math.min(lo.get(i) ?? Infinity, v));
      hi.set(i, Math.max(hi.get(i) ?? -Infinity, v));
    }
    return true;
  };
  const visit = (u: number, used: number): void => {
    if (u === unknown.length) {
      matches();
      return;
    }
    for (let v = 0; v + used <= total; v++) {
      trial[unknown[u]!] = v;
      visit(u + 1, used + v);
    }
  };
  visit(0, 0);
  const out = new Map<number, { lo: number; hi: number }>();
  for (const i of suppressed) out.set(i, { lo: lo.get(i)!, hi: hi.get(i)! });
  return out;
}
