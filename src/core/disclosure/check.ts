import { crossTab, isInner, keyOf, TOTAL, type CrossTab, type Dimension } from "./crossTab";
import {
  primarySuppression,
  secondarySuppression,
  statusName,
  unprotectedLines,
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
  /** Lines still recoverable by subtraction after protection: 0 when the protection holds. */
  unprotectedLines: number;
}

/** Protected cell statuses for a table, as typed arrays: the fast path for benchmarks and the lattice. */
export function protectTable(tab: CrossTab, rule: ThresholdRule): { status: Uint8Array; secondary: number } {
  const status = primarySuppression(tab, rule);
  const secondary = secondarySuppression(tab, status, rule);
  return { status, secondary };
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

/** Cross-tabulate, flag small cells, protect against differencing, and report as plain data. */
export function checkTable(dims: readonly Dimension[], rowCount: number, rule: ThresholdRule): TableReport {
  return reportOf(crossTab(dims, rowCount), rule);
}

export function reportOf(tab: CrossTab, rule: ThresholdRule): TableReport {
  const { status, secondary } = protectTable(tab, rule);
  const cells: CellReport[] = new Array(tab.counts.length);
  let small = 0;
  for (let i = 0; i < tab.counts.length; i++) {
    if (status[i] === SMALL) small++;
    cells[i] = { key: keyOf(tab, i), count: tab.counts[i]!, status: statusName(status[i]!), margin: !isInner(tab, i) };
  }
  return {
    dimensions: [...tab.names],
    categories: Object.fromEntries(tab.names.map((n, d) => [n, [...tab.categories[d]!]])),
    cells,
    warnings: fullGroupWarnings(tab),
    smallCells: small,
    secondaryCells: secondary,
    unprotectedLines: unprotectedLines(tab, status).length,
  };
}

export { TOTAL, SAFE, SMALL, SECONDARY };
