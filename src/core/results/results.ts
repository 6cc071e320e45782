/**
 * Step 5 as one call: the answer's sheets read against the request, every table analysed, and the
 * staff compared with a reference where one is given. The faces show this; `resultsJson` is what the
 * command line prints with --json.
 */
import type { LinearSolver } from "../disclosure/audit";
import { analyseTable, type TableResult } from "./analyse";
import { readDelivery, type DeliveryReading, type DeliverySheet } from "./delivery";
import { compareWithReference, type Comparison, type Reference } from "./reference";
import { KSZ_DIMENSIONS, type ResultsBasis } from "./request";

export interface Results {
  tables: TableResult[];
  unread: DeliveryReading["unread"];
  comparison: Comparison[] | null;
  threshold: number;
}

export interface ResultsOptions {
  threshold: number;
  zerosAreSmall: boolean;
  mapped?: Readonly<Record<string, string>>;
  reference?: Reference | null;
  solver: LinearSolver;
}

export function resultsOf(sheets: readonly DeliverySheet[], basis: ResultsBasis, options: ResultsOptions): Results {
  const reading = readDelivery(sheets, {
    tables: basis.tables,
    dimensions: basis.dimensions,
    ...(options.mapped ? { mapped: options.mapped } : {}),
  });
  const tables = reading.tables.map((table) =>
    analyseTable(table, {
      threshold: options.threshold,
      zerosAreSmall: options.zerosAreSmall,
      kszDimensions: KSZ_DIMENSIONS,
      ownCount: basis.ownCount,
      predicted: basis.predicted,
      solver: options.solver,
    }),
  );
  const comparison = options.reference ? compareWithReference(options.reference, tables) : null;
  return { tables, unread: reading.unread, comparison, threshold: options.threshold };
}

const r4 = (x: number) => Math.round(x * 10000) / 10000;

/** The results as the command line's --json prints them (issue 30's shape); JSON has no Infinity. */
export function resultsJson(results: Results): unknown {
  return {
    tables: results.tables.map((t) => ({
      dimensions: t.dimensions,
      found: t.found,
      source: t.source,
      cells: t.cells.map((c) => ({
        key: c.key,
        count: c.count,
        suppressed: c.suppressed,
        ...(c.interval
          ? { interval: { lo: c.interval.lo, hi: c.interval.hi === Infinity ? null : c.interval.hi } }
          : {}),
        share: c.share
          ? {
              of: c.share.of,
              value: c.share.value === null ? null : r4(c.share.value),
              lo: r4(c.share.lo),
              hi: r4(c.share.hi),
            }
          : null,
        ...(c.publishedSmall ? { publishedSmall: true } : {}),
      })),
      unmatched: t.unmatched,
      linkage: t.linkage,
      suppression: t.suppression,
      problems: t.problems,
    })),
    unread: results.unread,
    comparison: (results.comparison ?? []).map((c) => ({
      dimension: c.dimension,
      category: c.category,
      staff: { value: c.staff.value === null ? null : r4(c.staff.value), lo: r4(c.staff.lo), hi: r4(c.staff.hi) },
      reference: c.reference,
      index: c.index === null ? null : r4(c.index),
      expected: r4(c.expected),
      flag: c.flag,
    })),
  };
}
