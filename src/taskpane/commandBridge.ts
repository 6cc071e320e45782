/*
 * With a shared runtime, the ribbon commands run in the pane's own page. This bridge lets them use
 * the mounted pane: they run on the choices it shows (saved first), leave it fresh after writing to
 * the workbook, and, when something is missing, open it at the step that fixes it.
 */
import { useEffect, useRef } from "react";
import { outcomeMessage, showNotice, type CommandHost } from "../commands/commands";
import type { Lang } from "../core";
import type { StepId } from "./steps";
import type { PaneApi, PaneMessage } from "./usePane";

/** What the mounted pane offers the commands. */
export interface PaneHandle {
  lang(): Lang;
  busy(): boolean;
  /** Save choices not yet written, so a command runs on what the pane shows. */
  flush(): Promise<void>;
  /** After a command wrote to the workbook: take the saved settings again and forget data read before. */
  reload(): Promise<void>;
  show(message: PaneMessage, step?: StepId): void;
}

export class PaneBridge {
  private pane: PaneHandle | null = null;
  /** A message that came before the pane was mounted, shown as soon as it is. */
  private pending: { message: PaneMessage; step?: StepId } | null = null;
  /** Whether the pane is on screen; kept up to date from Office's visibility events. */
  visible = false;

  attach(pane: PaneHandle): () => void {
    this.pane = pane;
    if (this.pending) {
      pane.show(this.pending.message, this.pending.step);
      this.pending = null;
    }
    return () => {
      if (this.pane === pane) this.pane = null;
    };
  }

  lang(fallback: Lang): Lang {
    return this.pane?.lang() ?? fallback;
  }

  async ready(): Promise<boolean> {
    if (!this.pane) return true;
    if (this.pane.busy()) return false;
    await this.pane.flush();
    return true;
  }

  async reload(): Promise<void> {
    await this.pane?.reload();
  }

  show(message: PaneMessage, step?: StepId): void {
    if (this.pane) this.pane.show(message, step);
    else this.pending = step ? { message, step } : { message };
  }
}

/**
 * Commands in a shared runtime: a result goes to the pane (and to the dialog while the pane is
 * hidden); a missing column, a failure or a busy pane opens the pane with the message at step 1.
 */
export function sharedRuntimeHost(
  bridge: PaneBridge,
  officeLang: () => Lang,
  showPane: () => Promise<void>,
): CommandHost {
  return {
    lang: () => bridge.lang(officeLang()),
    ready: () => bridge.ready(),
    async report(id, outcome, lang) {
      const { key, params } = outcomeMessage(id, outcome, lang, true);
      if (outcome.kind === "done") {
        await bridge.reload();
        bridge.show({ intent: "success", key, params });
        // The shared runtime outlives the event: the notice is queued, the button is free at once.
        if (!bridge.visible) void showNotice(key, params, lang);
        return;
      }
      const message: PaneMessage = { intent: outcome.kind === "failed" ? "error" : "warning", key, params };
      // A busy pane, or a failure fixed in Excel itself, leaves the analyst where they are; a missing
      // column or another failure is fixed in step 1.
      if (outcome.kind === "busy" || (outcome.kind === "failed" && outcome.fixable)) bridge.show(message);
      else bridge.show(message, "decide");
      try {
        await showPane();
      } catch (error) {
        // The pane would not open: the message must still reach the analyst, so it goes to the dialog.
        console.error("Diversity Request: could not open the pane", error);
        const fallback = outcomeMessage(id, outcome, lang, false);
        void showNotice(fallback.key, fallback.params, lang);
      }
    },
  };
}

/** Attach the mounted pane to the bridge for as long as it is mounted. */
export function usePaneBridge(
  bridge: PaneBridge | undefined,
  pane: PaneApi,
  lang: Lang,
  goToStep: (step: StepId) => void,
): void {
  // The commands read the pane as it is when they run, not as it was when it was attached.
  const current = useRef({ pane, lang, goToStep });
  useEffect(() => {
    current.current = { pane, lang, goToStep };
  });
  useEffect(() => {
    if (!bridge) return;
    return bridge.attach({
      lang: () => current.current.lang,
      busy: () => current.current.pane.busy !== null,
      flush: () => current.current.pane.flush(),
      reload: () => current.current.pane.reload(),
      show: (message, step) => {
        current.current.pane.show(message);
        if (step) current.current.goToStep(step);
      },
    });
  }, [bridge]);
}
