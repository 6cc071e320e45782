/**
 * Browser (and small files anywhere): load an .xlsx from its bytes with ExcelJS's in-memory workbook.
 * The streaming reader is not in ExcelJS's browser build.
 */
import ExcelJS from "exceljs";
import { LIMITS, LimitExceeded } from "../../core";
import type { LoadedSheet, LoadedWorkbook } from "./model";
import { checkZipLimits } from "./zipCheck";

export async function readXlsxBuffer(data: ArrayBuffer, name = ""): Promise<LoadedWorkbook> {
  checkZipLimits(
    data.byteLength,
    (offset, length) => new Uint8Array(data, offset, Math.min(length, data.byteLength - offset)),
    name,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheets: LoadedSheet[] = workbook.worksheets.map((ws) => {
    const sheet: LoadedSheet = {
      name: ws.name,
      values: [],
      styles: [],
      columnWidths: (ws.columns ?? []).map((c) => c?.width),
      state: ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible",
    };
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      const raw = row.values as unknown[];
      if (number > LIMITS.rows) throw new LimitExceeded("rows", number, ws.name);
      if (raw.length - 1 > LIMITS.columns) throw new LimitExceeded("columns", raw.length - 1, ws.name);
      sheet.values[number - 1] = raw.slice(1);
      const styles: (Partial<ExcelJS.Style> | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.numFmt || cell.font) styles[col - 1] = cell.style;
      });
      if (styles.length > 0) sheet.styles[number - 1] = styles;
    });
    return sheet;
  });
  return workbook.properties.date1904 ? { sheets, date1904: true } : { sheets };
}
