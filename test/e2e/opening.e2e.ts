/**
 * What the pages fetch before their first screen (issue 31, "Opening fast"): only the code and the one
 * catalogue step 1 needs; the rest comes after it, and every step and action still works. Sizes and
 * file names are deterministic; the time they take is measured in bench/pane-open.ts, never here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import type { BrowserContext, Page } from "playwright-core";
import { DIST, launchBrowser, offMachine, serveDist, watch } from "./harness";

let server: Server;
let origin: string;
let browser: BrowserContext;

beforeAll(async () => {
  ({ server, origin } = await serveDist());
  browser = await launchBrowser("nl-BE");
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** The scripts of ours the page had fetched when the selector appeared (recorded in the page). */
async function scriptsBefore(page: Page, url: string, selector: string): Promise<string[]> {
  await page.addInitScript((wanted: string) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(wanted)) return;
      observer.disconnect();
      (window as unknown as { __before: string[] }).__before = performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith(".js") && !p.startsWith("/__test__/"));
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __before?: string[] }).__before !== undefined);
  return page.evaluate(() => (window as unknown as { __before: string[] }).__before);
}

describe("opening the task pane", () => {
  test("step 1 comes with one catalogue, and without the country names, the later steps or the work", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    // Office and the browser in Dutch, as on a Belgian desktop.
    await page.addInitScript(() => {
      (window as unknown as { __officeStub: object }).__officeStub = { displayLanguage: "nl-BE" };
    });
    const before = await scriptsBefore(page, `${origin}/taskpane.html`, "[data-testid=step-panel-decide]");
    const names = before.map((p) => p.replace(/^\//, "").replace(/\.[0-9a-f]{8}\.js$/, ""));
    expect(names.filter((n) => n.startsWith("catalogue-"))).toEqual(["catalogue-nl"]);
    for (const later of ["country-names", "pane-work", "step-describe", "step-motivate", "step-request"])
      expect(names).not.toContain(later);
    // The rest follows on its own, and the later steps open (here at once after step 1).
    await page.getByTestId("step-tab-describe").click();
    await page.getByTestId("recode").waitFor();
    const after = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    for (const chunk of ["catalogue-fr", "catalogue-en", "country-names", "pane-work", "step-describe"])
      expect(after.some((u) => u.includes(`/${chunk}.`))).toBe(true);
    expect(log.errors).toEqual([]);
    expect(offMachine(log)).toEqual([]);
    await page.close();
  });

  test("the first action waits for the work and the country names, and reads the data", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    await page.goto(`${origin}/taskpane.html`);
    // Clicked as soon as it shows: the action itself waits for what it needs.
    await page.getByTestId("detect").click();
    await page.waitForFunction(() =>
      /Personeel|A1:/.test(document.querySelector("[data-testid=source]")?.textContent ?? ""),
    );
    // Finding the data reads nationalities by their values: without the country names it would have failed.
    expect(await page.getByTestId("message").count()).toBe(0);
    expect(log.errors).toEqual([]);
    await page.close();
  });

  test("the work cannot be fetched (the add-in's server out of reach): said, in the pane's language", async () => {
    const page = await browser.newPage();
    await page.route("**/pane-work.*.js", (route) => route.abort());
    await page.goto(`${origin}/taskpane.html`);
    await page.getByTestId("detect").click();
    await page
      .getByTestId("message")
      .getByText(/could not be loaded/)
      .waitFor();
    await page.getByTestId("step-tab-describe").click();
    await page.getByTestId("page-data-failed").waitFor();
    await page.close();
  });
});

describe("opening the notice dialog", () => {
  test("the dialog runs without React: its script and its one catalogue weigh at most 60 KB", async () => {
    const page = await browser.newPage();
    const log = watch(page);
    const params = encodeURIComponent(JSON.stringify({ command: "Leeftijden hercoderen", detail: "Leeftijdsklasse" }));
    await page.goto(`${origin}/notice.html?lang=nl&key=command.done&params=${params}`);
    await page.getByText("Leeftijden hercoderen: klaar. Leeftijdsklasse").waitFor();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.endsWith(".js") && !p.startsWith("/__test__/")),
    );
    expect(scripts.filter((p) => p.includes("catalogue-"))).toEqual([expect.stringContaining("catalogue-nl")]);
    const bytes = scripts.reduce((n, p) => n + readFileSync(join(DIST, p)).length, 0);
    expect(bytes).toBeLessThanOrEqual(60_000);
    // Fluent's primary button, drawn with Fluent's own brand token, and focused for the keyboard.
    const button = page.getByRole("button", { name: "Sluiten" });
    expect(await button.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe("rgb(15, 108, 189)");
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl");
    expect(log.errors).toEqual([]);
    expect(offMachine(log)).toEqual([]);
    await page.close();
  });
});
