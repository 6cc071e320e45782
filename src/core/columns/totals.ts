/**
 * A totals row under a plain range ("Totaal", "Total général", "Som" in its first filled cell) is
 * no staff member: counted as one, it made a person of 1,200 staff and a group of its own. Excel
 * tables mark their totals row themselves (the Office door leaves it out); a plain range does not,
 * so the last rows are read for the words an export writes there.
 */
import { isEmptyCell, type CellValue } from "../values/cell";
import { parseInsz } from "../values/insz";
import { normaliseWord } from "../values/normalise";
import type { Table } from "../recode/apply";

/** The rows at the end that are left out, and the words that marked the first of them. */
export interface TotalsRows {
  /** Rows left out: the totals rows and the empty rows just above them. */
  count: number;
  /** Excel row number of the (first) totals row. */
  row: number;
  /** The totals word as read, folded ("totaal"): never the rest of the cell, which could name someone. */
  label: string;
}

/**
 * The words a totals row starts with, in nl, fr, en and de exports (compared folded, see normaliseWord).
 * The short ones, which are also names ("Som"), only as the whole cell.
 */
const TOTAL_WORDS =
  /^(?:grand total|total general|eindtotaal|subtotaal|sous total|subtotal|totaal|totalen|total|totaux|totale|gesamt)\b|^(?:som|sum|somme|summe)$/;
/** At most this many rows from the end are read as totals (a subtotal and a grand total). */
const MAX_TOTALS_ROWS = 3;

export function totalsRowsAtEnd(table: Table): TotalsRows | null {
  const filled = table.columns.flatMap((column, c) => (column.length > 0 ? [c] : []));
  const cell = (c: number, r: number): CellValue => table.columns[c]![r] ?? null;
  const label = (r: number): string | null => {
    // A staff row never holds a valid INSZ in a totals row's place: a row with one is a person.
    if (filled.some((c) => parseInsz(cell(c, r)).ok)) return null;
    const first = filled.map((c) => cell(c, r)).find((v) => !isEmptyCell(v));
    if (typeof first !== "string") return null;
    return TOTAL_WORDS.exec(normaliseWord(first))?.[0] ?? null;
  };
  const blank = (r: number) => filled.every((c) => isEmptyCell(cell(c, r)));
  let end = table.rowCount;
  let found: string | null = null;
  let first = end;
  for (let r = end - 1; r >= Math.max(0, end - MAX_TOTALS_ROWS); r--) {
    const text = label(r);
    if (text === null) break;
    found = text;
    first = r;
  }
  if (found === null) return null;
  const row = table.firstRowNumber + first;
  // The empty rows that separate the data from its totals are no staff either.
  while (first > 0 && blank(first - 1)) first--;
  end = first;
  return { count: table.rowCount - end, row, label: found };
}

/** The table without its totals rows. */
export function withoutTotals(table: Table, totals: TotalsRows): Table {
  const rowCount = table.rowCount - totals.count;
  return {
    ...table,
    rowCount,
    columns: table.columns.map((column) => (column.length ? column.slice(0, rowCount) : column)),
  };
}
