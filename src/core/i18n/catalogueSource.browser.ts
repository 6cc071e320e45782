/**
 * The pages' catalogue source (webpack replaces catalogueSource.ts with this file): none at first, and
 * each language as its own chunk, fetched from the add-in's own origin when it is first needed.
 */
import type { BaseKey, MessageKey } from "./en";

type Catalogue = Readonly<Record<MessageKey, string>>;
/** A main catalogue: step 5's messages join it when step 5 loads (addCatalogueParts). */
type BaseCatalogue = Readonly<Record<BaseKey, string>>;

export const preloadedCatalogues: Readonly<Partial<Record<"nl" | "fr" | "en", Catalogue>>> = {};

export async function importCatalogue(lang: "nl" | "fr" | "en"): Promise<BaseCatalogue> {
  switch (lang) {
    case "nl":
      return (await import(/* webpackChunkName: "catalogue-nl" */ "./nl")).nl;
    case "fr":
      return (await import(/* webpackChunkName: "catalogue-fr" */ "./fr")).fr;
    case "en":
      return (await import(/* webpackChunkName: "catalogue-en" */ "./en")).en;
  }
}
