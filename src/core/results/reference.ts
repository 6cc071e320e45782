/**
 * Staff against a reference population: per category, the staff's share with its 95 % interval, the
 * reference share, the representation index (staff share over reference share) and the count expected
 * at the reference share. A group is flagged only when its whole interval lies below or above the
 * reference: a difference the interval covers is no finding.
 */
import { TOTAL } from "../disclosure/crossTab";
import type { RequestedDimension } from "./labels";
import type { TableResult } from "./analyse";
import { shareOf } from "./intervals";
import { readDelivered } from "./delivered";

export interface Reference {
  dimension: string;
  /** Share per category id, 0..1. */
  shares: Record<string, number>;
}

export type ReferenceProblem =
  | { key: "results.reference.noColumns"; params: Record<string, never> }
  | { key: "results.reference.badShare"; params: { line: number; text: string } }
  | { key: "results.reference.unknownGroups"; params: { groups: string } }
  | { key: "results.reference.sum"; params: { sum: number } };

/**
 * A reference from CSV text: a header with the columns `group` and `share` (any order; `,` `;` or tab
 * between them), a category id per line, a share as 0..1 or as a percentage ("12,5 %"). The dimension
 * is the requested variable whose categories hold every group named.
 */
export function parseReference(
  text: string,
  dims: readonly RequestedDimension[],
): { reference: Reference | null; problems: ReferenceProblem[] } {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const separator = [";", "\t", ","].find((s) => lines[0]?.includes(s)) ?? ",";
  const header = (lines[0] ?? "").split(separator).map((h) => h.trim().toLowerCase().replace(/^"|"$/g, ""));
  const g = header.indexOf("group");
  const s = header.indexOf("share");
  if (g < 0 || s < 0) return { reference: null, problems: [{ key: "results.reference.noColumns", params: {} }] };
  const problems: ReferenceProblem[] = [];
  const shares: Record<string, number> = {};
  let percent = false;
  lines.slice(1).forEach((line, i) => {
    const parts = line.split(separator).map((p) => p.trim().replace(/^"|"$/g, ""));
    const group = parts[g] ?? "";
    const d = readDelivered(parts[s] ?? "");
    if (group === "" || d.kind !== "number" || d.value < 0) {
      problems.push({ key: "results.reference.badShare", params: { line: i + 2, text: line } });
      return;
    }
    if (d.percent || d.value > 1) percent = true;
    shares[group] = d.value;
  });
  if (percent) for (const k of Object.keys(shares)) shares[k]! /= 100;
  const groups = Object.keys(shares);
  const dim = dims.find((x) => groups.length > 0 && groups.every((id) => x.categories.includes(id)));
  if (!dim) {
    problems.push({ key: "results.reference.unknownGroups", params: { groups: groups.join(", ") } });
    return { reference: null, problems };
  }
  const sum = groups.reduce((a, k) => a + shares[k]!, 0);
  if (Math.abs(sum - 1) > 0.01)
    problems.push({ key: "results.reference.sum", params: { sum: Math.round(sum * 1000) / 10 } });
  return { reference: { dimension: dim.name, shares }, problems };
}

export interface Comparison {
  dimension: string;
  category: string;
  staff: { value: number | null; lo: number; hi: number };
  reference: number;
  /** Staff share over reference share; null when the staff share is suppressed or the reference is 0. */
  index: number | null;
  /** Staff the institution would count at the reference share. */
  expected: number;
  flag: "below" | "above" | null;
}

/**
 * Compare the staff's distribution over the reference's dimension, taken from the smallest answered
 * table that holds it (its margin over every other variable). The base is the staff in the
 * reference's categories: a category the reference leaves out (unknown origin) is left out of it,
 * when its count is published; otherwise the whole staff is the base.
 */
export function compareWithReference(reference: Reference, tables: readonly TableResult[]): Comparison[] | null {
  const table = tables
    .filter((t) => t.found && t.dimensions.includes(reference.dimension))
    .sort((a, b) => a.dimensions.length - b.dimensions.length)[0];
  if (!table) return null;
  const margin = (id: string) =>
    table.cells.find((c) => table.dimensions.every((d) => c.key[d] === (d === reference.dimension ? id : TOTAL)));
  const grand = table.cells.find((c) => table.dimensions.every((d) => c.key[d] === TOTAL));
  if (!grand || grand.count === null) return null;
  const categories = [...new Set(table.cells.map((c) => c.key[reference.dimension]!))].filter((id) => id !== TOTAL);
  const left = categories.filter((id) => !(id in reference.shares)).map(margin);
  const base = left.every((c) => c && c.count !== null)
    ? grand.count - left.reduce((s, c) => s + (c?.count ?? 0), 0)
    : grand.count;
  if (base <= 0) return null;
  return Object.entries(reference.shares).map(([category, r]) => {
    const cell = margin(category);
    const staff =
      cell && cell.count !== null ? shareOf(cell.count, base) : shareOf(cell?.interval ?? { lo: 0, hi: base }, base);
    return {
      dimension: reference.dimension,
      category,
      staff,
      reference: r,
      index: staff.value !== null && r > 0 ? staff.value / r : null,
      expected: r * base,
      flag: staff.hi < r ? "below" : staff.lo > r ? "above" : null,
    };
  });
}
