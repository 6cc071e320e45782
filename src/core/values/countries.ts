import codes from "i18n-iso-countries/codes.json";
import namesDe from "i18n-iso-countries/langs/de.json";
import namesEn from "i18n-iso-countries/langs/en.json";
import namesFr from "i18n-iso-countries/langs/fr.json";
import namesNl from "i18n-iso-countries/langs/nl.json";
import nationalDe from "i18n-nationality/langs/de.json";
import nationalEn from "i18n-nationality/langs/en.json";
import nationalFr from "i18n-nationality/langs/fr.json";
import nationalNl from "i18n-nationality/langs/nl.json";
import { isEmptyCell, isExcelError } from "./cell";
import { AMBIGUOUS_WORDS, EXTRA_NATIONALITY_WORDS, STATELESS_WORDS, UNKNOWN_WORDS } from "./data/countryWords";
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

type LangNames = { countries: Record<string, string | string[]> };
type LangNationalities = { nationalities: Record<string, string> };

const COUNTRY_NAMES: Readonly<Record<"nl" | "fr" | "en" | "de", LangNames>> = {
  nl: namesNl,
  fr: namesFr,
  en: namesEn,
  de: namesDe,
};
const NATIONALITIES: readonly LangNationalities[] = [nationalNl, nationalFr, nationalEn, nationalDe];

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
    if (folded.endsWith("isch")) out.push(`${folded}e`);
    else if (folded.endsWith("ees")) out.push(`${folded.slice(0, -3)}ese`);
    else if (folded.endsWith("s")) out.push(`${folded}e`);
    else if (!folded.endsWith("e")) out.push(`${folded}s`, `${folded}se`);
  } else if (lang === "fr") {
    if (folded.endsWith("e")) return out;
    if (folded.endsWith("en") || folded.endsWith("on")) out.push(`${folded}ne`);
    else if (folded.endsWith("c")) out.push(`${folded.slice(0, -1)}que`);
    else out.push(`${folded}e`);
  } else if (lang === "de") {
    out.push(`${folded}e`, `${folded}er`);
  }
  return out;
}

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
    for (const lang of Object.values(COUNTRY_NAMES)) {
      for (const [code, names] of Object.entries(lang.countries)) {
        for (const name of Array.isArray(names) ? names : [names]) {
          this.add(name, code, Level.Name);
          const bare = name.replace(/\s*\(.*?\)\s*/g, " ");
          if (bare !== name) this.add(bare, code, Level.Name);
        }
      }
    }
    NATIONALITIES.forEach((lang, i) => {
      const langCode = (["nl", "fr", "en", "de"] as const)[i]!;
      for (const [code, word] of Object.entries(lang.nationalities)) {
        // "Congolais (République du Congo)": the bare word is indexed too; it becomes ambiguous when
        // two countries share it, which is the truth.
        for (const form of new Set([word, word.replace(/\s*\(.*?\)\s*/g, "")])) {
          const folded = normaliseWord(form);
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
  const trimmed = cell.trim();
  if (/^\d{3}$/.test(trimmed)) return countryFromNis(Number(trimmed));
  const folded = normaliseWord(trimmed);
  if (folded === "" || /^[\s?\-–—.]*$/.test(trimmed)) return { ok: false, reason: "empty" };
  if (UNKNOWN.has(folded)) return { ok: false, reason: "declared_unknown" };
  if (STATELESS.has(folded)) return { ok: false, reason: "stateless" };
  const found = lookup.find(folded) ?? lookup.find(normaliseWord(trimmed.replace(/\s*\(.*?\)\s*/g, " ")));
  if (!found) return { ok: false, reason: "not_recognised" };
  return found.length === 1 ? { ok: true, value: found[0]! } : { ok: false, reason: "ambiguous", candidates: found };
}

/** A country's name in a language, for the request sheet: the library's common (shortest) name. */
export function countryName(code: CountryCode, lang: "nl" | "fr" | "en" | "de"): string {
  const names = COUNTRY_NAMES[lang].countries[code];
  if (!names) return code;
  return Array.isArray(names) ? names.reduce((a, b) => (b.length < a.length ? b : a)) : names;
}
