/**
 * What the answer itself says of a cell it does not publish: the least and greatest count its
 * published cells and margins allow (and its mark: "<5" is at most 4), found by linear programming
 * over the answer alone. Nothing the product prints about a suppressed cell is narrower than this, so
 * no output undoes the suppression. And the 95 % Wilson interval of a share, which stays sensible at
 * small counts and at 0 and 100 %.
 */
import { attackerPrograms, type AttackerProgram, type Interval, type LinearSolver } from "../disclosure/audit";
import type { CrossTab } from "../disclosure/crossTab";
import { SAFE, SMALL } from "../disclosure/suppress";
import type { DeliveredCell } from "./delivery";

/** Counts are whole numbers: an LP bound within this of an integer is that integer. */
const EPS = 1e-6;

/**
 * Per cell of an extended table (indexed as a CrossTab), the interval of every cell that is not a
 * published count; null when the answer contradicts itself (no table fits its published numbers).
 */
export function deliveryIntervals(
  cells: readonly DeliveredCell[],
  shape: CrossTab,
  solver: LinearSolver,
): Map<number, Interval> | null {
  const counts = Float64Array.from(cells, (c) => (c.kind === "count" ? c.count : 0));
  const status = Uint8Array.from(cells, (c) => (c.kind === "count" ? SAFE : SMALL));
  const tab = { ...shape, counts };
  const out = new Map<number, Interval>();
  try {
    for (const component of attackerPrograms(tab, status)) {
      const program = withMarks(
        component.program,
        component.cells.map((i) => cells[i]!),
      );
      const session = solver.open(program);
      try {
        component.cells.forEach((cell, j) => {
          const min = session.optimise([j], "min");
          const max = session.optimise([j], "max");
          out.set(cell, {
            lo: Math.max(0, Math.ceil((min?.value ?? 0) - EPS)),
            hi: max === null ? Infinity : Math.floor(max.value + EPS),
          });
        });
      } finally {
        session.close();
      }
    }
  } catch {
    // The solver found no table that fits: the answer's numbers contradict each other (reported).
    return null;
  }
  return out;
}

/** The program with one more row per marked cell: x + slack = below - 1 ("<5": at most 4). */
function withMarks(program: AttackerProgram, cells: readonly DeliveredCell[]): AttackerProgram {
  const marked = cells.flatMap((c, j) =>
    c.kind === "suppressed" && c.below !== null ? [{ j, max: c.below - 1 }] : [],
  );
  if (marked.length === 0) return program;
  const start = Array.from(program.start);
  const index = Array.from(program.index);
  const sign = Array.from(program.sign);
  const rhs = Array.from(program.rhs);
  marked.forEach(({ j, max }, m) => {
    index.push(j, program.columns + m);
    sign.push(1, 1);
    rhs.push(Math.max(0, max));
    start.push(index.length);
  });
  return {
    columns: program.columns + marked.length,
    rows: program.rows + marked.length,
    start: Int32Array.from(start),
    index: Int32Array.from(index),
    sign: Int8Array.from(sign),
    rhs: Float64Array.from(rhs),
  };
}

/** z for a two-sided 95 % interval. */
const Z = 1.959963984540054;

/** The Wilson score interval of x successes out of n, at 95 %. */
export function wilson(x: number, n: number): { lo: number; hi: number } {
  if (n <= 0) return { lo: 0, hi: 1 };
  const p = x / n;
  const z2 = Z * Z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/**
 * The share of a count out of a base, with its interval. For a count known only as an interval, the
 * share is unknown and its interval runs from the Wilson low of the least count to the high of the
 * greatest: the share of a suppressed cell is never given as a number.
 */
export function shareOf(count: number | Interval, base: number): { value: number | null; lo: number; hi: number } {
  if (typeof count === "number") return { value: count / base, ...wilson(count, base) };
  return {
    value: null,
    lo: wilson(Math.min(count.lo, base), base).lo,
    hi: count.hi === Infinity ? 1 : wilson(Math.min(count.hi, base), base).hi,
  };
}
