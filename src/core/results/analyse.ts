/**
 * Where the institution stands, table by table: the answer checked against the request (margins that
 * add up, the KSZ's total per own group against the institution's own count, the cells it suppressed
 * against those the check predicted, small cells it published), and each cell's share of its own
 * group with its 95 % interval. A suppressed cell stays suppressed: it is given as the interval the
 * answer itself allows, never as 0 and never recomputed from margins.
 */
import type { Interval, LinearSolver } from "../disclosure/audit";
import { coordsOf, emptyTab, keyOf as keyOfCell } from "../disclosure/crossTab";
import type { DeliveredCell, DeliveredTable, DeliveryProblem, Source } from "./delivery";
import { deliveryIntervals, shareOf } from "./intervals";
import { a1 } from "./read";

export type ResultProblem =
  | DeliveryProblem
  | { key: "results.problem.marginMismatch"; params: { cell: string; total: number; sum: number } }
  | { key: "results.problem.marginExceeded"; params: { cell: string; total: number; sum: number } }
  | { key: "results.problem.contradicts"; params: Record<string, never> }
  | { key: "results.problem.publishedSmall"; params: { cell: string; count: number } }
  | { key: "results.problem.moreThanStaff"; params: { group: string; ours: number; theirs: number } };

export interface ResultCell {
  key: Record<string, string>;
  /** The published count; null when the answer does not publish it. */
  count: number | null;
  suppressed: boolean;
  /** For a cell not published: the counts the answer allows. */
  interval?: Interval;
  /** Share of its own group (the cell with every KSZ variable at its total): `of` names the own variables. */
  share: { of: string[]; value: number | null; lo: number; hi: number } | null;
  /** A small count the KSZ published: not to be passed on. */
  publishedSmall?: true;
  /** What the check predicted for this cell, where it could. */
  predicted?: "safe" | "small" | "secondary";
}

export interface TableResult {
  dimensions: readonly string[];
  found: boolean;
  source: Source | null;
  title?: string;
  cells: ResultCell[];
  unmatched: { label: string; cell: string }[];
  problems: ResultProblem[];
  /** Per own group: the institution's count, the KSZ's, and the persons the KSZ could not link. */
  linkage: { group: Record<string, string>; ours: number; theirs: number | null; notLinked: number | null }[];
  /** Inner cells suppressed by the KSZ and predicted by the check, or not; predicted but published. */
  suppression: { asPredicted: number; notPredicted: number; predictedPublished: number } | null;
}

export interface AnalyseOptions {
  threshold: number;
  zerosAreSmall: boolean;
  /** The variables the KSZ adds (sex, age band, origin group); the others are the institution's own. */
  kszDimensions: ReadonlySet<string>;
  /** The institution's own count of a group of its own variables (keys hold own variables only). */
  ownCount?: (key: Readonly<Record<string, string>>) => number | null;
  /** What the check predicted for a cell of this table (by its key), where it could. */
  predicted?: (dimensions: readonly string[], key: Readonly<Record<string, string>>) => ResultCell["predicted"] | null;
  solver: LinearSolver;
}

export function analyseTable(table: DeliveredTable, options: AnalyseOptions): TableResult {
  const { dimensions, categories, strides } = table;
  const sizes = categories.map((c) => c.length);
  const problems: ResultProblem[] = [...table.problems];
  const base: TableResult = {
    dimensions,
    found: table.found,
    source: table.source,
    ...(table.title ? { title: table.title } : {}),
    cells: [],
    unmatched: table.unmatched,
    problems,
    linkage: [],
    suppression: null,
  };
  if (!table.found) return base;
  const shape = emptyTab(dimensions, categories);
  const intervals = deliveryIntervals(table.cells, shape, options.solver);
  if (intervals === null) problems.push({ key: "results.problem.contradicts", params: {} });
  const coords = (at: number) => coordsOf(shape, at);
  const keyOf = (at: number) => keyOfCell(shape, at);
  const isKsz = dimensions.map((d) => options.kszDimensions.has(d));
  const own = dimensions.filter((_, d) => !isKsz[d]);
  /** The cell of the same own group with every KSZ variable at its total. */
  const groupCell = (at: number) => coords(at).reduce((s, i, d) => s + (isKsz[d] ? sizes[d]! : i) * strides[d]!, 0);
  const countAt = (at: number): number | null => {
    const c = table.cells[at]!;
    return c.kind === "count" ? c.count : null;
  };
  const intervalAt = (at: number): Interval => intervals?.get(at) ?? { lo: 0, hi: Infinity };

  // Lines whose inner cells are all published must add up to a published total.
  checkMargins(table, sizes, problems);

  let asPredicted = 0;
  let notPredicted = 0;
  let predictedPublished = 0;
  table.cells.forEach((cell, at) => {
    if (cell.kind === "absent") return;
    const key = keyOf(at);
    const count = countAt(at);
    const c = coords(at);
    const inner = c.every((i, d) => i < sizes[d]!);
    const anyKszCategory = c.some((i, d) => isKsz[d] && i < sizes[d]!);
    const out: ResultCell = { key, count, suppressed: cell.kind === "suppressed", share: null };
    if (count === null) out.interval = intervalAt(at);
    if (anyKszCategory) {
      const b = countAt(groupCell(at));
      if (b !== null && b > 0) out.share = { of: own, ...shareOf(count ?? intervalAt(at), b) };
      // The KSZ's own rule: a published count of persons of 1 to k-1 in a KSZ category is small.
      const small = count !== null && count < options.threshold && (count > 0 || options.zerosAreSmall);
      if (small) {
        out.publishedSmall = true;
        problems.push({
          key: "results.problem.publishedSmall",
          params: { cell: a1(cell.at), count: count! },
        });
      }
    }
    const predicted = options.predicted?.(dimensions, key) ?? null;
    if (predicted) {
      out.predicted = predicted;
      if (inner) {
        const hidden = count === null;
        if (hidden && predicted !== "safe") asPredicted++;
        else if (hidden) notPredicted++;
        else if (predicted !== "safe") predictedPublished++;
      }
    }
    base.cells.push(out);
  });
  if (options.predicted && base.cells.some((c) => c.predicted))
    base.suppression = { asPredicted, notPredicted, predictedPublished };

  // The KSZ's count of each own group (every KSZ variable at its total) against the institution's.
  if (own.length > 0 && options.ownCount) {
    table.cells.forEach((_, at) => {
      const c = coords(at);
      if (!c.every((i, d) => (isKsz[d] ? i === sizes[d] : i < sizes[d]!))) return;
      const group = Object.fromEntries(own.map((d) => [d, keyOf(at)[d]!]));
      const ours = options.ownCount!(group);
      if (ours === null) return;
      const theirs = countAt(at);
      base.linkage.push({ group, ours, theirs, notLinked: theirs === null ? null : Math.max(0, ours - theirs) });
      if (theirs !== null && theirs > ours)
        problems.push({
          key: "results.problem.moreThanStaff",
          params: { group: Object.values(group).join(" × "), ours, theirs },
        });
    });
  }
  return base;
}

/** A total against its line: equal when every inner cell is published, never below their sum. */
function checkMargins(table: DeliveredTable, sizes: readonly number[], problems: ResultProblem[]): void {
  const { cells, strides } = table;
  const k = sizes.length;
  for (let d = 0; d < k; d++) {
    const stride = strides[d]!;
    const n = sizes[d]!;
    for (let at = 0; at < cells.length; at++) {
      // Each line of dimension d once: from its first cell (coordinate 0 in d).
      if (Math.floor(at / stride) % (n + 1) !== 0) continue;
      const total = cells[at + n * stride]!;
      if (total.kind !== "count") continue;
      let sum = 0;
      let all = true;
      for (let i = 0; i < n; i++) {
        const c: DeliveredCell = cells[at + i * stride]!;
        if (c.kind === "count") sum += c.count;
        else all = false;
      }
      const cell = a1(total.at);
      if (all && sum !== total.count)
        problems.push({ key: "results.problem.marginMismatch", params: { cell, total: total.count, sum } });
      else if (!all && sum > total.count)
        problems.push({ key: "results.problem.marginExceeded", params: { cell, total: total.count, sum } });
    }
  }
}
