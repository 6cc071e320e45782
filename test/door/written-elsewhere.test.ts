/**
 * Issue 21: workbooks written by other programs keep their sheet names and visibility. The fixture was written by openpyxl 3.0.9 (what pandas' to_excel uses),
 * not by us: scripts/write-openpyxl-fixture.py. openpyxl writes absolute relationship targets, inline
 * strings and workbook.xml after the sheets;
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxBuffer } from "../../src/workbook/exceljs/browser";
import { FileWorkbook } from "../../src/workbook/exceljs/fileWorkbook";
import { openXlsxFile, saveXlsxFile } from "../../src/workbook/exceljs/node";

const OPENPYXL = join(__dirname, "../data/written-elsewhere/openpyxl.xlsx");
const EXPECTED = [
  { name: "Namen", state: "hidden" },
  { name: "Personeel", state: "visible" },
  { name: "Instellingen", state: "veryHidden" },
];
const shape = (sheets: { name: string; state: string }[]) => sheets.map(({ name, state }) => ({ name, state }));

test("an openpyxl workbook read from a file keeps its sheet names and hidden states", async () => {
  const file = await openXlsxFile(OPENPYXL);
  expect(shape(file.workbook.sheets)).toEqual(EXPECTED);
  // The hidden names sheet is not taken for the data.
  expect((await file.locateData()).sheet).toBe("Personeel");
});

test("the same workbook read in the browser's way gives the same sheets", async () => {
  const bytes = readFileSync(OPENPYXL);
  const file = await openXlsxBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  expect(shape(file.workbook.sheets)).toEqual(EXPECTED);
});

test("an openpyxl workbook written back keeps its hidden sheets hidden", async () => {
  const dir = mkdtempSync(join(tmpdir(), "divreq-elsewhere-"));
  const file = await openXlsxFile(OPENPYXL);
  await saveXlsxFile(file, join(dir, "out.xlsx"));
  const back = await openXlsxFile(join(dir, "out.xlsx"));
  expect(shape(back.workbook.sheets)).toEqual(EXPECTED);
  expect(back.workbook.sheets[1]!.values[1]).toEqual(file.workbook.sheets[1]!.values[1]);
});

test("the file door takes the remembered data sheet while it has data, else the first visible sheet with data", async () => {
  const sheet = (name: string, values: unknown[][]) => ({
    name,
    values,
    styles: [],
    columnWidths: [],
    state: "visible" as const,
  });
  const file = new FileWorkbook({
    sheets: [sheet("Vorig jaar", [["Naam"], ["A"]]), sheet("Personeel", [["Naam"], ["B"], ["C"]]), sheet("Leeg", [])],
  });
  expect((await file.locateData()).sheet).toBe("Vorig jaar");
  expect((await file.locateData({ remembered: { id: "Personeel", name: "Personeel" } })).sheet).toBe("Personeel");
  expect((await file.locateData({ remembered: { id: "Leeg", name: "Leeg" } })).sheet).toBe("Vorig jaar");
  expect((await file.locateData({ remembered: { id: "{0001}", name: "Weg" } })).sheet).toBe("Vorig jaar");
});
