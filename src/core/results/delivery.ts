/**
 * The KSZ's answer against the request: every requested table found (and where) or missing, its
 * values as counts, suppressed cells or values that are no count, and the labels nothing matched.
 * Nothing is guessed: a label stays unmatched until the analyst maps it, a share becomes a count only
 * when it stands for exactly one, and a number that is no count is reported and never used.
 */
import { TOTAL, coordsOf, emptyTab } from "../disclosure/crossTab";
import type { CellValue } from "../values/cell";
import { blocksOf } from "./blocks";
import type { RequestedDimension } from "./labels";
import { a1, readBlock, type At, type ReadTable } from "./read";

/** One sheet of a delivery file (a CSV is one sheet). */
export interface DeliverySheet {
  file: string;
  sheet: string;
  cells: readonly (readonly CellValue[] | undefined)[];
}

/** What the answer says of one cell. */
export type DeliveredCell =
  | { kind: "count"; count: number; at: At }
  /** Not published: `below` when the mark says fewer than it ("<5"). */
  | { kind: "suppressed"; mark: string; below: number | null; at: At }
  /** A value that is no count (negative, fractional, text, a share of no whole count): never used. */
  | { kind: "notACount"; text: string; at: At }
  /** Not in the answer at all (a category left out). */
  | { kind: "absent" };

export interface Source {
  file: string;
  sheet: string;
  /** A1 range of the table's block. */
  range: string;
}

export type DeliveryProblem =
  | { key: "results.problem.notACount"; params: { cell: string; text: string } }
  | { key: "results.problem.shareNotACount"; params: { cell: string; share: number; base: string } }
  | { key: "results.problem.categoryMissing"; params: { dimension: string; category: string } }
  | { key: "results.problem.foundTwice"; params: { sheet: string; range: string } };

export interface DeliveredTable {
  dimensions: readonly string[];
  categories: readonly (readonly string[])[];
  found: boolean;
  source: Source | null;
  title?: string;
  /** Extended table (each dimension's total last), indexed as a CrossTab's counts. */
  cells: DeliveredCell[];
  strides: readonly number[];
  unmatched: { label: string; cell: string }[];
  problems: DeliveryProblem[];
  shares: boolean;
}

export interface DeliveryRequest {
  /** The requested tables, each a list of dimension names. */
  tables: readonly (readonly string[])[];
  /** Every dimension of those tables, with its categories. */
  dimensions: readonly RequestedDimension[];
  /** Labels the analyst mapped to a category id ("25 à 34" = "25-34"). */
  mapped?: Readonly<Record<string, string>>;
}

export interface DeliveryReading {
  tables: DeliveredTable[];
  /** Blocks of the answer that are no requested table, with where they are and their labels not matched. */
  unread: { source: Source; unmatched: { label: string; cell: string }[] }[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function readDelivery(sheets: readonly DeliverySheet[], request: DeliveryRequest): DeliveryReading {
  const read: { table: ReadTable; sheet: DeliverySheet }[] = [];
  for (const sheet of sheets)
    for (const block of blocksOf(sheet.cells)) {
      const table = readBlock(sheet.cells, block, request.dimensions, request.mapped);
      if (table) read.push({ table, sheet });
    }
  const used = new Set<ReadTable>();
  const tables = request.tables.map((dims) => {
    const matches = read.filter((r) => sameSet(r.table.dimensions, dims));
    const first = matches[0];
    if (first) used.add(first.table);
    const table = assemble(dims, request.dimensions, first ?? null);
    for (const extra of matches.slice(1))
      table.problems.push({
        key: "results.problem.foundTwice",
        params: { sheet: extra.sheet.sheet, range: rangeOf(extra.table) },
      });
    return table;
  });
  const unread = read
    .filter((r) => !used.has(r.table))
    .map((r) => ({
      source: { file: r.sheet.file, sheet: r.sheet.sheet, range: rangeOf(r.table) },
      unmatched: r.table.unmatched.map((u) => ({ label: u.label, cell: a1(u.at) })),
    }));
  return { tables, unread };
}

const rangeOf = (t: ReadTable) => `${a1(t.range.from)}:${a1(t.range.to)}`;

function assemble(
  dims: readonly string[],
  all: readonly RequestedDimension[],
  found: { table: ReadTable; sheet: DeliverySheet } | null,
): DeliveredTable {
  const categories = dims.map((d) => all.find((x) => x.name === d)?.categories ?? []);
  // Indexed as a CrossTab of these categories: each dimension's total last.
  const shape = emptyTab(dims, categories);
  const { sizes, strides } = shape;
  const cells: DeliveredCell[] = Array.from(shape.counts, () => ({ kind: "absent" }));
  const problems: DeliveryProblem[] = [];
  if (!found)
    return {
      dimensions: dims,
      categories,
      found: false,
      source: null,
      cells,
      strides,
      unmatched: [],
      problems,
      shares: false,
    };
  const { table, sheet } = found;
  const indexOf = (key: Record<string, string>): number | null => {
    let at = 0;
    for (let d = 0; d < dims.length; d++) {
      const id = key[dims[d]!] ?? TOTAL;
      const i = id === TOTAL ? sizes[d]! : categories[d]!.indexOf(id);
      if (i < 0) return null;
      at += i * strides[d]!;
    }
    return at;
  };
  for (const cell of table.cells) {
    const at = indexOf(cell.key);
    if (at === null) continue;
    const v = cell.value;
    const where = a1(cell.at);
    let out: DeliveredCell;
    if (v.kind === "suppressed") out = { kind: "suppressed", mark: v.mark, below: v.below, at: cell.at };
    else if (v.kind === "number" && cell.fromShare) {
      const { count, share, base } = cell.fromShare;
      if (count === null) {
        problems.push({
          key: "results.problem.shareNotACount",
          params: { cell: where, share, base: Number.isNaN(base) ? "—" : String(base) },
        });
        out = { kind: "notACount", text: String(share), at: cell.at };
      } else out = { kind: "count", count, at: cell.at };
    } else if (v.kind === "number" && Number.isInteger(v.value) && v.value >= 0 && !v.percent)
      out = { kind: "count", count: v.value, at: cell.at };
    else {
      const text = v.kind === "number" ? String(v.value) + (v.percent ? "%" : "") : v.kind === "text" ? v.text : "";
      problems.push({ key: "results.problem.notACount", params: { cell: where, text } });
      out = { kind: "notACount", text, at: cell.at };
    }
    cells[at] = out;
  }
  // A requested category with no value anywhere in the table was left out of the answer.
  dims.forEach((dim, d) => {
    categories[d]!.forEach((id, i) => {
      const present = cells.some((c, at) => c.kind !== "absent" && coordsOf(shape, at)[d] === i);
      if (!present) problems.push({ key: "results.problem.categoryMissing", params: { dimension: dim, category: id } });
    });
  });
  return {
    dimensions: dims,
    categories,
    found: true,
    source: { file: sheet.file, sheet: sheet.sheet, range: rangeOf(table) },
    ...(table.title ? { title: table.title } : {}),
    cells,
    strides,
    unmatched: table.unmatched.map((u) => ({ label: u.label, cell: a1(u.at) })),
    problems,
    shares: table.shares,
  };
}
