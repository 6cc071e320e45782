/**
 * The steps after the first, as chunks of their own (webpack replaces stepSource.ts with this file).
 * `preloadSteps` fetches them right after step 1 renders, so a click on a later step rarely waits;
 * when it does, the pane's Suspense boundary shows that it is loading.
 */
import { lazy } from "react";

const describe = () => import(/* webpackChunkName: "step-describe" */ "./DescribeStep");
const motivate = () => import(/* webpackChunkName: "step-motivate" */ "./MotivateStep");
const request = () => import(/* webpackChunkName: "step-request" */ "./RequestStep");
const results = () => import(/* webpackChunkName: "step-results" */ "../results/ResultsStep");

export const DescribeStep = lazy(() => describe().then((m) => ({ default: m.DescribeStep })));
export const MotivateStep = lazy(() => motivate().then((m) => ({ default: m.MotivateStep })));
export const RequestStep = lazy(() => request().then((m) => ({ default: m.RequestStep })));
export const ResultsStep = lazy(() => results().then((m) => ({ default: m.ResultsStep })));

export const preloadSteps = (): Promise<void> =>
  Promise.all([describe(), motivate(), request(), results()]).then(() => undefined);
