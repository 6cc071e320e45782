/**
 * The attack across the tables of one request (DOMAIN.md §7). The same staff are counted in every
 * table of a request, so a reader holding all of them knows more than any one table says: a margin
 * hidden in one table may be published in another, and two tables crossing the same variables tie
 * their hidden cells together. This audit gives that reader everything: its unknowns are the persons
 * per combination of every variable of the tables (the finest common crossing), every published cell
 * of every table is an equation over them, and each small cell's least and greatest value is solved
 * by linear programming. (The whole-number attack runs per table, in audit.ts, where its programs are
 * small; over the finest crossing an integer program takes about a second per bound, measured, so
 * the tests attack the sample and random requests that way with an independent oracle instead.)
 *
 * Tables that share no variable are linked only by their number of persons, which tells nothing about
 * any cell: they are audited apart, each group of linked tables as one program.
 */
import { isProtected, type AttackerProgram, type Interval, type LinearSolver, type ProgramSession } from "./audit";
import { coordsOf, type CrossTab } from "./crossTab";
import { isNewToInstitution, knownCells, type Recipient } from "./recipient";
import { SAFE, SMALL, type ThresholdRule } from "./suppress";

/** A protected table: its extended counts and each cell's status. */
export interface Pattern {
  tab: CrossTab;
  status: Uint8Array;
}

/** What the joint attack learns of one small cell. */
export interface JointCell {
  table: number;
  /** Extended index of the small cell in its table. */
  cell: number;
  /** Least and greatest value over the finest crossing, rounded inwards to whole numbers. */
  interval: Interval;
  /** Narrowed inside 1..k-1, or recomputed exactly. */
  exposed: boolean;
}

export interface JointAudit {
  /** False when a group of linked tables has more combinations than `maxColumns`: nothing is judged. */
  audited: boolean;
  cells: JointCell[];
  exposed: JointCell[];
  /** Size of the programs (unknowns, equations) and the bounds solved. */
  columns: number;
  rows: number;
  bounds: number;
}

export interface JointOptions {
  /**
   * Variables some persons of the request have no published category of (a KSZ variable the export
   * could not read): those persons are in the tables without the variable only, so the crossing gets
   * one more category for them, shown in no table.
   */
  leftOut?: ReadonlySet<string>;
  /** Combinations above which a group of tables is not audited (and the audit says so). */
  maxColumns?: number;
  /**
   * Attack as the institution that receives the tables (recipient.ts): it knows how many persons each
   * combination of its own variables holds, so only the small cells of tables with a variable it lacks
   * are judged, and only those tables are attacked.
   */
  recipient?: Recipient;
  signal?: { throwIfAborted(): void };
}

/** 60,000 combinations: a program of a few hundred thousand entries, solved in about a second. */
export const MAX_JOINT_COLUMNS = 60_000;

const EPS = 1e-6;

/** The category, shown in no table, of persons a table over a KSZ variable leaves out. */
const LEFT_OUT = "\u0000left out";

/** Groups of tables linked by a shared variable (connected components). */
function linkedGroups(patterns: readonly Pattern[]): number[][] {
  const parent = patterns.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  patterns.forEach((p, i) =>
    p.tab.names.forEach((name) => {
      const j = owner.get(name);
      if (j === undefined) owner.set(name, i);
      else parent[find(i)] = find(j);
    }),
  );
  const groups = new Map<number, number[]>();
  patterns.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()];
}

/** The program of one group: its columns are the combinations no published zero rules out. */
interface GroupProgram {
  program: AttackerProgram;
  /** Per small cell: its table, its extended index, and the columns it sums. */
  smalls: { table: number; cell: number; columns: number[]; ceiling: number }[];
}

/** Extended indices of the cells that contain an inner cell: itself and every margin above it. */
function cellsAbove(tab: CrossTab, inner: number, coords: readonly number[], out: number[]): void {
  const k = tab.sizes.length;
  out.length = 0;
  for (let mask = 0; mask < 1 << k; mask++) {
    let at = inner;
    for (let d = 0; d < k; d++) if (mask & (1 << d)) at += (tab.sizes[d]! - coords[d]!) * tab.strides[d]!;
    out.push(at);
  }
}

/**
 * Build the finest-crossing program of a group of tables, or null when it has more than maxColumns
 * combinations.
 */
function groupProgram(
  patterns: readonly Pattern[],
  group: readonly number[],
  leftOut: ReadonlySet<string>,
  maxColumns: number,
  recipient?: Recipient,
): GroupProgram | null {
  // The variables and, per variable, every category some table shows (plus one shown nowhere).
  const names: string[] = [];
  const universe: string[][] = [];
  for (const t of group) {
    const { tab } = patterns[t]!;
    tab.names.forEach((name, d) => {
      let v = names.indexOf(name);
      if (v < 0) {
        v = names.push(name) - 1;
        universe.push([]);
      }
      for (const id of tab.categories[d]!) if (!universe[v]!.includes(id)) universe[v]!.push(id);
    });
  }
  names.forEach((name, v) => {
    if (leftOut.has(name)) universe[v]!.push(LEFT_OUT);
  });
  const combinations = universe.reduce((n, u) => n * u.length, 1);
  if (combinations > maxColumns) return null;

  // Per table: which coordinate each universe category has in it (-1 when not shown), per dimension.
  const coordIn = group.map((t) => {
    const { tab } = patterns[t]!;
    return tab.names.map((name, d) => {
      const v = names.indexOf(name);
      return { v, map: universe[v]!.map((id) => tab.categories[d]!.indexOf(id)) };
    });
  });
  // What the institution knows of each table: those cells are its own counts, not the tables' news.
  const known = group.map((t) =>
    recipient ? knownCells(patterns[t]!.tab, recipient.known) : new Uint8Array(patterns[t]!.tab.counts.length),
  );
  const seen = (g: number, i: number) => patterns[group[g]!]!.status[i] === SAFE || known[g]![i] === 1;
  // Cells under a published zero are known empty: their combinations are no unknowns.
  const rowOf = group.map((t) => new Int32Array(patterns[t]!.tab.counts.length).fill(-1));
  const smallOf = group.map((t) => new Int32Array(patterns[t]!.tab.counts.length).fill(-1));
  const rhs: number[] = [];
  const smalls: GroupProgram["smalls"] = [];
  group.forEach((t, g) => {
    const { tab, status } = patterns[t]!;
    for (let i = 0; i < tab.counts.length; i++) {
      if (known[g]![i]) continue; // the rows of the institution's own crossing say it
      if (status[i] === SAFE && tab.counts[i]! > 0) rowOf[g]![i] = rhs.push(tab.counts[i]!) - 1;
      else if (status[i] === SMALL)
        smallOf[g]![i] = smalls.push({ table: t, cell: i, columns: [], ceiling: Infinity }) - 1;
    }
  });
  const rows: number[][] = rhs.map(() => []);
  const coord = new Array<number>(names.length).fill(0);
  const above: number[] = [];
  const tableCoords = group.map((t) => new Array<number>(patterns[t]!.tab.sizes.length));
  const inner = new Int32Array(group.length);
  let columns = 0;
  const columnOf = new Int32Array(combinations).fill(-1);
  for (let c = 0; c < combinations; c++) {
    // Where this combination sits in each table; dropped when under a published zero or in no table.
    let shown = false;
    let zero = false;
    group.forEach((t, g) => {
      const { tab } = patterns[t]!;
      let at = 0;
      for (let d = 0; d < coordIn[g]!.length && at >= 0; d++) {
        const { v, map } = coordIn[g]![d]!;
        const x = map[coord[v]!]!;
        tableCoords[g]![d] = x;
        at = x < 0 ? -1 : at + x * tab.strides[d]!;
      }
      inner[g] = at;
      if (at < 0) return;
      shown = true;
      cellsAbove(tab, at, tableCoords[g]!, above);
      for (const e of above) if (seen(g, e) && tab.counts[e] === 0) zero = true;
    });
    if (shown && !zero) {
      group.forEach((t, g) => {
        if (inner[g]! < 0) return;
        cellsAbove(patterns[t]!.tab, inner[g]!, tableCoords[g]!, above);
        for (const e of above) {
          if (rowOf[g]![e]! >= 0) rows[rowOf[g]![e]!]!.push(columns);
          if (smallOf[g]![e]! >= 0) smalls[smallOf[g]![e]!]!.columns.push(columns);
        }
      });
      columnOf[c] = columns++;
    }
    for (let v = names.length - 1; v >= 0; v--) {
      if (++coord[v]! < universe[v]!.length) break;
      coord[v] = 0;
    }
  }
  // A small cell can be no larger than the least cell of its table that contains it and the reader sees.
  group.forEach((t, g) => {
    const { tab } = patterns[t]!;
    for (let i = 0; i < tab.counts.length; i++) {
      if (smallOf[g]![i]! < 0) continue;
      const coords = coordsOf(tab, i);
      const small = smalls[smallOf[g]![i]!]!;
      for (let mask = 1; mask < 1 << coords.length; mask++) {
        let at = i;
        let valid = true;
        for (let d = 0; d < coords.length; d++)
          if (mask & (1 << d)) {
            if (coords[d] === tab.sizes[d]) valid = false;
            at += (tab.sizes[d]! - coords[d]!) * tab.strides[d]!;
          }
        if (valid && seen(g, at)) small.ceiling = Math.min(small.ceiling, tab.counts[at]!);
      }
    }
  });
  if (recipient) knownRows(recipient, names, universe, columnOf, rows, rhs);
  const start = new Int32Array(rows.length + 1);
  rows.forEach((r, n) => (start[n + 1] = start[n]! + r.length));
  const index = new Int32Array(start[rows.length]!);
  rows.forEach((r, n) => index.set(r, start[n]!));
  return {
    program: {
      columns,
      rows: rows.length,
      start,
      index,
      sign: new Int8Array(index.length).fill(1),
      rhs: Float64Array.from(rhs),
    },
    smalls,
  };
}

/**
 * The institution's own counts as equations: for every combination of the variables it holds, its
 * persons add up, over the combinations of those it lacks, to the number it has. Persons are placed
 * from the recipient's rows; a person in no combination the tables show is in none of these sums.
 */
function knownRows(
  recipient: Recipient,
  names: readonly string[],
  universe: readonly string[][],
  columnOf: Int32Array,
  rows: number[][],
  rhs: number[],
): void {
  const n = names.length;
  // Mixed-radix place values, the last variable fastest (the order combinations are enumerated in).
  const place = new Array<number>(n).fill(1);
  for (let v = n - 2; v >= 0; v--) place[v] = place[v + 1]! * universe[v + 1]!.length;
  const heldPlace = new Array<number>(n).fill(0);
  let groups = 1;
  for (let v = n - 1; v >= 0; v--)
    if (recipient.known.has(names[v]!)) {
      heldPlace[v] = groups;
      groups *= universe[v]!.length;
    }
  const index = universe.map((ids) => new Map(ids.map((id, i) => [id, i])));
  const leftOutAt = universe.map((ids) => ids.indexOf(LEFT_OUT));
  const persons = new Float64Array(columnOf.length);
  for (let p = 0; p < recipient.persons; p++) {
    let combination = 0;
    for (let v = 0; v < n && combination >= 0; v++) {
      const id = recipient.categoryOf(names[v]!, p);
      const at = id === null ? leftOutAt[v]! : (index[v]!.get(id) ?? leftOutAt[v]!);
      combination = at < 0 ? -1 : combination + at * place[v]!;
    }
    if (combination >= 0) persons[combination]!++;
  }
  const groupRows = new Map<number, number>();
  for (let c = 0; c < columnOf.length; c++) {
    if (columnOf[c]! < 0) continue;
    let group = 0;
    for (let v = 0; v < n; v++) group += (Math.floor(c / place[v]!) % universe[v]!.length) * heldPlace[v]!;
    let row = groupRows.get(group);
    if (row === undefined) {
      row = rows.push([]) - 1;
      rhs.push(0);
      groupRows.set(group, row);
    }
    rows[row]!.push(columnOf[c]!);
    rhs[row]! += persons[c]!;
  }
}

/**
 * Audit every small cell of every table against the reader of the whole request: each cell's interval
 * over the finest crossing, and the verdict on it.
 */
export function auditJointly(
  patterns: readonly Pattern[],
  rule: ThresholdRule,
  solver: LinearSolver,
  options: JointOptions = {},
): JointAudit {
  const audit: JointAudit = { audited: true, cells: [], exposed: [], columns: 0, rows: 0, bounds: 0 };
  const { recipient } = options;
  // The institution learns nothing from a table over its own variables: only the others are attacked.
  const attacked = recipient
    ? patterns.map((p) => isNewToInstitution(p.tab, recipient.known))
    : patterns.map(() => true);
  // Its own crossing ties every table to every other: they are one program for it.
  for (const all of recipient ? [patterns.map((_, t) => t)] : linkedGroups(patterns)) {
    options.signal?.throwIfAborted();
    const group = all.filter((t) => attacked[t]);
    if (!group.some((t) => patterns[t]!.status.includes(SMALL))) continue;
    const built = groupProgram(
      patterns,
      group,
      options.leftOut ?? new Set(),
      options.maxColumns ?? MAX_JOINT_COLUMNS,
      recipient,
    );
    if (!built) {
      audit.audited = false;
      continue;
    }
    audit.columns += built.program.columns;
    audit.rows += built.program.rows;
    const session = solver.open(built.program);
    try {
      auditGroup(built, patterns, rule, session, audit, options);
    } finally {
      session.close();
    }
  }
  return audit;
}

function auditGroup(
  { smalls }: GroupProgram,
  patterns: readonly Pattern[],
  rule: ThresholdRule,
  session: ProgramSession,
  audit: JointAudit,
  options: JointOptions,
): void {
  // Every optimum is a table the reader cannot rule out: it bounds every small cell at once.
  const seen = smalls.map(() => ({ lo: Infinity, hi: -Infinity }));
  const solve = (columns: number[], sense: "min" | "max"): number => {
    audit.bounds++;
    const result = session.optimise(columns, sense);
    if (!result) return Infinity;
    smalls.forEach((small, s) => {
      let sum = 0;
      for (const j of small.columns) sum += result.point[j]!;
      seen[s]!.lo = Math.min(seen[s]!.lo, sum);
      seen[s]!.hi = Math.max(seen[s]!.hi, sum);
    });
    return result.value;
  };
  // One solve setting as many small cells as possible to 0 settles most lower bounds.
  if (smalls.length > 1) solve([...new Set(smalls.flatMap((s) => s.columns))], "min");
  smalls.forEach((small, s) => {
    options.signal?.throwIfAborted();
    const count = patterns[small.table]!.tab.counts[small.cell]!;
    const o = seen[s]!;
    const lo = o.lo <= EPS ? 0 : Math.max(0, Math.ceil(solve(small.columns, "min") - EPS));
    const hi = o.hi >= small.ceiling - EPS ? small.ceiling : Math.floor(solve(small.columns, "max") + EPS);
    const cell: JointCell = {
      table: small.table,
      cell: small.cell,
      interval: { lo, hi },
      exposed: !isProtected(count, { lo, hi }, rule),
    };
    audit.cells.push(cell);
    if (cell.exposed) audit.exposed.push(cell);
  });
}
