/**
 * Browser-test harness: a static server for dist/ on localhost, and Debian's Chromium via playwright-core.
 * The server swaps the Office.js CDN script for the local stub, so what runs is the built page itself.
 */
import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";
import { buildSync } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const DIST = join(__dirname, "../../dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const STUB_PATH = "/__test__/office-stub.js";
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The Office stub, bundled once from the fake Excel (TypeScript) into one browser script. */
function officeStub(): Buffer {
  const result = buildSync({
    entryPoints: [join(__dirname, "office-fake-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    write: false,
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}

export async function serveDist(): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/ is not built: run `npm run build` first");
  const stub = officeStub();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === STUB_PATH) return void res.writeHead(200, { "Content-Type": TYPES[".js"]! }).end(stub);
    const file = normalize(join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) return void res.writeHead(404).end();
    let body: Buffer | string = readFileSync(file);
    // ?office=real keeps the page's own Office.js address: the test serves Microsoft's npm copy there.
    if (extname(file) === ".html" && url.searchParams.get("office") !== "real")
      body = body.toString("utf8").split(OFFICE_CDN).join(STUB_PATH);
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://localhost:${port}` };
}

/**
 * Serve Microsoft's own Office.js (@microsoft/office-js, the npm copy of the CDN's files) at the CDN's
 * address for this page: the page loads the real library under its real Content-Security-Policy,
 * and nothing leaves the machine. Returns the CDN paths the page asked for.
 */
export async function realOfficeJs(page: Page): Promise<string[]> {
  const asked: string[] = [];
  const root = join(__dirname, "../../node_modules/@microsoft/office-js/dist");
  await page.route("https://appsforoffice.microsoft.com/**", async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, "");
    asked.push(path);
    const file = normalize(join(root, path));
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      return route.fulfill({ status: 404 });
    await route.fulfill({
      status: 200,
      contentType: TYPES[extname(file)] ?? "application/octet-stream",
      body: readFileSync(file),
    });
  });
  return asked;
}

export async function launchBrowser(locale = "en-US"): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "divreq-e2e-")), {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    locale,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Everything a page did that a test may need to refuse: console errors, page errors, requests. */
export interface PageLog {
  errors: string[];
  requests: string[];
}

export function watch(page: Page): PageLog {
  const log: PageLog = { errors: [], requests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") log.errors.push(message.text());
  });
  page.on("pageerror", (error) => log.errors.push(String(error)));
  page.on("request", (request) => log.requests.push(request.url()));
  return log;
}

/** Requests to anywhere but this machine's test server (data: and blob: URLs never leave the page). */
export function offMachine(log: PageLog): string[] {
  return log.requests.filter((u) => !/^(http:\/\/localhost:\d+\/|data:|blob:)/.test(u));
}
