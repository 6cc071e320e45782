import { createRoot } from "react-dom/client";
import { langFromLocale } from "../core/i18n";
import { App } from "../taskpane/App";

/*
 * The standalone page runs outside Office, so it does not load Office.js at all: the page then works
 * offline and makes no request to any other origin.
 */
const container = document.getElementById("root");
if (!container) throw new Error("standalone.html has no #root element");
createRoot(container).render(<App host="standalone" initialLang={langFromLocale(navigator.language)} />);
