import { cellText, isEmptyCell, type CellValue } from "../values/cell";
import { productColumnKind } from "../recode/productHeaders";
import type { DayStamp } from "../values/dates";
import { namesAnotherDate, roleFromHeader, roleFromValues, type ColumnRole } from "./roles";

export interface ColumnGuess {
  index: number;
  header: string;
  role: ColumnRole;
  /** 0 to 1: how sure the guess is. Header and values agreeing gives the most. */
  confidence: number;
  /** What the guess rests on, for the pane to show. */
  basis: "header" | "values" | "both" | "none";
}

export interface TableGuess {
  /** Index, in the rows given, of the header row. */
  headerRow: number;
  columns: ColumnGuess[];
}

/** How many rows from the top may hold titles and notes before the header. */
const MAX_HEADER_SCAN = 25;
/** Rows under the header sampled to confirm roles from values. */
const SAMPLE_ROWS = 200;

const isTextLabel = (v: CellValue) => typeof v === "string" && v.trim() !== "" && !/^[\d\s.,/:-]+$/.test(v);

/**
 * The header row: the first row that looks like one. A row qualifies when it has at least two filled
 * cells, most of them text labels; a row naming a known column (Geboortedatum, NISS, ...) wins over
 * a mere title row.
 */
export function findHeaderRow(rows: readonly (readonly CellValue[])[]): number {
  let firstTextRow = -1;
  for (let r = 0; r < Math.min(rows.length, MAX_HEADER_SCAN); r++) {
    const filled = rows[r]!.filter((v) => !isEmptyCell(v));
    if (filled.length < 2) continue;
    const labels = filled.filter(isTextLabel).length;
    if (labels / filled.length < 0.8) continue;
    if (firstTextRow < 0) firstTextRow = r;
    if (filled.some((v) => roleFromHeader(cellText(v)).role !== "other")) return r;
  }
  return Math.max(firstTextRow, 0);
}

/**
 * Find the header row and guess each column's role, from its header (nl/fr/en/de) and its values.
 * Each role goes to at most one column, the surest; the caller may always override.
 */
export function detectColumns(
  rows: readonly (readonly CellValue[])[],
  options: { referenceDate?: DayStamp } = {},
): TableGuess {
  const headerRow = findHeaderRow(rows);
  const header = rows[headerRow] ?? [];
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const sample = rows.slice(headerRow + 1, headerRow + 1 + SAMPLE_ROWS);
  const guesses: ColumnGuess[] = [];
  for (let c = 0; c < width; c++) {
    const name = cellText(header[c]).trim();
    // The product's own columns (Leeftijdsklasse, ...) are outputs of a previous run, never sources.
    if (productColumnKind(name) !== null) {
      guesses.push({ index: c, header: name, role: "other", confidence: 0, basis: "none" });
      continue;
    }
    const byHeader = roleFromHeader(name);
    const byValues = roleFromValues(
      sample.map((row) => row[c]),
      options.referenceDate,
    );
    // A header naming another date (hire, leave) rules out a birth date, whatever the values say.
    if (byValues.role === "birthDate" && byHeader.role !== "birthDate" && namesAnotherDate(name)) {
      guesses.push({ index: c, header: name, role: "other", confidence: 0, basis: "none" });
      continue;
    }
    guesses.push(combine(c, name, byHeader, byValues));
  }
  // One column per role: keep the surest, demote the rest to "other".
  const best = new Map<ColumnRole, ColumnGuess>();
  for (const g of guesses) {
    if (g.role === "other") continue;
    const current = best.get(g.role);
    if (!current || g.confidence > current.confidence) best.set(g.role, g);
  }
  for (const g of guesses) {
    if (g.role !== "other" && best.get(g.role) !== g) Object.assign(g, { role: "other", confidence: 0, basis: "none" });
  }
  return { headerRow, columns: guesses };
}

function combine(
  index: number,
  header: string,
  byHeader: { role: ColumnRole; confidence: number },
  byValues: { role: ColumnRole; confidence: number },
): ColumnGuess {
  if (byHeader.role !== "other" && byHeader.role === byValues.role) {
    return {
      index,
      header,
      role: byHeader.role,
      confidence: Math.min(1, 0.5 + byHeader.confidence / 2 + byValues.confidence / 2),
      basis: "both",
    };
  }
  // Countries of birth look like nationalities: the header tells them apart, and the values agree.
  if (byHeader.role === "countryOfBirth" && byValues.role === "nationality") {
    return {
      index,
      header,
      role: "countryOfBirth",
      confidence: Math.min(1, 0.5 + byHeader.confidence / 2 + byValues.confidence / 2),
      basis: "both",
    };
  }
  // An "age" header over birth dates is common: strong evidence in the values beats the header.
  if (byValues.role !== "other" && (byHeader.role === "other" || byValues.confidence >= 0.75)) {
    return { index, header, role: byValues.role, confidence: byValues.confidence, basis: "values" };
  }
  if (byHeader.role !== "other") {
    // Values that contradict a header lower the confidence; no values to check leave it as it is.
    const contradicted = byValues.role !== "other";
    return {
      index,
      header,
      role: byHeader.role,
      confidence: contradicted ? byHeader.confidence / 2 : byHeader.confidence,
      basis: "header",
    };
  }
  return { index, header, role: "other", confidence: 0, basis: "none" };
}
