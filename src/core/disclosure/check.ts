import { auditTable, type AuditOptions, type LinearSolver, type TableAudit } from "./audit";
import { crossTab, isInner, keyOf, TOTAL, type CrossTab, type Dimension } from "./crossTab";
import type { JointCell } from "./joint";
import {
  primarySuppression,
  secondarySuppression,
  statusName,
  unprotectedLines,
  widen,
  SAFE,
  SMALL,
  SECONDARY,
  type CellStatus,
  type ThresholdRule,
} from "./suppress";

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

export interface Protection {
  status: Uint8Array;
  /** Cells hidden to protect small ones. */
  secondary: number;
  /** The audit of the final pattern (only what the verdict needs); null without a solver. */
  audit: TableAudit | null;
}

/**
 * Bounds a report may solve for intervals of secondary cells (each a few milliseconds on a large table);
 * past it only small cells, the ones the verdict is about, are bounded.
 */
export const REPORT_BOUNDS = 400;

/** Rounds of repair after the audit before a table is declared beyond protection by suppression. */
export const MAX_REPAIR_ROUNDS = 4;

/**
 * Protect a table: primary suppression, hypercubes whose range protects each small cell, then, given a
 * solver, the attacker's audit. A small cell the audit still finds exposed (no hypercube protects it
 * alone) is repaired: first the hypercube that widens it most, then every cell of its lines, and the
 * audit runs again, at most MAX_REPAIR_ROUNDS times. What is still exposed then stays in the audit's
 * verdict: such a table needs a coarser grouping, not more suppression.
 */
export function protectTable(
  tab: CrossTab,
  rule: ThresholdRule,
  solver?: LinearSolver,
  options: AuditOptions = {},
): Protection {
  const status = primarySuppression(tab, rule);
  const secondary = secondarySuppression(tab, status, rule).added;
  if (!solver) return { status, secondary, audit: null };
  const repaired = repairExposed(tab, status, rule, solver, options);
  return { status, secondary: secondary + repaired.added, audit: repaired.audit };
}

/**
 * Audit a suppression pattern and, while a small cell is exposed, hide more cells around it and audit
 * again, at most MAX_REPAIR_ROUNDS times. Changes `status`; returns the cells added and the last audit
 * (a full one, with every interval, when `options.full` asks: then the final pattern is audited once).
 */
export function repairExposed(
  tab: CrossTab,
  status: Uint8Array,
  rule: ThresholdRule,
  solver: LinearSolver,
  options: AuditOptions = {},
): { added: number; audit: TableAudit } {
  let added = 0;
  let audit = auditTable(tab, status, rule, solver, options);
  for (let round = 0; round < MAX_REPAIR_ROUNDS && !audit.passed; round++) {
    for (const p of audit.exposed) added += widen(tab, status, p, round === 0);
    audit = auditTable(tab, status, rule, solver, options);
  }
  return { added, audit };
}

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
    joint?: { audited: boolean; cells: readonly JointCell[] } | null;
  } = {},
): TableReport {
  const full = solver
    ? auditTable(tab, status, rule, solver, {
        signal: options.signal,
        full: true,
        maxBounds: REPORT_BOUNDS,
        ...(options.wholeBudgetMs !== undefined ? { wholeBudgetMs: options.wholeBudgetMs } : {}),
      })
    : null;
  const joint = new Map(options.joint?.cells.map((c) => [c.cell, c]));
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
    if (interval) cell.interval = { lo: interval.lo, hi: interval.hi === Infinity ? null : interval.hi };
    const jointCell = joint.get(i);
    const integer = full?.wholeExact.has(i) ? full.whole.get(i) : undefined;
    if (integer) cell.integerInterval = { lo: integer.lo, hi: integer.hi === Infinity ? null : integer.hi };
    if (jointCell)
      cell.jointInterval = {
        lo: jointCell.interval.lo,
        hi: jointCell.interval.hi === Infinity ? null : jointCell.interval.hi,
      };
    cells[i] = cell;
  }
  const exposed = new Set([
    ...(full?.exposed ?? []),
    ...[...joint.values()].filter((c) => c.exposed).map((c) => c.cell),
  ]);
  const jointExposed = options.joint?.audited ? [...joint.values()].filter((c) => c.exposed).length : null;
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
          passed: exposed.size === 0 && jointExposed !== null && full.unconfirmed.length === 0,
          exposed: exposed.size,
          programs: full.programs,
          bounds: full.bounds,
          intervals: full.intervals.size,
          wholeBounds: full.wholeBounds,
          wholeUnconfirmed: full.unconfirmed.length,
          jointExposed,
        }
      : null,
  };
}

export { TOTAL, SAFE, SMALL, SECONDARY };
