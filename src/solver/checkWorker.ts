/**
 * The check's Web Worker: HiGHS and the audit run here, off the page's main thread. One job at a time;
 * the page cancels by ending the worker.
 */
import { loadCatalogues, loadCountryNames } from "../core";
import { runCheckJob, type CheckJob } from "./checker";
import { loadSolver } from "./highs";

export type CheckRequestMessage = { job: CheckJob };
export type CheckResponseMessage =
  | { type: "progress"; done: number; total: number }
  | { type: "done"; outcome: ReturnType<typeof runCheckJob> }
  | { type: "failed"; error: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequestMessage>) => void) | null;
  postMessage(message: CheckResponseMessage): void;
};

scope.onmessage = (event) => {
  // The worker holds no catalogue or country name until loaded: the outcome names groups in words.
  Promise.all([loadSolver(), loadCatalogues(), loadCountryNames()])
    .then(([solver]) => {
      const outcome = runCheckJob(event.data.job, solver, {
        onProgress: (done, total) => scope.postMessage({ type: "progress", done, total }),
      });
      scope.postMessage({ type: "done", outcome });
    })
    .catch((error: unknown) =>
      scope.postMessage({ type: "failed", error: String((error as Error)?.message ?? error) }),
    );
};
