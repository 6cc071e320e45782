/**
 * Cross-tabulation with margins. A table of k dimensions is held "extended": each dimension gets one
 * more index, its total, so margins (row, column, layer totals and the grand total) live in the same
 * typed array as the inner cells. Cells are addressed by mixed-radix index: no string key per row.
 */

/** One dimension of a table: category ids and, per row, the index of the row's category. */
export interface Dimension {
  name: string;
  categories: readonly string[];
  codes: ArrayLike<number>;
}

/** Reserved category id of a dimension's total in cell keys. */
export const TOTAL = "total";

export interface CrossTab {
  names: readonly string[];
  categories: readonly (readonly string[])[];
  /** Number of categories per dimension (without the total). */
  sizes: readonly number[];
  /** Strides of the extended table: size + 1 per dimension. */
  strides: readonly number[];
  /** Counts of the extended table; index sum(coord[d] * strides[d]), coord[d] == sizes[d] is the total. */
  counts: Float64Array;
}

function stridesOf(sizes: readonly number[]): number[] {
  const strides = new Array<number>(sizes.length);
  let s = 1;
  for (let d = sizes.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= sizes[d]! + 1;
  }
  return strides;
}

/** An empty extended table of these shapes. */
export function emptyTab(names: readonly string[], categories: readonly (readonly string[])[]): CrossTab {
  const sizes = categories.map((c) => c.length);
  const strides = stridesOf(sizes);
  const length = sizes.reduce((p, n) => p * (n + 1), 1);
  return { names, categories, sizes, strides, counts: new Float64Array(length) };
}

/** Count persons per combination of categories, over all rows, then fill in the margins. */
export function crossTab(dims: readonly Dimension[], rowCount: number): CrossTab {
  const tab = emptyTab(
    dims.map((d) => d.name),
    dims.map((d) => d.categories),
  );
  const { counts, strides } = tab;
  const k = dims.length;
  // Specialised loops for the usual 1 to 4 dimensions: a million rows in a few milliseconds.
  if (k === 1) {
    const a = dims[0]!.codes;
    for (let r = 0; r < rowCount; r++) counts[a[r]!]!++;
  } else if (k === 2) {
    const [a, b] = [dims[0]!.codes, dims[1]!.codes];
    const sa = strides[0]!;
    for (let r = 0; r < rowCount; r++) counts[a[r]! * sa + b[r]!]!++;
  } else if (k === 3) {
    const [a, b, c] = [dims[0]!.codes, dims[1]!.codes, dims[2]!.codes];
    const [sa, sb] = [strides[0]!, strides[1]!];
    for (let r = 0; r < rowCount; r++) counts[a[r]! * sa + b[r]! * sb + c[r]!]!++;
  } else if (k === 4) {
    const [a, b, c, e] = [dims[0]!.codes, dims[1]!.codes, dims[2]!.codes, dims[3]!.codes];
    const [sa, sb, sc] = [strides[0]!, strides[1]!, strides[2]!];
    for (let r = 0; r < rowCount; r++) counts[a[r]! * sa + b[r]! * sb + c[r]! * sc + e[r]!]!++;
  } else {
    for (let r = 0; r < rowCount; r++) {
      let index = 0;
      for (let d = 0; d < k; d++) index += dims[d]!.codes[r]! * strides[d]!;
      counts[index]!++;
    }
  }
  fillMargins(tab);
  return tab;
}

/**
 * Fill every margin from the inner cells: for each dimension in turn, the total position sums its
 * line. Summing dimension by dimension also yields margins of margins, up to the grand total.
 */
export function fillMargins(tab: CrossTab): void {
  const { counts, sizes, strides } = tab;
  for (let d = 0; d < sizes.length; d++) {
    const n = sizes[d]!;
    const stride = strides[d]!;
    forEachLineStart(tab, d, (start) => {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += counts[start + i * stride]!;
      counts[start + n * stride] = sum;
    });
  }
}

/**
 * Call `visit` with the index of the first cell of every line along dimension d: every combination of
 * the other dimensions' coordinates, totals included.
 */
export function forEachLineStart(tab: CrossTab, d: number, visit: (start: number) => void): void {
  const { sizes, strides } = tab;
  const k = sizes.length;
  const coord = new Array<number>(k).fill(0);
  const total = tab.counts.length / (sizes[d]! + 1);
  for (let line = 0; line < total; line++) {
    let start = 0;
    for (let e = 0; e < k; e++) if (e !== d) start += coord[e]! * strides[e]!;
    visit(start);
    // Advance the odometer over every dimension but d.
    for (let e = k - 1; e >= 0; e--) {
      if (e === d) continue;
      if (++coord[e]! <= sizes[e]!) break;
      coord[e] = 0;
    }
  }
}

/** Coordinates of an extended index. */
export function coordsOf(tab: CrossTab, index: number): number[] {
  return tab.strides.map((s, d) => Math.floor(index / s) % (tab.sizes[d]! + 1));
}

/** Does the index address an inner cell (no total in any coordinate)? */
export function isInner(tab: CrossTab, index: number): boolean {
  return coordsOf(tab, index).every((c, d) => c < tab.sizes[d]!);
}

/** The key of a cell: dimension name to category id, or TOTAL. */
export function keyOf(tab: CrossTab, index: number): Record<string, string> {
  const coords = coordsOf(tab, index);
  return Object.fromEntries(
    tab.names.map((name, d) => [name, coords[d]! === tab.sizes[d]! ? TOTAL : tab.categories[d]![coords[d]!]!]),
  );
}

/**
 * Aggregate a table into coarser categories: maps[d][i] is the coarse index of fine category i, or -1 to
 * leave the category's persons out. Works on the inner cells only (a few thousand), never on the rows.
 */
export function coarsen(
  fine: CrossTab,
  maps: readonly ArrayLike<number>[],
  categories: readonly (readonly string[])[],
): CrossTab {
  const tab = emptyTab(fine.names, categories);
  const k = fine.sizes.length;
  const coord = new Array<number>(k).fill(0);
  const innerCount = fine.sizes.reduce((p, n) => p * n, 1);
  for (let i = 0; i < innerCount; i++) {
    let from = 0;
    let to = 0;
    let kept = true;
    for (let d = 0; d < k; d++) {
      from += coord[d]! * fine.strides[d]!;
      const target = maps[d]![coord[d]!]!;
      if (target < 0) kept = false;
      to += target * tab.strides[d]!;
    }
    if (kept) tab.counts[to]! += fine.counts[from]!;
    for (let d = k - 1; d >= 0; d--) {
      if (++coord[d]! < fine.sizes[d]!) break;
      coord[d] = 0;
    }
  }
  fillMargins(tab);
  return tab;
}

/**
 * The table as it will be published: persons in a left-out category (`leaveOut[d]`, or -1 for none) are
 * taken out, then every category nobody is in is dropped. Returns the table, the persons taken out, and
 * the table with them taken out but every category kept (what the grouping search works on).
 */
export function publishedShape(
  tab: CrossTab,
  leaveOut: readonly number[],
): { tab: CrossTab; unplaced: number; kept: CrossTab } {
  const k = tab.sizes.length;
  const kept = withoutPersonsIn(tab, leaveOut);
  const grand = (t: CrossTab) => t.counts[t.counts.length - 1]!;
  // A category's persons: its slice of the dimension's margin (every other dimension at its total).
  const maps: Int32Array[] = [];
  const categories: string[][] = [];
  for (let d = 0; d < k; d++) {
    const base = kept.strides.reduce((s, stride, e) => (e === d ? s : s + kept.sizes[e]! * stride), 0);
    const map = new Int32Array(kept.sizes[d]!).fill(-1);
    const ids: string[] = [];
    for (let i = 0; i < kept.sizes[d]!; i++) {
      if (kept.counts[base + i * kept.strides[d]!]! > 0) {
        map[i] = ids.length;
        ids.push(kept.categories[d]![i]!);
      }
    }
    maps.push(map);
    categories.push(ids);
  }
  return { tab: coarsen(kept, maps, categories), unplaced: grand(tab) - grand(kept), kept };
}

/** The same table with the persons of category leaveOut[d] (if >= 0) taken out; the categories stay. */
export function withoutPersonsIn(tab: CrossTab, leaveOut: readonly number[]): CrossTab {
  if (leaveOut.every((c) => c < 0)) return tab;
  return coarsen(
    tab,
    tab.sizes.map((n, d) => Int32Array.from({ length: n }, (_, i) => (i === leaveOut[d] ? -1 : i))),
    tab.categories,
  );
}
