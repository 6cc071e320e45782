/**
 * Where the data are: the table the selection touches, else the sheet's used range. The selection may
 * have any shape: a cell, a whole column (Ctrl+Space), a whole row, the whole sheet (Ctrl+A), or several
 * areas (Ctrl+click), which getSelectedRange refuses: getSelectedRanges (ExcelApi 1.9) reads them all,
 * and below 1.9 a refused selection counts as none.
 */
import { NoData } from "../../core";
import { columnLetters, productSheetNames, type DataSource, type LocateOptions } from "../port";
import { contains, intersects, parseAddress, parseAreas, type Rect } from "./addresses";
import type { Requirements } from "./officeWorkbook";

export async function locateData(
  context: Excel.RequestContext,
  options: LocateOptions,
  requirements: Requirements,
): Promise<DataSource> {
  let sheet = options.sheet
    ? context.workbook.worksheets.getItem(options.sheet)
    : context.workbook.worksheets.getActiveWorksheet();
  // The sheet, the tables and the selection in one round trip; a selection Excel refuses to give as
  // one range (several areas, below ExcelApi 1.9) costs a second one, without it.
  const ask = (withSelection: boolean) => {
    sheet.load("name,id");
    const tables = context.workbook.tables.load("items/name,items/showTotals");
    const selected = !withSelection
      ? null
      : requirements.isSetSupported("ExcelApi", "1.9")
        ? context.workbook.getSelectedRanges().load("address")
        : context.workbook.getSelectedRange().load("address");
    return { tables, selected };
  };
  let { tables, selected } = ask(true);
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code !== "InvalidSelection") throw error;
    ({ tables, selected } = ask(false));
    await context.sync();
  }
  const selection = selected ? parseAreas(selected.address, sheet.name).filter((a) => a.sheet === sheet.name) : null;
  let onProductSheet = false;
  if (!options.sheet && productSheetNames().has(sheet.name)) {
    // The active sheet is one the product wrote (after "Check small cells", say): the data are on the
    // sheet they were last taken from (by id: a rename keeps it). Without one, the only visible sheet
    // that is not the product's; among several, no guess: the analyst is asked to open it.
    onProductSheet = true;
    const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/id");
    await context.sync();
    const remembered = options.remembered;
    const candidates = sheets.items.filter((s) => s.visibility === "Visible" && !productSheetNames().has(s.name));
    const data = remembered ? sheets.items.find((s) => s.id === remembered.id) : candidates[0];
    if (remembered && !data) throw new NoData("rememberedGone", remembered.name);
    if (!data) throw new NoData("noSheet");
    if (!remembered && candidates.length > 1) throw new NoData("whichSheet");
    sheet = data;
  }
  // The tables' places (one more round trip) and the used range.
  const ranges = tables.items.map((tab) => ({
    name: tab.name,
    totals: tab.showTotals,
    range: tab.getRange().load("address"),
  }));
  const used = sheet.getUsedRangeOrNullObject(true).load("address,isNullObject");
  await context.sync();
  if (!options.sheet) {
    const placed = ranges.map((r) => ({ ...r, rect: parseAddress(r.range.address) }));
    // The tables the selection touches; without a selection (or with one on a product sheet), the sheet's tables.
    const touched =
      selection && !onProductSheet
        ? placed.filter((t) => selection.some((area) => intersects(t.rect, area)))
        : placed.filter((t) => t.rect.sheet === sheet.name);
    // One table, or the one holding the selection's first cell (Ctrl+A touches them all).
    const first = selection?.[0] && !onProductSheet ? { ...selection[0], rows: 1, cols: 1 } : null;
    const table = touched.length === 1 ? touched[0] : first ? touched.find((t) => contains(t.rect, first)) : undefined;
    if (table) {
      // A totals row is no staff member.
      const rect = table.totals ? { ...table.rect, rows: table.rect.rows - 1 } : table.rect;
      return sourceOf(rect, sheet.id, "table", table.name);
    }
  }
  if (used.isNullObject) throw new NoData("emptySheet", sheet.name);
  return sourceOf(parseAddress(used.address), sheet.id, "range");
}

function sourceOf(rect: Rect, sheetId: string, kind: DataSource["kind"], table?: string): DataSource {
  const source: DataSource = {
    kind,
    sheet: rect.sheet,
    sheetId,
    address: `${rect.sheet}!${columnLetters(rect.col)}${rect.row + 1}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`,
    firstRow: rect.row,
    firstColumn: rect.col,
    rowCount: rect.rows,
    columnCount: rect.cols,
  };
  if (table) source.table = table;
  return source;
}
