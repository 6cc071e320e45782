/**
 * The steps after the first. Node (the tests) imports them at once; the pages' build swaps this module
 * for stepSource.browser.ts, where each is its own chunk, fetched while the analyst is on step 1.
 */
export { DescribeStep } from "./DescribeStep";
export { MotivateStep } from "./MotivateStep";
export { RequestStep } from "./RequestStep";
export { ResultsStep } from "../results/ResultsStep";

export const preloadSteps = (): Promise<void> => Promise.resolve();
