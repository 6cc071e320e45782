import { auditTable, type AuditOptions, type LinearSolver } from "./audit";
import { crossTab, isInner, keyOf, TOTAL, type CrossTab, type Dimension } from "./crossTab";
import type { JointCell } from "./joint";
import { protectTable } from "./protect";
import { recipientView } from "./recipient";
import { statusName, unprotectedLines, SAFE, SMALL, SECONDARY, type CellStatus, type ThresholdRule } from "./suppress";

export interface CellReport {
  /** Dimension name to category id; TOTAL for a margin. */
  key: Record<string, string>;
  count: number;
  status: CellStatus;
  /** True for a row, column or layer total. */
  margin: boolean;
  /**
   * For a suppressed cell, what the attacker can compute of it (DOMAIN.md §7): the least and greatest
   * value; hi is null when unbounded. Absent for published cells and when the table was not audited.
   */
  interval?: { lo: number; hi: number | null };
  /**
   * For a small cell, the same over whole numbers (the reader knows counts are whole): the exact least
   * and greatest value, solved by integer programming where linear bounds are not reached by a whole
   * table. Absent without an audit, and when its exactness was not proven within the report's time
   * (the verdict never rests on it: the audit settles each small cell first).
   */
  integerInterval?: { lo: number; hi: number | null };
  /**
   * For a small cell, what a reader of every table of the request can compute of it (linear bounds
   * over the finest crossing of all the tables' variables). Absent without an audit.
   */
  jointInterval?: { lo: number; hi: number | null };
  /**
   * For a small cell over origin, what the institution that receives the tables can compute of it: the
   * same attack across tables, knowing the size of every group its own variables form. Absent without
   * an audit, for a cell the institution knows already, and when that attack was too large.
   */
  recipientInterval?: { lo: number; hi: number | null };
}

/** The attacker's audit of the published table, in short. */
export interface AuditSummary {
  /**
   * Every small cell can reach 0, or k and above, over whole numbers and across the request's tables,
   * and none is recomputable exactly. False too while any small cell is unconfirmed.
   */
  passed: boolean;
  /** Small cells the attacker can still narrow to 1..k-1 or recompute: 0 when passed. */
  exposed: number;
  /** Programs solved (connected groups of suppressed cells) and bounds computed. */
  programs: number;
  bounds: number;
  /** Suppressed cells whose interval the report gives (all of them unless the table is very large). */
  intervals: number;
  /** Bounds solved over whole numbers (integer programs). */
  wholeBounds: number;
  /**
   * Small cells protected against the linear attacker whose whole-number check did not fit in its
   * time budget (0 for tables of two variables, whose linear bounds are whole).
   */
  wholeUnconfirmed: number;
  /**
   * Small cells the attack across every table of the request exposes (counted in `exposed` too), or
   * null when the request was too large for that attack: then nothing is passed.
   */
  jointExposed: number | null;
  /**
   * Small cells the institution exposes, knowing every count over its own variables (counted in
   * `exposed` too), or null when its attack across tables was too large: then nothing is passed.
   */
  recipientExposed: number | null;
}

/** A non-empty cell that holds a whole group: every person of that group has this attribute. */
export interface FullGroupWarning {
  kind: "full-group";
  key: Record<string, string>;
  /** The dimension whose value the whole group shares. */
  dimension: string;
  count: number;
}

export interface TableReport {
  dimensions: string[];
  categories: Record<string, string[]>;
  cells: CellReport[];
  warnings: FullGroupWarning[];
  smallCells: number;
  secondaryCells: number;
  /** Persons in hidden inner cells, small and secondary: what the protection costs the reader. */
  hiddenPersons: number;
  /** Lines still recoverable by subtraction after protection: 0 when the protection holds. */
  unprotectedLines: number;
  /** The attacker's audit; null when the table was checked without a solver (never in the faces). */
  audit: AuditSummary | null;
  /**
   * Persons left out because the export could not read a KSZ variable (birth date, nationality): KSZ
   * will place them, so any count may be up to this many higher in its table.
   */
  unplaced: number;
}

/**
 * Bounds a report may solve for intervals of secondary cells (each a few milliseconds on a large table);
 * past it only small cells, the ones the verdict is about, are bounded.
 */
export const REPORT_BOUNDS = 400;

/** Full-group warnings: a non-zero cell equal to the total of its line, in a line of two or more categories. */
export function fullGroupWarnings(tab: CrossTab): FullGroupWarning[] {
  const warnings: FullGroupWarning[] = [];
  const { counts, sizes, strides } = tab;
  for (let index = 0; index < counts.length; index++) {
    const count = counts[index]!;
    if (count === 0) continue;
    for (let d = 0; d < sizes.length; d++) {
      if (sizes[d]! < 2) continue;
      const coord = Math.floor(index / strides[d]!) % (sizes[d]! + 1);
      if (coord === sizes[d]) continue; // the total itself
      if (counts[index + (sizes[d]! - coord) * strides[d]!] === count) {
        warnings.push({ kind: "full-group", key: keyOf(tab, index), dimension: tab.names[d]!, count });
      }
    }
  }
  return warnings;
}

/** Cross-tabulate, flag small cells, protect, audit when a solver is given, and report as plain data. */
export function checkTable(
  dims: readonly Dimension[],
  rowCount: number,
  rule: ThresholdRule,
  solver?: LinearSolver,
): TableReport {
  return reportOf(crossTab(dims, rowCount), rule, solver);
}

/**
 * The report of one table, protected alone and attacked by a reader of this table (linear and whole
 * bounds). A request's tables are also protected together, by `checkRequest`.
 */
export function reportOf(
  tab: CrossTab,
  rule: ThresholdRule,
  solver?: LinearSolver,
  options: Pick<AuditOptions, "signal"> = {},
): TableReport {
  const { status } = protectTable(tab, rule, solver, options);
  // One table alone: its own audit is already the attack of a reader holding every table.
  return reportPattern(tab, status, rule, solver, { ...options, joint: { audited: true, cells: [] } });
}

/** A joint audit's cells for one table, and whether that attack could be run at all. */
type JointCells = { audited: boolean; cells: readonly JointCell[] };

/** An interval as the report prints it: an unbounded maximum is null (JSON has no Infinity). */
const printed = ({ lo, hi }: { lo: number; hi: number }) => ({ lo, hi: hi === Infinity ? null : hi });

/**
 * The report of a protected pattern. With a solver, every suppressed cell carries its exact interval
 * (a full audit of the final pattern), every small cell its whole-number interval and, from the
 * attack across the request's tables (`joint`), its interval there: the report itself is the proof a
 * reader can check.
 */
export function reportPattern(
  tab: CrossTab,
  status: Uint8Array,
  rule: ThresholdRule,
  solver?: LinearSolver,
  options: Pick<AuditOptions, "signal" | "wholeBudgetMs"> & {
    joint?: JointCells | null;
    /** The cells the institution knows (knownCells), and its attack across the request's tables. */
    known?: Uint8Array;
    recipientJoint?: JointCells | null;
  } = {},
): TableReport {
  const budget = options.wholeBudgetMs !== undefined ? { wholeBudgetMs: options.wholeBudgetMs } : {};
  const full = solver
    ? auditTable(tab, status, rule, solver, { signal: options.signal, full: true, maxBounds: REPORT_BOUNDS, ...budget })
    : null;
  // The institution's own attack on this table: only the verdict on the cells it did not know.
  const recipient =
    solver && options.known
      ? auditTable(tab, recipientView(status, options.known), rule, solver, { signal: options.signal, ...budget })
      : null;
  const joint = new Map(options.joint?.cells.map((c) => [c.cell, c]));
  const recipientJoint = new Map(options.recipientJoint?.cells.map((c) => [c.cell, c]));
  const cells: CellReport[] = new Array(tab.counts.length);
  let small = 0;
  let secondary = 0;
  let hiddenPersons = 0;
  for (let i = 0; i < tab.counts.length; i++) {
    const inner = isInner(tab, i);
    if (status[i] === SMALL) small++;
    if (status[i] === SECONDARY) secondary++;
    if (status[i] !== SAFE && inner) hiddenPersons += tab.counts[i]!;
    const cell: CellReport = {
      key: keyOf(tab, i),
      count: tab.counts[i]!,
      status: statusName(status[i]!),
      margin: !inner,
    };
    const interval = full?.intervals.get(i);
    if (interval) cell.interval = printed(interval);
    const jointCell = joint.get(i);
    const integer = full?.wholeExact.has(i) ? full.whole.get(i) : undefined;
    if (integer) cell.integerInterval = printed(integer);
    if (jointCell) cell.jointInterval = printed(jointCell.interval);
    const recipientCell = recipientJoint.get(i);
    if (recipientCell) cell.recipientInterval = printed(recipientCell.interval);
    cells[i] = cell;
  }
  const exposedIn = (cells: Map<number, JointCell>) => [...cells.values()].filter((c) => c.exposed).map((c) => c.cell);
  const byRecipient = new Set([...(recipient?.exposed ?? []), ...exposedIn(recipientJoint)]);
  const exposed = new Set([...(full?.exposed ?? []), ...exposedIn(joint), ...byRecipient]);
  const jointExposed = options.joint?.audited ? exposedIn(joint).length : null;
  // Without what the institution knows, it is modelled as a reader of the tables: nothing more to count.
  const recipientExposed = options.recipientJoint?.audited === false ? null : byRecipient.size;
  const unconfirmed = new Set([...(full?.unconfirmed ?? []), ...(recipient?.unconfirmed ?? [])]);
  return {
    dimensions: [...tab.names],
    categories: Object.fromEntries(tab.names.map((n, d) => [n, [...tab.categories[d]!]])),
    cells,
    warnings: fullGroupWarnings(tab),
    smallCells: small,
    secondaryCells: secondary,
    hiddenPersons,
    unprotectedLines: unprotectedLines(tab, status).length,
    unplaced: 0,
    audit: full
      ? {
          passed: exposed.size === 0 && jointExposed !== null && recipientExposed !== null && unconfirmed.size === 0,
          exposed: exposed.size,
          programs: full.programs + (recipient?.programs ?? 0),
          bounds: full.bounds + (recipient?.bounds ?? 0),
          intervals: full.intervals.size,
          wholeBounds: full.wholeBounds + (recipient?.wholeBounds ?? 0),
          wholeUnconfirmed: unconfirmed.size,
          jointExposed,
          recipientExposed,
        }
      : null,
  };
}

export { TOTAL, SAFE, SMALL, SECONDARY };
