import type { CrossTab } from "./crossTab";
import { keyOf } from "./crossTab";

/**
 * Prediction for variables only KSZ holds (origin when the export has no nationality): a group of n
 * persons split over m categories must have a cell of at most n/m persons, so n < k*m makes a small
 * cell likely. It is a warning before KSZ answers, reported apart from observed small cells.
 */
export interface Prediction {
  /** The group: dimension name to category id (TOTAL where summed). */
  key: Record<string, string>;
  /** Persons in the group. */
  persons: number;
  /** Categories the KSZ variable(s) will split it into. */
  categories: number;
  /** The smallest cell is at most this many persons. */
  smallestCellAtMost: number;
  likelySmall: boolean;
}

/**
 * Predict for every cell of a table of own variables (margins included) split over `categories`
 * KSZ categories. Empty groups are skipped: they give no cell.
 */
export function predictSmallCells(tab: CrossTab, categories: number, threshold: number): Prediction[] {
  const out: Prediction[] = [];
  if (categories < 1) return out;
  for (let i = 0; i < tab.counts.length; i++) {
    const persons = tab.counts[i]!;
    if (persons === 0) continue;
    out.push({
      key: keyOf(tab, i),
      persons,
      categories,
      smallestCellAtMost: Math.floor(persons / categories),
      likelySmall: persons < threshold * categories,
    });
  }
  return out;
}
