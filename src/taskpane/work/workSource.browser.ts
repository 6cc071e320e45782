/** The pages' source of the pane's work (webpack replaces workSource.ts with this file): a chunk, later. */
import type { PaneWork } from "./workSource";

export type { PaneWork } from "./workSource";

export const preloadedWork: PaneWork | undefined = undefined;

export const importWork = (): Promise<PaneWork> => import(/* webpackChunkName: "pane-work" */ "./paneWork");
