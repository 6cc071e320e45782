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
}

const options: StubOptions = (window as unknown as { __officeStub?: StubOptions }).__officeStub ?? {};
const rows = options.rows ?? 1200;
const table = syntheticTable(rows, 7, true, 12);
const cells: CellValue[][] = [table.headers.map(String)];
for (let r = 0; r < rows; r++) cells.push(table.columns.map((c) => (c[r] ?? "") as CellValue));
const data = new FakeWorkbookData();
data.addSheet("Personeel", cells);

const associated: Record<string, unknown> = {};
const w = window as unknown as Record<string, unknown>;
w.__officeAssociated = associated;
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
    requirements: { isSetSupported: (_set: string, version: string) => Number(version) <= 1.7 },
  },
  actions: {
    associate(name: string, handler: unknown) {
      associated[name] = handler;
    },
  },
  addin: { showAsTaskpane: () => Promise.resolve() },
};
