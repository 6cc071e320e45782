/**
 * Free text typed in another language than the request's: a French request holding "Beveiligde
 * uploadzone van de KSZ" (the Dutch sample's old answer) was written without a word. A reader of either
 * language sees it at once from its small words and its institutions' names; so does this check.
 * Answers picked from a list are ids, written in the sheet's language, and never judged here.
 */
import type { Lang } from "../i18n";
import { TEXT_KEYS, type TextAnswerKey } from "./answers";

/** Words that belong to one of our languages only (articles, prepositions, the KSZ's own names). */
const MARKERS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  nl: new Set([
    "het",
    "een",
    "van",
    "voor",
    "met",
    "naar",
    "uit",
    "bij",
    "door",
    "wordt",
    "worden",
    "zijn",
    "niet",
    "ons",
    "onze",
    "jaar",
    "ksz",
    "rsz",
    "fod",
    "personeel",
    "dienst",
    "gegevens",
  ]),
  fr: new Set([
    "le",
    "la",
    "les",
    "une",
    "des",
    "du",
    "pour",
    "avec",
    "sur",
    "est",
    "sont",
    "par",
    "aux",
    "dans",
    "cette",
    "nos",
    "notre",
    "ans",
    "bcss",
    "onss",
    "spf",
    "personnel",
    "données",
  ]),
  en: new Set(["the", "of", "for", "with", "are", "by", "this", "our", "years", "cbss", "staff", "data"]),
};

/** Answers that are names, numbers, addresses or keys: in no language of their own, never judged. */
const NOT_PROSE: ReadonlySet<TextAnswerKey> = new Set<TextAnswerKey>([
  "institution",
  "kbo",
  "address",
  "service",
  "contactName",
  "contactEmail",
  "contactPhone",
  "signatoryName",
  "encryptionKey",
  "place",
  "signatureDate",
]);
/** The answers written as prose, where the language shows. */
const PROSE = TEXT_KEYS.filter((key) => !NOT_PROSE.has(key));

/** The language a text is plainly written in, or null: at least two marker words of one, none of another. */
export function plainLanguageOf(text: string): Lang | null {
  const words = text
    .toLowerCase()
    .normalize("NFC")
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const score = (lang: Lang) => words.filter((w) => MARKERS[lang].has(w)).length;
  const scores = (["nl", "fr", "en"] as const).map((lang) => ({ lang, n: score(lang) }));
  const found = scores.filter((s) => s.n > 0);
  return found.length === 1 && found[0]!.n >= 2 ? found[0]!.lang : null;
}

/** The answers plainly written in another language than the request's, with the language found. */
export function answersInOtherLanguage(
  answers: Readonly<Partial<Record<TextAnswerKey, string>>>,
  requestLang: Lang,
): { key: TextAnswerKey; lang: Lang }[] {
  return PROSE.flatMap((key) => {
    const found = plainLanguageOf(answers[key] ?? "");
    return found && found !== requestLang ? [{ key, lang: found }] : [];
  });
}
