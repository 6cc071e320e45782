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
import { remove as removeConfusables } from "confusables";

/** A stretch of a text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The text folded for finding personal data, however it is written (issue 34): compatibility forms by
 * NFKC (full-width and mathematical digits, ligatures, no-break spaces), every script's decimal digits
 * to 0-9 (Arabic-Indic, Devanagari, ...), invisible characters (zero-width spaces and joiners, soft
 * hyphens, direction marks) removed, and letters of other scripts that look Latin (Cyrillic "а", Greek
 * "Ο") to the Latin letter they copy, from Unicode's confusables list (the `confusables` package).
 * `from[i]` is where the folded text's character i came from in the input, so spans found in the
 * folded text map back to the text as given.
 */
export function folded(text: string): Folded {
  // Most texts are plain ASCII: nothing to fold, and the positions are the text's own.
  if (PLAIN.test(text)) return { text, from: null };
  let out = "";
  const from: number[] = [];
  let at = 0;
  for (const ch of text) {
    const here = at;
    at += ch.length;
    if (INVISIBLE.test(ch)) continue;
    let f = ch.normalize("NFKC");
    if (f.length === 1 && f.charCodeAt(0) < 0x80) {
      // ASCII already: nothing more to fold.
    } else if (DIGIT.test(f)) f = String(digitValue(f));
    else if (LETTER.test(f)) f = removeConfusables(f).normalize("NFKC");
    for (let i = 0; i < f.length; i++) from.push(here);
    out += f;
  }
  return { text: out, from };
}

/** A folded text; `from` is null when the text needed no folding (then positions are its own). */
export interface Folded {
  text: string;
  from: number[] | null;
}

/** Printable ASCII, tabs and line breaks: text the folding leaves as it is. */
const PLAIN = /^[\t\n\r\x20-\x7e]*$/;

/** Characters that show nothing: format characters (zero-width, soft hyphen, marks of direction). */
const INVISIBLE = /^[\p{Cf}]$/u;
const DIGIT = /^\p{Nd}$/u;
const LETTER = /^\p{L}$/u;

/** The value of a decimal digit of any script: Unicode puts each script's 0-9 in one run. */
function digitValue(ch: string): number {
  let code = ch.codePointAt(0)!;
  let value = 0;
  while (value < 9 && DIGIT.test(String.fromCodePoint(code - 1))) {
    code--;
    value++;
  }
  return value;
}

/** A span of the folded text, as a span of the text it was folded from. */
export function unfold(span: Span, map: Folded, original: string): Span {
  if (!map.from) return span;
  const start = map.from[span.start] ?? original.length;
  const last = map.from[span.end - 1];
  if (last === undefined) return { start, end: original.length };
  const end = last + (original.codePointAt(last)! > 0xffff ? 2 : 1);
  return { start, end };
}

/**
 * Digits with at most three separators between any two: spaces, dots, commas, semicolons, slashes,
 * underscores, dashes and brackets ("64.08.10-123.45", "640810 ; 123 ; 45", "(640810)(123)(45)").
 */
const DIGIT_RUN = /\d(?:[\s.,;:()[\]{}_/\u002d\u2010-\u2015\u2212]{0,3}\d)*/g;

/** Spans of digit runs that hold a valid INSZ (11 digits, or 10 that lost the leading zero). */
export function inszSpans(text: string): Span[] {
  const spans: Span[] = [];
  const map = folded(text);
  for (const m of map.text.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/\D/g, "");
    let found = digits.length === 10 && parseInsz(`0${digits}`).ok;
    for (let i = 0; !found && i + 11 <= digits.length; i++) found = parseInsz(digits.slice(i, i + 11)).ok;
    if (found) spans.push(unfold({ start: m.index!, end: m.index! + m[0].length }, map, text));
  }
  return spans;
}

/** d/m/y, d-m-y, d.m.y with a 2- or 4-digit year, y-m-d, and a day with a month name and a year. */
const NUMERIC_DATE = /(\d{1,4})[./\-\s](\d{1,2})[./\-\s](\d{4}|\d{2})(?!\d)/g;
const NAMED_DATE = /(\d{1,2})(?:er|e|ste|de|st|nd|rd|th|\.)?[\s.\-]+([a-z]+)\.?[\s.\-]+(\d{4}|\d{2})(?!\d)/g;
/** A month name first: "Nov 13, 1978", "November 13th 1978". */
const MONTH_FIRST_DATE = /([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/g;
/** Eight digits alone: ddmmyyyy or yyyymmdd ("13111978", "19781113"). No look-behind (Safari 15.4). */
const COMPACT_DATE = /(^|\D)(\d{8})(?!\d)/g;
/** Months in Roman numerals, as older forms write them ("13 XI 1978"). */
const ROMAN_MONTHS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

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

/** A month's number from its name in nl, fr, en or de, or its Roman numeral. */
const monthOf = (name: string): number | null =>
  monthNumber(name) ?? (ROMAN_MONTHS.includes(name) ? ROMAN_MONTHS.indexOf(name) + 1 : null);

/** Dates in a text, with every day they could stand for. */
export function dateSpans(text: string): (Span & { days: DayStamp[] })[] {
  const map = folded(text);
  // Accents off, lower case, one character for one, so spans stay on the folded text's positions.
  const plain = [...map.text]
    .map((ch) => {
      const bare = ch
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase();
      return bare.length === ch.length ? bare : ch;
    })
    .join("");
  const spans: (Span & { days: DayStamp[] })[] = [];
  const at = (index: number, length: number) => unfold({ start: index, end: index + length }, map, text);
  for (const m of plain.matchAll(NUMERIC_DATE)) {
    const [, a, b, c] = m as unknown as [string, string, string, string];
    const days =
      a.length === 4 ? readings(a, Number(b), Number(c)) : c.length === 3 ? [] : readings(c, Number(b), Number(a));
    if (days.length > 0) spans.push({ ...at(m.index!, m[0].length), days });
  }
  for (const m of plain.matchAll(NAMED_DATE)) {
    const [, day, name, year] = m as unknown as [string, string, string, string];
    const month = monthOf(name);
    const days = month === null ? [] : readings(year, month, Number(day));
    if (days.length > 0) spans.push({ ...at(m.index!, m[0].length), days });
  }
  for (const m of plain.matchAll(MONTH_FIRST_DATE)) {
    const [, name, day, year] = m as unknown as [string, string, string, string];
    const month = monthOf(name);
    const days = month === null ? [] : readings(year, month, Number(day));
    if (days.length > 0) spans.push({ ...at(m.index!, m[0].length), days });
  }
  for (const m of plain.matchAll(COMPACT_DATE)) {
    const [, before, d] = m as unknown as [string, string, string];
    const days = [
      ...readings(d.slice(4), Number(d.slice(2, 4)), Number(d.slice(0, 2))),
      ...readings(d.slice(0, 4), Number(d.slice(4, 6)), Number(d.slice(6))),
    ];
    if (days.length > 0) spans.push({ ...at(m.index! + before.length, 8), days });
  }
  return spans;
}

/** Particles that stand beside names but name nobody: never enough to match a person. */
const PARTICLES = new Set(["van", "der", "den", "de", "del", "della", "la", "le", "du", "des", "von", "ten", "ter"]);

/** The words of a text for comparing names: letters only, no accents, lower case. */
export function nameTokens(text: string): string[] {
  return folded(text)
    .text.normalize("NFD")
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
