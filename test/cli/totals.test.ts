/**
 * Issue 21: a totals row typed under a plain range ("Totaal", with the count) is no person. Before,
 * the sample with one counted 1,201 staff and gave the row an age band and an origin group.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";

const SAMPLE = join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx");
const dir = mkdtempSync(join(tmpdir(), "divreq-totals-"));
const input = join(dir, "met-totaal.xlsx");

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(SAMPLE);
  const sheet = book.worksheets[0]!;
  const last = sheet.rowCount;
  // An empty row, then the totals: "Totaal" in the first column and a count under the names.
  sheet.getRow(last + 2).values = ["Totaal", 1200];
  await book.xlsx.writeFile(input);
});

test("inspect counts 1,200 staff, not the totals row, and says which row it left out", async () => {
  const json = JSON.parse((await cli(["inspect", input, "--json"])).out);
  expect(json).toMatchObject({ rows: 1200, totalsLeftOut: { row: 1205, count: 2, label: "totaal" } });
  const { out } = await cli(["inspect", input], "nl");
  expect(out).toMatch(/1\.200 gegevensrijen/);
  expect(out).toContain(
    "Rij 1205 begint met “totaal” en is gelezen als totaalrij, niet als personeelslid: 2 rijen onderaan tellen niet mee.",
  );
});

test("recode labels the 1,200 staff and leaves the totals row without an age band", async () => {
  const out = join(dir, "uit.xlsx");
  const result = await cli(["recode", input, "-o", out, "--reference-date", "2024-12-31"]);
  expect(result.code).toBe(0);
  expect(result.out).toContain("Recoded 1,200 rows");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(3).values as unknown[]).findIndex((v) => v === "Age band" || v === "Leeftijdsklasse");
  expect(header).toBeGreaterThan(0);
  expect(sheet.getRow(1203).getCell(header).value).not.toBeNull();
  expect(sheet.getRow(1205).getCell(1).value).toBe("Totaal");
  expect(sheet.getRow(1205).getCell(header).value).toBeNull();
});
