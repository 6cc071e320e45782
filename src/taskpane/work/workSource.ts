/**
 * Where the pane's work comes from. Node (the tests) holds it from the start; the pages' build swaps
 * this module for workSource.browser.ts, which loads it as a chunk after step 1 is on screen.
 */
import * as paneWork from "./paneWork";

export type PaneWork = typeof paneWork;

export const preloadedWork: PaneWork | undefined = paneWork;

export const importWork = (): Promise<PaneWork> => Promise.resolve(paneWork);
