/**
 * The day an export says its staff list holds, from the title rows above the header
 * ("Personeelsexport op 31/12/2024", "Personnel au 31/12/2024", "Staff as of 31 December 2024"): the
 * natural reference date for the request. Only a date the title marks as the data's ("op", "au", "per",
 * "as of", ...) counts, and never one marked as the day the file was printed or made ("Afgedrukt op
 * 03/02/2025"); an unmarked date, or two marked ones, propose nothing: a wrong guess is worse than the
 * default, which the doors then name.
 */
import { formatIso, parseDate } from "../values/dates";

/** Dates written day first, ISO, or with a month name in nl/fr/en/de. */
const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:er|e|\.)?\s+\p{L}+\.?\s+\d{4})`;
/** The words that say "the staff on this day". */
const MARKER = String.raw`(?:\bop|\bper|\bau|à la date du|\ben date du|\bon|\bas of|\bas at|\bat|\bstand|\bam|\bzum|\bréférence|\breferentiedatum|\breference date)\s*:?\s*`;
const MARKED = new RegExp(MARKER + DATE, "giu");
/** Words that make a marked date the day of printing or making the file, not of the data. */
const PRINTED =
  /(afgedrukt|gedrukt|geprint|print|imprim|impression|édité|gegenereerd|generated|généré|aangemaakt|opgemaakt|created|créé|gedownload|downloaded|téléchargé)\S*\s*$/iu;

/** The data's day as the title marks it: ISO yyyy-mm-dd, and the title's words that mark it. */
export interface TitleDate {
  date: string;
  phrase: string;
}

/** The marked date of the title rows, with its phrase, or null. */
export function dateInTitle(rows: readonly (readonly unknown[])[], headerRow: number): TitleDate | null {
  const lines: string[] = [];
  for (const row of rows.slice(0, Math.max(0, headerRow)))
    for (const cell of row ?? []) if (typeof cell === "string" && cell.trim() !== "") lines.push(cell.trim());
  const found = new Map<string, string>();
  for (const line of lines)
    for (const m of line.matchAll(MARKED)) {
      if (PRINTED.test(line.slice(0, m.index))) continue; // "Afgedrukt op 03/02/2025"
      const parsed = parseDate(m[1]!.trim());
      if (parsed.ok && !found.has(formatIso(parsed.value))) found.set(formatIso(parsed.value), line);
    }
  if (found.size !== 1) return null;
  const [[date, phrase]] = [...found] as [[string, string]];
  return { date, phrase: phrase.length > 120 ? `${phrase.slice(0, 117)}...` : phrase };
}
