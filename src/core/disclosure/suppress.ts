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

/**
 * Is the cell empty in a line whose total is 0? The reader then knows it is empty: hiding it protects
 * nothing, and it is never small.
 */
export function isStructuralZero(tab: CrossTab, index: number): boolean {
  if (tab.counts[index] !== 0) return false;
  const coords = coordsOf(tab, index);
  return coords.some((c, d) => c < tab.sizes[d]! && tab.counts[index + (tab.sizes[d]! - c) * tab.strides[d]!] === 0);
}

/** The line totals of 0 through a cell (what makes an empty cell known to be empty). */
function zeroTotals(tab: CrossTab, index: number): number[] {
  const coords = coordsOf(tab, index);
  return coords.flatMap((c, d) => {
    const total = index + (tab.sizes[d]! - c) * tab.strides[d]!;
    return c < tab.sizes[d]! && tab.counts[total] === 0 ? [total] : [];
  });
}

/** Primary suppression (the frequency rule): every small cell, inner or margin; a structural zero never is. */
export function primarySuppression(tab: CrossTab, rule: ThresholdRule): Uint8Array {
  const status = new Uint8Array(tab.counts.length);
  for (let i = 0; i < status.length; i++) {
    if (isSmall(tab.counts[i]!, rule) && !(tab.counts[i] === 0 && isStructuralZero(tab, i))) status[i] = SMALL;
  }
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

/**
 * A hypercube around cell p: one partner category per dimension; its corners are p with any subset of
 * coordinates replaced by the partners'. Moving p by +t and every corner by sign * t keeps every line
 * sum of the extended table: a corner's sign flips once per dimension where p and the partner are both
 * inner categories (where one is the total, the total moves with the line it sums).
 */
export interface Hypercube {
  corners: number[];
  signs: number[];
}

export function hypercube(tab: CrossTab, p: number, partners: readonly number[]): Hypercube {
  const coords = coordsOf(tab, p);
  const k = coords.length;
  const corners: number[] = [];
  const signs: number[] = [];
  for (let mask = 0; mask < 1 << k; mask++) {
    let at = p;
    let sign = 1;
    for (let d = 0; d < k; d++) {
      if (!(mask & (1 << d))) continue;
      at += (partners[d]! - coords[d]!) * tab.strides[d]!;
      if (coords[d]! < tab.sizes[d]! && partners[d]! < tab.sizes[d]!) sign = -sign;
    }
    corners.push(at);
    signs.push(sign);
  }
  return { corners, signs };
}

/**
 * How far the hypercube lets p move while every corner stays >= 0: up by the least corner that
 * moves against p, down by the least corner (p included) that moves with it. With every corner
 * suppressed, the attacker cannot rule out these tables, so p's interval holds [p - down, p + up].
 */
export function hypercubeRange(tab: CrossTab, cube: Hypercube): { up: number; down: number } {
  let up = Infinity;
  let down = Infinity;
  cube.corners.forEach((at, i) => {
    const count = tab.counts[at]!;
    if (cube.signs[i]! < 0) up = Math.min(up, count);
    else down = Math.min(down, count);
  });
  return { up, down };
}

/** Does moving p over the hypercube's range protect it: can it reach 0, or k and above? */
function protects(count: number, range: { up: number; down: number }, rule: ThresholdRule): boolean {
  if (count === 0) return range.up >= 1;
  return range.down >= count || range.up >= rule.threshold - count;
}

/** Cost of hiding one more cell, on top of the persons it holds: fewer cells win among equal persons. */
const CELL_COST = 0.5;
/** Partners tried per dimension: more in few dimensions, fewer in many, to bound the search. */
const partnersPerDimension = (k: number): number => (k <= 2 ? 12 : k === 3 ? 7 : k === 4 ? 5 : 3);

/**
 * Secondary suppression (the hypercube method of tau-Argus and sdcTable, with its protection rule).
 * For each small cell not yet protected, hide the corners of the cheapest hypercube around it whose
 * range protects it: it can then move to 0 or to k and above while every published line still adds up,
 * so the attacker's interval for it is at least that wide. Corners already hidden cost nothing; a
 * structural zero is never a corner. Given the cells the institution knows (recipient.ts), a small cell
 * it does not know gets a hypercube without them: the institution sees those counts whatever is
 * hidden, so only a cube that leaves them unchanged widens what it can compute. Returns the cells added
 * and the small cells no hypercube could protect (the audit's repair pass takes those).
 */
export function secondarySuppression(
  tab: CrossTab,
  status: Uint8Array,
  rule: ThresholdRule,
  known?: Uint8Array,
): { added: number; unprotected: number[] } {
  const k = tab.sizes.length;
  let added = 0;
  const unprotected: number[] = [];
  const primaries: number[] = [];
  for (let i = 0; i < status.length; i++) if (status[i] === SMALL) primaries.push(i);
  primaries.sort((a, b) => tab.counts[a]! - tab.counts[b]! || a - b);
  const costOf = (at: number) => (status[at] !== SAFE ? 0 : tab.counts[at]! + CELL_COST);
  const open = (at: number) => status[at] !== SAFE || !isStructuralZero(tab, at);
  for (const p of primaries) {
    // Against the institution, an empty cell under a zero total is usable with that total in the cube:
    // hidden together, neither is known to be empty (this is how a small group's zeros are opened).
    const usable = known && !known[p] ? (at: number) => !known[at] && (open(at) || openable(at)) : open;
    const openable = (at: number) => zeroTotals(tab, at).every((t) => !known![t]);
    const count = tab.counts[p]!;
    const coords = coordsOf(tab, p);
    // Partner options per dimension, the likeliest to protect cheaply first: hidden already, then
    // large enough to let p rise to k, cheapest first.
    const need = rule.threshold - count;
    const options: number[][] = [];
    for (let d = 0; d < k; d++) {
      const line: number[] = [];
      for (let j = 0; j <= tab.sizes[d]!; j++) {
        if (j !== coords[d] && usable(p + (j - coords[d]!) * tab.strides[d]!)) line.push(j);
      }
      const at = (j: number) => p + (j - coords[d]!) * tab.strides[d]!;
      const rank = (j: number) => (status[at(j)] !== SAFE ? 0 : tab.counts[at(j)]! >= need ? 1 : 2);
      line.sort((a, b) => rank(a) - rank(b) || costOf(at(a)) - costOf(at(b)));
      options.push(line);
    }
    if (options.some((o) => o.length === 0)) {
      unprotected.push(p);
      continue;
    }
    const best =
      cheapestProtecting(tab, p, options, partnersPerDimension(k), costOf, usable, rule) ??
      // No cheap partners protect p: look at every partner when that stays affordable.
      (options.reduce((n, o) => n * o.length, 1) <= 20_000
        ? cheapestProtecting(tab, p, options, Infinity, costOf, usable, rule)
        : null);
    if (!best) {
      unprotected.push(p);
      continue;
    }
    for (const at of best.corners) {
      if (status[at] === SAFE) {
        status[at] = SECONDARY;
        added++;
      }
    }
  }
  return { added, unprotected };
}

/** The cheapest protecting hypercube with partners among the first `width` options per dimension. */
function cheapestProtecting(
  tab: CrossTab,
  p: number,
  options: readonly (readonly number[])[],
  width: number,
  costOf: (at: number) => number,
  usable: (at: number) => boolean,
  rule: ThresholdRule,
): Hypercube | null {
  const k = options.length;
  const pick = new Array<number>(k).fill(0);
  const lists = options.map((o) => o.slice(0, width));
  let best: Hypercube | null = null;
  let bestCost = Infinity;
  const visit = (d: number): void => {
    if (d === k) {
      const cube = hypercube(tab, p, pick);
      let cost = 0;
      for (const at of cube.corners) {
        if (!usable(at)) return;
        // An empty cell whose zero total stays published is known empty: the cube needs that total too.
        if (isStructuralZero(tab, at) && zeroTotals(tab, at).some((t) => !cube.corners.includes(t))) return;
        cost += costOf(at);
      }
      if (cost >= bestCost || !protects(tab.counts[p]!, hypercubeRange(tab, cube), rule)) return;
      bestCost = cost;
      best = cube;
      return;
    }
    for (const j of lists[d]!) {
      pick[d] = j;
      visit(d + 1);
    }
  };
  visit(0);
  return best;
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

/**
 * Hide more cells around an exposed small cell p: the hypercube of largest range (first round), or
 * every usable cell of the lines through p (later rounds). Cells marked in `fixed` are never hidden
 * (the institution knows them: hiding them protects nothing from it). Returns the cells added.
 */
export function widen(
  tab: CrossTab,
  status: Uint8Array,
  p: number,
  hypercubeFirst: boolean,
  fixed?: Uint8Array,
): number {
  const coords = coordsOf(tab, p);
  const k = coords.length;
  let added = 0;
  const hide = (at: number) => {
    if (status[at] !== SAFE || fixed?.[at]) return;
    if (isStructuralZero(tab, at)) {
      // Against the institution, a zero under a zero total is opened by hiding that total too (the
      // zeros of a line are what shows a small group's one origin); a total it knows stays a fact.
      const totals = fixed ? zeroTotals(tab, at) : [];
      if (totals.length === 0 || totals.some((t) => fixed![t])) return;
      for (const t of totals)
        if (status[t] === SAFE) {
          status[t] = SECONDARY;
          added++;
        }
    }
    status[at] = SECONDARY;
    added++;
  };
  if (hypercubeFirst) {
    let best: number[] | null = null;
    let bestRange = -1;
    const pick = new Array<number>(k).fill(0);
    const visit = (d: number): void => {
      if (d === k) {
        const cube = hypercube(tab, p, pick);
        if (cube.corners.some((at) => (status[at] === SAFE && isStructuralZero(tab, at)) || fixed?.[at])) return;
        const { up, down } = hypercubeRange(tab, cube);
        const range = Math.max(up, down);
        if (range > bestRange) {
          bestRange = range;
          best = cube.corners;
        }
        return;
      }
      for (let j = 0; j <= tab.sizes[d]!; j++) {
        if (j === coords[d]) continue;
        pick[d] = j;
        visit(d + 1);
      }
    };
    if (tab.sizes.reduce((n, s) => n * s, 1) <= 20_000) visit(0);
    if (best) for (const at of best as number[]) hide(at);
    if (added > 0) return added;
  }
  for (let d = 0; d < k; d++) {
    for (let j = 0; j <= tab.sizes[d]!; j++) hide(p + (j - coords[d]!) * tab.strides[d]!);
  }
  return added;
}
