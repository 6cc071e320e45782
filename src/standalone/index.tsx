import { createRoot } from "react-dom/client";
import { langFromLocale, loadCatalogues } from "../core";
import { StandaloneApp } from "./StandaloneApp";

/*
 * The standalone page runs outside Office, so it does not load Office.js at all: the page then works
 * offline and makes no request to any other origin.
 */
const container = document.getElementById("root");
if (!container) throw new Error("standalone.html has no #root element");
const lang = langFromLocale(navigator.language);
// One catalogue before the first screen; the others, the country names and later steps follow it.
void loadCatalogues([lang]).then(
  () =>
    createRoot(container).render(<StandaloneApp initialLang={lang} today={new Date().toISOString().slice(0, 10)} />),
  (error: unknown) => {
    console.error("Diversity Request: the page could not load its messages", error);
    container.textContent = "Diversity Request could not load. Reload the page.";
  },
);
