/**
 * Writing one of the product's sheets (request, check, linkage) into Excel from its layout: the sheet of
 * its kind is found by its marker and updated in place (never deleted: that would clear the undo
 * history), values in chunks under the payload limit, then formats in batches.
 */
import { MARKER_COL, type CellStyle, type SheetLayout } from "../../core";
import { sheetToReplace } from "../port";
import { FORMAT_OPS_PER_SYNC, bytesOf, rowsPerChunk } from "./payload";

export async function writeLayout(context: Excel.RequestContext, layout: SheetLayout): Promise<void> {
  // One sheet of each kind, whatever its language: the product's sheet of this kind under another
  // name (found by its marker) is renamed, then updated in place like any other.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const markers = sheets.items.map((s) => s.getRangeByIndexes(0, MARKER_COL, 1, 1).load("values"));
  await context.sync();
  const marked = sheetToReplace(
    layout,
    sheets.items.map((s, i) => ({ sheet: s, marker: markers[i]!.values[0]?.[0] })),
  );
  // Queued, not synced: Excel applies the rename before the lookup below, in the same round trip.
  if (marked) marked.name = layout.name;
  const sheet = await getOrCreateSheet(context, layout.name);
  // Update in place: clear the old content and merges, keep the sheet (and the undo history).
  const all = sheet.getRange();
  all.unmerge();
  all.clear("All");
  const rows = layout.cells.reduce((m, c) => Math.max(m, c.row + 1), 0);
  const cols = Math.max(
    layout.columnWidths.length,
    layout.cells.reduce((m, c) => Math.max(m, c.col + 1), 0),
  );
  // Text-formatted cells first, so values such as INSZ keep their leading zeros.
  for (const cell of layout.cells) {
    if (cell.style && layout.styles[cell.style]?.numberFormat) {
      sheet.getRangeByIndexes(cell.row, cell.col, 1, 1).numberFormat = [[layout.styles[cell.style]!.numberFormat!]];
    }
  }
  await context.sync();
  const grid: (string | number | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(""));
  for (const cell of layout.cells) if (cell.value !== null) grid[cell.row]![cell.col] = cell.value;
  const chunk = rowsPerChunk(bytesOf(grid.slice(0, 50)) / Math.min(50, Math.max(rows, 1)) + 8);
  for (let done = 0; done < rows; done += chunk) {
    const size = Math.min(chunk, rows - done);
    sheet.getRangeByIndexes(done, 0, size, cols).values = grid.slice(done, done + size);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 4 MB, never per row
    await context.sync();
  }
  // Formatting in batch, after the values: widths, heights, merges, styles, validation, print.
  layout.columnWidths.forEach((width, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(width * 7);
  });
  for (const col of layout.hiddenColumns ?? []) sheet.getRangeByIndexes(0, col, 1, 1).columnHidden = true;
  for (const [row, height] of Object.entries(layout.rowHeights))
    sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  for (const m of layout.merges) sheet.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  let ops = 0;
  for (const cell of layout.cells) {
    const style = cell.style ? layout.styles[cell.style] : undefined;
    if (!style) continue;
    applyStyle(sheet.getRangeByIndexes(cell.row, cell.col, 1, 1), style);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 4 MB, never per row
    if (++ops % FORMAT_OPS_PER_SYNC === 0) await context.sync();
  }
  // Enum values are written as strings: Office.js takes them, and the door then runs outside Office too.
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (layout.validations.length > 0 && requirements?.isSetSupported("ExcelApi", "1.8")) {
    for (const v of layout.validations) {
      sheet.getRangeByIndexes(v.row, v.col, 1, 1).dataValidation.rule = {
        list: { inCellDropDown: true, source: v.list.join(",") },
      };
    }
  }
  if (layout.freezeRows) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (layout.tabColor) sheet.tabColor = `#${layout.tabColor}`;
  if (requirements?.isSetSupported("ExcelApi", "1.9")) {
    sheet.pageLayout.orientation = layout.print.orientation === "portrait" ? "Portrait" : "Landscape";
    sheet.pageLayout.paperSize = "A4";
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (layout.print.titleRows) {
      sheet.pageLayout.setPrintTitleRows(`$${layout.print.titleRows.from + 1}:$${layout.print.titleRows.to + 1}`);
    }
  }
  await context.sync();
}

/** Get a sheet by name, adding it when missing (getItemOrNullObject: ExcelApi 1.4). */
export async function getOrCreateSheet(context: Excel.RequestContext, name: string): Promise<Excel.Worksheet> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name).load("isNullObject");
  await context.sync();
  return existing.isNullObject ? context.workbook.worksheets.add(name) : existing;
}

/** Queue a layout style on a range (no round trip). */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size) format.font.size = style.size;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.wrap) format.wrapText = true;
  if (style.horizontal)
    format.horizontalAlignment =
      style.horizontal === "left" ? "Left" : style.horizontal === "center" ? "Center" : "Right";
  if (style.vertical) format.verticalAlignment = style.vertical === "top" ? "Top" : "Center";
  if (style.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#A19F9D";
    }
  }
}
