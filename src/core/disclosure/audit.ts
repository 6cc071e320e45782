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
import { forEachLineStart, type CrossTab } from "./crossTab";
import { SAFE, SMALL, type ThresholdRule } from "./suppress";

/**
 * minimise or maximise x[column] subject to A x = rhs, x >= 0, where A has only +1 and -1 entries.
 * Rows are stored sparse (CSR): row r's entries are index[start[r] .. start[r+1]), with signs in sign.
 */
export interface AttackerProgram {
  columns: number;
  rows: number;
  start: Int32Array;
  index: Int32Array;
  sign: Int8Array;
  rhs: Float64Array;
}

/** A linear objective: the sum of x[column] over these columns. */
export type Objective = readonly number[];

/** An opened program, optimised for as many objectives as asked (a solver may warm-start each one). */
export interface ProgramSession {
  /**
   * The optimum of the sum of the objective's columns and a point that attains it, or null when the
   * maximum is unbounded. Throws when the program is infeasible (the table contradicts itself).
   */
  optimise(objective: Objective, sense: "min" | "max"): { value: number; point: Float64Array } | null;
  /**
   * The same optimum over whole numbers only (mixed-integer programming): what an attacker who knows
   * that counts are whole numbers can compute exactly. "unbounded" for an unbounded maximum; "unknown"
   * when the solver could not prove the optimum within its time budget (never a guess).
   */
  optimiseWhole(
    objective: Objective,
    sense: "min" | "max",
  ): { value: number; point: Float64Array } | "unbounded" | "unknown";
  close(): void;
}

/** A linear-programming solver, injected so the core stays free of WebAssembly and I/O. */
export interface LinearSolver {
  open(program: AttackerProgram): ProgramSession;
}

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

/** The lines of the extended table: dimension and index of the line's first cell. */
function linesOf(tab: CrossTab): { d: number; start: number }[] {
  const lines: { d: number; start: number }[] = [];
  for (let d = 0; d < tab.sizes.length; d++) forEachLineStart(tab, d, (start) => lines.push({ d, start }));
  return lines;
}

/** A group of suppressed cells tied by shared lines, with the program whose columns they are. */
export interface Component {
  cells: number[];
  program: AttackerProgram;
}

/**
 * Split the suppressed cells into connected groups and write each group's program. Every line of the
 * extended table says: the inner cells sum to the total. Published values move to the right-hand side.
 */
export function attackerPrograms(tab: CrossTab, status: Uint8Array): Component[] {
  const { counts, sizes, strides } = tab;
  const lines = linesOf(tab);
  // Union-find over suppressed cells: two unknowns in one line belong to one program.
  const parent = new Int32Array(counts.length).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const lineUnknowns: number[][] = [];
  for (const { d, start } of lines) {
    const unknowns: number[] = [];
    for (let i = 0, at = start; i <= sizes[d]!; i++, at += strides[d]!) if (status[at] !== SAFE) unknowns.push(at);
    lineUnknowns.push(unknowns);
    for (let u = 1; u < unknowns.length; u++) {
      const a = find(unknowns[0]!);
      const b = find(unknowns[u]!);
      if (a !== b) parent[b] = a;
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < counts.length; i++) {
    if (status[i] === SAFE) continue;
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  const rowsOf = new Map<number, number[]>(); // root -> line indices
  lineUnknowns.forEach((unknowns, l) => {
    if (unknowns.length === 0) return;
    const root = find(unknowns[0]!);
    const rows = rowsOf.get(root);
    if (rows) rows.push(l);
    else rowsOf.set(root, [l]);
  });
  const components: Component[] = [];
  for (const [root, cells] of groups) {
    const column = new Map(cells.map((c, j) => [c, j]));
    const rows = rowsOf.get(root) ?? [];
    const start = new Int32Array(rows.length + 1);
    const index: number[] = [];
    const sign: number[] = [];
    const rhs = new Float64Array(rows.length);
    rows.forEach((l, r) => {
      const { d, start: first } = lines[l]!;
      const n = sizes[d]!;
      let known = 0;
      for (let i = 0, at = first; i <= n; i++, at += strides[d]!) {
        const s = i === n ? -1 : 1; // sum of inner cells minus the total = 0
        if (status[at] === SAFE) known += s * counts[at]!;
        else {
          index.push(column.get(at)!);
          sign.push(s);
        }
      }
      rhs[r] = -known;
      start[r + 1] = index.length;
    });
    components.push({
      cells,
      program: {
        columns: cells.length,
        rows: rows.length,
        start,
        index: Int32Array.from(index),
        sign: Int8Array.from(sign),
        rhs,
      },
    });
  }
  return components;
}

/** Per column, the least right-hand side of a row that sums it with other unknowns only (all +1). */
function ceilings(program: AttackerProgram): Float64Array {
  const ceiling = new Float64Array(program.columns).fill(Infinity);
  for (let r = 0; r < program.rows; r++) {
    let allPlus = true;
    for (let e = program.start[r]!; e < program.start[r + 1]!; e++) if (program.sign[e] !== 1) allPlus = false;
    if (!allPlus) continue;
    for (let e = program.start[r]!; e < program.start[r + 1]!; e++) {
      const j = program.index[e]!;
      if (program.rhs[r]! < ceiling[j]!) ceiling[j] = program.rhs[r]!;
    }
  }
  return ceiling;
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
      /** The whole-number optimum of one column: exact, or null when not proven within the budget. */
      const solveWhole = (j: number, sense: "min" | "max"): number | null => {
        if (now() - started > (options.wholeBudgetMs ?? WHOLE_BUDGET_MS) && wholeBounds > 0) {
          outOfBudget = true;
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
          let provenLo = wholeLo[j]! <= lo;
          if (!witnessed() && lo === 0 && count > 0) provenLo = solveWhole(j, "min") !== null;
          // The maximum is solved only when the verdict or the report needs it.
          const hiSolved = reporting || !witnessed();
          const hi = hiSolved ? maximum() : Math.floor(seenHi[j]! + EPS);
          let provenHi = wholeHi[j]! >= hi;
          if (!witnessed() && hi >= (count === 0 ? 1 : rule.threshold)) provenHi = solveWhole(j, "max") !== null;
          if (reporting) {
            // The report gives the exact whole interval: solved where no whole table reached the bound.
            if (!provenLo) solveWhole(j, "min");
            if (!provenHi && wholeHi[j]! < hi) solveWhole(j, "max");
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
    exposed,
    unconfirmed,
    passed: exposed.length === 0,
    programs,
    bounds,
    wholeBounds,
  };
}
