/**
 * The notice dialog (notice.html), one at a time. Office shows one dialog per add-in: asking for a
 * second while one is open fails with 12007 and its message would be lost, so notices wait in a queue
 * for the one before to close. A notice is closed by its Close button (a message to this page) or by
 * the dialog's own X (event 12006); either way the next one opens.
 */
import type { Lang, MessageKey, MessageParams } from "../core";

/** Office's "a dialog is already open" (another add-in's, or one opened outside this queue). */
const DIALOG_ALREADY_OPEN = 12007;
/** Tries of a dialog refused with 12007, a second apart, before its message goes to the console. */
const RETRIES = 5;
/**
 * Longest a command waits for its notice to close: Office ends a function command that runs for
 * about five minutes, and the event must be completed before.
 */
export const NOTICE_WAIT_MS = 4 * 60 * 1000;

let queue: Promise<void> = Promise.resolve();

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Show a catalogue message in the notice dialog, after any notice still open. Resolves when this
 * notice has closed (or could not open), so a caller without a shared runtime can keep its runtime
 * alive until then: the Close button is only heard while the page that opened the dialog runs.
 */
export function showNotice(key: MessageKey, params: MessageParams, lang: Lang): Promise<void> {
  const url = new URL("notice.html", window.location.href);
  url.searchParams.set("lang", lang);
  url.searchParams.set("key", key);
  url.searchParams.set("params", JSON.stringify(params));
  const shown = queue.then(() => openUntilClosed(url.toString(), key));
  queue = shown;
  return shown;
}

async function openUntilClosed(url: string, key: MessageKey): Promise<void> {
  for (let attempt = 0; attempt <= RETRIES; attempt++) {
    const outcome = await openOnce(url);
    if (outcome === "closed") return;
    if (outcome !== DIALOG_ALREADY_OPEN) break;
    await wait(1000);
  }
  console.error("Diversity Request: could not show a message", key);
}

/** One attempt: "closed" once the dialog has closed, else the error code of the refusal. */
function openOnce(url: string): Promise<"closed" | number> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve(result.error?.code ?? -1);
        return;
      }
      const dialog = result.value;
      let done = false;
      // Never longer than a command may run.
      const timer = setTimeout(() => closed(), NOTICE_WAIT_MS);
      const closed = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve("closed");
      };
      // The notice's Close button: close it from here (a dialog cannot close itself).
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        closed();
      });
      // The dialog's own X (12006), or its page gone: it is closed already.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, closed);
    });
  });
}
