/**
 * How fast the task pane opens: `npm run build && npm run bench:open`. Chromium (Debian's, through
 * playwright-core) loads the built dist/taskpane.html with the CPU throttled 4x (DevTools' "4x
 * slowdown", a modest laptop), cold each time (a fresh profile: no HTTP or code cache), and records
 * when step 1 is on screen. The baseline is an empty add-in page in the same run: the same Office
 * stand-in, Office.onReady, one line of text. Goal (issue 31): step 1 in at most 2x the empty page's
 * time, and the JavaScript fetched before it within budget. Medians of 5; a benchmark, never a test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { DIST, launchBrowser, serveDist } from "../test/e2e/harness";

const RUNS = Number(process.env.RUNS ?? 5);
const THROTTLE = 4;
const GOAL_RATIO = 2;
/** Raw bytes of JavaScript before step 1 (our files; Office.js is Microsoft's and the same for every add-in). */
const BUDGET_BYTES = 350_000;

const EMPTY_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<script src="/__test__/office-stub.js"></script></head><body><div id="root"></div>
<script>Office.onReady(function () { var p = document.createElement("p"); p.setAttribute("data-testid", "empty-ready");
p.textContent = "Ready"; document.getElementById("root").appendChild(p); });</script></body></html>`;

/** Records, in the page, when the element first appears, and which of our scripts came before it. */
const OBSERVER = (selector: string) => `
  new MutationObserver(function (_, observer) {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    window.__shownAt = performance.now();
    window.__scripts = performance.getEntriesByType("resource")
      .filter(function (e) { return /\\.js$/.test(new URL(e.name).pathname) && !/__test__/.test(e.name); })
      .map(function (e) { return new URL(e.name).pathname; });
  }).observe(document, { childList: true, subtree: true });`;

interface Run {
  ms: number;
  mainThreadMs: number;
  scripts: string[];
}

async function openOnce(url: string, selector: string, empty: boolean): Promise<Run> {
  const browser: BrowserContext = await launchBrowser();
  try {
    const page = await browser.newPage();
    if (empty)
      await page.route("**/__bench__/empty.html", (route) =>
        route.fulfill({ contentType: "text/html", body: EMPTY_PAGE }),
      );
    await page.addInitScript(OBSERVER(selector));
    const cdp = await browser.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    await cdp.send("Performance.enable");
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, null, {
      timeout: 120_000,
      polling: 50,
    });
    const { ms, scripts } = await page.evaluate(() => {
      const w = window as unknown as { __shownAt: number; __scripts: string[] };
      return { ms: w.__shownAt, scripts: w.__scripts };
    });
    const metrics = (await cdp.send("Performance.getMetrics")).metrics;
    const taskSeconds = metrics.find((m) => m.name === "TaskDuration")?.value ?? NaN;
    return { ms, mainThreadMs: taskSeconds * 1000, scripts };
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { server, origin } = await serveDist();
  try {
    const empty: Run[] = [];
    const pane: Run[] = [];
    // Interleaved, so a slow moment of the machine falls on both.
    for (let i = 0; i < RUNS; i++) {
      empty.push(await openOnce(`${origin}/__bench__/empty.html`, "[data-testid=empty-ready]", true));
      pane.push(await openOnce(`${origin}/taskpane.html`, "[data-testid=step-panel-decide]", false));
      process.stderr.write(
        `… run ${i + 1}/${RUNS}: empty ${empty[i]!.ms.toFixed(0)} ms, pane ${pane[i]!.ms.toFixed(0)} ms\n`,
      );
    }
    const scripts = pane[0]!.scripts;
    const bytes = scripts.map((p) => readFileSync(join(DIST, p)));
    const raw = bytes.reduce((n, b) => n + b.length, 0);
    const gz = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    const ratio = median(pane.map((r) => r.ms)) / median(empty.map((r) => r.ms));
    const notice = noticeBytes();
    console.log(`| measure (CPU ${THROTTLE}x slower, cold, median of ${RUNS}) | value | goal |`);
    console.log("| --- | --- | --- |");
    console.log(`| empty add-in page: text on screen | ${median(empty.map((r) => r.ms)).toFixed(0)} ms | |`);
    console.log(`| task pane: step 1 on screen | ${median(pane.map((r) => r.ms)).toFixed(0)} ms | |`);
    console.log(`| ratio | ${ratio.toFixed(2)} | ≤ ${GOAL_RATIO} ${ratio <= GOAL_RATIO ? "✓" : "✗"} |`);
    console.log(
      `| main-thread task time: empty / pane | ${median(empty.map((r) => r.mainThreadMs)).toFixed(0)} / ${median(pane.map((r) => r.mainThreadMs)).toFixed(0)} ms | |`,
    );
    console.log(
      `| JavaScript before step 1 (${scripts.length} files) | ${kb(raw)} raw, ${kb(gz)} gzip | ≤ ${kb(BUDGET_BYTES)} ${raw <= BUDGET_BYTES ? "✓" : "✗"} |`,
    );
    console.log(
      `| notice dialog's JavaScript (script + one catalogue) | ${kb(notice)} raw | ≤ 60 KB ${notice <= 60_000 ? "✓" : "✗"} |`,
    );
    console.log(`\nscripts before step 1: ${scripts.join(", ")}`);
  } finally {
    server.close();
  }
}

/** The notice's own script and its largest catalogue (it loads the one of its language). */
function noticeBytes(): number {
  const html = readFileSync(join(DIST, "notice.html"), "utf8");
  const own = [...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!).filter((s) => !/^https?:/.test(s));
  const files = readdirSync(DIST);
  const catalogue = Math.max(
    ...files.filter((f) => /^catalogue-/.test(f)).map((f) => readFileSync(join(DIST, f)).length),
  );
  return own.reduce((n, s) => n + readFileSync(join(DIST, s)).length, 0) + catalogue;
}

const kb = (n: number) => `${(n / 1000).toFixed(0)} KB`;

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
