/*
 * The ribbon commands' message dialog: one catalogue message in the user's language, with a Close
 * button. Parameters arrive in the query string; only known message keys are shown.
 *
 * Written with the DOM, not React: the dialog is one sentence and one button, and React with Fluent's
 * provider alone weighs 290 KB, five times the dialog's budget (60 KB). It still looks like Fluent: its
 * stylesheet (notice.html) reads Fluent's own design tokens, taken from @fluentui/tokens at build time.
 */
import { isLang, loadCatalogues, t } from "../core/i18n";
import { noticeText } from "./noticeText";

/** Fluent's webLightTheme tokens the dialog's stylesheet uses, filled in by the build (DefinePlugin). */
declare const FLUENT_NOTICE_TOKENS: Readonly<Record<string, string>>;

function render(lang: "nl" | "fr" | "en", text: string, onClose: () => void): void {
  document.documentElement.lang = lang;
  for (const [name, value] of Object.entries(FLUENT_NOTICE_TOKENS))
    document.documentElement.style.setProperty(`--${name}`, value);
  const root = document.getElementById("root");
  if (!root) throw new Error("notice.html has no #root element");
  const main = document.createElement("main");
  const message = document.createElement("p");
  message.setAttribute("role", "status");
  message.setAttribute("aria-live", "polite");
  message.textContent = text;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = t(lang, "notice.close");
  close.addEventListener("click", onClose);
  main.append(message, close);
  root.replaceChildren(main);
  // The dialog opens on this button, so Enter or Escape-then-Enter closes it from the keyboard.
  close.focus();
}

Office.onReady(async () => {
  const asked = new URLSearchParams(window.location.search).get("lang");
  await loadCatalogues([isLang(asked) ? asked : "en"]);
  const { lang, text } = noticeText(window.location.search);
  render(lang, text, () => Office.context.ui.messageParent("close"));
});
