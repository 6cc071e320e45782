/**
 * Shares in the answer turned back into counts: a share of a base stands for a count only when it is
 * the one whole number the share's rounding allows. Percentages (12,5 %) and fractions (0.125, as
 * Excel keeps a cell formatted as a percentage) are both read.
 */
import type { CellValue } from "../values/cell";
import { readDelivered } from "./delivered";

/** The base of a share: the row's value in the base column, else the column's value in the base row. */
export function baseOf(
  raw: (r: number, c: number) => CellValue,
  r: number,
  c: number,
  baseCols: Set<number>,
  baseRows: Set<number>,
): number | null {
  for (const bc of baseCols) {
    const d = readDelivered(raw(r, bc));
    if (d.kind === "number") return d.value;
  }
  for (const br of baseRows) {
    const d = readDelivered(raw(br, c));
    if (d.kind === "number") return d.value;
  }
  return null;
}

/** 100 when the row's shares are percentages, 1 when they are fractions (Excel's 12.5 % is 0.125). */
export function shareScale(
  raw: (r: number, c: number) => CellValue,
  r: number,
  _c: number,
  from: number,
  to: number,
  baseCols: Set<number>,
): number {
  let max = 0;
  for (let c = from; c <= to; c++) {
    if (baseCols.has(c)) continue;
    const d = readDelivered(raw(r, c));
    if (d.kind === "number") {
      if (d.percent || typeof raw(r, c) === "string") return 100;
      max = Math.max(max, d.value);
    }
  }
  return max > 1 ? 100 : 1;
}

/**
 * The count a share of a base stands for: share × base, when it lies within the share's rounding
 * (half a unit of its last decimal) of exactly one whole number; null otherwise (it is reported).
 */
export function shareToCount(
  value: number,
  percent: boolean,
  base: number | null,
  scale: number,
): { share: number; base: number; count: number | null } {
  const s = percent ? 100 : scale;
  if (base === null || !Number.isInteger(base) || base < 0) return { share: value, base: base ?? NaN, count: null };
  const decimals = (String(value).split(".")[1] ?? "").length;
  const halfUnit = 0.5 * 10 ** -Math.max(decimals, 0);
  const exact = (value / s) * base;
  const lo = ((value - halfUnit) / s) * base;
  const hi = ((value + halfUnit) / s) * base;
  const candidates: number[] = [];
  for (let n = Math.max(0, Math.ceil(lo - 1e-9)); n <= Math.floor(hi + 1e-9); n++) candidates.push(n);
  const count =
    candidates.length === 1 ? candidates[0]! : Math.abs(exact - Math.round(exact)) < 1e-9 ? Math.round(exact) : null;
  return { share: value, base, count };
}
