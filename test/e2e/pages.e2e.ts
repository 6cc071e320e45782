import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import JSZip from "jszip";
import type { BrowserContext } from "playwright-core";
import { readdirSync } from "node:fs";
import { parse } from "acorn";
import { DIST, launchBrowser, offMachine, realOfficeJs, serveDist, watch } from "./harness";

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

describe("where the pages run", () => {
  /** Node types below the stated engines: class static blocks need Safari 16.4 (WebKit 15.4 is stated). */
  const TOO_NEW = new Set(["StaticBlock"]);
  /**
   * Regular expressions the stated engines reject at load: look-behind (Safari 16.4) and the v flag
   * (Safari 17), in a literal or in a string handed to RegExp.
   */
  const TOO_NEW_REGEX = /\(\?<[=!]/;
  function tooNew(node: unknown, found: string[]): void {
    if (!node || typeof node !== "object") return;
    const type = (node as { type?: unknown }).type;
    if (typeof type === "string" && TOO_NEW.has(type)) found.push(type);
    const regex = (node as { regex?: { pattern: string; flags: string } }).regex;
    if (regex && (TOO_NEW_REGEX.test(regex.pattern) || regex.flags.includes("v"))) found.push(`/${regex.pattern}/`);
    const { callee, arguments: args } = node as { callee?: { name?: string }; arguments?: { value?: unknown }[] };
    if (callee?.name === "RegExp" && typeof args?.[0]?.value === "string" && TOO_NEW_REGEX.test(args[0].value))
      found.push(`RegExp(${args[0].value})`);
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((v) => tooNew(v, found));
      else if (value && typeof value === "object") tooNew(value, found);
    }
  }

  test("every page script parses on the stated engines, and the fallback in ES5 (Internet Explorer 11)", () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith(".js") && f !== "unsupported.js");
    expect(scripts.length).toBeGreaterThan(5);
    for (const file of scripts) {
      const found: string[] = [];
      tooNew(parse(readFileSync(join(DIST, file), "utf8"), { ecmaVersion: 2022, sourceType: "script" }), found);
      expect([file, found]).toEqual([file, []]);
    }
    expect(() => parse(readFileSync(join(DIST, "unsupported.js"), "utf8"), { ecmaVersion: 5 })).not.toThrow();
    expect(readFileSync(join(DIST, "taskpane.html"), "utf8")).toMatch(
      /<script src="?unsupported\.js"?><\/script>\s*<script src="?https:\/\/appsforoffice/,
    );
  });

  test("Office.js unreachable (a proxy blocks Microsoft's CDN): the pane says so and links the standalone page, not a blank pane", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
    await page.goto(`${origin}/taskpane.html?office=real`);
    const notice = page.getByTestId("no-office");
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /Office\.js could not be loaded.*appsforoffice\.microsoft\.com.*standalone page/,
    );
    expect(await page.getByTestId("outside-host-link").getAttribute("href")).toBe("standalone.html");
    expect(log.errors.filter((e) => /is not defined/.test(e))).toEqual([]);
    await page.close();
  });

  test("the task pane loads Microsoft's own Office.js under its real CSP: outside Excel it says where it works and links the standalone page", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const csp: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) csp.push(message.text());
    });
    const asked = await realOfficeJs(page);
    await page.goto(`${origin}/taskpane.html?office=real`);
    // Outside a host the pane says so (no "Excel is not defined"), with the way to the standalone page.
    const notice = page.getByTestId("outside-host");
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/This pane works inside Excel.*standalone page/);
    expect(await page.getByTestId("outside-host-link").getAttribute("href")).toBe("standalone.html");
    expect(await page.getByText(/Something went wrong|is not defined/).count()).toBe(0);
    // Office.js's telemetry frame reports a refused CSP some seconds after load (3.7 s was measured):
    // wait past it, on the frame's own load, before judging the console.
    await page.waitForLoadState("load");
    await page.waitForTimeout(6_000);
    mkdirSync(join(__dirname, "../../test-results"), { recursive: true });
    await page.screenshot({ path: join(__dirname, "../../test-results/outside-host.png") });
    expect(asked[0]).toBe("office.js");
    const host = await page.evaluate(async () => {
      const office = (window as unknown as { Office: { onReady: () => Promise<{ host: unknown }> } }).Office;
      return (await office.onReady()).host;
    });
    expect(host).toBeNull();
    // Office.js frames Microsoft's telemetry service; the page's CSP refuses it, as it must (nothing
    // leaves this machine). That refusal is the only one: the page's own code needs nothing blocked.
    expect(
      csp.filter((m) => !/^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/'/.test(m)),
    ).toEqual([]);
    // Office.js asked only for its own files (served here from the npm copy); nothing else left the page.
    expect(offMachine(log).filter((u) => !u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/"))).toEqual(
      [],
    );
    // The fallback for old engines stayed out of the way.
    expect(await page.locator("[role=alert]").count()).toBe(0);
    await page.close();
  });
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
    expect(await tabs.count()).toBe(5);
    for (const name of [
      "1. Beslissen",
      "2. Motiveren",
      "3. Gegevens beschrijven",
      "4. Aanvraag indienen",
      "5. Resultaten",
    ]) {
      expect(await page.getByRole("tab", { name }).isVisible()).toBe(true);
    }
    await page.getByRole("tab", { name: "4. Aanvraag indienen" }).click();
    await page.getByText("Stap 4 van 5").waitFor();
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
    await page.getByText(/the sheet claims 2,000,000 rows, more than Excel's 1,048,576/).waitFor({ timeout: 60_000 });
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
