/**
 * The last gate before anything leaves the data sheet: every text the product writes into the check
 * sheet, the request sheet or the saved settings passes this screen. A value that holds an INSZ (in any
 * format, with a valid check), a name of the export's name column, or a birth date of the export is
 * replaced by a placeholder and counted, never written. Categories come from the analyst's data, and a
 * data-entry slip ("Julie Popescu 63010827638" as a department) must not travel to the KSZ.
 *
 * The screen matches what the export itself holds (its names, its birth dates), so it does not guess at
 * what a name looks like; INSZ numbers are recognised by their checksum, whoever they belong to.
 */
import { normaliseWord } from "../values/normalise";
import { isValidDate, parseDate, stamp, type DayStamp } from "../values/dates";
import type { Table } from "../recode/apply";
import type { JobSettings } from "../job/settings";
import { parseInsz } from "../values/insz";
import { fitCell } from "../limits";

export type PersonalKind = "insz" | "name" | "birthDate";

/** What the export holds about persons, to recognise it elsewhere. */
export interface PersonalData {
  /** Names as folded text (whole values, and their words of four letters or more). */
  names: ReadonlySet<string>;
  birthDates: ReadonlySet<DayStamp>;
}

/** Header words of a column of person names, folded, in nl, fr, en and de. */
const NAME_WORDS = new Set([
  "naam",
  "voornaam",
  "voornamen",
  "achternaam",
  "familienaam",
  "nom",
  "prenom",
  "prenoms",
  "name",
  "surname",
  "firstname",
  "lastname",
  "vorname",
  "nachname",
]);
/** Words that may stand beside those in such a header: "Naam en voornaam", "Nom de famille". */
const NAME_FILLERS = new Set([
  "en",
  "et",
  "and",
  "und",
  "de",
  "van",
  "famille",
  "first",
  "last",
  "full",
  "given",
  "family",
  "volledige",
  "complet",
  "werknemer",
  "personeelslid",
  "agent",
  "employee",
]);

/** Whether a header names a column of person names ("Naam", "Nom et prénom"; not "Dienstnaam"). */
export function isNameHeader(header: string): boolean {
  const words = normaliseWord(header).split(" ").filter(Boolean);
  return words.some((w) => NAME_WORDS.has(w)) && words.every((w) => NAME_WORDS.has(w) || NAME_FILLERS.has(w));
}

/** Text folded for comparing names: trimmed, lower case, single spaces. */
const fold = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * What the export holds about persons, as far as it matters for these texts: the names of its name
 * columns and the birth dates of its birth-date column that occur in them. One pass over those columns;
 * nothing of the export is kept beyond what the texts already hold.
 */
export function personalDataFor(
  texts: readonly string[],
  table: Table,
  birthDateColumn: number | undefined,
): PersonalData {
  const candidates = new Set<string>();
  const dates = new Set<DayStamp>();
  for (const text of texts) {
    candidates.add(fold(text));
    for (const part of text.split(SEGMENT_SPLIT)) candidates.add(fold(part));
    for (const m of text.matchAll(DATE_CANDIDATE)) {
      const day = dayOf(m);
      if (day !== null) dates.add(day);
    }
  }
  const names = new Set<string>();
  table.headers.forEach((header, c) => {
    if (!isNameHeader(header)) return;
    for (const value of table.columns[c] ?? []) {
      if (typeof value !== "string") continue;
      const name = fold(value);
      if (name.length < 3) continue;
      if (candidates.has(name)) names.add(name);
      if (name.includes(" "))
        for (const word of name.split(" ")) if (word.length >= 4 && candidates.has(word)) names.add(word);
    }
  });
  const birthDates = new Set<DayStamp>();
  if (dates.size > 0 && birthDateColumn !== undefined) {
    for (const value of table.columns[birthDateColumn] ?? []) {
      const day = parseDate(value);
      if (day.ok && dates.has(day.value)) birthDates.add(day.value);
    }
  }
  return { names, birthDates };
}

/** The day of a DATE_CANDIDATE match, when it is a real date. */
function dayOf(m: RegExpMatchArray): DayStamp | null {
  const [, , d1, m1, y1, y2, m2, d2] = m;
  const [y, mo, d] = y1 ? [+y1, +m1!, +d1!] : [+y2!, +m2!, +d2!];
  return isValidDate(y, mo, d) ? stamp(y, mo, d) : null;
}

/**
 * Eleven digits, maybe in the printed form 85.07.30-033.28 (any separators), after a start or a
 * non-digit (group 1, kept: look-behind does not parse on the stated Safari 15.4).
 */
const INSZ_CANDIDATE = /(^|\D)(\d{2}[. /-]?\d{2}[. /-]?\d{2}[. /-]?\d{3}[. /-]?\d{2})(?!\d)/g;
/** Day-month-year or year-month-day with a 4-digit year, after a start or a non-digit (group 1). */
const DATE_CANDIDATE = /(^|\D)(?:(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2}))(?!\d)/g;
/** Where a text splits into parts that may each be a name: lists, brackets, dashes between words. */
const SEGMENT_SPLIT = /[,;:/()\n|]+|\s[-–]\s/;

/** Screens texts against one export's personal data, numbering what it takes out. */
export class PersonalDataScreen {
  /** Findings by kind. */
  readonly counts: Record<PersonalKind, number> = { insz: 0, name: 0, birthDate: 0 };
  /** Placeholder per distinct value taken out, so distinct categories stay distinct. */
  private readonly replaced = new Map<string, string>();

  constructor(
    private readonly known: PersonalData,
    /** The placeholder's words in the sheet's language; a number follows it. */
    private readonly placeholder: string,
  ) {}

  get total(): number {
    return this.counts.insz + this.counts.name + this.counts.birthDate;
  }

  private stand(kind: PersonalKind, value: string): string {
    this.counts[kind]++;
    let out = this.replaced.get(value);
    if (!out) {
      out = `[${this.placeholder} ${this.replaced.size + 1}]`;
      this.replaced.set(value, out);
    }
    return out;
  }

  /** The text as it may be written: personal data replaced, cut to what a cell holds. */
  text(input: string, options: { names?: boolean } = {}): string {
    let text = input.replace(INSZ_CANDIDATE, (all: string, before: string, found: string) =>
      parseInsz(found).ok ? before + this.stand("insz", found.replace(/\D/g, "")) : all,
    );
    if (this.known.birthDates.size > 0) {
      text = text.replace(DATE_CANDIDATE, (all: string, before: string, ...groups: (string | undefined)[]) => {
        const day = dayOf([all, before, ...groups] as unknown as RegExpMatchArray);
        const found = all.slice(before.length);
        return day !== null && this.known.birthDates.has(day) ? before + this.stand("birthDate", found) : all;
      });
    }
    if (options.names !== false && this.known.names.size > 0) text = this.names(text);
    return fitCell(text);
  }

  /** Parts of the text that are a name of the export, whole or as a list item. */
  private names(text: string): string {
    const whole = fold(text);
    if (this.known.names.has(whole)) return this.stand("name", whole);
    if (!SEGMENT_SPLIT.test(text)) return text;
    return text
      .split(/([,;:/()\n|]+|\s[-–]\s)/)
      .map((part, i) => {
        if (i % 2 === 1) return part; // a separator
        const folded = fold(part);
        if (!this.known.names.has(folded)) return part;
        const lead = part.match(/^\s*/)![0];
        const trail = part.match(/\s*$/)![0];
        return `${lead}${this.stand("name", folded)}${trail}`;
      })
      .join("");
  }
}

/** A table with nothing in it: the screen then knows no names or birth dates and looks for INSZ only. */
const NO_TABLE: Table = { headers: [], columns: [], rowCount: 0, firstRowNumber: 2 };

/**
 * Settings as they may be saved or written: answers with an INSZ or a staff member's birth date get a
 * placeholder (names stay: the contact person is on the staff), and map entries keyed by a raw value
 * that is personal data are dropped. With no table, only INSZ numbers are recognised.
 */
export function screenSettings(
  settings: JobSettings,
  placeholder: string,
  table: Table = NO_TABLE,
  birthDateColumn?: number,
): { settings: JobSettings; answers: number; entries: number } {
  const texts: string[] = [];
  for (const value of Object.values(settings.answers)) if (typeof value === "string") texts.push(value);
  for (const g of Object.values(settings.groupings))
    for (const [key, value] of Object.entries(g?.map ?? {})) texts.push(key, value);
  texts.push(...Object.keys(settings.originOverrides));
  const known = personalDataFor(texts, table, birthDateColumn);
  const answerScreen = new PersonalDataScreen(known, placeholder);
  const answers = Object.fromEntries(
    Object.entries(settings.answers).map(([k, v]) => [
      k,
      typeof v === "string" ? answerScreen.text(v, { names: false }) : v,
    ]),
  );
  const keyScreen = new PersonalDataScreen(known, placeholder);
  const clean = (key: string) => keyScreen.text(key) === key;
  const groupings: JobSettings["groupings"] = Object.fromEntries(
    Object.entries(settings.groupings).map(([role, g]) => [
      role,
      g?.map ? { ...g, map: Object.fromEntries(Object.entries(g.map).filter(([k, v]) => clean(k) && clean(v))) } : g,
    ]),
  );
  const originOverrides = Object.fromEntries(Object.entries(settings.originOverrides).filter(([k]) => clean(k)));
  return {
    settings: { ...settings, answers, groupings, originOverrides },
    answers: answerScreen.total,
    entries: keyScreen.total,
  };
}
