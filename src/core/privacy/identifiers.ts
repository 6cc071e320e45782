/**
 * Where a text holds something of a person, in the forms people actually type: an INSZ with any
 * separators (no-break spaces, dots in other places, underscores, dashes of any length), in full-width
 * digits or stored as a number that lost its leading zero; a date in digits with a 2- or 4-digit year
 * or with a month name in nl, fr, en or de; a name in any order, with initials, or inside an e-mail
 * address. The finders only locate; the screen (screen.ts) decides what to take out.
 *
 * No regex look-behind: it does not parse on the stated Safari 15.4.
 */
import { isValidDate, monthNumber, stamp, type DayStamp } from "../values/dates";
import { parseInsz } from "../values/insz";

/** A stretch of a text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The text with compatibility forms folded (full-width digits to 0-9, no-break and narrow spaces to
 * spaces), one character for one wherever the spans must stay valid: NFKC per character, kept only
 * when it stays a single character.
 */
export function comparable(text: string): string {
  let out = "";
  for (const ch of text) {
    const folded = ch.normalize("NFKC");
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Digits with at most three separators between any two: spaces, dots, slashes, underscores, dashes. */
const DIGIT_RUN = /\d(?:[\s._/\u002d\u2010-\u2015\u2212]{0,3}\d)*/g;

/** Spans of digit runs that hold a valid INSZ (11 digits, or 10 that lost the leading zero). */
export function inszSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of comparable(text).matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/g, "");
    let found = digits.length === 10 && parseInsz(`0${digits}`).ok;
    for (let i = 0; !found && i + 11 <= digits.length; i++) found = parseInsz(digits.slice(i, i + 11)).ok;
    if (found) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return spans;
}

/** d/m/y, d-m-y, d.m.y with a 2- or 4-digit year, y-m-d, and a day with a month name and a year. */
const NUMERIC_DATE = /(\d{1,4})[./\-\s](\d{1,2})[./\-\s](\d{4}|\d{2})(?!\d)/g;
const NAMED_DATE = /(\d{1,2})(?:er|e|ste|de|\.)?[\s.\-]+([a-z]+)\.?[\s.\-]+(\d{4}|\d{2})(?!\d)/g;

/** Every reading of a date: a 2-digit year in both centuries, day and month in both orders. */
function readings(year: string, month: number, day: number): DayStamp[] {
  const years = year.length === 2 ? [1900 + Number(year), 2000 + Number(year)] : [Number(year)];
  const out: DayStamp[] = [];
  for (const y of years) {
    if (isValidDate(y, month, day)) out.push(stamp(y, month, day));
    if (month !== day && isValidDate(y, day, month)) out.push(stamp(y, day, month));
  }
  return out;
}

/** Dates in a text, with every day they could stand for. */
export function dateSpans(text: string): (Span & { days: DayStamp[] })[] {
  const plain = comparable(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  // NFD strips accents only after folding: keep the spans on the text as given when lengths differ.
  const aligned = plain.length === text.length;
  const spans: (Span & { days: DayStamp[] })[] = [];
  const at = (m: RegExpMatchArray) =>
    aligned ? { start: m.index!, end: m.index! + m[0].length } : { start: 0, end: text.length };
  for (const m of plain.matchAll(NUMERIC_DATE)) {
    const [, a, b, c] = m as unknown as [string, string, string, string];
    const days =
      a.length === 4 ? readings(a, Number(b), Number(c)) : c.length === 3 ? [] : readings(c, Number(b), Number(a));
    if (days.length > 0) spans.push({ ...at(m), days });
  }
  for (const m of plain.matchAll(NAMED_DATE)) {
    const [, day, name, year] = m as unknown as [string, string, string, string];
    const month = monthNumber(name);
    const days = month === null ? [] : readings(year, month, Number(day));
    if (days.length > 0) spans.push({ ...at(m), days });
  }
  return spans;
}

/** Particles that stand beside names but name nobody: never enough to match a person. */
const PARTICLES = new Set(["van", "der", "den", "de", "del", "della", "la", "le", "du", "des", "von", "ten", "ter"]);

/** The words of a text for comparing names: letters only, no accents, lower case. */
export function nameTokens(text: string): string[] {
  return comparable(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * Whether a text's words name this person: one distinctive word of the name (three letters or more,
 * not a particle) and another word of it, or its initial. "Jan Peeters" is named by "PEETERS Jan",
 * "Peeters, Jan", "J. Peeters" and "jan.peeters@fod.be"; not by "Peeters" alone.
 */
export function namesPerson(words: ReadonlySet<string>, person: readonly string[]): boolean {
  const own = person.filter((w) => !PARTICLES.has(w));
  for (const a of own) {
    if (a.length < 3 || !words.has(a)) continue;
    for (const b of own) if (b !== a && (words.has(b) || words.has(b[0]!))) return true;
  }
  return false;
}

/** An e-mail address: whoever it belongs to, it reaches a person. */
export const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/i;
