/**
 * The last gate before anything leaves the data sheet: every text the product writes into the check
 * sheet, the request sheet or the saved settings passes this screen. A value that holds an INSZ (in any
 * format, with a valid check), a name of the export's name column, or a birth date of the export is
 * replaced by a placeholder and counted, never written. Categories come from the analyst's data, and a
 * data-entry slip ("Julie Popescu 63010827638" as a department) must not travel to the KSZ.
 *
 * The screen matches what the export itself holds (its names in any order or form, its birth dates in
 * any writing), so it does not guess at what a name looks like; INSZ numbers are recognised by their
 * checksum and e-mail addresses by their form, whoever they belong to (identifiers.ts finds them all).
 * A category with anything personal in it is replaced whole; in a free-text answer, the personal part.
 */
import { normaliseWord } from "../values/normalise";
import { parseDate, type DayStamp } from "../values/dates";
import type { Table } from "../recode/apply";
import type { JobSettings } from "../job/settings";
import { fitCell } from "../limits";
import { dateSpans, EMAIL, folded, inszSpans, nameTokens, namesPerson, type Span } from "./identifiers";

export type PersonalKind = "insz" | "name" | "birthDate";

/** What the export holds about persons, to recognise it elsewhere. */
export interface PersonalData {
  /** Names as folded text (whole values, and their words of four letters or more). */
  names: ReadonlySet<string>;
  /** The name words of each staff member the texts may name, in any order or form (namesPerson). */
  persons: readonly (readonly string[])[];
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
  // A column headed by who the person is holds their names too ("Collaborateur", "Medewerker").
  "collaborateur",
  "collaboratrice",
  "medewerker",
  "personeelslid",
  "agent",
  "employee",
  "mitarbeiter",
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
  "du",
  "l",
  "of",
  "des",
  "der",
  "het",
]);

/** Whether a header names a column of person names ("Naam", "Nom et prénom"; not "Dienstnaam"). */
export function isNameHeader(header: string): boolean {
  const words = normaliseWord(header).split(" ").filter(Boolean);
  return words.some((w) => NAME_WORDS.has(w)) && words.every((w) => NAME_WORDS.has(w) || NAME_FILLERS.has(w));
}

/** Text folded for comparing names: lookalike letters and invisible marks folded, trimmed, lower case, single spaces. */
const fold = (text: string) => folded(text).text.trim().toLowerCase().replace(/\s+/g, " ");

/** Where a text splits into parts that may each be a name: lists, brackets, dashes between words. */
const SEGMENT_SPLIT = /[,;:/()\n|]+|\s[-–]\s/g;

/** The parts of a text between list separators, as spans. */
function segments(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(SEGMENT_SPLIT)) {
    out.push({ start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

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
  const words = new Set<string>();
  const dates = new Set<DayStamp>();
  for (const text of texts) {
    candidates.add(fold(text));
    for (const { start, end } of segments(text)) candidates.add(fold(text.slice(start, end)));
    for (const word of nameTokens(text)) words.add(word);
    for (const { days } of dateSpans(text)) for (const day of days) dates.add(day);
  }
  const names = new Set<string>();
  const persons = new Map<string, string[]>();
  const nameColumns = table.headers.flatMap((header, c) => (isNameHeader(header) ? [table.columns[c] ?? []] : []));
  for (let r = 0; r < table.rowCount && nameColumns.length > 0; r++) {
    // A person's name parts may sit in several columns ("Naam" Dewulf, "Voornaam" Femke): one person.
    const person: string[] = [];
    for (const column of nameColumns) {
      const value = column[r];
      if (typeof value !== "string") continue;
      const name = fold(value);
      person.push(...nameTokens(value));
      if (name.length < 3) continue;
      if (candidates.has(name)) names.add(name);
      if (name.includes(" "))
        for (const word of name.split(" ")) if (word.length >= 4 && candidates.has(word)) names.add(word);
    }
    if (person.length >= 2 && namesPerson(words, person)) persons.set(person.join(" "), person);
  }
  const birthDates = new Set<DayStamp>();
  if (dates.size > 0 && birthDateColumn !== undefined) {
    for (const value of table.columns[birthDateColumn] ?? []) {
      const day = parseDate(value);
      if (day.ok && dates.has(day.value)) birthDates.add(day.value);
    }
  }
  return { names, persons: [...persons.values()], birthDates };
}

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

  /** What of a text is personal: each finding's kind and span (for a name, its whole list item). */
  private find(input: string, names: boolean): (Span & { kind: PersonalKind })[] {
    const found: (Span & { kind: PersonalKind })[] = inszSpans(input).map((span) => ({ ...span, kind: "insz" }));
    if (this.known.birthDates.size > 0)
      for (const span of dateSpans(input))
        if (span.days.some((day) => this.known.birthDates.has(day))) found.push({ ...span, kind: "birthDate" });
    if (!names) return found;
    const email = EMAIL.exec(input);
    if (email) found.push({ start: email.index, end: email.index + email[0].length, kind: "name" });
    const named = (text: string) => {
      if (this.known.names.has(fold(text))) return true;
      const words = new Set(nameTokens(text));
      return this.known.persons.some((person) => namesPerson(words, person));
    };
    const items = segments(input).filter(({ start, end }) => named(input.slice(start, end)));
    for (const span of items) found.push({ ...span, kind: "name" });
    if (items.length === 0 && named(input)) found.push({ start: 0, end: input.length, kind: "name" }); // "Peeters, Jan"
    return found;
  }

  /**
   * A value as it may be written (a category, a map entry): unchanged, or one placeholder for the
   * whole value when any part of it is personal. "Jan Peeters 78111323424" keeps nothing.
   */
  value(input: string): string {
    const found = this.find(input, true);
    return found.length === 0 ? fitCell(input) : this.stand(found[0]!.kind, input);
  }

  /**
   * A free text as it may be written (an answer): each personal part replaced, the rest kept, cut to
   * what a cell holds. `names: false` for the answers that name the contact person on purpose.
   */
  text(input: string, options: { names?: boolean } = {}): string {
    const found = this.find(input, options.names !== false).sort((x, y) => x.start - y.start || y.end - x.end);
    let out = "";
    let at = 0;
    for (const span of found) {
      if (span.end <= at) continue; // inside a part already taken out
      const start = Math.max(span.start, at);
      out += input.slice(at, start) + this.stand(span.kind, input.slice(start, span.end));
      at = span.end;
    }
    return fitCell(out + input.slice(at));
  }
}

/** A table with nothing in it: the screen then knows no names or birth dates and looks for INSZ only. */
const NO_TABLE: Table = { headers: [], columns: [], rowCount: 0, firstRowNumber: 2 };

/** Answers that name a person on purpose: the contact person and the signatory are on the staff. */
const NAMED_ON_PURPOSE = new Set(["contactName", "signatoryName", "contactEmail"]);

/**
 * Settings as they may be saved or written: in answers, each INSZ, staff birth date, staff name and
 * e-mail address gets a placeholder (except the contact's and signatory's own fields), and map entries,
 * role headers and the data sheet's name that hold personal data are dropped. With no table, only INSZ numbers, dates and
 * e-mail addresses are recognised.
 */
export function screenSettings(
  settings: JobSettings,
  placeholder: string,
  table: Table = NO_TABLE,
  birthDateColumn?: number,
  /** Other texts to be screened with what is found here (the headers a request quotes): one pass over the staff. */
  alsoScreened: readonly string[] = [],
): { settings: JobSettings; answers: number; entries: number; known: PersonalData } {
  const texts: string[] = [...alsoScreened];
  for (const value of Object.values(settings.answers)) if (typeof value === "string") texts.push(value);
  for (const g of Object.values(settings.groupings))
    for (const [key, value] of Object.entries(g?.map ?? {})) texts.push(key, value);
  for (const key of Object.keys(settings.originOverrides)) texts.push(key);
  // Headers a role was mapped to and the data sheet's name are the analyst's texts too.
  for (const header of Object.values(settings.roles)) if (header) texts.push(header);
  if (settings.dataSheet) texts.push(settings.dataSheet.name);
  const known = personalDataFor(texts, table, birthDateColumn);
  const answerScreen = new PersonalDataScreen(known, placeholder);
  const answers = Object.fromEntries(
    Object.entries(settings.answers).map(([k, v]) => [
      k,
      typeof v === "string" ? answerScreen.text(v, { names: !NAMED_ON_PURPOSE.has(k) }) : v,
    ]),
  );
  const keyScreen = new PersonalDataScreen(known, placeholder);
  const clean = (key: string) => keyScreen.value(key) === key;
  const groupings: JobSettings["groupings"] = Object.fromEntries(
    Object.entries(settings.groupings).map(([role, g]) => [
      role,
      g?.map ? { ...g, map: Object.fromEntries(Object.entries(g.map).filter(([k, v]) => clean(k) && clean(v))) } : g,
    ]),
  );
  const originOverrides = Object.fromEntries(Object.entries(settings.originOverrides).filter(([k]) => clean(k)));
  const roles = Object.fromEntries(Object.entries(settings.roles).filter(([, header]) => !header || clean(header)));
  // A data sheet named with personal data is not remembered: the next run finds it again, or asks.
  const dataSheet = settings.dataSheet && clean(settings.dataSheet.name) ? settings.dataSheet : null;
  return {
    settings: { ...settings, answers, groupings, originOverrides, roles, dataSheet },
    answers: answerScreen.total,
    entries: keyScreen.total,
    known,
  };
}
