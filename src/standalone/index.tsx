import { createRoot } from "react-dom/client";
import { langFromLocale } from "../core";
import { StandaloneApp } from "./StandaloneApp";

/*
 * The standalone page runs outside Office, so it does not load Office.js at all: the page then works
 * offline and makes no request to any other origin.
 */
const container = document.getElementById("root");
if (!container) throw new Error("standalone.html has no #root element");
createRoot(container).render(
  <StandaloneApp initialLang={langFromLocale(navigator.language)} today={new Date().toISOString().slice(0, 10)} />,
);
