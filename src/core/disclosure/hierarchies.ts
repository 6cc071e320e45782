import { AGE_SCHEMES, bandIds, type AgeBandScheme } from "../recode/ageBands";
import { DETAILED_GROUPS } from "../recode/data/originGroups";
import { groupsToMerge, orderGroups, OTHER_GROUP, UNKNOWN_GROUP } from "../recode/grouping";
import { ORIGIN_SCHEMES, type OriginSchemeId } from "../recode/origin";
import type { Hierarchy, Level } from "./lattice";

const identity = (categories: readonly string[]): Level => ({
  ref: { kind: "asRequested" },
  categories,
  map: Uint16Array.from(categories, (_, i) => i),
});

/** A dimension that is never coarsened (sex, or a variable the analyst fixed). */
export function fixedHierarchy(dimension: string, categories: readonly string[]): Hierarchy {
  return { dimension, levels: [identity(categories)] };
}

/**
 * The age ladder from a requested scheme: each built-in scheme whose bounds are a subset of the
 * previous rung's, so every rung merges whole bands. Unknown stays unknown.
 */
export function ageHierarchy(dimension: string, requested: AgeBandScheme): Hierarchy {
  const fine = [...bandIds(requested), UNKNOWN_GROUP];
  const levels: Level[] = [identity(fine)];
  let last = requested.lowerBounds;
  const coarser = Object.values(AGE_SCHEMES)
    .filter((s) => s.lowerBounds.length < last.length)
    .sort((a, b) => b.lowerBounds.length - a.lowerBounds.length);
  for (const scheme of coarser) {
    if (!scheme.lowerBounds.every((b) => last.includes(b))) continue;
    const ids = [...bandIds(scheme), UNKNOWN_GROUP];
    // A fine band [lo, hi] lies in the coarse band whose lower bound is the largest one <= lo.
    const map = Uint16Array.from(fine, (id) => {
      if (id === UNKNOWN_GROUP) return ids.length - 1;
      const lo = Number(/^\d+/.exec(id)![0]);
      return scheme.lowerBounds.filter((b) => b <= lo).length;
    });
    levels.push({ ref: { kind: "ageScheme", id: scheme.id }, categories: ids, map });
    last = scheme.lowerBounds;
  }
  return { dimension, levels };
}

const ORIGIN_CHAINS: Readonly<Record<OriginSchemeId, readonly OriginSchemeId[]>> = {
  detailed: ["detailed", "four", "two"],
  four: ["four", "two"],
  eu: ["eu", "two"],
  two: ["two"],
};

/** The origin ladder from a requested scheme: detailed -> four -> two (eu -> two). */
export function originHierarchy(dimension: string, requested: OriginSchemeId): Hierarchy {
  const chain = ORIGIN_CHAINS[requested];
  const fine = ORIGIN_SCHEMES[requested];
  const levels: Level[] = [identity(fine.groups)];
  for (const id of chain.slice(1)) {
    const scheme = ORIGIN_SCHEMES[id];
    const map = new Uint16Array(fine.groups.length);
    for (const detailed of DETAILED_GROUPS) {
      map[fine.groups.indexOf(fine.fromDetailed[detailed])] = scheme.groups.indexOf(scheme.fromDetailed[detailed]);
    }
    levels.push({ ref: { kind: "originScheme", id }, categories: scheme.groups, map });
  }
  return { dimension, levels };
}

/** At most this many rungs per own variable, so lattices stay small enough to search exactly. */
export const MAX_MERGE_RUNGS = 16;

/**
 * An own variable's ladder: as requested, then "merge groups under n persons into other" for growing n:
 * first n = k (the threshold), then one rung per distinct group size above it, so each rung folds the
 * next smallest groups in. Evenly thinned to MAX_MERGE_RUNGS when there are more.
 */
export function mergeHierarchy(
  dimension: string,
  categories: readonly string[],
  counts: readonly number[],
  threshold: number,
): Hierarchy {
  const levels: Level[] = [identity(categories)];
  const countOf = new Map(categories.map((c, i) => [c, counts[i] ?? 0]));
  const sizes = [
    ...new Set(categories.filter((c) => c !== UNKNOWN_GROUP && c !== OTHER_GROUP).map((c) => countOf.get(c)!)),
  ]
    .filter((n) => n >= threshold)
    .sort((a, b) => a - b);
  let cuts = [threshold, ...sizes.map((n) => n + 1)];
  if (cuts.length > MAX_MERGE_RUNGS) {
    const step = (cuts.length - 1) / (MAX_MERGE_RUNGS - 1);
    cuts = Array.from({ length: MAX_MERGE_RUNGS }, (_, i) => cuts[Math.round(i * step)]!);
  }
  let lastMerged = 0;
  for (const persons of cuts) {
    const merged = groupsToMerge(countOf, persons);
    if (merged.size <= lastMerged) continue;
    lastMerged = merged.size;
    const target = (c: string) => (merged.has(c) ? OTHER_GROUP : c);
    const ids = orderGroups(categories.map(target));
    const index = new Map(ids.map((c, i) => [c, i]));
    levels.push({
      ref: { kind: "mergeUnder", persons },
      categories: ids,
      map: Uint16Array.from(categories, (c) => index.get(target(c))!),
    });
  }
  return { dimension, levels };
}
