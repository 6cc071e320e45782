import { UNKNOWN_GROUP } from "../recode/grouping";
import type { LinearSolver } from "./audit";
import { reportPattern, type TableReport } from "./check";
import { protectTable } from "./protect";
import type { JointAudit, Pattern } from "./joint";
import { knownCells, type Recipient } from "./recipient";
import { protectJointly } from "./jointRepair";
import { crossTab, publishedShape, type Dimension } from "./crossTab";
import { suggestGroupings, type Hierarchy, type SearchResult } from "./lattice";
import { predictSmallCells, type Prediction } from "./predict";
import type { ThresholdRule } from "./suppress";

/** One variable of the check: observed per row (recoded or own), or only held by KSZ (predicted). */
export type CheckVariable =
  | {
      kind: "observed";
      categories: readonly string[];
      codes: ArrayLike<number>;
      hierarchy: Hierarchy;
      /**
       * A variable KSZ takes from its own registers (sex, age, origin): a value the export could not read
       * is no category of KSZ's table, so those persons are left out of the check and counted as
       * unplaced. Own variables keep their unknown category: the institution supplies those values.
       */
      heldByKsz?: boolean;
      /**
       * The requesting institution holds this variable per person (its own variables; sex and age
       * when its export has them): it knows the size of every group they form (DOMAIN.md §7, the
       * recipient is the attacker). Origin never is. Absent: treated as not held.
       */
      knownByInstitution?: boolean;
    }
  /** A variable only KSZ holds (origin when the export has no nationality): its number of categories. */
  | { kind: "predicted"; categories: number };

export interface CheckRequest {
  variables: Readonly<Record<string, CheckVariable>>;
  /** The tables the request asks for, each a list of variable names (e.g. ["originGroup", "level"]). */
  tables: readonly (readonly string[])[];
  rowCount: number;
  rule: ThresholdRule;
  /** The solver for the attacker's audit. Without one, tables are protected but not audited. */
  solver?: LinearSolver;
  /** Progress over the tables, and a signal checked between audit programs. */
  onProgress?: (done: number, total: number) => void;
  signal?: { throwIfAborted(): void };
  /** Time for the whole-number checks of each table's audit (AuditOptions.wholeBudgetMs). */
  wholeBudgetMs?: number;
}

export interface PredictionReport {
  /** The table's variables: the observed ones the prediction is made on, then the predicted ones. */
  dimensions: string[];
  predicted: string[];
  groups: Prediction[];
  likelySmall: number;
}

/** Everything the check found, as plain JSON-ready data for the pane, the check sheet and the CLI. */
export interface DisclosureReport {
  threshold: number;
  zerosAreSmall: boolean;
  tables: TableReport[];
  predictions: PredictionReport[];
  suggestions: SearchResult;
  /**
   * The attack on all tables together (null without a solver): whether every group of linked tables
   * was small enough to attack, small cells still exposed, repair rounds, program sizes.
   */
  joint?: JointSummary | null;
}

export interface JointSummary {
  audited: boolean;
  exposed: number;
  /** The same attack by the institution that receives the tables, knowing its own counts (recipient.ts). */
  recipientAudited: boolean;
  recipientExposed: number;
  rounds: number;
  columns: number;
  rows: number;
  bounds: number;
}

/**
 * Check every requested table: observed tables are cross-tabulated, flagged and protected; tables with
 * a variable only KSZ holds get a prediction instead. Suggestions search one grouping per variable that
 * makes all observed tables safe at once (the same variable must be grouped the same way everywhere).
 */
export function checkRequest(request: CheckRequest): DisclosureReport {
  const { variables, rule, rowCount } = request;
  const observed = (name: string) => {
    const v = variables[name];
    if (!v) throw new RangeError(`table names an unknown variable ${name}`);
    return v.kind === "observed" ? v : null;
  };
  const predictions: PredictionReport[] = [];
  const finest: { tab: ReturnType<typeof crossTab> }[] = [];
  const protectedTables: (Pattern & { known: Uint8Array; unplaced: number })[] = [];
  const steps = request.tables.length * 2 + 1;
  // What the institution holds of each person: the tables must hold against it (DOMAIN.md §7).
  const held = new Set(
    Object.entries(variables).flatMap(([name, v]) => (v.kind === "observed" && v.knownByInstitution ? [name] : [])),
  );
  const budget = request.wholeBudgetMs !== undefined ? { wholeBudgetMs: request.wholeBudgetMs } : {};
  for (const names of request.tables) {
    const seen = names.filter((n) => observed(n) !== null);
    const predicted = names.filter((n) => observed(n) === null);
    const dims: Dimension[] = seen.map((name) => {
      const v = observed(name)!;
      return { name, categories: v.categories, codes: v.codes };
    });
    if (predicted.length === 0) {
      // The table KSZ will produce: no unreadable category of a KSZ variable, no empty category.
      const leaveOut = seen.map((name) =>
        observed(name)!.heldByKsz ? observed(name)!.categories.indexOf(UNKNOWN_GROUP) : -1,
      );
      const published = publishedShape(crossTab(dims, rowCount), leaveOut);
      finest.push({ tab: published.kept });
      const known = knownCells(published.tab, held);
      const { status } = protectTable(published.tab, rule, request.solver, {
        signal: request.signal,
        known,
        ...budget,
      });
      protectedTables.push({ tab: published.tab, status, known, unplaced: published.unplaced });
      request.onProgress?.(protectedTables.length, steps);
    } else {
      const categories = predicted.reduce((p, n) => p * (variables[n] as { categories: number }).categories, 1);
      const groups = predictSmallCells(crossTab(dims, rowCount), categories, rule.threshold);
      predictions.push({
        dimensions: [...seen, ...predicted],
        predicted,
        groups,
        likelySmall: groups.filter((g) => g.likelySmall).length,
      });
    }
  }
  const used = [...new Set(finest.flatMap((f) => f.tab.names))];
  // The reader holds every table at once: protect them together against that reader too.
  const joint = request.solver
    ? protectJointly(protectedTables, rule, request.solver, {
        leftOut: new Set(used.filter((name) => hasLeftOut(observed(name)!))),
        recipient: recipientOf(variables, held, rowCount),
        ...(request.signal ? { signal: request.signal } : {}),
      })
    : null;
  request.onProgress?.(request.tables.length + 1, steps);
  const cellsOf = (audit: JointAudit | null, t: number) =>
    audit && { audited: audit.audited, cells: audit.cells.filter((c) => c.table === t) };
  const tables = protectedTables.map(({ tab, status, known, unplaced }, t) => {
    const report: TableReport = {
      ...reportPattern(tab, status, rule, request.solver, {
        signal: request.signal,
        ...budget,
        known,
        joint: joint && cellsOf(joint.audit, t),
        recipientJoint: joint && cellsOf(joint.recipient, t),
      }),
      unplaced,
    };
    request.onProgress?.(request.tables.length + 2 + t, steps);
    return report;
  });
  const hierarchies = used.map((name) => observed(name)!.hierarchy);
  const suggestions =
    finest.length > 0 && tables.some((t) => t.smallCells > 0)
      ? suggestGroupings(finest, hierarchies, rule)
      : { method: "exact" as const, nodes: 0, nodesEvaluated: 0, suggestions: [] };
  return {
    threshold: rule.threshold,
    zerosAreSmall: rule.zerosAreSmall === true,
    tables,
    predictions,
    suggestions,
    joint: joint && {
      audited: joint.audit.audited,
      exposed: joint.audit.exposed.length,
      recipientAudited: joint.recipient?.audited ?? true,
      recipientExposed: joint.recipient?.exposed.length ?? 0,
      rounds: joint.rounds,
      columns: joint.audit.columns,
      rows: joint.audit.rows,
      bounds: joint.audit.bounds,
    },
  };
}

/**
 * The institution's knowledge of its staff for the attack across tables: each person's category of
 * every variable it holds. A KSZ variable's unreadable value places the person nowhere in its tables.
 */
function recipientOf(variables: CheckRequest["variables"], held: ReadonlySet<string>, persons: number): Recipient {
  return {
    known: held,
    persons,
    categoryOf(name, person) {
      const v = variables[name];
      if (!v || v.kind !== "observed") return null;
      const id = v.categories[v.codes[person]!]!;
      return v.heldByKsz && id === UNKNOWN_GROUP ? null : id;
    },
  };
}

/** Does a KSZ variable leave persons out of its tables (a value the export could not read)? */
function hasLeftOut(v: Extract<CheckVariable, { kind: "observed" }>): boolean {
  const unknown = v.categories.indexOf(UNKNOWN_GROUP);
  if (!v.heldByKsz || unknown < 0) return false;
  for (let r = 0; r < v.codes.length; r++) if (v.codes[r] === unknown) return true;
  return false;
}

/**
 * The audit's verdict over every table of a report: how many small cells are still exposed, or null
 * when some table was not audited (then nothing may be called safe).
 */
export function exposedCells(report: Pick<DisclosureReport, "tables">): number | null {
  if (report.tables.some((tab) => !tab.audit || tab.audit.jointExposed === null || tab.audit.recipientExposed === null))
    return null;
  return report.tables.reduce((n, tab) => n + tab.audit!.exposed, 0);
}

/**
 * Small cells protected against the linear attacker whose whole-number check ran out of time: not
 * known to be safe, so the audit is not passed while any remains.
 */
export function unconfirmedCells(report: Pick<DisclosureReport, "tables">): number {
  return report.tables.reduce((n, tab) => n + (tab.audit?.wholeUnconfirmed ?? 0), 0);
}

/**
 * Tables over a variable only the KSZ holds (origin when the export has no nationality): predicted,
 * never audited by us. The KSZ must protect them itself, and every face says so.
 */
export function kszOnlyTables(report: Partial<Pick<DisclosureReport, "predictions">>): number {
  return report.predictions?.length ?? 0;
}

/**
 * Of the requested tables (as the request lists them), those left to the KSZ to protect, and the
 * variables only the KSZ holds that put them there.
 */
export function leftToKsz(
  tables: readonly (readonly string[])[],
  report: Pick<DisclosureReport, "predictions">,
): { tables: (readonly string[])[]; variables: string[] } {
  const predicted = new Set(report.predictions.flatMap((p) => p.predicted));
  return {
    tables: tables.filter((tab) => tab.some((name) => predicted.has(name))),
    variables: [...predicted],
  };
}

/**
 * The verdict in a sentence of the catalogues: passed, not passed (with the count), unconfirmed (with
 * the count of cells the whole-number check could not finish), not audited, or, when every table is
 * over a variable only the KSZ holds, left to the KSZ (with the count). A request with some tables of
 * each kind gets the verdict on the audited ones; `kszOnlyTables` says the rest.
 */
export function auditVerdictKey(
  report: Pick<DisclosureReport, "tables"> & Partial<Pick<DisclosureReport, "predictions">>,
): {
  key:
    | "check.audit.passed"
    | "check.audit.failed"
    | "check.audit.unconfirmed"
    | "check.audit.none"
    | "check.audit.kszOnly";
  n: number;
} {
  if (report.tables.length === 0 && kszOnlyTables(report) > 0)
    return { key: "check.audit.kszOnly", n: kszOnlyTables(report) };
  const exposed = exposedCells(report);
  if (exposed === null) return { key: "check.audit.none", n: 0 };
  if (exposed > 0) return { key: "check.audit.failed", n: exposed };
  const unconfirmed = unconfirmedCells(report);
  return unconfirmed > 0 ? { key: "check.audit.unconfirmed", n: unconfirmed } : { key: "check.audit.passed", n: 0 };
}

/**
 * Every verdict sentence a face prints after a check: the audit's on the tables it could audit, then,
 * when some tables are over a variable only the KSZ holds, that they are left to the KSZ.
 */
export function auditVerdicts(
  report: Pick<DisclosureReport, "tables" | "predictions">,
): ReturnType<typeof auditVerdictKey>[] {
  const ksz = kszOnlyTables(report);
  return [
    ...(report.tables.length > 0 ? [auditVerdictKey(report)] : []),
    ...(ksz > 0 ? [{ key: "check.audit.kszOnly" as const, n: ksz }] : []),
  ];
}
