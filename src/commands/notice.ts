/*
 * The ribbon commands' message dialog: shows one catalogue message in the user's language, with a
 * Close button. Parameters arrive in the query string; only known message keys are shown.
 */
import { catalogues, isLang, t, type MessageKey } from "../core";

Office.onReady(() => {
  const query = new URLSearchParams(window.location.search);
  const langParam = query.get("lang");
  const lang = isLang(langParam) ? langParam : "en";
  const key = query.get("key") ?? "";
  let params: Record<string, string | number> = {};
  try {
    params = JSON.parse(query.get("params") ?? "{}") as Record<string, string | number>;
  } catch {
    params = {};
  }
  const text = key in catalogues.en ? t(lang, key as MessageKey, params) : t(lang, "pane.error.title");
  document.documentElement.lang = lang;
  const message = document.getElementById("message");
  const close = document.getElementById("close") as HTMLButtonElement | null;
  if (message) message.textContent = text;
  if (close) {
    close.textContent = t(lang, "notice.close");
    close.addEventListener("click", () => Office.context.ui.messageParent("close"));
    close.focus();
  }
});
