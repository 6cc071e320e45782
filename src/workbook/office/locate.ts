/**
 * Where the data are: the table the selection touches, else the sheet's used range. The selection may
 * have any shape: a cell, a whole column (Ctrl+Space), a whole row, the whole sheet (Ctrl+A), or several
 * areas (Ctrl+click), which getSelectedRange refuses: getSelectedRanges (ExcelApi 1.9) reads them all,
 * and below 1.9 a refused selection counts as none.
 */
import { MARKER_COL, NoData } from "../../core";
import { columnLetters, isProductSheet, type DataSource, type LocateOptions } from "../port";
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
  // The sheet, its marker cell, the tables and the selection in one round trip; a selection Excel
  // refuses to give as one range (several areas, below ExcelApi 1.9) costs a second one, without it.
  // Whether the file is open read-only (ExcelApi 1.8): what is written then lives only until it closes.
  let book: Excel.Workbook | null = null;
  const ask = (withSelection: boolean, withSheet = true) => {
    if (withSheet) sheet.load("name,id");
    book = requirements.isSetSupported("ExcelApi", "1.8") ? context.workbook.load("readOnly") : null;
    const marker = withSheet ? sheet.getRangeByIndexes(0, MARKER_COL, 1, 1).load("values") : null;
    const tables = context.workbook.tables.load("items/name,items/showTotals");
    const selected = !withSelection
      ? null
      : requirements.isSetSupported("ExcelApi", "1.9")
        ? context.workbook.getSelectedRanges().load("address")
        : context.workbook.getSelectedRange().load("address");
    return { marker, tables, selected };
  };
  let { marker, tables, selected } = ask(true);
  /** A chart sheet is active: Excel has no active worksheet to give (office-js#2444). */
  let onChartSheet = false;
  try {
    await context.sync();
  } catch (error) {
    if ((error as { code?: string }).code === "InvalidSelection") ({ marker, tables, selected } = ask(false));
    else if (options.sheet) throw error;
    else {
      // getActiveWorksheet throws while a chart sheet is active: the data are looked for as from one
      // of the product's sheets (the remembered sheet, else the only one), never reported raw.
      onChartSheet = true;
      ({ marker, tables, selected } = ask(false, false));
    }
    await context.sync();
  }
  const selection =
    selected && !onChartSheet ? parseAreas(selected.address, sheet.name).filter((a) => a.sheet === sheet.name) : null;
  /** The data are on another sheet than the active one: the selection says nothing about them. */
  let elsewhere = false;
  let activeElsewhere: string | undefined;
  const remembered = options.remembered;
  const onProductSheet = onChartSheet || isProductSheet(sheet.name, marker?.values[0]?.[0]);
  if (!options.sheet && (onProductSheet || (remembered && sheet.id !== remembered.id && !options.takeActive))) {
    // The data sheet remembered in the settings (by id: a rename keeps it; by name: an export pasted
    // anew into a sheet of the same name) stays the data sheet, whichever sheet is active: a click
    // on "Budget" never rebuilds the request from Budget. From one of the product's sheets with none
    // remembered, the only visible sheet that is not the product's; among several, no guess.
    elsewhere = true;
    const sheets = context.workbook.worksheets.load("items/name,items/visibility,items/id");
    await context.sync();
    const markers = sheets.items.map((s) => s.getRangeByIndexes(0, MARKER_COL, 1, 1).load("values"));
    await context.sync();
    const others = sheets.items.filter((s, i) => !isProductSheet(s.name, markers[i]!.values[0]?.[0]));
    const candidates = others.filter((s) => s.visibility === "Visible");
    const data = remembered
      ? (others.find((s) => s.id === remembered.id) ?? others.find((s) => s.name === remembered.name))
      : candidates[0];
    const active = onProductSheet ? "" : sheet.name;
    if (remembered && !data) throw new NoData("rememberedGone", remembered.name, active);
    if (!data) throw new NoData("noSheet");
    if (!remembered && candidates.length > 1) throw new NoData("whichSheet");
    if (!onProductSheet && data.id !== sheet.id) activeElsewhere = sheet.name;
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
      selection && !elsewhere
        ? placed.filter((t) => selection.some((area) => intersects(t.rect, area)))
        : placed.filter((t) => t.rect.sheet === sheet.name);
    // One table, or the one holding the selection's first cell (Ctrl+A touches them all).
    const first = selection?.[0] && !elsewhere ? { ...selection[0], rows: 1, cols: 1 } : null;
    const table = touched.length === 1 ? touched[0] : first ? touched.find((t) => contains(t.rect, first)) : undefined;
    if (table) {
      // A totals row is no staff member.
      const rect = table.totals ? { ...table.rect, rows: table.rect.rows - 1 } : table.rect;
      return readOnlyMarked(sourceOf(rect, sheet.id, "table", table.name, activeElsewhere), book);
    }
  }
  if (used.isNullObject) throw new NoData("emptySheet", sheet.name);
  return readOnlyMarked(sourceOf(parseAddress(used.address), sheet.id, "range", undefined, activeElsewhere), book);
}

function sourceOf(
  rect: Rect,
  sheetId: string,
  kind: DataSource["kind"],
  table?: string,
  activeElsewhere?: string,
): DataSource {
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
  if (activeElsewhere) source.activeElsewhere = activeElsewhere;
  return source;
}

/** The source, marked when the workbook is open read-only (Excel's Workbook.readOnly, ExcelApi 1.8). */
function readOnlyMarked(source: DataSource, book: Excel.Workbook | null): DataSource {
  if (book?.readOnly) source.readOnly = true;
  return source;
}
