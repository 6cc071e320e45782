/**
 * Long work in the pane: one action at a time, with progress, Cancel, and a message at the end. Errors
 * are shown, never swallowed; a cancel is said as such; a sheet that changed under the pane makes it
 * forget what it read (step 1 finds the data again).
 */
import { useCallback, useRef, useState } from "react";
import type { MessageKey } from "../core";
import { StalePlan } from "../workbook/port";
import type { Busy } from "./paneApi";
import { loadPageData } from "./pageData";
import { failure, type PaneMessage } from "./paneMessages";

/** Whether an error is a cancel, which is reported as such and not as a failure. */
const isAbort = (error: unknown) => error instanceof Error && error.name === "AbortError";

export function useBusy(setMessage: (message: PaneMessage | null) => void, forgetRead: () => void) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const abort = useRef<AbortController | null>(null);

  const withBusy = useCallback(
    async (
      label: MessageKey,
      work: (signal: AbortSignal, progress: (done: number, total: number) => void) => Promise<void>,
    ) => {
      const controller = new AbortController();
      abort.current = controller;
      setBusy({ label, done: 0, total: 0 });
      setMessage(null);
      try {
        // Every action reads data or writes in the request's language: both come after step 1. Not
        // fetched (the add-in's server out of reach): said as such, and nothing is touched.
        const loaded = await loadPageData().then(
          () => true,
          (error: unknown) => {
            console.error("Diversity Request: the pane's work could not be loaded", error);
            return false;
          },
        );
        if (!loaded) return setMessage({ intent: "error", key: "pane.error.pageData" });
        await work(controller.signal, (done, total) => setBusy({ label, done, total }));
      } catch (error) {
        setMessage(isAbort(error) ? { intent: "info", key: "pane.cancelled" } : failure(error));
        if (error instanceof StalePlan) forgetRead();
      } finally {
        abort.current = null;
        setBusy(null);
      }
    },
    [forgetRead, setMessage],
  );

  return { busy, withBusy, cancel: () => abort.current?.abort() };
}
