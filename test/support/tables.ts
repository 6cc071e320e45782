/** Tables written the way an analyst reads them: inner counts as nested arrays, margins filled in. */
import { emptyTab, fillMargins, type CrossTab } from "../../src/core/disclosure/crossTab";

type Nested = number | Nested[];

/** A cross-tab from nested inner counts ([row][col] or [layer][row][col]); categories are "0", "1", ... */
export function tableOf(counts: Nested[], names?: string[]): CrossTab {
  const sizes: number[] = [];
  for (let level: Nested = counts; Array.isArray(level); level = level[0]!) sizes.push(level.length);
  const tab = emptyTab(
    names ?? sizes.map((_, d) => `d${d}`),
    sizes.map((n) => Array.from({ length: n }, (_, i) => String(i))),
  );
  const put = (level: Nested, d: number, at: number) => {
    if (!Array.isArray(level)) tab.counts[at] = level;
    else level.forEach((sub, i) => put(sub, d + 1, at + i * tab.strides[d]!));
  };
  put(counts, 0, 0);
  fillMargins(tab);
  return tab;
}

/** Extended index of a cell by coordinates; "T" is the dimension's total. */
export function at(tab: CrossTab, ...coords: (number | "T")[]): number {
  return coords.reduce<number>((s, c, d) => s + (c === "T" ? tab.sizes[d]! : c) * tab.strides[d]!, 0);
}
