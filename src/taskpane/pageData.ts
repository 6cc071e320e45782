/**
 * What the pane loads after its first screen: the other catalogues (the request sheet may be in
 * another language than the pane), the country names, the later steps and the work behind the buttons. Step 1 needs none of it,
 * so the pane shows step 1 first and fetches the rest from its own origin while the analyst reads.
 * Every action and every later step waits for it; in Node (the tests) it is there from the start.
 */
import { useEffect, useState } from "react";
import { LANGS, hasCatalogue, hasCountryNames, loadCatalogues, loadCountryNames } from "../core";
import { preloadSteps } from "./steps/stepSource";
import { importWork, preloadedWork, type PaneWork } from "./work/workSource";

let everything: Promise<void> | undefined;
let loadedWork: PaneWork | undefined = preloadedWork;

export function pageDataLoaded(): boolean {
  return loadedWork !== undefined && hasCountryNames() && LANGS.every(hasCatalogue);
}

/** The pane's work (reading, recoding, checking, the request); called only once `loadPageData` is done. */
export function work(): PaneWork {
  if (!loadedWork) throw new Error("The pane's work is not loaded yet: await loadPageData() first");
  return loadedWork;
}

/** Loads it all once; a failed fetch is reported and may be retried by the next action. */
export function loadPageData(): Promise<void> {
  if (pageDataLoaded()) return Promise.resolve();
  return (everything ??= Promise.all([
    loadCatalogues(),
    loadCountryNames(),
    preloadSteps(),
    importWork().then((loaded) => void (loadedWork = loaded)),
  ]).then(
    () => undefined,
    (error: unknown) => {
      everything = undefined;
      throw error;
    },
  ));
}

/** Whether the page data are in; starts loading them after the first render. */
export function usePageData(): { ready: boolean; error: unknown } {
  const [ready, setReady] = useState(pageDataLoaded);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadPageData().then(
      () => live && setReady(true),
      (failed: unknown) => live && setError(failed),
    );
    return () => void (live = false);
  }, [ready]);
  return { ready, error };
}
