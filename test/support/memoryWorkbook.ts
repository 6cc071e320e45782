/** A FileWorkbook over rows in memory: the ExcelJS door's logic without any file I/O, for UI tests. */
import { FileWorkbook } from "../../src/workbook/exceljs/fileWorkbook";
import { syntheticTable } from "./synthetic";

export function memoryWorkbook(rows = 400, seed = 11): FileWorkbook {
  const table = syntheticTable(rows, seed, true, 8);
  const values: unknown[][] = [
    [...table.headers],
    ...Array.from({ length: rows }, (_, r) => table.columns.map((c) => c[r])),
  ];
  return new FileWorkbook({ sheets: [{ name: "Personeel", values, styles: [], columnWidths: [], state: "visible" }] });
}
