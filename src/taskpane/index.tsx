import { createRoot } from "react-dom/client";
import { dialogHost, registerCommands, type CommandHost } from "../commands/commands";
import { langFromLocale, loadCatalogues } from "../core";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import { App } from "./App";
import { OutsideHost } from "./components/OutsideHost";
import { PaneBridge, sharedRuntimeHost } from "./commandBridge";

/*
 * This page is also the ribbon's function file (manifest FunctionFile = Taskpane.Url). The commands are
 * associated here, at the top of the file, before Office.onReady and React: a command associated late
 * can miss the click that loaded the page. Which host reports their outcome (the pane in a shared
 * runtime, else a dialog) is known once Office is ready; a command clicked before waits for it.
 */
let resolveHost: (host: CommandHost) => void = () => undefined;
const commandHost = new Promise<CommandHost>((resolve) => (resolveHost = resolve));

/*
 * The page holds one catalogue before step 1: the one of the language it shows. The browser's language
 * is fetched at once, while Office.js starts; Office's display language, known once it is ready, is
 * most often the same one.
 */
void loadCatalogues([langFromLocale(navigator.language)]).catch(() => undefined); // retried below

if (typeof Office === "undefined") {
  // office.js did not load (the CDN unreachable, a proxy that blocks it): said, not a blank pane.
  const container = document.getElementById("root");
  const lang = langFromLocale(navigator.language);
  if (container)
    void loadCatalogues([lang]).then(() => createRoot(container).render(<OutsideHost lang={lang} noOffice />));
} else {
  registerCommands(commandHost);
  /* Office.js must be ready before we touch Office.context; rendering earlier races its start-up. */
  Office.onReady((info) => {
    const context = Office.context as Office.Context | undefined;
    const lang = langFromLocale(context?.displayLanguage ?? navigator.language);
    loadCatalogues([lang]).then(
      () => start(info),
      (error: unknown) => failedToLoad(error),
    );
  });
}

/** The catalogue itself did not come: no words to say it in but the browser's own, in English. */
function failedToLoad(error: unknown): void {
  console.error("Diversity Request: the pane could not load its messages", error);
  const container = document.getElementById("root");
  if (container)
    container.textContent =
      "Diversity Request could not load from its server. Check the connection, then close the pane and open it again.";
}

function start(info: { host: Office.HostType | null } | undefined): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const context = Office.context as Office.Context | undefined;
  const officeLang = () => langFromLocale(context?.displayLanguage ?? navigator.language);
  // Opened outside Excel: no workbook to work on. Say so and point to the standalone page.
  if (!info?.host) {
    createRoot(container).render(<OutsideHost lang={officeLang()} />);
    return;
  }

  const shared = Boolean(context?.requirements?.isSetSupported("SharedRuntime", "1.1"));
  const bridge = shared ? new PaneBridge() : undefined;
  if (bridge) {
    bridge.visible = document.visibilityState === "visible";
    Office.addin
      .onVisibilityModeChanged((args) => {
        bridge.visible = args.visibilityMode === Office.VisibilityMode.taskpane;
      })
      .catch((error: unknown) => console.error("Diversity Request: no pane visibility events", error));
    resolveHost(sharedRuntimeHost(bridge, officeLang, () => Office.addin.showAsTaskpane()));
  } else {
    resolveHost(dialogHost(officeLang));
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
}
