/**
 * Step 5's results sheet through the Office door, against the strict in-memory Excel (issue 30): the
 * request made in the workbook, the KSZ's answer read against it, the results sheet written; written
 * again, it is the same sheet replaced in place (found by its marker, even renamed), never a second one,
 * and the analyst's own sheet under its name is never cleared.
 */
import { recodeTable, resultsBasis, resultsOf, layoutResults, defaultSettings, type JobSettings } from "../../src/core";
import { checkJobOf } from "../../src/solver/checker";
import { loadSolver } from "../../src/solver/highs";
import { inProcessChecker } from "../../src/solver/inProcessChecker";
import { OfficeWorkbook, type ExcelRun } from "../../src/workbook/office/officeWorkbook";
import { detect, prepare, readNeeded } from "../../src/workbook/tasks";
import { FakeWorkbookData, fakeExcelRun, type CellValue, type FakeRequestContext } from "../support/excel-fake";
import { tableGrid, type KnownTable } from "../support/deliveries";
import { rng } from "../support/synthetic";

const TODAY = "2025-01-15";
const settings = (): JobSettings => ({ ...defaultSettings(TODAY, "nl"), referenceDate: "2024-12-31" });

function staff(rows: number): CellValue[][] {
  const next = rng(9);
  const depts = ["ICT", "HR", "Financiën", "Kabinet"];
  const out: CellValue[][] = [["Geboortedatum", "Geslacht", "Nationaliteit", "Dienst"]];
  for (let r = 0; r < rows; r++)
    out.push([
      `${1 + Math.floor(next() * 28)}/${1 + Math.floor(next() * 12)}/${1960 + Math.floor(next() * 40)}`,
      next() < 0.5 ? "M" : "V",
      next() < 0.8 ? "Belg" : next() < 0.5 ? "Nederlandse" : "Marokkaanse",
      depts[Math.floor(next() * depts.length)]!,
    ]);
  return out;
}

test("the results sheet is written through the Office door once, and replaced in place when written again", async () => {
  const data = new FakeWorkbookData();
  data.addSheet("Personeel", staff(200));
  data.addSheet("Resultaten KSZ", [["Mijn eigen notities"]]); // the analyst's own sheet of that name
  const contexts: FakeRequestContext[] = [];
  const door = new OfficeWorkbook(fakeExcelRun(data, contexts) as unknown as ExcelRun);
  const made = await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
  const detected = await detect(door, made.saved);
  const table = await readNeeded(door, detected);
  const recoded = recodeTable(table, detected.roles, made.saved);
  const checked = await inProcessChecker(checkJobOf(table.rowCount, recoded, made.saved, table.headers));
  const kinds = Object.fromEntries(
    Object.entries(recoded.variables).map(([n, v]) => [n, v.kind]),
  ) as KnownTable["kinds"];
  const sheets = checked.report.tables.map((tab, i) => ({
    file: "antwoord.xlsx",
    sheet: `T${i}`,
    cells: tableGrid(
      {
        dimensions: tab.dimensions,
        categories: tab.categories,
        kinds,
        cells: tab.cells.map((c) => ({ key: c.key, count: c.count, hidden: c.status !== "safe" })),
      },
      { layout: "wide", lang: "nl", variant: false, totals: true, mark: "x" },
    ),
  }));
  const basis = resultsBasis(made.saved, recoded, checked, table.rowCount);
  const results = resultsOf(sheets, basis, { threshold: 5, zerosAreSmall: false, solver: await loadSolver() });
  expect(results.tables.every((t) => t.found)).toBe(true);
  const layout = layoutResults(results, basis.dimensions, "nl");
  const first = await door.writeSheet(layout);
  // The analyst's sheet keeps its name and its note; the product's sheet takes another free name.
  expect(first).toBe("Resultaten KSZ (2)");
  expect(data.sheet("Resultaten KSZ")!.cells[0]![0]).toBe("Mijn eigen notities");
  data.sheet(first)!.name = "Nulmeting 2025";
  const before = data.sheets.length;
  const again = await door.writeSheet(layout);
  expect(again).toBe("Nulmeting 2025");
  expect(data.sheets.length).toBe(before);
  expect(data.sheet("Nulmeting 2025")!.cells[0]![0]).toMatch(/^Waar de instelling staat/);
  // A sheet written in a few round trips, never one per cell.
  expect(contexts.at(-1)!.syncs.length).toBeLessThanOrEqual(6);
});
