import codes from "i18n-iso-countries/codes.json";
import { isEmptyCell, isExcelError } from "./cell";
import {
  AMBIGUOUS_WORDS,
  EXTRA_NATIONALITY_WORDS,
  NATIONALITY_FILLERS,
  NOT_NATIONALITY_WORDS,
  STATELESS_WORDS,
  UNKNOWN_WORDS,
} from "./data/countryWords";
import { countryNameData } from "./data/countryNames";
import { NIS_TO_ISO } from "./data/nisCountries";
import { normaliseWord } from "./normalise";
import type { Reason } from "./result";

/** An ISO 3166-1 alpha-2 code, upper case ("BE"). */
export type CountryCode = string;

export type ParsedCountry =
  | { ok: true; value: CountryCode }
  | { ok: false; reason: Exclude<Reason, "ambiguous"> }
  /** A word that names several countries: the candidates, so a caller can still place it in a group. */
  | { ok: false; reason: "ambiguous"; candidates: readonly CountryCode[] };

/** CLDR keys that are regions or groupings, not countries: EU, the euro zone, the UN, pseudo-regions. */
const CLDR_NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"]);

/** Every ISO 3166-1 alpha-2 code the country library knows (incl. XK, Kosovo). */
export const ALL_COUNTRIES: readonly CountryCode[] = (codes as string[][]).map((c) => c[0]!).sort();

/**
 * Inflections of a nationality word that no library lists: Dutch adjectives and their -e form
 * ("Marokkaan" -> "Marokkaans", "Marokkaanse"), French feminines ("marocain" -> "marocaine",
 * "algérien" -> "algérienne", "turc" -> "turque"), German -e/-er adjective endings.
 */
function inflections(lang: string, folded: string): string[] {
  const out: string[] = [];
  if (lang === "nl") {
    if (folded.endsWith("isch"))
      out.push(`${folded}e`, `${folded.slice(0, -4)}ier`); // Syrisch: Syriër
    else if (folded.endsWith("ees")) out.push(`${folded.slice(0, -3)}ese`);
    else if (folded.endsWith("s")) out.push(`${folded}e`);
    else if (!folded.endsWith("e")) out.push(`${folded}s`, `${folded}se`);
    // Person nouns from -s adjectives: Pakistaans: Pakistaan, Filipijns: Filipijn, Oostenrijks:
    // Oostenrijker, Litouws: Litouwer.
    if (/(aan|ijn)s$/.test(folded)) out.push(folded.slice(0, -1));
    else if (/[kw]s$/.test(folded)) out.push(`${folded.slice(0, -1)}er`);
  } else if (lang === "fr") {
    if (folded.endsWith("e")) return out;
    if (folded.endsWith("en") || folded.endsWith("on")) out.push(`${folded}ne`);
    else if (folded.endsWith("c")) out.push(`${folded.slice(0, -1)}que`);
    else out.push(`${folded}e`);
  } else if (lang === "de") {
    out.push(`${folded}e`, `${folded}er`);
    // Person nouns from -isch adjectives (Duden): syrisch: Syrer, schwedisch: Schwede, bosnisch:
    // Bosnier, ungarisch: Ungar; each with its feminine in -in.
    if (folded.endsWith("isch")) {
      const stem = folded.slice(0, -4);
      for (const noun of [`${stem}er`, `${stem}e`, `${stem}ier`, ...(stem.length >= 5 ? [stem] : [])])
        out.push(noun, `${noun.replace(/e$/, "")}in`);
    }
  }
  return out;
}

/** Words that name no nationality (data/countryWords.ts): never indexed, never derived from. */
const NOT_NATIONALITY = new Set(NOT_NATIONALITY_WORDS);

/** Priorities: explicit data beats codes, codes beat names, names beat library words, which beat rules. */
const enum Level {
  Explicit = 0,
  Code = 1,
  Name = 2,
  Word = 3,
  Derived = 4,
}

/** A prepared, read-only index from folded words to countries: one Map lookup per cell. */
export class CountryLookup {
  private readonly entries = new Map<string, { level: Level; codes: CountryCode[] }>();

  constructor() {
    for (const [word, code] of Object.entries(EXTRA_NATIONALITY_WORDS)) this.add(word, code, Level.Explicit);
    for (const [word, candidates] of Object.entries(AMBIGUOUS_WORDS)) {
      this.entries.set(word, { level: Level.Explicit, codes: [...candidates] });
    }
    for (const [alpha2, alpha3] of codes as string[][]) {
      this.add(alpha2!, alpha2!, Level.Code);
      this.add(alpha3!, alpha2!, Level.Code);
    }
    for (const lang of Object.values(countryNameData().library)) {
      for (const [code, names] of Object.entries(lang.countries)) {
        for (const name of Array.isArray(names) ? names : [names]) {
          this.add(name, code, Level.Name);
          const bare = name.replace(/\s*\(.*?\)\s*/g, " ");
          if (bare !== name) this.add(bare, code, Level.Name);
        }
      }
    }
    for (const data of countryNameData().cldr) {
      for (const locale of Object.values(data.main)) {
        for (const [key, name] of Object.entries(locale.localeDisplayNames.territories)) {
          const code = key.slice(0, 2);
          // Two-letter keys only: CLDR's numeric keys are regions ("150" is Europe, not NIS Belgium).
          if (!/^[A-Z]{2}(-alt-\w+)?$/.test(key) || CLDR_NOT_COUNTRIES.has(code)) continue;
          this.add(name, code, Level.Name);
          const bare = name.replace(/\s*\(.*?\)\s*/g, " ");
          if (bare !== name) this.add(bare, code, Level.Name);
        }
      }
    }
    countryNameData().nationalities.forEach((lang, i) => {
      const langCode = (["nl", "fr", "en", "de"] as const)[i]!;
      for (const [code, word] of Object.entries(lang.nationalities)) {
        // "Congolais (République du Congo)": the bare word is indexed too; it becomes ambiguous when
        // two countries share it, which is the truth.
        for (const form of new Set([word, word.replace(/\s*\(.*?\)\s*/g, "")])) {
          const folded = normaliseWord(form);
          // "Man" (the Isle of Man's word in one list) is an ordinary word: no "Mane", no "Maner".
          if (NOT_NATIONALITY.has(folded)) continue;
          this.add(folded, code, Level.Word);
          for (const derived of inflections(langCode, folded)) this.add(derived, code, Level.Derived);
        }
      }
    });
  }

  private add(word: string, code: CountryCode, level: Level): void {
    const key = normaliseWord(word);
    if (key === "") return;
    const entry = this.entries.get(key);
    if (!entry || level < entry.level) this.entries.set(key, { level, codes: [code] });
    else if (level === entry.level && !entry.codes.includes(code)) entry.codes.push(code);
  }

  /** The countries a folded word names: one, several (ambiguous), or none. */
  find(folded: string): readonly CountryCode[] | undefined {
    return this.entries.get(folded)?.codes;
  }

  /** The same, for a word only: never a code ("ben" in "Benen" is no Benin). */
  findWord(folded: string): readonly CountryCode[] | undefined {
    const entry = this.entries.get(folded);
    return entry && entry.level !== Level.Code ? entry.codes : undefined;
  }

  /** Words that more than one country claims at the same level: for review and tests. */
  ambiguousWords(): string[] {
    return [...this.entries].filter(([, e]) => e.codes.length > 1).map(([w]) => w);
  }
}

let shared: CountryLookup | undefined;
/** The lookup, built once on first use (about 20 ms); it never changes after that. */
export function countryLookup(): CountryLookup {
  return (shared ??= new CountryLookup());
}

const UNKNOWN = new Set(UNKNOWN_WORDS);
const STATELESS = new Set(STATELESS_WORDS);
const FILLERS = new Set(NATIONALITY_FILLERS);

/** A Belgian NIS nationality code: listed with an ISO code, listed as unknown (999), or not listed. */
export function countryFromNis(code: number): ParsedCountry {
  if (!Object.prototype.hasOwnProperty.call(NIS_TO_ISO, code)) return { ok: false, reason: "nis_unlisted" };
  const iso = NIS_TO_ISO[code];
  if (code === 999) return { ok: false, reason: "declared_unknown" };
  return iso ? { ok: true, value: iso } : { ok: false, reason: "nis_without_iso" };
}

/**
 * A country or nationality, from any form a personnel export uses: ISO alpha-2/alpha-3, a NIS code,
 * or a country name or nationality word in nl, fr, en or de, in any case and inflection, with or
 * without accents. Unknown and stateless are answers with their own reason, not failures to read.
 */
export function parseCountry(cell: unknown, lookup: CountryLookup = countryLookup()): ParsedCountry {
  if (isEmptyCell(cell)) return { ok: false, reason: "empty" };
  if (isExcelError(cell)) return { ok: false, reason: "excel_error" };
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= 100 && cell <= 999
      ? countryFromNis(cell)
      : { ok: false, reason: "not_recognised" };
  }
  if (typeof cell !== "string") return { ok: false, reason: "not_recognised" };
  // "Marocain(e)", "Belg(e)": the feminine written in brackets is the same nationality.
  const trimmed = cell.trim().replace(/(\p{L})\((?:e|ne|se|s|es|n|en)\)(?=\s|$)/gu, "$1");
  const nis = /^0*(\d{3})$/.exec(trimmed);
  if (nis) return countryFromNis(Number(nis[1])); // "150", and zero-padded "00150"
  const folded = normaliseWord(trimmed);
  if (folded === "" || /^[\s?\-–—.]*$/.test(trimmed)) return { ok: false, reason: "empty" };
  if (UNKNOWN.has(folded)) return { ok: false, reason: "declared_unknown" };
  if (STATELESS.has(folded)) return { ok: false, reason: "stateless" };
  // A code in capitals is a code ("NO" is Norway), even where the word is an ordinary one.
  const code = /^[A-Z]{2,3}$/.test(trimmed) ? lookup.find(folded) : undefined;
  if (code) return answer(code);
  const whole = wordCountries(folded, lookup);
  if (whole) return answer(whole);
  return composite(trimmed, lookup);
}

/** ISO 3166 numeric codes (i18n-iso-countries): "056" is Belgium there, 150 in the Belgian NIS list. */
const ISO_NUMERIC = new Set((codes as string[][]).map((c) => Number(c[2])));
const NIS_BELGIUM = 150;
const ISO_BELGIUM = 56;

/**
 * Whether a column's numeric codes are ISO 3166 numeric codes rather than Belgian NIS codes: 250 is
 * France in ISO and Azerbaijan in NIS, so read as NIS they would land in the wrong groups. Judged on
 * the codes only one list has, and on Belgium (most of a Belgian staff list): 56 in ISO, 150 in NIS.
 */
export function numericCodesLookIso(cells: readonly unknown[]): boolean {
  let iso = 0;
  let nis = 0;
  for (const cell of cells) {
    const text = typeof cell === "number" ? String(cell) : typeof cell === "string" ? cell.trim() : "";
    if (!/^\d{1,3}$/.test(text)) continue;
    const code = Number(text);
    const inIso = ISO_NUMERIC.has(code);
    const inNis = Object.prototype.hasOwnProperty.call(NIS_TO_ISO, code);
    if (code === ISO_BELGIUM || (inIso && !inNis)) iso++;
    else if (code === NIS_BELGIUM || (inNis && !inIso)) nis++;
  }
  return iso > nis;
}

/** The countries one folded word or name names, with French plurals ("belges", "marocains") read too. */
function wordCountries(folded: string, lookup: CountryLookup): readonly CountryCode[] | undefined {
  if (NOT_NATIONALITY.has(folded)) return undefined;
  const found = lookup.find(folded);
  if (found) return found;
  for (const singular of singulars(folded)) {
    if (singular.length < 3 || NOT_NATIONALITY.has(singular)) continue;
    const hit = lookup.findWord(singular);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The singulars a plural of persons may come from, tried in order: French and English -s/-x
 * ("belges", "Belgians"), Dutch -en with its spelling rules ("Marokkanen": Marokkaan, "Portugezen":
 * Portugees, "Russen": Rus, "Belgen": Belg), German -en/-n ("Rumänen": Rumäne, "Türken": Türke).
 */
function singulars(folded: string): string[] {
  if (folded.length <= 4 || folded.includes(" ")) return [];
  const out: string[] = [];
  if (/[^s]s$|[^x]x$/.test(folded)) out.push(folded.slice(0, -1));
  if (folded.endsWith("en")) {
    const stem = folded.slice(0, -2);
    out.push(stem, `${stem}e`);
    // Dutch open syllables double their vowel in the singular, and -z- becomes -s: Portugezen: Portugees.
    const open = /^(.*[^aeiou])([aeiou])([^aeiou])$/.exec(stem);
    if (open) {
      const [, head, vowel, last] = open;
      out.push(`${head}${vowel}${vowel}${last === "z" ? "s" : last}`);
    }
    // A doubled consonant is single in the singular: Russen: Rus, Britten: Brit.
    if (/([^aeiou])\1$/.test(stem)) out.push(stem.slice(0, -1));
  } else if (folded.endsWith("n")) out.push(folded.slice(0, -1));
  return out;
}

const answer = (codes: readonly CountryCode[]): ParsedCountry =>
  codes.length === 1 ? { ok: true, value: codes[0]! } : { ok: false, reason: "ambiguous", candidates: codes };

/** Separators between the parts of a composite value: " - ", "/", brackets, commas, ":". */
const PARTS = /\s+[-–—]\s+|[()/,;:|]|\s[-–—]|[-–—]\s/;
/** A code before or after a name without a separator: "BE Belgique", "Belgique BE", "150 Belgique". */
const CODE_FIRST = /^([A-Z]{2,3}|\d{1,5})\s+(.+)$/;
/** A code glued to its name by a dash: "BE-Belgisch", "150-Belgique" (a name's own dash is not after a code). */
const CODE_DASH = /^([A-Z]{2,3}|\d{3})[-–—](\p{L}.+)$/u;
const CODE_LAST = /^(.+?)\s+([A-Z]{2,3}|\d{1,5})$/;

/**
 * A value of several parts: a code and a name ("BE - Belge", "150 - Belgique", "Belgique (BE)",
 * "BEL Belgique"), two languages ("Belg / Belge"), or a word inside a phrase ("nationalité belge").
 * Accepted when every part that names a country names the same one, and nothing else is there but
 * words that frame a nationality; parts that disagree ("BE - Française") are reported as conflicting.
 */
function composite(text: string, lookup: CountryLookup): ParsedCountry {
  let parts = text
    .split(PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) {
    const split = CODE_FIRST.exec(text) ?? CODE_LAST.exec(text) ?? CODE_DASH.exec(text);
    parts = split ? [split[1]!, split[2]!] : text.split(/\s+/);
  }
  if (parts.length < 2) return { ok: false, reason: "not_recognised" };
  const named: (readonly CountryCode[])[] = [];
  for (const part of parts) {
    const codes = partCountries(part, lookup);
    if (codes) named.push(codes);
    else if (!FILLERS.has(normaliseWord(part))) return { ok: false, reason: "not_recognised" };
  }
  if (named.length === 0) return { ok: false, reason: "not_recognised" };
  // The countries every part allows: "CD - Congo" is the DRC, "BE - Française" is a contradiction.
  let common = named[0]!;
  for (const codes of named.slice(1)) common = common.filter((c) => codes.includes(c));
  if (common.length === 0) return { ok: false, reason: "conflicting" };
  return answer(common);
}

/** The countries a part of a composite value names: a NIS code (maybe padded), a code, a name, a word. */
function partCountries(part: string, lookup: CountryLookup): readonly CountryCode[] | undefined {
  const nis = /^0*(\d{3})$/.exec(part);
  if (nis) {
    const parsed = countryFromNis(Number(nis[1]));
    return parsed.ok ? [parsed.value] : undefined;
  }
  const folded = normaliseWord(part);
  if (folded === "" || UNKNOWN.has(folded) || FILLERS.has(folded)) return undefined;
  // A short part is a code only when written as one ("BE", "BEL"): "de", "is", "in" are words.
  if (folded.length <= 3 && part.trim() !== part.trim().toUpperCase()) return undefined;
  const found = wordCountries(folded, lookup);
  if (found || !folded.includes(" ")) return found;
  // A phrase inside the part ("nationalité congolaise (RDC)"): its words without the framing ones.
  const words = folded.split(" ").filter((w) => !FILLERS.has(w));
  return words.length > 0 && words.length < folded.split(" ").length
    ? wordCountries(words.join(" "), lookup)
    : undefined;
}

/** A country's name in a language, for the request sheet: the library's common (shortest) name. */
/**
 * Where CLDR's display name is not the one Belgian readers use: its Dutch name for the Isle of Man is
 * the English one (Taalunie: Eiland Man), and its names for Hong Kong and Macao carry the full
 * administrative title, where its own short form is the usual one.
 */
const DISPLAY_OVERRIDES: Readonly<Partial<Record<"nl" | "fr" | "en" | "de", Readonly<Record<string, string>>>>> = {
  nl: { IM: "Eiland Man" },
};
const SHORT_FORM_PREFERRED = new Set(["HK", "MO"]);

/**
 * A country's name as readers of the language write it, from CLDR (Unicode's maintained territory
 * names: "Oost-Timor", "Tchéquie", "Côte d’Ivoire"), for the request sheet and the pane's lists.
 */
export function countryName(code: CountryCode, lang: "nl" | "fr" | "en" | "de"): string {
  const override = DISPLAY_OVERRIDES[lang]?.[code];
  if (override) return override;
  const cldr = countryNameData().cldr[["nl", "fr", "en", "de"].indexOf(lang)]!;
  const names = Object.values(cldr.main)[0]!.localeDisplayNames.territories;
  const name = (SHORT_FORM_PREFERRED.has(code) && names[`${code}-alt-short`]) || names[code];
  if (name) return name;
  // Kosovo and the few codes CLDR lacks: the country library's shortest name.
  const library = countryNameData().library[lang].countries[code];
  if (!library) return code;
  return Array.isArray(library) ? library.reduce((a, b) => (b.length < a.length ? b : a)) : library;
}
