/**
 * The page's side of the check worker. The worker is kept between checks (HiGHS compiles once);
 * Cancel ends it at once (the audit is one synchronous run inside it) and the next check starts a
 * fresh one. Where no Worker exists (a test's jsdom), the check runs in this process instead.
 */
import type { CheckOutcome } from "../core";
import type { Checker } from "./checker";
import type { CheckRequestMessage, CheckResponseMessage } from "./checkWorker";
import { startCheckWorker } from "./startCheckWorker";

const abortError = () => Object.assign(new Error("The check was cancelled."), { name: "AbortError" });

/** A worker waiting for work; a busy one is not shared (a second check at once gets its own). */
let idle: Worker | null = null;

export const workerChecker: Checker = (job, options = {}) => {
  const worker = idle ?? startCheckWorker();
  idle = null;
  // Loaded only then, so the pages' own bundles do not carry the solver's loader.
  if (!worker) return import("./inProcessChecker").then(({ inProcessChecker }) => inProcessChecker(job, options));
  return new Promise<CheckOutcome>((resolve, reject) => {
    const { signal, onProgress } = options;
    if (signal?.aborted) {
      idle = worker;
      reject(abortError());
      return;
    }
    const settle = (keep: boolean) => {
      signal?.removeEventListener("abort", cancel);
      worker.onmessage = null;
      worker.onerror = null;
      if (keep && !idle) idle = worker;
      else worker.terminate();
    };
    const cancel = () => {
      settle(false);
      reject(abortError());
    };
    signal?.addEventListener("abort", cancel);
    worker.onmessage = (event: MessageEvent<CheckResponseMessage>) => {
      const message = event.data;
      if (message.type === "progress") {
        onProgress?.(message.done, message.total);
        return;
      }
      settle(message.type === "done");
      if (message.type === "done") resolve(message.outcome);
      else reject(new Error(message.error));
    };
    worker.onerror = (event) => {
      settle(false);
      reject(new Error(event.message || "the check worker stopped"));
    };
    worker.postMessage({ job } satisfies CheckRequestMessage);
  });
};
