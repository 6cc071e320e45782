/**
 * Issue 16 (part): every catalogue key rendered in every language with sample parameters. Fails on a
 * missing key, placeholders that differ between languages, a placeholder left unfilled, an English
 * word left in Dutch or French, or French punctuation without its no-break space.
 */
import { catalogue, formatDate, LANGS, t, type MessageKey } from "../../src/core";
import { GLOSSARY } from "../../src/core/i18n/glossary";

const keys = Object.keys(catalogue("en")) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const sample = (key: MessageKey) =>
  Object.fromEntries(placeholders(catalogue("en")[key]).map((name, i) => [name, i % 2 === 0 ? "Dienst" : 4]));

/** English words that have no business in a Dutch or French sentence (whole words). */
const ENGLISH = [
  "the",
  "and",
  "with",
  "your",
  "you",
  "this",
  "that",
  "which",
  "please",
  "click",
  "sheet",
  "column",
  "rows",
  "cannot",
  "file",
];

describe("the catalogues", () => {
  test("every key in every language, with the same placeholders", () => {
    const problems: string[] = [];
    for (const lang of LANGS) {
      for (const key of keys) {
        const text = catalogue(lang)[key];
        if (typeof text !== "string" || text.trim() === "") problems.push(`${lang} ${key}: missing`);
        else if (placeholders(text).join() !== placeholders(catalogue("en")[key]).join())
          problems.push(
            `${lang} ${key}: placeholders ${placeholders(text).join()} vs en ${placeholders(catalogue("en")[key]).join()}`,
          );
      }
      for (const key of Object.keys(catalogue(lang)))
        if (!(key in catalogue("en"))) problems.push(`${lang} ${key}: not in en`);
    }
    expect(problems).toEqual([]);
  });

  test("rendered with sample parameters, no placeholder is left unfilled", () => {
    const left = LANGS.flatMap((lang) =>
      keys.filter((key) => /\{\w+(\|[^}]*)?\}/.test(t(lang, key, sample(key)))).map((key) => `${lang} ${key}`),
    );
    expect(left).toEqual([]);
  });

  test.each(["nl", "fr"] as const)("no English word is left in %s", (lang) => {
    const found = keys.flatMap((key) => {
      const words = t(lang, key, sample(key))
        .toLowerCase()
        .split(/[^a-zà-ÿ]+/);
      return ENGLISH.filter((w) => words.includes(w)).map((w) => `${key}: ${w}`);
    });
    expect(found).toEqual([]);
  });

  test("French puts a no-break space before : ; ? ! and %, and inside « »", () => {
    const wrong = keys.filter((key) => {
      const text = t("fr", key, sample(key)).replace(/https?:\/\/\S+/g, "");
      return (
        /(^|[^\u00a0\u202f])[:;?!](\s|$)/.test(text) ||
        /[^\u00a0\u202f]%/.test(text) ||
        /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(text)
      );
    });
    expect(wrong).toEqual([]);
  });

  test("plural forms follow the language's rules, never '(s)' or '(en)'", () => {
    const left = LANGS.flatMap((lang) =>
      keys.filter((key) => /\w\((s|en|n|len|es|e|x)\)/.test(catalogue(lang)[key])).map((key) => `${lang} ${key}`),
    );
    expect(left).toEqual([]);
    expect(t("nl", "describe.invalid", { count: 1, column: "Geboortedatum" })).toMatch(/1 onleesbare cel in/);
    expect(t("nl", "describe.invalid", { count: 5, column: "Geboortedatum" })).toMatch(/5 onleesbare cellen in/);
    // French takes the singular for 0 and 1.
    expect(t("fr", "request.missingCount", { n: 0 })).toMatch(/0 réponse\b/);
    expect(t("fr", "request.missingCount", { n: 2 })).toMatch(/2 réponses/);
    expect(t("en", "request.missingCount", { n: 0 })).toMatch(/0 answers/);
  });

  test("the glossary: a concept named in one language is named in the others with its term", () => {
    const unmatched: string[] = [];
    for (const term of GLOSSARY.filter((g) => g.match)) {
      const match = term.match!;
      for (const key of keys) {
        // Rendered, so a term split over a plural switch ({n|cel kan|cellen kunnen}) is seen whole.
        const named = LANGS.filter((lang) => match[lang].test(t(lang, key, sample(key))));
        if (named.length > 0 && named.length < LANGS.length)
          unmatched.push(`${key}: "${term.en}" named in ${named.join(",")} only`);
      }
    }
    expect(unmatched).toEqual([]);
  });

  test("the glossary: no variant to avoid appears", () => {
    const found = GLOSSARY.flatMap((term) =>
      LANGS.flatMap((lang) =>
        (term.avoid?.[lang] ?? []).flatMap((pattern) =>
          keys
            .filter((key) => pattern.test(t(lang, key, sample(key))))
            .map((key) => `${lang} ${key}: ${pattern} (${term.avoid!.why})`),
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  test("numbers with the language's separators, dates day first as Belgian readers write them", () => {
    expect(t("nl", "linkage.count", { n: 1200 })).toBe("1.200 personeelsleden");
    expect(t("fr", "linkage.count", { n: 1200 })).toBe("1\u202f200 membres du personnel");
    expect(t("en", "linkage.count", { n: 1200 })).toBe("1,200 staff members");
    expect(t("fr", "linkage.count", { n: 1 })).toBe("1 membre du personnel");
    expect(t("nl", "describe.checkResult", { table: "T", small: 0, secondary: 0, persons: 0 })).toMatch(/0 personen/);
    // French takes the singular for zero: "0 personne masquée", never "0 personnes".
    expect(t("fr", "describe.checkResult", { table: "T", small: 0, secondary: 0, persons: 0 })).toMatch(
      /0 personne masquée\)/,
    );
    for (const lang of LANGS) expect(formatDate(lang, "2025-12-31")).toBe("31/12/2025");
    expect(t("nl", "request.generated", { date: formatDate("nl", "2026-01-05") })).toMatch(/op 05\/01\/2026\./);
  });

  test("the count of keys x languages checked", () => {
    expect(keys.length * LANGS.length).toBeGreaterThan(1000);
  });
});

/**
 * Issue 22: every message with a count, rendered at 0, 1 and 2, agrees with its number ("1 kleine cel
 * kunnen" and "1 petite cellule peuvent" were shipped). Counts are the parameters any message switches
 * on ({n|cel|cellen}); the nouns and verbs below are those of our messages, in both numbers.
 */
describe("counts agree with their number", () => {
  const counts = new Set(
    LANGS.flatMap((lang) => keys.flatMap((key) => [...catalogue(lang)[key].matchAll(/\{(\w+)\|/g)].map((m) => m[1]!))),
  );
  // A number, at most one word, then a word that disagrees with it (a plural noun or verb after 1, ...).
  // A number ending a range ("1 tot en met 4 personen is klein") agrees with the range's head: skipped.
  const after = (n: number, words: string) =>
    new RegExp(
      `(?<![\\d.,\\u202f]|tot en met |à |to )\\b${n} (?:[\\p{L}’'-]+ )?(?:(?:${NOUNS}) )?(?:${words})(?![\\p{L}-])`,
      "u",
    );
  const NL_PLURAL =
    "cellen|personen|rijen|groepen|klassen|tabellen|waarden|datums|antwoorden|problemen|kunnen|zijn|bevatten|tellen|worden|hebben|bewijzen|blijven";
  const NL_SINGULAR =
    "cel|persoon|rij|groep|klasse|tabel|waarde|datum|antwoord|probleem|kan|is|bevat|telt|wordt|heeft|bewijst|blijft";
  const FR_PLURAL =
    "cellules|personnes|lignes|groupes|classes|tableaux|valeurs|dates|réponses|problèmes|peuvent|sont|contiennent|ont|restent|prouvent";
  const FR_SINGULAR =
    "cellule|personne|ligne|groupe|classe|tableau|valeur|réponse|problème|peut|est|contient|a|reste|prouve";
  const EN_PLURAL =
    "cells|persons|people|rows|groups|bands|tables|values|dates|answers|problems|are|hold|have|were|prove";
  const EN_SINGULAR = "cell|person|row|group|band|table|value|answer|problem|is|holds|has|was|proves";
  const NOUNS = [NL_PLURAL, NL_SINGULAR, FR_PLURAL, FR_SINGULAR, EN_PLURAL, EN_SINGULAR].join("|");
  const wrong: Record<(typeof LANGS)[number], Record<0 | 1 | 2, string>> = {
    nl: { 0: NL_SINGULAR, 1: NL_PLURAL, 2: NL_SINGULAR },
    fr: { 0: FR_PLURAL, 1: FR_PLURAL, 2: FR_SINGULAR },
    en: { 0: EN_SINGULAR, 1: EN_PLURAL, 2: EN_SINGULAR },
  };

  test.each(LANGS)("in %s, every count at 0, 1 and 2", (lang) => {
    const problems: string[] = [];
    for (const key of keys) {
      const params = placeholders(catalogue("en")[key]);
      if (!params.some((p) => counts.has(p))) continue;
      for (const n of [0, 1, 2] as const) {
        const values = Object.fromEntries(params.map((p) => [p, counts.has(p) ? n : "Dienst"]));
        const text = t(lang, key, values);
        const hit = after(n, wrong[lang][n]).exec(text);
        if (hit) problems.push(`${key} at ${n}: “${hit[0]}” in “${text}”`);
      }
    }
    expect(problems).toEqual([]);
  });
});
