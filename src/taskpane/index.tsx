import { createRoot } from "react-dom/client";
import { langFromLocale } from "../core";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import { App } from "./App";

/* Office.js must be ready before we touch Office.context; rendering earlier races its start-up. */
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const context = Office.context as Office.Context | undefined;
  const port = new OfficeWorkbook();
  createRoot(container).render(
    <App
      host="excel"
      port={port}
      today={new Date().toISOString().slice(0, 10)}
      initialLang={langFromLocale(context?.displayLanguage ?? navigator.language)}
      dark={Boolean(context?.officeTheme?.isDarkTheme)}
      onGoToSheet={(sheet) => void port.activateSheet(sheet)}
    />,
  );
});
