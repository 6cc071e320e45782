/**
 * A staff export in the in-memory Excel, with the Office door over it: the setting most door tests
 * start from.
 */
import { excelSerialFromDate, makeInsz, stamp } from "../../src/core";
import { OfficeWorkbook, type ExcelRun } from "../../src/workbook/office/officeWorkbook";
import {
  FakeWorkbookData,
  fakeExcelRun,
  fakeRequirements,
  type ApiVersion,
  type CellValue,
  type FakeRequestContext,
} from "./excel-fake";
import { rng } from "./synthetic";

/** A staff sheet: a title row, an empty row, the header on row 3, data from column B. */
export function staffSheet(rows: number, departments = ["ICT", "HR", "1-3", "Financiën", "Kabinet"]): CellValue[][] {
  const next = rng(9);
  const out: CellValue[][] = [
    ["", "Export personeel"],
    [],
    ["", "Naam", "INSZ", "Geboortedatum", "Geslacht", "Nationaliteit", "Dienst", "Niveau"],
  ];
  for (let r = 0; r < rows; r++) {
    const y = 1960 + Math.floor(next() * 45);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    out.push([
      "",
      `Persoon ${r}`,
      makeInsz(y, m, d, 1 + Math.floor(next() * 900)),
      excelSerialFromDate(stamp(y, m, d)),
      next() < 0.5 ? "M" : "V",
      ["Belgische", "Marokkaanse", "Nederlandse", "Roemeense"][Math.floor(next() * 4)]!,
      departments[Math.floor(next() * departments.length)]!,
      ["A", "B", "C", "D"][Math.floor(next() * 4)]!,
    ]);
  }
  return out;
}

export function staffWorkbook(rows: number, api: ApiVersion = "1.9", departments?: string[]) {
  const data = new FakeWorkbookData();
  data.api = api;
  data.addSheet("Personeel", staffSheet(rows, departments));
  const contexts: FakeRequestContext[] = [];
  const door = new OfficeWorkbook(
    fakeExcelRun(data, contexts) as unknown as ExcelRun,
    () => null,
    fakeRequirements(data),
  );
  return { data, contexts, door };
}
