/*
 * Redraws docs/standalone.png, the README's picture of the standalone page: the sample opened in
 * Dutch, recoded, at step 3. Needs a built dist/ (`npm run build`) and Chromium, like the e2e tests.
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
    await page.getByTestId("detect").click();
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
    // Show the new columns (after the data, in a file) in the preview.
    await page.getByRole("grid").evaluate((grid) => (grid.scrollLeft = grid.scrollWidth));
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
