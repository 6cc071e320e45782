import type { MessageKey } from "./en";
import { importCatalogue, preloadedCatalogues } from "./catalogueSource";

export type { MessageKey };

/** Languages the product speaks. Interface and request sheet each pick one, independently. */
export type Lang = "nl" | "fr" | "en";
export const LANGS: readonly Lang[] = ["nl", "fr", "en"];

export type Catalogue = Readonly<Record<MessageKey, string>>;
/** A catalogue as loaded: a page's main catalogue lacks step 5's messages until step 5 adds them. */
type Loaded = Readonly<Record<string, string>>;
const loaded: Partial<Record<Lang, Loaded>> = { ...preloadedCatalogues };
/** Messages added to every language's catalogue, as it loads or at once (step 5's, see results.ts). */
const parts: Partial<Record<Lang, Loaded>> = {};

/** Add messages to the catalogues: step 5 adds its own when its code loads. */
export function addCatalogueParts(part: Readonly<Record<Lang, Loaded>>): void {
  for (const lang of LANGS) {
    parts[lang] = { ...parts[lang], ...part[lang] };
    const found = loaded[lang];
    if (found) loaded[lang] = { ...found, ...part[lang] };
  }
}
const loading = new Map<Lang, Promise<void>>();

/**
 * A language's catalogue. Everywhere but the pages it is there from the start; a page loads it first
 * (`loadCatalogues`), and a message asked for before that is a bug, said as one, never a blank.
 */
export function catalogue(lang: Lang): Catalogue {
  const found = loaded[lang];
  if (!found) throw new Error(`The ${lang} catalogue is not loaded yet: await loadCatalogues(["${lang}"]) first`);
  return found as Catalogue;
}

export function hasCatalogue(lang: Lang): boolean {
  return loaded[lang] !== undefined;
}

/** Loads the catalogues of these languages (each once, however often it is asked for). */
export function loadCatalogues(langs: readonly Lang[] = LANGS): Promise<void> {
  return Promise.all(
    langs.map((lang) => {
      if (loaded[lang]) return undefined;
      let pending = loading.get(lang);
      if (!pending) {
        pending = importCatalogue(lang).then(
          (c) => void (loaded[lang] = { ...c, ...parts[lang] }),
          (error: unknown) => {
            loading.delete(lang); // a failed fetch may be retried
            throw error;
          },
        );
        loading.set(lang, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/**
 * Whether a string is a message key (and not an inherited name such as `constructor`), asked of a
 * loaded catalogue: every catalogue holds every key, as its type requires.
 */
export function isMessageKey(key: string, lang: Lang): key is MessageKey {
  return Object.hasOwn(catalogue(lang), key);
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** The locale each language is written in here: Belgian Dutch and French, British English (day first). */
const LOCALE: Readonly<Record<Lang, string>> = { nl: "nl-BE", fr: "fr-BE", en: "en-GB" };

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** A number as the language writes it: 1.200 in nl, 1 200 in fr (narrow no-break space), 1,200 in en. */
export function formatNumber(lang: Lang, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(LOCALE[lang])));
  return format.format(n);
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
/**
 * A day as Belgian readers write it, 31/12/2025, from an ISO yyyy-mm-dd string (the form the product
 * keeps dates in); anything else is returned as it is.
 */
export function formatDate(lang: Lang, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  let format = dateFormats.get(lang);
  if (!format)
    dateFormats.set(
      lang,
      (format = new Intl.DateTimeFormat(LOCALE[lang], {
        day: "2-digit",
        month: "2-digit",
        year: "numeric",
        timeZone: "UTC",
      })),
    );
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // A day that does not exist (30 February) stays as written: Date would roll it over to March.
  if (day.getUTCMonth() !== Number(m[2]) - 1 || day.getUTCDate() !== Number(m[3])) return iso;
  return format.format(day);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
const pluralOf = (lang: Lang, n: number) => {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
};

/**
 * Translate a message key, filling `{name}` placeholders and choosing plural forms: `{n|cel|cellen}`
 * is "cel" when `n` takes the singular in the language (Intl.PluralRules: 1 in nl and en, 0 and 1
 * in fr), else "cellen"; without a number, the plural.
 * Numbers are written as the language writes them (1.200, 1 200, 1,200); pass a string for a number
 * that is a code or a year. A placeholder without a value stays visible as `{name}` so a missing
 * argument shows in review instead of silently printing "undefined".
 */
/**
 * What separates the items of a list whose items may hold a comma themselves: "a; b" in Dutch and
 * English, "a ; b" (no-break space) in French.
 */
export function listSeparator(lang: Lang): string {
  return t(lang, "format.listSeparator");
}

/** A list of whole items in the language's own words: "a, b en c", "a, b et c", "a, b, and c". */
export function formatList(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(items);
}

/** Parameters that name an Excel row. */
const ROW_PARAMS = new Set(["row"]);

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const message = catalogue(lang)[key] as string | undefined;
  // Step 5's messages come with step 5's code: asked for before it loaded, it is a bug, said as one.
  if (message === undefined) throw new Error(`The message ${key} is not loaded: step 5's messages come with its code`);
  const template = message.replace(
    /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
    (_, name: string, one: string, other: string) => {
      const n = Number(params?.[name]);
      return Number.isFinite(n) && pluralOf(lang, n) === "one" ? one : other;
    },
  );
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A row is a place, written as Excel's row header shows it ("rij 1205"), never grouped like a count.
    return typeof value === "number" && !ROW_PARAMS.has(name) ? formatNumber(lang, value) : String(value);
  });
}

/**
 * Pick the product language for an Office/BCP-47 language tag: nl for nl-*, fr for fr-*, else en.
 * Belgian users run Office in nl-BE or fr-BE; de-BE and everything else fall back to English.
 */
export function langFromLocale(locale: string | null | undefined): Lang {
  const primary = (locale ?? "").toLowerCase().split(/[-_]/)[0];
  if (primary === "nl") return "nl";
  if (primary === "fr") return "fr";
  return "en";
}

/** Is this string one of our languages? For values read back from settings or the command line. */
export function isLang(value: unknown): value is Lang {
  return value === "nl" || value === "fr" || value === "en";
}
