/**
 * Where the catalogues come from. Node's faces (the command line, the tests) hold all three from the
 * start: reading 150 KB from disk costs nothing there. The pages' build swaps this module for
 * catalogueSource.browser.ts, which loads each language's catalogue when it is first needed, so the
 * task pane does not parse two languages it does not show before step 1 appears.
 */
import { en, type MessageKey } from "./en";
import { fr } from "./fr";
import { nl } from "./nl";
import { resultsMessages } from "./results";

type Catalogue = Readonly<Record<MessageKey, string>>;

/** With step 5's messages: Node's faces (the command line's `results`) need them from the start. */
export const preloadedCatalogues: Readonly<Partial<Record<"nl" | "fr" | "en", Catalogue>>> = {
  nl: { ...nl, ...resultsMessages.nl },
  fr: { ...fr, ...resultsMessages.fr },
  en: { ...en, ...resultsMessages.en },
};

export async function importCatalogue(lang: "nl" | "fr" | "en"): Promise<Catalogue> {
  return Promise.resolve(preloadedCatalogues[lang]!);
}
