/**
 * An independent attacker for the disclosure tests: it shares no code with the product's audit.
 *
 * It reads only what a reader of the request would get: the published tables as the report prints them
 * (each cell's key, count and status), and knows that counts are whole numbers >= 0. Its unknowns are
 * the persons per combination of every variable of every table (the finest crossing, written here from
 * the keys alone); each published cell, margins included, says that the persons of the combinations it
 * covers add up to its count. For each small cell it asks HiGHS's integer solver (MIP, not the LP
 * relaxation) for the least and greatest value the cell can take, and judges protection by the rule
 * of DOMAIN.md §7, written again here: the cell is a single value, or it stays inside 1..k-1.
 *
 * The product's own verdict (`audit.passed`) is never read.
 */
import loadHighs, { type Highs } from "highs";

export const TOTAL_KEY = "total";
const OTHER = "\u0000not shown";

/** A cell as the report publishes it. */
export interface PublishedCell {
  key: Record<string, string>;
  count: number;
  status: "safe" | "small" | "secondary";
}

export interface PublishedTable {
  dimensions: readonly string[];
  cells: readonly PublishedCell[];
}

/** What a reader gets of a report: each cell's key, count and status (nothing of the audit). */
export const publishedOf = (report: {
  dimensions: readonly string[];
  cells: readonly PublishedCell[];
}): PublishedTable => ({
  dimensions: report.dimensions,
  cells: report.cells.map(({ key, count, status }) => ({ key, count, status })),
});

/**
 * What the requesting institution knows before the tables arrive (DOMAIN.md §7): each person's
 * category of the variables its own export holds, so the number of persons in every combination of
 * them. Only the variables outside `known` (origin) are new to it.
 */
export interface Recipient {
  known: readonly string[];
  /** One record per person: variable name to category id (an id no table shows counts as "other"). */
  persons: readonly Record<string, string>[];
}

export interface OracleFinding {
  table: number;
  key: Record<string, string>;
  count: number;
  lo: number;
  /** Infinity when unbounded. */
  hi: number;
  exposed: boolean;
}

let highsPromise: Promise<Highs> | null = null;
const highs = () => (highsPromise ??= loadHighs());

/** The rule of DOMAIN.md §7, written independently of src/core/disclosure/audit.ts. */
export function oracleJudgesExposed(count: number, lo: number, hi: number, k: number): boolean {
  if (lo === hi) return true; // recomputed exactly
  if (count === 0) return false; // a small zero that can be 1 or more is not known to be empty
  return lo >= 1 && hi <= k - 1; // pinned inside the small range
}

/** The attacker's integer program: unknowns per finest combination, one equation per published cell. */
interface Program {
  model: ReturnType<Highs["createModel"]>;
  /** Each small cell and the columns it adds up (combinations under a published zero left out). */
  small: { table: number; cell: PublishedCell; columns: number[]; row: number }[];
}

function buildProgram(h: Highs, tables: readonly PublishedTable[], recipient?: Recipient): Program {
  // Categories of each variable: every id a table's keys use.
  const categories = new Map<string, string[]>();
  for (const table of tables)
    for (const cell of table.cells)
      for (const [name, id] of Object.entries(cell.key)) {
        if (id === TOTAL_KEY) continue;
        const list = categories.get(name) ?? [];
        if (!list.includes(id)) list.push(id);
        categories.set(name, list);
      }
  // Persons no table of a variable shows (an unreadable age is left out of every table by age) are
  // still in the tables without that variable: one more category, shown nowhere, holds them.
  for (const list of categories.values()) list.push(OTHER);
  const names = [...categories.keys()];
  // Which categories each table shows: persons of another category are in none of its cells.
  const shown = tables.map((table) => {
    const map = new Map<string, Set<string>>();
    for (const name of table.dimensions) map.set(name, new Set());
    for (const cell of table.cells)
      for (const [name, id] of Object.entries(cell.key)) if (id !== TOTAL_KEY) map.get(name)!.add(id);
    return map;
  });
  // The finest combinations, as arrays of category ids in `names` order.
  const combos: string[][] = [[]];
  for (const name of names) {
    const next: string[][] = [];
    for (const prefix of combos) for (const id of categories.get(name)!) next.push([...prefix, id]);
    combos.splice(0, combos.length, ...next);
  }
  const covers = (t: number, key: Record<string, string>, combo: string[]): boolean =>
    names.every((name, v) => {
      const want = key[name];
      if (want === undefined) return true; // not a variable of this table
      if (!shown[t]!.get(name)!.has(combo[v]!)) return false; // left out of this table
      return want === TOTAL_KEY || want === combo[v];
    });
  // A combination inside a published zero is known to be empty: fixed at 0 (a bound, not a guess).
  const upper = combos.map(() => h.infinity);
  const rows: { columns: number[]; lower: number; upper: number }[] = [];
  tables.forEach((table, t) => {
    for (const cell of table.cells) {
      if (cell.status !== "safe") continue;
      const columns = combos.flatMap((combo, c) => (covers(t, cell.key, combo) ? [c] : []));
      if (cell.count === 0) for (const c of columns) upper[c] = 0;
      else rows.push({ columns, lower: cell.count, upper: cell.count });
    }
  });
  // The institution's own count of every combination of the variables it holds (0 included).
  const known = recipient ? names.filter((name) => recipient.known.includes(name)) : [];
  if (recipient && known.length > 0) {
    const place = (person: Record<string, string>, name: string) => {
      const id = person[name];
      return id !== undefined && categories.get(name)!.includes(id) ? id : OTHER;
    };
    const persons = new Map<string, number>();
    for (const person of recipient.persons) {
      const key = known.map((name) => place(person, name)).join("\u0001");
      persons.set(key, (persons.get(key) ?? 0) + 1);
    }
    const groups = new Map<string, number[]>();
    combos.forEach((combo, c) => {
      const key = known.map((name) => combo[names.indexOf(name)]!).join("\u0001");
      groups.set(key, [...(groups.get(key) ?? []), c]);
    });
    for (const [key, columns] of groups) {
      const count = persons.get(key) ?? 0;
      if (count === 0) for (const c of columns) upper[c] = 0;
      else rows.push({ columns, lower: count, upper: count });
    }
  }
  // What the recipient learns of a cell over its own variables only is what it knew: not judged.
  const judged = (table: PublishedTable, cell: PublishedCell) =>
    !recipient || table.dimensions.some((name) => !recipient.known.includes(name) && cell.key[name] !== TOTAL_KEY);
  // One free row per small cell, its sum, for the verdicts to bound.
  const small: Program["small"] = [];
  tables.forEach((table, t) => {
    for (const cell of table.cells) {
      if (cell.status !== "small" || !judged(table, cell)) continue;
      const columns = combos.flatMap((combo, c) => (covers(t, cell.key, combo) && upper[c] !== 0 ? [c] : []));
      small.push({ table: t, cell, columns, row: rows.length });
      rows.push({ columns, lower: -h.infinity, upper: h.infinity });
    }
  });
  const start = new Int32Array(rows.length + 1);
  const index: number[] = [];
  rows.forEach((row, r) => {
    index.push(...row.columns);
    start[r + 1] = index.length;
  });
  const model = h.createModel({
    numCols: combos.length,
    numRows: rows.length,
    colCost: new Float64Array(combos.length),
    colLower: new Float64Array(combos.length),
    colUpper: Float64Array.from(upper),
    rowLower: Float64Array.from(rows, (row) => row.lower),
    rowUpper: Float64Array.from(rows, (row) => row.upper),
    integrality: new Int32Array(combos.length).fill(1),
    matrix: {
      format: "csr",
      numRows: rows.length,
      numCols: combos.length,
      starts: start,
      indices: Int32Array.from(index),
      values: new Float64Array(index.length).fill(1),
    },
  });
  model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 });
  return { model, small };
}

/**
 * Attack every small cell of these tables together (one integer program over the finest crossing).
 * Returns each small cell's exact integer interval and the oracle's verdict.
 */
export async function integerAttack(
  tables: readonly PublishedTable[],
  k: number,
  recipient?: Recipient,
): Promise<OracleFinding[]> {
  const h = await highs();
  const { model, small } = buildProgram(h, tables, recipient);
  const { modelStatus, objectiveSense } = h.constants;
  let costed: number[] = [];
  const optimise = (columns: number[], sense: "min" | "max"): number => {
    for (const c of costed) model.changeColCost(c, 0);
    for (const c of columns) model.changeColCost(c, 1);
    costed = columns;
    model.changeObjectiveSense(sense === "min" ? objectiveSense.minimize : objectiveSense.maximize);
    model.run();
    const status = model.getModelStatus();
    if (sense === "max" && (status === modelStatus.unbounded || status === modelStatus.unboundedOrInfeasible))
      return Infinity;
    if (status !== modelStatus.optimal) throw new Error(`oracle: HiGHS status ${status}`);
    return Math.round(model.getObjectiveValue());
  };
  try {
    return small.map(({ table, cell, columns }) => {
      const lo = columns.length === 0 ? 0 : optimise(columns, "min");
      const hi = columns.length === 0 ? 0 : optimise(columns, "max");
      return { table, key: cell.key, count: cell.count, lo, hi, exposed: oracleJudgesExposed(cell.count, lo, hi, k) };
    });
  } finally {
    model.dispose();
  }
}

/** A small cell's verdict from whole tables alone: may it be empty, may it reach k? */
export interface OracleVerdict {
  table: number;
  key: Record<string, string>;
  count: number;
  /** A whole table agreeing with everything published has this cell at 0. */
  canBeEmpty: boolean;
  /** A whole table agreeing with everything published has this cell at k or more. */
  canReachK: boolean;
  exposed: boolean;
}

/**
 * The same attack, asking only what the rule needs: does some whole table put the cell at 0, or at
 * k and above? Each question is a feasibility problem (no objective), which HiGHS ends at the first
 * whole table it finds, so large requests stay within a test's time where exact intervals do not.
 */
export async function integerVerdicts(
  tables: readonly PublishedTable[],
  k: number,
  recipient?: Recipient,
): Promise<OracleVerdict[]> {
  const h = await highs();
  const { model, small } = buildProgram(h, tables, recipient);
  const { modelStatus } = h.constants;
  const feasible = (row: number, lower: number, upper: number): boolean => {
    model.changeRowBounds(row, lower, upper);
    model.run();
    const status = model.getModelStatus();
    model.changeRowBounds(row, -h.infinity, h.infinity);
    if (status === modelStatus.optimal) return true;
    if (status === modelStatus.infeasible) return false;
    throw new Error(`oracle: HiGHS status ${status}`);
  };
  try {
    return small.map(({ table, cell, columns, row }) => {
      const empty = columns.length === 0 || feasible(row, 0, 0);
      const reach = columns.length > 0 && feasible(row, Math.max(k, 1), h.infinity);
      // A count of 0 is exposed only when nothing else is possible; 1..k-1 when neither 0 nor k is.
      const exposed = cell.count === 0 ? columns.length === 0 || !feasible(row, 1, h.infinity) : !empty && !reach;
      return { table, key: cell.key, count: cell.count, canBeEmpty: empty, canReachK: reach, exposed };
    });
  } finally {
    model.dispose();
  }
}
