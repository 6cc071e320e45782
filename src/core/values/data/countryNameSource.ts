/**
 * Where the country and nationality names come from (i18n-iso-countries, i18n-nationality and CLDR, in
 * nl, fr, en and de), and the continents (countries-list). Node's faces hold them from the start; the pages' build swaps this module for
 * countryNameSource.browser.ts, which loads them the first time data are read, not before step 1.
 */
import namesDe from "i18n-iso-countries/langs/de.json";
import namesEn from "i18n-iso-countries/langs/en.json";
import namesFr from "i18n-iso-countries/langs/fr.json";
import namesNl from "i18n-iso-countries/langs/nl.json";
import nationalDe from "i18n-nationality/langs/de.json";
import nationalEn from "i18n-nationality/langs/en.json";
import nationalFr from "i18n-nationality/langs/fr.json";
import nationalNl from "i18n-nationality/langs/nl.json";
import cldrDe from "cldr-localenames-modern/main/de/territories.json";
import cldrEn from "cldr-localenames-modern/main/en/territories.json";
import cldrFr from "cldr-localenames-modern/main/fr/territories.json";
import cldrNl from "cldr-localenames-modern/main/nl/territories.json";
import { countries as countryInfo } from "countries-list";
import type { CountryNames } from "./countryNames";

export const countryNames: CountryNames = {
  library: { nl: namesNl, fr: namesFr, en: namesEn, de: namesDe },
  nationalities: [nationalNl, nationalFr, nationalEn, nationalDe],
  cldr: [cldrNl, cldrFr, cldrEn, cldrDe],
  continents: Object.fromEntries(Object.entries(countryInfo).map(([code, info]) => [code, info.continent])),
};

export const preloadedCountryNames: CountryNames | undefined = countryNames;

export async function importCountryNames(): Promise<CountryNames> {
  return Promise.resolve(countryNames);
}
