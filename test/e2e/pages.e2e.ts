import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import JSZip from "jszip";
import type { BrowserContext } from "playwright-core";
import { DIST, launchBrowser, offMachine, serveDist, watch } from "./harness";

let server: Server;
let origin: string;
let browser: BrowserContext;

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launchBrowser("en-US");
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("built pages in Chromium", () => {
  test("the task pane renders the four steps in the Office display language, with no error and no request off this machine", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.addInitScript(() => {
      (window as unknown as { __officeStub: unknown }).__officeStub = { displayLanguage: "nl-BE" };
    });
    await page.goto(`${origin}/taskpane.html`);
    const tabs = page.getByRole("tab");
    await tabs.first().waitFor();
    expect(await tabs.count()).toBe(4);
    for (const name of ["1. Beslissen", "2. Motiveren", "3. Gegevens beschrijven", "4. Aanvraag doen"]) {
      expect(await page.getByRole("tab", { name }).isVisible()).toBe(true);
    }
    await page.getByRole("tab", { name: "4. Aanvraag doen" }).click();
    await page.getByText("Stap 4 van 4").waitFor();
    await page.screenshot({ path: join(__dirname, "../../test-results/taskpane.png") });
    expect(log.errors).toEqual([]);
    expect(offMachine(log)).toEqual([]);
    expect(log.requests.some((u) => u.endsWith("/__test__/office-stub.js"))).toBe(true);
    await page.close();
  });

  test("the standalone page runs without Office.js, loads no spreadsheet code until a file is opened, and follows the browser's language", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${origin}/standalone.html`);
    await page.getByRole("button", { name: "Open an .xlsx file" }).waitFor();
    expect(await page.getByText(/The file stays on this computer/).isVisible()).toBe(true);
    expect(log.requests.filter((u) => u.includes("office") || u.includes("exceljs"))).toEqual([]);
    // The language can be chosen before any file is opened.
    await page.getByTestId("language-switch").click();
    await page.getByRole("option", { name: "Français" }).click();
    await page.getByRole("button", { name: "Ouvrir un fichier .xlsx" }).waitFor();
    expect(log.errors).toEqual([]);
    expect(offMachine(log)).toEqual([]);
    await page.close();
  });

  test("the standalone page names a file for what it is, and refuses a file beyond Excel's rows before reading it, in words", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${origin}/standalone.html`);
    const input = page.getByTestId("file-input");
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(504).fill(0)]);
    await input.setInputFiles({ name: "personeel.xls", mimeType: "application/vnd.ms-excel", buffer: ole });
    await page.getByText(/personeel\.xls is an Excel 97-2003 workbook/).waitFor();
    const csv = Buffer.from("Naam;Dienst\nA;B\n");
    await input.setInputFiles({ name: "export.csv", mimeType: "text/csv", buffer: csv });
    await page.getByText(/export\.csv is a CSV text file, not a workbook/).waitFor();
    // A sheet claiming row 2,000,000: refused by Excel's limit, not read for a minute.
    const zip = await JSZip.loadAsync(readFileSync(join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx")));
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheet)!.async("string");
    zip.file(
      sheet,
      xml.replace(
        "</sheetData>",
        '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>',
      ),
    );
    const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    await input.setInputFiles({ name: "lang.xlsx", mimeType: "application/octet-stream", buffer });
    await page.getByText(/the sheet claims 2000000 rows, more than Excel's 1,048,576/).waitFor({ timeout: 60_000 });
    expect(await page.getByText(/Cannot read|undefined|FILE_ENDED/).count()).toBe(0);
    expect(offMachine(log)).toEqual([]);
    await page.close();
  });

  test("the task pane's page is the function file: it registers every ribbon command, which report in a dialog without a shared runtime", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.addInitScript(() => {
      (window as unknown as { __officeStub: unknown }).__officeStub = { sharedRuntime: false };
    });
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForFunction(
      () => Object.keys((window as unknown as { __officeAssociated: object }).__officeAssociated).length === 4,
    );
    const names = await page.evaluate(() =>
      Object.keys((window as unknown as { __officeAssociated: object }).__officeAssociated).sort(),
    );
    expect(names).toEqual(["checkSmallCells", "generateRequest", "recodeAges", "recodeNationalities"]);
    // Without a shared runtime a command cannot open the pane: it reports in the notice dialog.
    const calls = await page.evaluate(async () => {
      const w = window as unknown as {
        __officeAssociated: Record<string, (event: { completed: () => void }) => Promise<void>>;
        __officeCalls: { showAsTaskpane: number; dialogs: string[] };
      };
      await w.__officeAssociated.recodeAges!({ completed: () => undefined });
      return w.__officeCalls;
    });
    expect(calls.showAsTaskpane).toBe(0);
    expect(calls.dialogs).toHaveLength(1);
    const dialog = new URL(calls.dialogs[0]!);
    expect(dialog.pathname).toBe("/notice.html");
    expect(dialog.searchParams.get("key")).toBe("command.done");
    expect(log.errors).toEqual([]);
    expect(offMachine(log)).toEqual([]);
    await page.close();
  });

  test("the commands' message dialog shows a catalogue message in the user's language", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const params = encodeURIComponent(JSON.stringify({ command: "Leeftijden hercoderen", detail: "Leeftijdsklasse" }));
    await page.goto(`${origin}/notice.html?lang=nl&key=command.done&params=${params}`);
    await page.getByText("Leeftijden hercoderen: klaar. Leeftijdsklasse").waitFor();
    expect(await page.getByRole("button", { name: "Sluiten" }).isVisible()).toBe(true);
    expect(log.errors).toEqual([]);
    expect(offMachine(log)).toEqual([]);
    await page.close();
  });

  test("the production manifest points nowhere near localhost", () => {
    const manifest = readFileSync(join(DIST, "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/);
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/[^"]+\/taskpane\.html"/);
  });
});
