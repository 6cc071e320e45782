/*
 * Redraws docs/standalone.png, the README's picture of the standalone page: the sample opened in
 * Dutch, recoded and checked, at step 3, with the check sheet in the preview. Needs a built dist/ (`npm run build`) and Chromium, like the e2e tests.
 * Usage: npx tsx scripts/readme-screenshot.ts
 */
import { join } from "node:path";
import { launchBrowser, serveDist } from "../test/e2e/harness";

async function main(): Promise<void> {
  const { server, origin } = await serveDist();
  const browser = await launchBrowser("nl-BE");
  try {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 820 });
    await page.goto(`${origin}/standalone.html`);
    await page.getByTestId("file-input").setInputFiles(join(__dirname, "../assets/sample/personeel-voorbeeld.xlsx"));
    // The page finds the table on opening.
    await page
      .getByTestId("source")
      .getByText(/1\.200 rijen/)
      .waitFor();
    await page.getByTestId("step-tab-describe").click();
    await page.getByTestId("recode").click();
    await page
      .getByTestId("message")
      .getByText(/gehercodeerd/)
      .waitFor();
    await page.getByTestId("busy").waitFor({ state: "detached" });
    await page.getByTestId("run-check").click();
    await page.getByTestId("audit-verdict").waitFor();
    await page.getByTestId("busy").waitFor({ state: "detached" });
    // The check sheet, with its red and orange cells, is now the preview's tab.
    await page.getByTestId("sheet-view").locator('[data-sheet-kind="check"]').waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(__dirname, "../docs/standalone.png") });
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
