/**
 * The day an export says its staff list holds, from the title rows above the header
 * ("Personeelsexport op 31/12/2024", "Personnel au 31/12/2024", "Staff as of 31 December 2024"): the
 * natural reference date for the request. Only a date the title marks as such ("op", "au", "per",
 * "as of", ...) or the only date in the title counts; two unmarked dates (a period, or a date of
 * printing) propose nothing, since a wrong guess is worse than the default.
 */
import { formatIso, parseDate } from "../values/dates";

/** Dates written day first, ISO, or with a month name in nl/fr/en/de. */
const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:er|e|\.)?\s+\p{L}+\.?\s+\d{4})`;
/** The words that say "the staff on this day". */
const MARKER = String.raw`(?:\bop|\bper|\bau|à la date du|\ben date du|\bon|\bas of|\bas at|\bat|\bstand|\bam|\bzum|\bréférence|\breferentiedatum|\breference date)\s*:?\s*`;
const MARKED = new RegExp(MARKER + DATE, "giu");
const ANY = new RegExp(DATE, "gu");

/** The marked (or only) date of the title rows, as ISO yyyy-mm-dd, or null. */
export function dateInTitle(rows: readonly (readonly unknown[])[], headerRow: number): string | null {
  const texts: string[] = [];
  for (const row of rows.slice(0, Math.max(0, headerRow)))
    for (const cell of row ?? []) if (typeof cell === "string" && cell.trim() !== "") texts.push(cell);
  const text = texts.join("\n");
  const read = (s: string) => {
    const parsed = parseDate(s.trim());
    return parsed.ok ? formatIso(parsed.value) : null;
  };
  const marked = [...new Set([...text.matchAll(MARKED)].map((m) => read(m[1]!)).filter((d) => d !== null))];
  if (marked.length === 1) return marked[0]!;
  if (marked.length > 1) return null;
  const any = [...new Set([...text.matchAll(ANY)].map((m) => read(m[1]!)).filter((d) => d !== null))];
  return any.length === 1 ? any[0]! : null;
}
