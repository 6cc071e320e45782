/**
 * A block of the answer read as a table: which of its columns hold row labels and which rows hold
 * column labels, which requested variable each stands for, and every value under them with its key
 * and its cell. Layouts read: labels down the left (one column per variable, blanks filled down as a
 * pivot table writes them) and across the top (one row per variable, blanks of a merged label filled
 * right); a single count column ("Aantal") for a long table; totals anywhere; either way round, since
 * a variable is known by its labels, not its place. Shares are read with their base (a column or row
 * "N" beside them) and turned into counts only when the count is the one whole number they can be.
 */
import { TOTAL } from "../disclosure/crossTab";
import { cellText, isEmptyCell, type CellValue } from "../values/cell";
import type { Block } from "./blocks";
import { readDelivered, type Delivered } from "./delivered";
import {
  BASE_HEADERS,
  COUNT_HEADERS,
  SHARE_HEADERS,
  dimensionMatcher,
  labelKey,
  type LabelMatch,
  type RequestedDimension,
} from "./labels";
import { baseOf, shareScale, shareToCount } from "./shareCounts";

/** A cell of the sheet, 0-based, and its A1 address for messages. */
export interface At {
  row: number;
  col: number;
}

export function a1(at: At): string {
  let letters = "";
  for (let c = at.col + 1; c > 0; c = Math.floor((c - 1) / 26))
    letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${at.row + 1}`;
}

/** A value the table gives for one combination of categories (TOTAL for a variable's total). */
export interface ReadCell {
  key: Record<string, string>;
  value: Delivered;
  at: At;
  /** For a share: the count it stands for, when it is one whole number; null when it is none. */
  fromShare?: { share: number; base: number; count: number | null };
}

export interface ReadTable {
  range: { from: At; to: At };
  title?: string;
  /** The requested variables the block's labels stand for, rows first. */
  dimensions: string[];
  cells: ReadCell[];
  /** Labels that match no category of their variable, with their cell: never guessed. */
  unmatched: { label: string; at: At }[];
  /** Shares (of a base column or row) rather than counts. */
  shares: boolean;
}

type Grid = readonly (readonly CellValue[] | undefined)[];

/**
 * Read one block against the variables of the request. Null when the block is no table of them (a
 * note, a legend): fewer than one labelled variable, or no value at all.
 */
export function readBlock(
  cells: Grid,
  block: Block,
  dims: readonly RequestedDimension[],
  mapped: Readonly<Record<string, string>> = {},
): ReadTable | null {
  const matchers = dims.map((d) => ({ name: d.name, match: dimensionMatcher(d, mapped) }));
  const raw = (r: number, c: number): CellValue => cells[r]?.[c] ?? null;
  const text = (r: number, c: number): string => (isEmptyCell(raw(r, c)) ? "" : cellText(raw(r, c)).trim());
  let top = block.top;
  let title = block.title;
  // Rows of a single text at the top of a wider block are titles: one filled cell, or a merged title
  // whose every cell holds the same text (as a reader of an .xlsx that copies a merge's value gives it).
  while (top < block.bottom && block.right > block.left) {
    const texts = new Set<string>();
    for (let c = block.left; c <= block.right; c++) if (text(top, c) !== "") texts.add(text(top, c));
    if (texts.size > 1) break;
    title ??= [...Array(block.right - block.left + 1).keys()]
      .map((i) => text(top, block.left + i))
      .find((s) => s !== "");
    top++;
  }
  const { left, bottom, right } = block;
  const kindOf = (r: number, c: number): "text" | "data" | "blank" => {
    const d = readDelivered(raw(r, c));
    return d.kind === "blank" ? "blank" : d.kind === "text" ? "text" : "data";
  };
  // Label columns: mostly text below the first row. Header rows: mostly text right of them.
  const mostlyText = (cellsOf: ("text" | "data" | "blank")[]) => {
    const texts = cellsOf.filter((k) => k === "text").length;
    const data = cellsOf.filter((k) => k === "data").length;
    return texts > 0 && texts > data;
  };
  let labelCols = 0;
  for (let c = left; c <= right; c++) {
    const kinds: ("text" | "data" | "blank")[] = [];
    for (let r = top + 1; r <= bottom; r++) kinds.push(kindOf(r, c));
    if (!mostlyText(kinds)) break;
    labelCols++;
  }
  if (labelCols === 0 || labelCols > right - left) return null;
  const firstData = left + labelCols;
  let headerRows = 0;
  for (let r = top; r < bottom; r++) {
    const kinds: ("text" | "data" | "blank")[] = [];
    for (let c = firstData; c <= right; c++) kinds.push(kindOf(r, c));
    if (!mostlyText(kinds)) break;
    headerRows++;
  }
  const firstRow = top + headerRows;

  // Which variable a line of labels stands for: the one matching most distinct categories.
  const dimensionOfLabels = (labels: string[], taken: Set<string>): string | null => {
    let best: string | null = null;
    let bestScore = 0;
    let tie = false;
    for (const { name, match } of matchers) {
      if (taken.has(name)) continue;
      const ids = new Set<string>();
      for (const l of labels) {
        const m = l === "" ? null : match(l);
        if (m && m !== "total") ids.add(m.id);
      }
      if (ids.size > bestScore) {
        best = name;
        bestScore = ids.size;
        tie = false;
      } else if (ids.size === bestScore && ids.size > 0) tie = true;
    }
    return tie ? null : best;
  };
  const taken = new Set<string>();
  const rowDims: (string | null)[] = [];
  for (let c = left; c < firstData; c++) {
    const labels: string[] = [];
    for (let r = firstRow; r <= bottom; r++) labels.push(text(r, c));
    const dim = dimensionOfLabels(labels, taken);
    if (dim) taken.add(dim);
    rowDims.push(dim);
  }
  const colDims: (string | null | "measure")[] = [];
  for (let r = top; r < firstRow; r++) {
    const labels: string[] = [];
    for (let c = firstData; c <= right; c++) labels.push(text(r, c));
    const dim = dimensionOfLabels(labels, taken);
    if (dim) taken.add(dim);
    colDims.push(
      dim ??
        (labels.every((l) => l === "" || COUNT_HEADERS.has(labelKey(l)) || SHARE_HEADERS.has(labelKey(l)))
          ? "measure"
          : null),
    );
  }
  const dimensions = [...rowDims, ...colDims].filter((d): d is string => d !== null && d !== "measure");
  if (dimensions.length === 0) return null;
  const matcherOf = (name: string) => matchers.find((m) => m.name === name)!.match;
  const unmatched: ReadTable["unmatched"] = [];

  // Keys of the data columns from the header rows; a merged label's blanks are filled right.
  const colKeys: (Record<string, string> | null)[] = [];
  const baseCols = new Set<number>();
  const shareHeader = [...Array(firstRow - top).keys()].some((h) => {
    for (let c = firstData; c <= right; c++) if (/%/.test(text(top + h, c))) return true;
    return false;
  });
  for (let c = firstData; c <= right; c++) {
    const key: Record<string, string> = {};
    let ok = true;
    colDims.forEach((dim, h) => {
      if (dim === null || dim === "measure" || !ok) return;
      const r = top + h;
      let label = text(r, c);
      if (label === "" && h < colDims.length - 1)
        for (let cc = c - 1; cc >= firstData && label === ""; cc--) label = text(r, cc);
      if (label === "" && h === colDims.length - 1) {
        // A column with no label of its own: left out; reported only if it holds values.
        for (let rr = firstRow; rr <= bottom; rr++)
          if (text(rr, c) !== "") {
            unmatched.push({ label, at: { row: r, col: c } });
            break;
          }
        ok = false;
        return;
      }
      if (label === "") {
        key[dim] = TOTAL;
        return;
      }
      if (h === colDims.length - 1 && BASE_HEADERS.has(labelKey(label)) && !matcherOf(dim)(label)) {
        baseCols.add(c);
        ok = false;
        return;
      }
      const m = matcherOf(dim)(label);
      if (m === null) {
        unmatched.push({ label, at: { row: r, col: c } });
        ok = false;
      } else key[dim] = m === "total" ? TOTAL : m.id;
    });
    colKeys.push(ok ? key : null);
  }

  // Keys of the data rows from the label columns, pivot-style blanks resolved.
  const rowKeys: (Record<string, string> | null)[] = [];
  const baseRows = new Set<number>();
  const previous: (string | null)[] = rowDims.map(() => null);
  for (let r = firstRow; r <= bottom; r++) {
    const labels = rowDims.map((_, i) => text(r, left + i));
    if (labels.every((l) => l === "")) {
      rowKeys.push(null);
      continue;
    }
    if (labels.filter((l) => l !== "").length === 1 && BASE_HEADERS.has(labelKey(labels.find((l) => l !== "")!))) {
      baseRows.add(r);
      rowKeys.push(null);
      continue;
    }
    const key: Record<string, string> = {};
    let ok = true;
    let closed = false; // a label of this row ends a group: blanks after it are that group's total
    rowDims.forEach((dim, i) => {
      if (dim === null || !ok) return;
      let label = labels[i]!;
      if (label === "") {
        if (closed || labels.slice(0, i).some((l) => l !== "")) key[dim] = TOTAL;
        else if (previous[i] !== null) key[dim] = previous[i]!;
        else {
          unmatched.push({ label, at: { row: r, col: left + i } });
          ok = false;
        }
        return;
      }
      const match = matcherOf(dim);
      let m: LabelMatch | null = match(label);
      if (m === null) {
        // "Financiën Totaal", "Total Finances": the group's subtotal, as pivot tables write it.
        const sub = /^(.*?)\s*(?:totaal|total|totale)$|^(?:totaal|total)\s+(.*)$/i.exec(label);
        const inner = sub && (sub[1] ?? sub[2]);
        if (inner && (m = match(inner)) !== null) closed = true;
        else label = labels[i]!;
      }
      if (m === null) {
        unmatched.push({ label, at: { row: r, col: left + i } });
        ok = false;
      } else {
        key[dim] = m === "total" ? TOTAL : m.id;
        if (m === "total") closed = true;
        previous[i] = m === "total" ? TOTAL : m.id;
      }
    });
    rowKeys.push(ok ? key : null);
  }

  // "Aantal" as the only row or column of values is the count itself, not the base of shares.
  if (baseRows.size > 0 && !rowKeys.some((k) => k !== null)) {
    for (const r of baseRows) rowKeys[r - firstRow] = {};
    baseRows.clear();
  }
  if (baseCols.size > 0 && !colKeys.some((k) => k !== null)) {
    for (const c of baseCols) colKeys[c - firstData] = {};
    baseCols.clear();
  }
  const out: ReadCell[] = [];
  const shares = shareHeader || baseCols.size > 0 || baseRows.size > 0;
  for (let r = firstRow; r <= bottom; r++) {
    const rowKey = rowKeys[r - firstRow];
    if (!rowKey) continue;
    for (let c = firstData; c <= right; c++) {
      const colKey = colKeys[c - firstData];
      if (!colKey) continue;
      let value = readDelivered(raw(r, c));
      // A blank inside a filled table is a suppressed cell.
      if (value.kind === "blank") value = { kind: "suppressed", mark: "", below: null };
      const cell: ReadCell = { key: { ...rowKey, ...colKey }, value, at: { row: r, col: c } };
      if (shares && value.kind === "number") {
        const base = baseOf(raw, r, c, baseCols, baseRows);
        cell.fromShare = shareToCount(
          value.value,
          value.percent || shareHeader,
          base,
          shareScale(raw, r, c, firstData, right, baseCols),
        );
      }
      out.push(cell);
    }
  }
  return {
    range: { from: { row: block.top, col: left }, to: { row: bottom, col: right } },
    ...(title ? { title } : {}),
    dimensions,
    cells: out,
    unmatched,
    shares,
  };
}
