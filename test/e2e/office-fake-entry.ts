/**
 * Office.js stand-in for browser tests, backed by the in-memory Excel fake: `Excel.run` works on a
 * synthetic staff sheet, so the real task pane runs its real door in Chromium. Bundled by the e2e
 * harness and served in place of Microsoft's CDN script. Options come from window.__officeStub.
 */
import { FakeWorkbookData, fakeExcelRun, type CellValue } from "../support/excel-fake";
import { syntheticTable } from "../support/synthetic";

interface StubOptions {
  displayLanguage?: string;
  rows?: number;
  /** Headers of the synthetic staff sheet to leave out (to make a command miss a column). */
  omit?: string[];
  /** Whether Office offers the shared runtime (SharedRuntime 1.1); it does unless told otherwise. */
  sharedRuntime?: boolean;
}

const options: StubOptions = (window as unknown as { __officeStub?: StubOptions }).__officeStub ?? {};
const rows = options.rows ?? 1200;
const table = syntheticTable(rows, 7, true, 12);
const kept = table.headers.map((_, i) => i).filter((i) => !(options.omit ?? []).includes(table.headers[i]!));
const cells: CellValue[][] = [kept.map((i) => String(table.headers[i]))];
for (let r = 0; r < rows; r++) cells.push(kept.map((i) => (table.columns[i]![r] ?? "") as CellValue));
const data = new FakeWorkbookData();
data.addSheet("Personeel", cells);

const associated: Record<string, unknown> = {};
/** What the page asked of Office beyond the workbook: pane openings and dialogs. */
const officeCalls = { showAsTaskpane: 0, dialogs: [] as string[] };
const w = window as unknown as Record<string, unknown>;
w.__officeAssociated = associated;
w.__officeCalls = officeCalls;
w.__excelData = data;
w.Excel = { run: fakeExcelRun(data) };
w.Office = {
  HostType: { Excel: "Excel" },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    const info = { host: "Excel", platform: "PC" };
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    displayLanguage: options.displayLanguage ?? "en-US",
    officeTheme: { isDarkTheme: false },
    requirements: {
      isSetSupported: (set: string, version = "1.1") =>
        set === "SharedRuntime"
          ? options.sharedRuntime !== false && Number(version) <= 1.1
          : data.supports(set, version),
    },
    ui: {
      displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
        officeCalls.dialogs.push(url);
        // The analyst reads the notice and presses its Close button a moment later.
        callback({
          status: "succeeded",
          value: {
            addEventHandler: (type: string, handler: (arg: unknown) => void) => {
              if (type === "dialogMessageReceived") setTimeout(() => handler({ message: "close" }), 50);
            },
            close: () => undefined,
          },
        });
      },
    },
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
  VisibilityMode: { hidden: "Hidden", taskpane: "Taskpane" },
  actions: {
    associate(name: string, handler: unknown) {
      associated[name] = handler;
    },
  },
  addin: {
    showAsTaskpane: () => {
      officeCalls.showAsTaskpane++;
      return Promise.resolve();
    },
    onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
  },
};
