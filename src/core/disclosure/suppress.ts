import { coordsOf, forEachLineStart, type CrossTab } from "./crossTab";

/** safe: may be published; small: 1..k-1 persons (primary); secondary: suppressed to protect a small one. */
export type CellStatus = "safe" | "small" | "secondary";

export const SAFE = 0;
export const SMALL = 1;
export const SECONDARY = 2;
const STATUS_NAMES: readonly CellStatus[] = ["safe", "small", "secondary"];
export const statusName = (code: number): CellStatus => STATUS_NAMES[code]!;

export interface ThresholdRule {
  /** Minimum cell size k: a cell of 1 to k-1 persons is small. DOMAIN.md §7 default: 5. */
  threshold: number;
  /** Count empty cells as small too (off by default: an empty cell names nobody). */
  zerosAreSmall?: boolean;
}

export const DEFAULT_THRESHOLD = 5;

export function isSmall(count: number, rule: ThresholdRule): boolean {
  return count === 0 ? rule.zerosAreSmall === true : count < rule.threshold;
}

/** Primary suppression (the frequency rule): every small cell, inner or margin. */
export function primarySuppression(tab: CrossTab, rule: ThresholdRule): Uint8Array {
  const status = new Uint8Array(tab.counts.length);
  for (let i = 0; i < status.length; i++) if (isSmall(tab.counts[i]!, rule)) status[i] = SMALL;
  return status;
}

interface Line {
  d: number;
  start: number;
}

function suppressedIn(tab: CrossTab, status: Uint8Array, { d, start }: Line): number {
  let n = 0;
  for (let i = 0, at = start; i <= tab.sizes[d]!; i++, at += tab.strides[d]!) if (status[at] !== SAFE) n++;
  return n;
}

/** The line along dimension e through cell `index`. */
function lineThrough(tab: CrossTab, index: number, e: number): Line {
  return { d: e, start: index - coordsOf(tab, index)[e]! * tab.strides[e]! };
}

/** Partners tried per dimension when choosing a hypercube: enough to find a cheap one, few enough to stay fast. */
const PARTNERS_PER_DIMENSION = 3;

/**
 * Secondary suppression against disclosure by differencing. A line (a row, column or layer with its
 * total) holding exactly one suppressed cell gives that cell away: it is the total minus the others.
 * For each small cell still exposed, suppress the corners of a hypercube around it: in every dimension
 * one partner category in the cell's line, chosen so the corners hold as few persons as possible
 * (empty corners count as costly: a hidden zero reads as odd). Every line through a corner then holds
 * two suppressed corners. This is the hypercube method of tau-Argus and sdcTable; a final greedy pass
 * mends any line still open. Returns the number of cells added.
 */
export function secondarySuppression(tab: CrossTab, status: Uint8Array, rule?: ThresholdRule): number {
  const k = tab.sizes.length;
  const zeroCost = rule?.threshold ?? 5;
  let added = 0;
  const primaries: number[] = [];
  for (let i = 0; i < status.length; i++) if (status[i] === SMALL) primaries.push(i);
  primaries.sort((a, b) => tab.counts[a]! - tab.counts[b]!);
  for (const p of primaries) {
    const coords = coordsOf(tab, p);
    let exposed = false;
    for (let d = 0; d < k && !exposed; d++) if (suppressedIn(tab, status, lineThrough(tab, p, d)) === 1) exposed = true;
    if (!exposed) continue;
    // Candidate partners per dimension: the cheapest other cells of the line through p.
    const partners: number[][] = [];
    for (let d = 0; d < k; d++) {
      const options: number[] = [];
      for (let j = 0; j <= tab.sizes[d]!; j++) if (j !== coords[d]) options.push(j);
      const cost = (j: number) => {
        const at = p + (j - coords[d]!) * tab.strides[d]!;
        return status[at] !== SAFE ? -1 : tab.counts[at] === 0 ? zeroCost : tab.counts[at]!;
      };
      partners.push(options.sort((a, b) => cost(a) - cost(b)).slice(0, PARTNERS_PER_DIMENSION));
    }
    let best: number[] | null = null;
    let bestCost = Infinity;
    const choice = new Array<number>(k).fill(0);
    const corners = (pick: readonly number[]): number[] => {
      const out: number[] = [];
      for (let mask = 0; mask < 1 << k; mask++) {
        let at = p;
        for (let d = 0; d < k; d++) if (mask & (1 << d)) at += (pick[d]! - coords[d]!) * tab.strides[d]!;
        out.push(at);
      }
      return out;
    };
    const visit = (d: number): void => {
      if (d === k) {
        let cost = 0;
        for (const at of corners(choice))
          if (status[at] === SAFE) cost += tab.counts[at] === 0 ? zeroCost : tab.counts[at]!;
        if (cost < bestCost) {
          bestCost = cost;
          best = [...choice];
        }
        return;
      }
      for (const j of partners[d]!) {
        choice[d] = j;
        visit(d + 1);
      }
    };
    visit(0);
    if (!best) continue; // a dimension with no other cell: cannot happen, lines hold a total
    for (const at of corners(best)) {
      if (status[at] === SAFE) {
        status[at] = SECONDARY;
        added++;
      }
    }
  }
  return added + mendOpenLines(tab, status);
}

/**
 * Greedy pass: while a line holds exactly one suppressed cell, suppress its smallest non-empty other
 * cell, preferring one that also mends a crossing line. After hypercubes it rarely has work to do.
 */
function mendOpenLines(tab: CrossTab, status: Uint8Array): number {
  const k = tab.sizes.length;
  const queue: Line[] = [];
  for (let d = 0; d < k; d++) forEachLineStart(tab, d, (start) => queue.push({ d, start }));
  let added = 0;
  while (queue.length > 0) {
    const line = queue.pop()!;
    if (suppressedIn(tab, status, line) !== 1) continue;
    let best = -1;
    let bestScore = Infinity;
    const stride = tab.strides[line.d]!;
    for (let i = 0, at = line.start; i <= tab.sizes[line.d]!; i++, at += stride) {
      if (status[at] !== SAFE) continue;
      const count = tab.counts[at]!;
      let mends = 0;
      for (let e = 0; e < k; e++) if (e !== line.d && suppressedIn(tab, status, lineThrough(tab, at, e)) === 1) mends++;
      const score = (count === 0 ? 1e12 : count) * (k + 1) - mends;
      if (score < bestScore) {
        bestScore = score;
        best = at;
      }
    }
    if (best < 0) continue;
    status[best] = SECONDARY;
    added++;
    for (let e = 0; e < k; e++) queue.push(lineThrough(tab, best, e));
  }
  return added;
}

/** Lines that still hold exactly one suppressed cell: empty when the table is protected. */
export function unprotectedLines(tab: CrossTab, status: Uint8Array): Line[] {
  const open: Line[] = [];
  for (let d = 0; d < tab.sizes.length; d++) {
    forEachLineStart(tab, d, (start) => {
      if (suppressedIn(tab, status, { d, start }) === 1) open.push({ d, start });
    });
  }
  return open;
}
