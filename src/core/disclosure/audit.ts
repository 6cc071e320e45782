/**
 * The attacker's audit of a protected table (DOMAIN.md §7), as tau-Argus audits one: the reader knows
 * every published cell and margin, that counts are whole numbers >= 0, and so that a line whose
 * published total is 0 holds only zeros. For each suppressed cell, linear programming over those facts
 * gives the least and greatest value it can take: its feasibility interval [lo, hi].
 *
 * The core builds the programs; a solver (HiGHS outside the core) answers them. Suppressed cells that
 * share no line with an unknown partner never constrain each other, so each connected group of
 * suppressed cells is its own, small program.
 */
import type { CrossTab } from "./crossTab";
import { attackerPrograms, ceilings, type LinearSolver, type Objective } from "./program";
import { SMALL, type ThresholdRule } from "./suppress";
import { cubeWitness } from "./witness";

export type { AttackerProgram, Component, LinearSolver, Objective, ProgramSession } from "./program";
export { attackerPrograms } from "./program";

/** What the attacker can learn of one suppressed cell: whole numbers from lo to hi (hi may be Infinity). */
export interface Interval {
  lo: number;
  hi: number;
}

export interface TableAudit {
  /**
   * Per extended-table index of a suppressed cell, its interval; absent for published cells (and, in an
   * audit that is not `full`, for cells whose verdict needed no interval).
   */
  intervals: Map<number, Interval>;
  /**
   * Per small cell, over whole numbers (the reader knows counts are whole): in a `full` audit within
   * the budget, the exact least and greatest value; otherwise the least and greatest value seen in
   * whole tables the reader cannot rule out (the true table among them), which the verdict rests on.
   */
  whole: Map<number, Interval>;
  /** Small cells whose `whole` interval is proven exact (a full audit, within the report's budget). */
  wholeExact: Set<number>;
  /** Small cells the attacker can narrow inside [1, k-1] or recompute exactly: empty when protected. */
  exposed: number[];
  /** True when every small cell is protected. */
  passed: boolean;
  /** Programs solved (one per connected group of suppressed cells) and bounds asked of the solver. */
  programs: number;
  bounds: number;
  /** Bounds solved over whole numbers (integer programs). */
  wholeBounds: number;
  /**
   * Small cells protected by the linear bounds whose whole-number check did not fit in the budget
   * (`wholeBudgetMs`): protected against the linear attacker, not confirmed against the integer one.
   */
  unconfirmed: number[];
}

/**
 * Milliseconds of integer programs one table audit may spend. Tables of two variables never need
 * one (their linear bounds are whole); a 4-D table of 2,000 cells may need dozens of about a second.
 */
export const WHOLE_BUDGET_MS = 3000;

/**
 * Milliseconds from the audit's start within which a full audit may run integer programs only to make
 * reported whole intervals exact: a detail of the report, not of the verdict, so it gets less time
 * (the verdict's integer programs keep WHOLE_BUDGET_MS).
 */
export const EXACT_BUDGET_MS = 1000;

/** A monotonic clock for that budget, read from the host (Node, a page, a worker) without DOM types. */
const now = (): number => (globalThis as { performance?: { now(): number } }).performance?.now() ?? 0;

/** Counts are whole numbers: an LP bound within this of an integer is that integer. */
const EPS = 1e-6;

/** Is every coordinate a whole number (a table the reader cannot rule out, as counts are whole)? */
function isWhole(point: Float64Array): boolean {
  for (let j = 0; j < point.length; j++) if (Math.abs(point[j]! - Math.round(point[j]!)) > EPS) return false;
  return true;
}

/** Whether a small cell's interval protects it: it reaches 0 or k, and it is not a single value. */
export function isProtected(count: number, interval: Interval, rule: ThresholdRule): boolean {
  if (interval.lo === interval.hi) return false;
  if (count === 0) return interval.hi >= 1; // a small zero (zerosAreSmall) must not be known to be 0
  return interval.lo <= 0 || interval.hi >= rule.threshold;
}

export interface AuditOptions {
  /** Intervals of every suppressed cell (for the report), or only what the verdict on small cells needs. */
  full?: boolean;
  /** In a full audit, bounds solved before only small cells are bounded (large tables stay fast). */
  maxBounds?: number;
  /** Milliseconds of integer programs this audit may spend (WHOLE_BUDGET_MS by default). */
  wholeBudgetMs?: number;
  /** Called after each program, with programs done and total. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between programs: throw (an AbortError) to stop. */
  signal?: { throwIfAborted(): void };
}

/**
 * Audit a protected table: each suppressed cell's interval, and whether every small cell is protected.
 *
 * Every optimum the solver returns is a table the attacker cannot rule out, so it bounds every cell at
 * once: a cell seen at 0 has lo = 0, a cell seen at k or above has hi >= k. The audit first asks for
 * the least sum of all small cells, which settles most of them, then bounds each cell still open. With
 * `full: false` only small cells are judged, and a small cell seen at 0 needs no maximum: only what
 * protection needs is solved. With `full: true` every suppressed cell gets its exact interval.
 */
export function auditTable(
  tab: CrossTab,
  status: Uint8Array,
  rule: ThresholdRule,
  solver: LinearSolver,
  options: AuditOptions = {},
): TableAudit {
  const components = attackerPrograms(tab, status);
  const intervals = new Map<number, Interval>();
  const wholeIntervals = new Map<number, Interval>();
  const exposed: number[] = [];
  let bounds = 0;
  let wholeBounds = 0;
  let programs = 0;
  const started = now();
  let outOfBudget = false;
  const unconfirmed: number[] = [];
  const wholeExact = new Set<number>();
  components.forEach((component, n) => {
    options.signal?.throwIfAborted();
    const { cells } = component;
    const small = cells.map((cell, j) => (status[cell] === SMALL ? j : -1)).filter((j) => j >= 0);
    const asked = options.full ? cells.map((_, j) => j) : small;
    if (asked.length > 0) {
      programs++;
      const session = solver.open(component.program);
      // The least and greatest value seen for each column in any optimum so far, and in any whole one
      // (the true table is whole: each cell's own count starts that range).
      const seenLo = new Float64Array(cells.length).fill(Infinity);
      const seenHi = new Float64Array(cells.length).fill(-Infinity);
      const wholeLo = Float64Array.from(cells, (cell) => tab.counts[cell]!);
      const wholeHi = Float64Array.from(cells, (cell) => tab.counts[cell]!);
      const record = (point: Float64Array) => {
        const whole = isWhole(point);
        for (let j = 0; j < cells.length; j++) {
          const v = point[j]!;
          if (v < seenLo[j]!) seenLo[j] = v;
          if (v > seenHi[j]!) seenHi[j] = v;
          if (whole && Math.round(v) < wholeLo[j]!) wholeLo[j] = Math.round(v);
          if (whole && Math.round(v) > wholeHi[j]!) wholeHi[j] = Math.round(v);
        }
      };
      const solve = (objective: Objective, sense: "min" | "max") => {
        bounds++;
        const result = session.optimise(objective, sense);
        if (result) record(result.point);
        return result;
      };
      /**
       * The whole-number optimum of one column: exact, or null when not proven within the budget (the
       * verdict's, of which the first program is always granted, or the smaller one for exact reports).
       */
      const solveWhole = (j: number, sense: "min" | "max", purpose: "verdict" | "report"): number | null => {
        const spent = now() - started;
        if (
          purpose === "report"
            ? spent > EXACT_BUDGET_MS
            : spent > (options.wholeBudgetMs ?? WHOLE_BUDGET_MS) && wholeBounds > 0
        ) {
          if (purpose === "verdict") outOfBudget = true;
          return null;
        }
        wholeBounds++;
        const result = session.optimiseWhole([j], sense);
        if (result === "unknown") return null;
        if (result === "unbounded") return (wholeHi[j] = Infinity);
        record(result.point);
        return result.value;
      };
      // A line whose total is published caps each of its hidden cells: a maximum seen at that cap is exact.
      const ceiling = ceilings(component.program);
      try {
        if (small.length > 1) solve(small, "min");
        for (const j of asked) {
          const cell = cells[j]!;
          const count = tab.counts[cell]!;
          const isSmallCell = status[cell] === SMALL;
          // Past the budget, a full audit still judges every small cell but bounds no other.
          const reporting = options.full === true && bounds < (options.maxBounds ?? Infinity);
          if (!reporting && !isSmallCell) continue;
          const lo = seenLo[j]! <= EPS ? 0 : Math.max(0, Math.ceil(solve([j], "min")!.value - EPS));
          const maximum = (): number => {
            if (seenHi[j]! >= ceiling[j]! - EPS) return Math.floor(seenHi[j]! + EPS);
            const max = solve([j], "max");
            return max === null ? Infinity : Math.floor(max.value + EPS);
          };
          if (!isSmallCell) {
            intervals.set(cell, { lo, hi: maximum() });
            continue;
          }
          // A small cell is protected when a whole table the reader cannot rule out shows it at 0, or
          // at k and above (DOMAIN.md §7): the linear bounds say where to look, integer programs prove.
          const witnessed = () => isProtected(count, { lo: wholeLo[j]!, hi: wholeHi[j]! }, rule);
          outOfBudget = false;
          // A suppressed hypercube through the cell is a whole table found without a solver.
          if (!witnessed()) {
            const cube = cubeWitness(tab, status, cell, rule);
            wholeLo[j] = Math.min(wholeLo[j]!, cube.lo);
            wholeHi[j] = Math.max(wholeHi[j]!, cube.hi);
          }
          let provenLo = wholeLo[j]! <= lo;
          if (!witnessed() && lo === 0 && count > 0) provenLo = solveWhole(j, "min", "verdict") !== null;
          // The maximum is solved only when the verdict or the report needs it.
          const hiSolved = reporting || !witnessed();
          const hi = hiSolved ? maximum() : Math.floor(seenHi[j]! + EPS);
          let provenHi = wholeHi[j]! >= hi;
          if (!witnessed() && hi >= (count === 0 ? 1 : rule.threshold))
            provenHi = solveWhole(j, "max", "verdict") !== null;
          if (reporting) {
            // The report gives the exact whole interval: solved where no whole table reached the bound.
            if (!provenLo) provenLo = solveWhole(j, "min", "report") !== null;
            if (!provenHi) provenHi = wholeHi[j]! >= hi || solveWhole(j, "max", "report") !== null;
            if (provenLo && provenHi) wholeExact.add(cell);
          }
          if (hiSolved) intervals.set(cell, { lo, hi });
          wholeIntervals.set(cell, { lo: wholeLo[j]!, hi: wholeHi[j]! });
          // Past the budget for integer programs, the linear verdict stands and the cell is named as
          // not confirmed over whole numbers (never silently called confirmed).
          if (!witnessed() && outOfBudget) {
            unconfirmed.push(cell);
            if (!isProtected(count, { lo, hi }, rule)) exposed.push(cell);
          } else if (!witnessed()) exposed.push(cell);
        }
      } finally {
        session.close();
      }
    }
    options.onProgress?.(n + 1, components.length);
  });
  return {
    intervals,
    whole: wholeIntervals,
    wholeExact,
    exposed,
    unconfirmed,
    passed: exposed.length === 0,
    programs,
    bounds,
    wholeBounds,
  };
}
