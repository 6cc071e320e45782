/**
 * Node: read an .xlsx file with ExcelJS's streaming reader, which holds one batch of rows at a time
 * instead of the whole parsed document (about a tenth of the memory of the in-memory workbook).
 */
import ExcelJS from "exceljs";
import { LIMITS, LimitExceeded } from "../../core";
import type { LoadedSheet, LoadedWorkbook } from "./model";

export async function readXlsxStream(
  input: string | NodeJS.ReadableStream,
  onRows?: (rows: number) => void,
): Promise<LoadedWorkbook> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input as string, {
    entries: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
  });
  const sheets: LoadedSheet[] = [];
  let total = 0;
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row | ExcelJS.Row[]> & { name: string; state?: string };
    const sheet: LoadedSheet = { name: ws.name, values: [], styles: [], columnWidths: [], state: "visible" };
    for await (const batch of ws) {
      for (const row of Array.isArray(batch) ? batch : [batch]) {
        const r = row.number - 1;
        const raw = row.values as unknown[];
        // A file beyond Excel's grid is not one Excel wrote: stop at once, before it costs minutes.
        if (row.number > LIMITS.rows) throw new LimitExceeded("rows", row.number, ws.name);
        if (raw.length - 1 > LIMITS.columns) throw new LimitExceeded("columns", raw.length - 1, ws.name);
        const values = new Array<unknown>(Math.max(raw.length - 1, 0));
        const styles: (Partial<ExcelJS.Style> | undefined)[] = [];
        let styled = false;
        for (let c = 1; c < raw.length; c++) {
          const value = raw[c];
          // A text cell pointing into a shared-strings part the file lacks: the file is damaged, and
          // read on it would give a table without its texts.
          if (typeof value === "object" && value !== null && "sharedString" in value)
            throw new Error(`the workbook's shared strings are missing (sheet ${ws.name})`);
          values[c - 1] = value;
          const style = (row.getCell(c) as ExcelJS.Cell).style;
          if (
            style &&
            (style.numFmt || style.font || (style.fill && (style.fill as ExcelJS.FillPattern).pattern !== "none"))
          ) {
            styles[c - 1] = style;
            styled = true;
          }
        }
        sheet.values[r] = values;
        if (styled) sheet.styles[r] = styles;
      }
      total += Array.isArray(batch) ? batch.length : 1;
      onRows?.(total);
    }
    sheets.push(sheet);
  }
  // Sheet states are in workbook.xml, which the streaming reader keeps in its model.
  const model = (reader as unknown as { model?: { sheets?: { name: string; state?: string }[] } }).model;
  for (const s of model?.sheets ?? []) {
    const sheet = sheets.find((x) => x.name === s.name);
    if (sheet && (s.state === "hidden" || s.state === "veryHidden")) sheet.state = s.state;
  }
  return { sheets };
}
