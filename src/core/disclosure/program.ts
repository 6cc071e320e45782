/**
 * The attacker's programs (DOMAIN.md §7): the suppressed cells of a table split into groups tied by
 * shared lines, and for each group the linear system a reader of the published table can write. The
 * solver interface the core asks them of lives here too; HiGHS answers it outside the core.
 */
import { forEachLineStart, type CrossTab } from "./crossTab";
import { SAFE } from "./suppress";

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
export function ceilings(program: AttackerProgram): Float64Array {
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
