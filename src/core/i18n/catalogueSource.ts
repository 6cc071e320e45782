/**
 * Where the catalogues come from. Node's faces (the command line, the tests) hold all three from the
 * start: reading 150 KB from disk costs nothing there. The pages' build swaps this module for
 * catalogueSource.browser.ts, which loads each language's catalogue when it is first needed, so the
 * task pane does not parse two languages it does not show before step 1 appears.
 */
import { en, type MessageKey } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";

type Catalogue = Readonly<Record<MessageKey, string>>;

export const preloadedCatalogues: Readonly<Partial<Record<"nl" | "fr" | "en", Catalogue>>> = { nl, fr, en };

export async function importCatalogue(lang: "nl" | "fr" | "en"): Promise<Catalogue> {
  return Promise.resolve(preloadedCatalogues[lang]!);
}
