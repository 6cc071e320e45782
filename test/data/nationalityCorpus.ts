/**
 * The nationality test corpus (issue 15): values as exports write them, each with the country it must
 * give (null: it names no nationality and must not be placed). Built from sources the parser does not
 * use: codes and English and native names from `countries-list`, the hand-written words of
 * nationalityWords.ts, composite and padded forms made of those, and words that are no nationality.
 */
import { countries } from "countries-list";
import { NIS_TO_ISO } from "../../src/core/values/data/nisCountries";
import { NATIONALITY_WORDS } from "./nationalityWords";

export type CorpusLang = "code" | "nl" | "fr" | "en" | "de" | "native" | "any";
export type CorpusForm =
  | "alpha-2"
  | "alpha-3"
  | "name"
  | "adjective"
  | "noun"
  | "plural"
  | "phrase"
  | "composite"
  | "padded NIS"
  | "no nationality";

export interface CorpusValue {
  value: string;
  expect: string | null;
  lang: CorpusLang;
  form: CorpusForm;
}

/** Latin-script names only: a native name in Arabic or Cyrillic script is not in a Belgian export. */
const LATIN = /^[\p{Script=Latin}\s'’.,()-]+$/u;

/** Words an export may hold in the column that name no nationality (yes/no, sexes, languages, regions). */
const NOT_NATIONALITIES = [
  "Neen",
  "Nee",
  "Ja",
  "Oui",
  "Non",
  "Man",
  "Vrouw",
  "Homme",
  "Femme",
  "Arabe",
  "Arabisch",
  "Koerdisch",
  "Kurde",
  "Europees",
  "Européen",
  "maghrébin",
  "Afrikaans",
  "Asiatique",
  "Andere",
  "Autre",
  "Other",
  "Dienst Financiën",
  "Personeel",
  "Jan Peeters",
  "Sofie Janssens",
  "X",
  "??",
  "Zie dossier",
  "Voir dossier",
  "Brussel",
];

/** English person nouns that are not the adjective (Oxford): "a Spaniard", "two Poles". */
const ENGLISH_NOUNS: readonly [string, string][] = [
  ["Spaniard", "ES"],
  ["Spaniards", "ES"],
  ["Pole", "PL"],
  ["Poles", "PL"],
  ["Turk", "TR"],
  ["Turks", "TR"],
  ["Dane", "DK"],
  ["Danes", "DK"],
  ["Swede", "SE"],
  ["Swedes", "SE"],
  ["Finn", "FI"],
  ["Finns", "FI"],
  ["Briton", "GB"],
  ["Britons", "GB"],
  ["Dutchman", "NL"],
  ["Dutchwoman", "NL"],
  ["Frenchman", "FR"],
  ["Frenchwoman", "FR"],
  ["Irishman", "IE"],
  ["Scot", "GB"],
  ["Greeks", "GR"],
  ["Czechs", "CZ"],
  ["Croat", "HR"],
  ["Croats", "HR"],
  ["Serb", "RS"],
  ["Serbs", "RS"],
  ["Slovaks", "SK"],
  ["Filipinos", "PH"],
  ["Somalis", "SO"],
  ["Latvians", "LV"],
];

export function nationalityCorpus(): CorpusValue[] {
  const out: CorpusValue[] = [];
  for (const [iso2, data] of Object.entries(countries)) {
    // Ascension and Tristan da Cunha have reserved codes outside ISO 3166-1 (part of SH).
    if (iso2 === "AC" || iso2 === "TA") continue;
    const c = data as { name: string; native: string; iso3?: string };
    out.push({ value: iso2, expect: iso2, lang: "code", form: "alpha-2" });
    const iso3 = (countries as unknown as Record<string, { iso3?: string }>)[iso2]?.iso3;
    if (iso3) out.push({ value: iso3, expect: iso2, lang: "code", form: "alpha-3" });
    out.push({ value: c.name, expect: iso2, lang: "en", form: "name" });
    if (c.native !== c.name && LATIN.test(c.native))
      out.push({ value: c.native, expect: iso2, lang: "native", form: "name" });
  }
  const nisOf = new Map<string, number>();
  for (const [nis, iso] of Object.entries(NIS_TO_ISO)) if (iso && !nisOf.has(iso)) nisOf.set(iso, Number(nis));
  for (const line of NATIONALITY_WORDS.trim().split("\n")) {
    const [iso, nlAdj, nlNoun, frMasc, frFem, en, deAdj, deNoun, nlPlural, dePlural] = line.split("|") as string[];
    const word = (value: string, lang: CorpusLang, form: CorpusForm) => out.push({ value, expect: iso!, lang, form });
    word(nlAdj!, "nl", "adjective");
    word(nlAdj!.toUpperCase(), "nl", "adjective"); // exports in capitals
    word(`nationalité ${frFem}`, "fr", "phrase");
    word(nlNoun!, "nl", "noun");
    word(frMasc!, "fr", "adjective");
    word(frFem!, "fr", "adjective");
    // French plurals: add -s, except after -s or -x ("français" stays).
    if (!/[sx]( \(.*\))?$/.test(frMasc!)) word(frMasc!.replace(/^(\S+)/, "$1s"), "fr", "plural");
    if (!/[sx]( \(.*\))?$/.test(frFem!)) word(frFem!.replace(/^(\S+)/, "$1s"), "fr", "plural");
    word(en!, "en", "adjective");
    word(deAdj!, "de", "adjective");
    word(deNoun!, "de", "noun");
    word(nlPlural!, "nl", "plural");
    word(dePlural!, "de", "plural");
    // English nouns of persons in the plural: the -an, -ian and -i adjectives take -s (Oxford).
    if (/(an|i)$/.test(en!)) word(`${en}s`, "en", "plural");
    const english = (countries as Record<string, { name: string; iso3?: string }>)[iso!];
    word(`${iso} - ${nlAdj}`, "any", "composite");
    word(`${english?.name} (${iso})`, "any", "composite");
    if (english?.iso3) word(`${english.iso3} ${frMasc}`, "any", "composite");
    word(`${nlAdj} / ${frFem}`, "any", "composite");
    const nis = nisOf.get(iso!);
    if (nis) {
      word(`00${nis}`, "code", "padded NIS");
      word(`${nis} - ${frFem}`, "any", "composite");
    }
  }
  for (const [value, iso] of ENGLISH_NOUNS) out.push({ value, expect: iso, lang: "en", form: "noun" });
  for (const value of NOT_NATIONALITIES) out.push({ value, expect: null, lang: "any", form: "no nationality" });
  return out;
}
