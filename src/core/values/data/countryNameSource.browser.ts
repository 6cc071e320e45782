/**
 * The pages' source of country names (webpack replaces countryNameSource.ts with this file): none at
 * first, then all of them as one chunk from the add-in's own origin, the first time data are read.
 */
import type { CountryNames } from "./countryNames";

export const preloadedCountryNames: CountryNames | undefined = undefined;

export async function importCountryNames(): Promise<CountryNames> {
  // The Node source, in its own chunk: the same data, loaded later.
  return (await import(/* webpackChunkName: "country-names" */ "./countryNameSource")).countryNames;
}
