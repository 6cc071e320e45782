import { createRoot } from "react-dom/client";
import { dialogHost, registerCommands } from "../commands/commands";
import { langFromLocale } from "../core";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import { App } from "./App";
import { PaneBridge, sharedRuntimeHost } from "./commandBridge";

/* Office.js must be ready before we touch Office.context; rendering earlier races its start-up. */
Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const context = Office.context as Office.Context | undefined;
  const officeLang = () => langFromLocale(context?.displayLanguage ?? navigator.language);

  // This page is also the ribbon's function file (manifest FunctionFile = Taskpane.Url).
  const shared = Boolean(context?.requirements?.isSetSupported("SharedRuntime", "1.1"));
  const bridge = shared ? new PaneBridge() : undefined;
  if (bridge) {
    bridge.visible = document.visibilityState === "visible";
    Office.addin
      .onVisibilityModeChanged((args) => {
        bridge.visible = args.visibilityMode === Office.VisibilityMode.taskpane;
      })
      .catch((error: unknown) => console.error("Diversity Request: no pane visibility events", error));
    registerCommands(sharedRuntimeHost(bridge, officeLang, () => Office.addin.showAsTaskpane()));
  } else {
    registerCommands(dialogHost(officeLang));
  }

  const port = new OfficeWorkbook();
  createRoot(container).render(
    <App
      host="excel"
      port={port}
      today={new Date().toISOString().slice(0, 10)}
      initialLang={officeLang()}
      dark={Boolean(context?.officeTheme?.isDarkTheme)}
      onGoToSheet={(sheet) => void port.activateSheet(sheet)}
      {...(bridge ? { bridge } : {})}
    />,
  );
});
