/**
 * Grouping of an institution's own variables (department, function level, status): the analyst maps
 * raw values to wider groups, and may merge every group under n persons into "other".
 */
export interface Grouping {
  /** Raw value (trimmed text) to group. A value not in the map stays a group of its own. */
  map?: Readonly<Record<string, string>>;
  /** Merge every group with fewer than this many persons into OTHER_GROUP. */
  mergeUnder?: number;
}

/** Reserved ids, the same as the age and origin recodes use; their labels come from the catalogues. */
export const OTHER_GROUP = "other";
export const UNKNOWN_GROUP = "unknown";

/** The group of one raw value under a grouping's map (before any merge by size). */
export function groupOfValue(raw: string, grouping: Grouping): string {
  const value = raw.trim();
  if (value === "") return UNKNOWN_GROUP;
  return grouping.map?.[value] ?? value;
}

/** Groups in display order: natural text order, then "other", then "unknown". */
export function orderGroups(groups: Iterable<string>): string[] {
  const collator = new Intl.Collator("nl", { numeric: true, sensitivity: "base" });
  const list = [...new Set(groups)];
  const rank = (g: string) => (g === UNKNOWN_GROUP ? 2 : g === OTHER_GROUP ? 1 : 0);
  return list.sort((a, b) => rank(a) - rank(b) || collator.compare(a, b));
}

/**
 * Which groups the "merge under n" rule folds into "other", given each group's count. Unknown is
 * never merged: it is reported as such. If only one group would go to "other", merging it would only
 * rename it, so the next smallest group goes with it.
 */
export function groupsToMerge(counts: ReadonlyMap<string, number>, mergeUnder: number | undefined): Set<string> {
  const merged = new Set<string>();
  if (!mergeUnder || mergeUnder <= 1) return merged;
  const candidates = [...counts].filter(([g]) => g !== UNKNOWN_GROUP && g !== OTHER_GROUP);
  for (const [group, count] of candidates) if (count > 0 && count < mergeUnder) merged.add(group);
  if (merged.size === 1 && !counts.get(OTHER_GROUP)) {
    const next = candidates.filter(([g]) => !merged.has(g)).sort((a, b) => a[1] - b[1])[0];
    if (next) merged.add(next[0]);
  }
  return merged;
}
