import { UNKNOWN_GROUP } from "../recode/grouping";
import { coarsen, coordsOf, type CrossTab } from "./crossTab";
import { isSmall, isStructuralZero, type ThresholdRule } from "./suppress";

/** How a level was made, so a face can apply a suggestion (a scheme id, or a merge rule). */
export type LevelRef =
  | { kind: "asRequested" }
  | { kind: "ageScheme"; id: string }
  | { kind: "originScheme"; id: string }
  | { kind: "mergeUnder"; persons: number };

/** One rung of a dimension's ladder: its categories and where each requested category goes. */
export interface Level {
  ref: LevelRef;
  categories: readonly string[];
  /** Index of the requested (finest) category to index in this level's categories. */
  map: ArrayLike<number>;
}

/** A dimension's ladder, finest first; every level must merge categories of the one before. */
export interface Hierarchy {
  dimension: string;
  levels: readonly Level[];
}

export interface Suggestion {
  /** Dimension name to the level chosen. */
  levels: Record<string, LevelRef>;
  /**
   * Small cells left in an "unknown" category once applied. Coarsening cannot fix them (KSZ knows every
   * person's age and nationality; these are gaps in the export): correct the source, or let them be
   * suppressed. All other small cells are gone in a suggestion.
   */
  smallCellsInUnknown: number;
  /** Information lost, 0 to 1: the mean share of each dimension's entropy that the merges remove. */
  loss: number;
  /** Categories per dimension once applied. */
  categories: Record<string, number>;
  /** Per dimension, the requested categories each new category brings together, with their persons. */
  merges: Record<string, GroupMerge[]>;
}

/** Requested categories that become one: shown before a suggestion is applied. */
export interface GroupMerge {
  into: string;
  persons: number;
  from: { id: string; persons: number }[];
}

export interface SearchResult {
  method: "exact" | "heuristic";
  /** Nodes in the lattice (combinations of levels). */
  nodes: number;
  /** Nodes whose tables were actually built and checked; the rest were settled by monotonicity. */
  nodesEvaluated: number;
  /** The best safe groupings, least loss first; empty when even the coarsest grouping has small cells. */
  suggestions: Suggestion[];
}

/** A requested table at its finest grouping, with the dimension names it uses. */
export interface TableAtFinest {
  tab: CrossTab;
}

export const MAX_EXACT_NODES = 10_000;

const entropy = (counts: ArrayLike<number>): number => {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  let h = 0;
  for (let i = 0; i < counts.length; i++) {
    const p = counts[i]! / total;
    if (p > 0) h -= p * Math.log2(p);
  }
  return total > 0 ? h : 0;
};

/**
 * Search the lattice of coarsening levels for groupings that leave no small cell in any table (cells in
 * an "unknown" category aside: no grouping fixes those, so they are counted, not searched away),
 * losing the least detail. Exact when the lattice has at most MAX_EXACT_NODES nodes: bottom-up by
 * height, where a node above a safe node is safe without being checked (merging safe cells, 0 or at
 * least k, gives safe cells), as in ARX's Flash. Larger lattices use a greedy climb, and say so.
 */
export function suggestGroupings(
  tables: readonly TableAtFinest[],
  hierarchies: readonly Hierarchy[],
  rule: ThresholdRule,
  options: { best?: number; maxExactNodes?: number } = {},
): SearchResult {
  const best = options.best ?? 3;
  const radices = hierarchies.map((h) => h.levels.length);
  const nodes = radices.reduce((p, n) => p * n, 1);
  const byName = new Map(hierarchies.map((h, i) => [h.dimension, i]));
  for (const { tab } of tables) {
    for (const name of tab.names) if (!byName.has(name)) throw new RangeError(`no hierarchy for dimension ${name}`);
  }

  const margins = hierarchies.map((h) => marginOf(tables, h.dimension));
  const lossOf = lossFunction(margins, hierarchies);
  let evaluated = 0;
  /** Small cells at a node: those coarsening can fix, and those in an "unknown" category. */
  const countSmall = (levels: readonly number[], counted = true): { fixable: number; inUnknown: number } => {
    if (counted) evaluated++;
    let fixable = 0;
    let inUnknown = 0;
    for (const { tab } of tables) {
      const dims = tab.names.map((n) => byName.get(n)!);
      const rungs = dims.map((h) => hierarchies[h]!.levels[levels[h]!]!);
      const coarse = coarsen(
        tab,
        rungs.map((l) => l.map),
        rungs.map((l) => l.categories),
      );
      const unknownAt = rungs.map((l) => l.categories.indexOf(UNKNOWN_GROUP));
      for (let i = 0; i < coarse.counts.length; i++) {
        if (!isSmall(coarse.counts[i]!, rule)) continue;
        if (coarse.counts[i] === 0 && isStructuralZero(coarse, i)) continue; // known empty, never small
        const coords = coordsOf(coarse, i);
        if (coords.some((c, d) => c === unknownAt[d])) inUnknown++;
        else fixable++;
      }
    }
    return { fixable, inUnknown };
  };
  const smallAt = (levels: readonly number[]): number => countSmall(levels).fixable;
  const suggestionOf = (levels: readonly number[]): Suggestion => ({
    levels: Object.fromEntries(hierarchies.map((h, d) => [h.dimension, h.levels[levels[d]!]!.ref])),
    smallCellsInUnknown: countSmall(levels, false).inUnknown,
    loss: lossOf(levels),
    categories: Object.fromEntries(hierarchies.map((h, d) => [h.dimension, h.levels[levels[d]!]!.categories.length])),
    merges: Object.fromEntries(
      hierarchies.map((h, d) => [h.dimension, mergesOf(h.levels[0]!, h.levels[levels[d]!]!, margins[d]!)]),
    ),
  });

  const top = radices.map((n) => n - 1);
  if (smallAt(top) > 0)
    return {
      method: nodes <= (options.maxExactNodes ?? MAX_EXACT_NODES) ? "exact" : "heuristic",
      nodes,
      nodesEvaluated: evaluated,
      suggestions: [],
    };

  if (nodes > (options.maxExactNodes ?? MAX_EXACT_NODES)) {
    const found = greedyClimb(radices, smallAt, lossOf);
    return {
      method: "heuristic",
      nodes,
      nodesEvaluated: evaluated,
      suggestions: found.map((l) => suggestionOf(l)).slice(0, best),
    };
  }

  // Exact, in the manner of ARX's Flash: walk a path from the lowest unsettled node up to the top and
  // binary-search it for the lowest safe node. Safety is monotone (a node above a safe node is safe,
  // a node below an unsafe node is unsafe), so each check settles whole regions without building them.
  const decode = (id: number): number[] => {
    const levels = new Array<number>(radices.length);
    for (let d = radices.length - 1; d >= 0; d--) {
      levels[d] = id % radices[d]!;
      id = Math.floor(id / radices[d]!);
    }
    return levels;
  };
  const encode = (levels: readonly number[]): number => levels.reduce((id, l, d) => id * radices[d]! + l, 0);
  const status = new Int8Array(nodes); // 1 safe, -1 unsafe, 0 not settled yet
  const safeSeen: number[][] = [top];
  const unsafeSeen: number[][] = [];
  status[encode(top)] = 1;
  const settle = (levels: readonly number[]): number => {
    const id = encode(levels);
    if (status[id] === 0) {
      if (safeSeen.some((s) => s.every((l, d) => l <= levels[d]!))) status[id] = 1;
      else if (unsafeSeen.some((u) => u.every((l, d) => l >= levels[d]!))) status[id] = -1;
    }
    return status[id]!;
  };
  const check = (levels: number[]): boolean => {
    let st = settle(levels);
    if (st === 0) {
      st = smallAt(levels) === 0 ? 1 : -1;
      status[encode(levels)] = st;
      (st === 1 ? safeSeen : unsafeSeen).push(levels);
    }
    return st === 1;
  };
  const order = Array.from({ length: nodes }, (_, id) => id);
  const height = order.map((id) => decode(id).reduce((a, b) => a + b, 0));
  order.sort((a, b) => height[a]! - height[b]! || a - b);
  for (const id of order) {
    const start = decode(id);
    if (settle(start) !== 0) continue;
    const path = [start];
    for (let cur = start; cur.some((l, d) => l < top[d]!);) {
      // Climb the dimension that is relatively lowest, so paths cross the lattice's middle.
      let pick = -1;
      for (let d = 0; d < cur.length; d++) {
        if (cur[d]! < top[d]! && (pick < 0 || cur[d]! / top[d]! < cur[pick]! / top[pick]!)) pick = d;
      }
      cur = cur.map((l, d) => (d === pick ? l + 1 : l));
      path.push(cur);
    }
    let lo = 0;
    let hi = path.length - 1; // the top is safe
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (check(path[mid]!)) hi = mid;
      else lo = mid + 1;
    }
  }
  // The minimal safe nodes: safe, with no safe node directly below.
  const minimal: number[] = [];
  for (let id = 0; id < nodes; id++) {
    const levels = decode(id);
    if (settle(levels) !== 1) continue;
    const below = levels.some((l, d) => {
      if (l === 0) return false;
      const lower = levels.map((x, e) => (e === d ? x - 1 : x));
      return settle(lower) === 1;
    });
    if (!below) minimal.push(id);
  }
  const ranked = minimal.map((id) => decode(id)).sort((a, b) => lossOf(a) - lossOf(b));
  return {
    method: "exact",
    nodes,
    nodesEvaluated: evaluated,
    suggestions: ranked.slice(0, best).map((l) => suggestionOf(l)),
  };
}

/**
 * A dimension's persons per requested category: its margin in the first table that holds it (every
 * table counts the same persons, so any one will do).
 */
function marginOf(tables: readonly TableAtFinest[], dimension: string): number[] {
  const home = tables.find((t) => t.tab.names.includes(dimension))!.tab;
  const d = home.names.indexOf(dimension);
  // The line along d through the grand total of every other dimension.
  const start = home.strides.reduce((s, stride, e) => (e === d ? s : s + home.sizes[e]! * stride), 0);
  return Array.from({ length: home.sizes[d]! }, (_, i) => home.counts[start + i * home.strides[d]!]!);
}

/** The new categories of `level` that bring two or more requested categories together. */
function mergesOf(finest: Level, level: Level, margin: readonly number[]): GroupMerge[] {
  const merges = level.categories.map((into): GroupMerge => ({ into, persons: 0, from: [] }));
  finest.categories.forEach((id, i) => {
    const merge = merges[level.map[i]!]!;
    merge.from.push({ id, persons: margin[i] ?? 0 });
    merge.persons += margin[i] ?? 0;
  });
  return merges.filter((m) => m.from.length > 1);
}

/** Entropy lost by each dimension at each level, from its margin. */
function lossFunction(margins: readonly (readonly number[])[], hierarchies: readonly Hierarchy[]) {
  const perLevel: number[][] = hierarchies.map((h, d) => {
    const fine = margins[d]!;
    const h0 = entropy(fine);
    return h.levels.map((level) => {
      const merged = new Float64Array(level.categories.length);
      fine.forEach((c, i) => (merged[level.map[i]!]! += c));
      return h0 > 0 ? (h0 - entropy(merged)) / h0 : 0;
    });
  });
  return (levels: readonly number[]): number =>
    levels.reduce((sum, l, d) => sum + perLevel[d]![l]!, 0) / Math.max(levels.length, 1);
}

/** Greedy climb from the finest node: each step takes the rung that removes most small cells per unit of loss. */
function greedyClimb(
  radices: readonly number[],
  smallAt: (levels: readonly number[]) => number,
  lossOf: (levels: readonly number[]) => number,
): number[][] {
  let current = radices.map(() => 0);
  let small = smallAt(current);
  const safeSeen: number[][] = [];
  while (small > 0) {
    let next: number[] | null = null;
    let nextSmall = small;
    let bestGain = -Infinity;
    for (let d = 0; d < radices.length; d++) {
      if (current[d]! + 1 >= radices[d]!) continue;
      const candidate = current.map((l, e) => (e === d ? l + 1 : l));
      const s = smallAt(candidate);
      if (s === 0) safeSeen.push(candidate);
      const gain = (small - s) / (lossOf(candidate) - lossOf(current) + 1e-6);
      if (gain > bestGain) {
        bestGain = gain;
        next = candidate;
        nextSmall = s;
      }
    }
    if (!next) break;
    current = next;
    small = nextSmall;
  }
  if (small === 0 && !safeSeen.some((s) => s.every((l, d) => l === current[d]))) safeSeen.push(current);
  return safeSeen.sort((a, b) => lossOf(a) - lossOf(b));
}
