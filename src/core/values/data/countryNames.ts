/** The shapes of the country data the core reads (names, continents), and the place that holds them once loaded. */
import { importCountryNames, preloadedCountryNames } from "./countryNameSource";

export type LangNames = { countries: Record<string, string | string[]> };
export type LangNationalities = { nationalities: Record<string, string> };
export type CldrTerritories = {
  main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }>;
};

export interface CountryNames {
  /** i18n-iso-countries' names per language. */
  library: Readonly<Record<"nl" | "fr" | "en" | "de", LangNames>>;
  /** i18n-nationality's words, in the order nl, fr, en, de. */
  nationalities: readonly LangNationalities[];
  /** CLDR's territory names, in the order nl, fr, en, de. */
  cldr: readonly CldrTerritories[];
  /** Each country's continent code (countries-list: "EU", "AF", ...), for the origin groups. */
  continents: Readonly<Record<string, string>>;
}

let names: CountryNames | undefined = preloadedCountryNames;
let loading: Promise<void> | undefined;

/** The names; asked for before a page loaded them, that is a bug, said as one. */
export function countryNameData(): CountryNames {
  if (!names) throw new Error("Country names are not loaded yet: await loadCountryNames() first");
  return names;
}

export function hasCountryNames(): boolean {
  return names !== undefined;
}

/** Loads the names once, however often it is asked for; a failed fetch may be retried. */
export function loadCountryNames(): Promise<void> {
  if (names) return Promise.resolve();
  return (loading ??= importCountryNames().then(
    (loaded) => void (names = loaded),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}
