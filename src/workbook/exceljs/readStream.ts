/**
 * Node: read an .xlsx file with ExcelJS's streaming reader, which holds one batch of rows at a time
 * instead of the whole parsed document (about a tenth of the memory of the in-memory workbook).
 */
import ExcelJS from "exceljs";
import WorksheetReader from "exceljs/lib/stream/xlsx/worksheet-reader";
import iterateStream from "exceljs/lib/utils/iterate-stream";
import RelationshipsXform from "exceljs/lib/xlsx/xform/core/relationships-xform";
import { LIMITS, LimitExceeded } from "../../core";
import type { LoadedSheet, LoadedWorkbook } from "./model";
import { ofType, openPackage, part, relsPathOf, targetPath, type PackagePart, type Relationship } from "./packageParts";

/**
 * ExcelJS's streaming reader, driven part by part (see packageParts.ts for why). Its part parsers are
 * not public API: the ExcelJS version is pinned in package.json, and the door tests read Excel's,
 * openpyxl's and our own part orders.
 */
interface WorkbookParts {
  _parseWorkbook(stream: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(stream: NodeJS.ReadableStream): AsyncIterable<unknown>;
  _parseStyles(stream: NodeJS.ReadableStream): Promise<void>;
  model?: { sheets?: { name: string; id: number; rId: string; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
}

const readRels = async (parts: Map<string, PackagePart>, source: string): Promise<Relationship[]> => {
  const rels = part(parts, relsPathOf(source));
  return rels ? new RelationshipsXform().parseStream(iterateStream(rels.stream())) : [];
};

export async function readXlsxStream(path: string, onRows?: (rows: number) => void): Promise<LoadedWorkbook> {
  const options = {
    entries: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
  } as const;
  const parts = await openPackage(path);
  const book = new ExcelJS.stream.xlsx.WorkbookReader(path, options) as unknown as WorkbookParts;
  const main = ofType(await readRels(parts, ""), "officeDocument")[0];
  const workbookPath = main ? targetPath("", main.Target) : "xl/workbook.xml";
  const workbookPart = part(parts, workbookPath);
  if (!workbookPart) throw new Error("the workbook part is missing");
  const rels = await readRels(parts, workbookPath);
  await book._parseWorkbook(workbookPart.stream());
  const related = (kind: string) => {
    const rel = ofType(rels, kind)[0];
    return rel && part(parts, targetPath(workbookPath, rel.Target));
  };
  const sharedStrings = related("sharedStrings");
  if (sharedStrings) for await (const _ of book._parseSharedStrings(sharedStrings.stream()));
  const styles = related("styles");
  if (styles) await book._parseStyles(styles.stream());

  const sheets: LoadedSheet[] = [];
  let total = 0;
  for (const entry of book.model?.sheets ?? []) {
    const rel = rels.find((r) => r.Id === entry.rId);
    // Chart and dialog sheets hold no rows.
    if (!rel || !rel.Type.endsWith("/worksheet")) continue;
    const sheetPart = part(parts, targetPath(workbookPath, rel.Target));
    if (!sheetPart) throw new Error(`the part of sheet ${entry.name} is missing`);
    const ws = new WorksheetReader({
      workbook: book,
      id: entry.id,
      iterator: iterateStream(sheetPart.stream()),
      options,
    });
    const state = entry.state === "hidden" || entry.state === "veryHidden" ? entry.state : "visible";
    const sheet: LoadedSheet = { name: entry.name, values: [], styles: [], columnWidths: [], state };
    for await (const batch of ws) {
      for (const row of Array.isArray(batch) ? batch : [batch]) {
        const r = row.number - 1;
        const raw = row.values as unknown[];
        // A file beyond Excel's grid is not one Excel wrote: stop at once, before it costs minutes.
        if (row.number > LIMITS.rows) throw new LimitExceeded("rows", row.number, entry.name);
        if (raw.length - 1 > LIMITS.columns) throw new LimitExceeded("columns", raw.length - 1, entry.name);
        const values = new Array<unknown>(Math.max(raw.length - 1, 0));
        const styles: (Partial<ExcelJS.Style> | undefined)[] = [];
        let styled = false;
        for (let c = 1; c < raw.length; c++) {
          const value = raw[c];
          // A text cell pointing into a shared-strings part the file lacks: the file is damaged, and
          // read on it would give a table without its texts.
          if (typeof value === "object" && value !== null && "sharedString" in value)
            throw new Error(`the workbook's shared strings are missing (sheet ${entry.name})`);
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
  return book.properties?.model?.date1904 ? { sheets, date1904: true } : { sheets };
}
