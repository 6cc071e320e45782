/**
 * Writing one of the product's sheets (request, check, linkage) into Excel from its layout: the sheet of
 * its kind is found by its marker and updated in place (never deleted: that would clear the undo
 * history), values in chunks under the payload limit, then formats in batches.
 */
import { MARKER_COL, type CellStyle, type SheetLayout, type StyleName } from "../../core";
import { placeLayout } from "../port";
import type { Requirements } from "./officeWorkbook";
import { ACTIONS_PER_SYNC, bytesOf, rowsPerChunk } from "./payload";

export async function writeLayout(
  context: Excel.RequestContext,
  layout: SheetLayout,
  requirements: Requirements,
): Promise<string> {
  // One sheet of each kind, whatever its language: the product's sheet of this kind (found by its
  // marker) is updated in place; a sheet of the analyst's under the same name is left alone.
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const markers = sheets.items.map((s) => s.getRangeByIndexes(0, MARKER_COL, 1, 1).load("values"));
  await context.sync();
  const place = placeLayout(
    layout,
    sheets.items.map((s, i) => ({ sheet: s, marker: markers[i]!.values[0]?.[0] })),
  );
  // Queued, not synced: Excel applies the rename before the lookup under the new name, in the same
  // round trip as the writes below.
  if (place.rename) place.sheet!.name = place.name;
  const sheet = place.sheet ? sheets.getItem(place.name) : sheets.add(place.name);
  // Update in place: clear the old content and merges, keep the sheet (and the undo history).
  const all = sheet.getRange();
  all.unmerge();
  all.clear("All");
  const rows = layout.cells.reduce((m, c) => Math.max(m, c.row + 1), 0);
  const cols = Math.max(
    layout.columnWidths.length,
    layout.cells.reduce((m, c) => Math.max(m, c.col + 1), 0),
  );
  const grid: (string | number | null)[][] = Array.from({ length: rows }, () => new Array(cols).fill(""));
  for (const cell of layout.cells) if (cell.value !== null) grid[cell.row]![cell.col] = cell.value;
  // Text stays text: every cell that holds no number is formatted "@" before its value is written, so
  // Excel reads no formula, number or date into an answer ("+32 2 ...", "0123456789", "2025-01-15").
  const formats = grid.map((line) => line.map((v) => (typeof v === "number" ? "General" : "@")));
  const chunk = rowsPerChunk((2 * bytesOf(grid.slice(0, 50))) / Math.min(50, Math.max(rows, 1)) + 8);
  for (let done = 0; done < rows; done += chunk) {
    const size = Math.min(chunk, rows - done);
    const range = sheet.getRangeByIndexes(done, 0, size, cols);
    range.numberFormat = formats.slice(done, done + size);
    range.values = grid.slice(done, done + size);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 4 MB, never per row
    await context.sync();
  }
  // Formatting in batch, after the values: widths, heights, styles; then merges, on their own.
  layout.columnWidths.forEach((width, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  for (const col of layout.hiddenColumns ?? []) sheet.getRangeByIndexes(0, col, 1, 1).columnHidden = true;
  for (const [row, height] of Object.entries(layout.rowHeights))
    sheet.getRangeByIndexes(Number(row), 0, 1, 1).format.rowHeight = height;
  // Neighbouring cells of one style in a row are one range: a linkage list of 10,000 staff is a few
  // hundred actions, not 10,000 x 11. Syncs are sized by actions (Excel on the web counts each).
  let actions = 0;
  for (const run of styleRuns(layout)) {
    const style = layout.styles[run.style]!;
    applyStyle(sheet.getRangeByIndexes(run.row, run.col, 1, run.cols), style);
    actions += styleActions(style);
    if (actions >= ACTIONS_PER_SYNC) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~5,000 actions, never per cell
      await context.sync();
      actions = 0;
    }
  }
  if (layout.freezeRows) sheet.freezePanes.freezeRows(layout.freezeRows);
  if (layout.tabColor) sheet.tabColor = `#${layout.tabColor}`;
  await context.sync();
  // Merges last and apart: Excel refuses them while a chart or shape is selected, and the sheet is
  // whole without them (each text is in its first cell, wrapped). A refusal never stops Generate.
  for (const m of layout.merges) sheet.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  await settle(context, "the merged cells");
  await finishing(context, sheet, layout, requirements);
  return place.name;
}

/**
 * A layout's column width (in characters of the default font, as Excel's column width counts them) in
 * the points Office.js's columnWidth takes: 7 px per character and 5 px of padding (Calibri 11 at
 * 96 dpi), at 0.75 pt per px. Taking characters x 7 as points made the request sheet a third too
 * wide: it printed at 71 % on A4 instead of 92 %.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * What newer Excel adds, after the sheet is complete: drop-down lists (ExcelApi 1.8) and print set-up
 * (1.9). Each in its own round trip; one that fails leaves the sheet whole and is logged.
 */
async function finishing(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  requirements: Requirements,
): Promise<void> {
  if (layout.validations.length > 0 && requirements.isSetSupported("ExcelApi", "1.8")) {
    for (const v of layout.validations) {
      sheet.getRangeByIndexes(v.row, v.col, 1, 1).dataValidation.rule = {
        list: { inCellDropDown: true, source: v.list.join(",") },
      };
    }
    await settle(context, "the answer lists (data validation)");
  }
  if (requirements.isSetSupported("ExcelApi", "1.9")) {
    // Enum values as strings: Office.js takes them, and the door runs outside Office in tests.
    sheet.pageLayout.orientation = layout.print.orientation === "portrait" ? "Portrait" : "Landscape";
    sheet.pageLayout.paperSize = "A4";
    // One page wide. Excel's own "as many pages tall as needed" (verticalFitToPages 0) is not
    // documented in Office.js, so only the width is set.
    sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (layout.print.titleRows) {
      sheet.pageLayout.setPrintTitleRows(`$${layout.print.titleRows.from + 1}:$${layout.print.titleRows.to + 1}`);
    }
    await settle(context, "the print set-up (page layout)");
  }
}

async function settle(context: Excel.RequestContext, what: string): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    console.warn(`Diversity Request: ${what} could not be set; the sheet itself is complete.`, error);
  }
}

/** Cells of one style next to each other in a row, as runs. */
function styleRuns(layout: SheetLayout): { row: number; col: number; cols: number; style: StyleName }[] {
  const styled = layout.cells
    .filter((c): c is typeof c & { style: StyleName } => c.style !== undefined && layout.styles[c.style] !== undefined)
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; cols: number; style: StyleName }[] = [];
  for (const cell of styled) {
    const last = runs[runs.length - 1];
    if (last && last.row === cell.row && last.style === cell.style && last.col + last.cols === cell.col) last.cols++;
    else if (!(last && last.row === cell.row && last.col + last.cols > cell.col))
      runs.push({ row: cell.row, col: cell.col, cols: 1, style: cell.style });
  }
  return runs;
}

/** How many actions applyStyle queues for a style. */
export function styleActions(style: CellStyle): number {
  const single = ["bold", "italic", "size", "color", "fill", "wrap", "horizontal", "vertical"] as const;
  return single.filter((k) => style[k] !== undefined && style[k] !== false).length + (style.border ? 8 : 0) || 1;
}

/**
 * Get a sheet by name, adding it when missing (getItemOrNullObject: ExcelApi 1.4), with its visibility
 * as it is ("Visible" for a new one), so a caller sets the visibility only when it must.
 */
export async function getOrCreateSheet(
  context: Excel.RequestContext,
  name: string,
): Promise<{ sheet: Excel.Worksheet; visibility: string }> {
  const existing = context.workbook.worksheets.getItemOrNullObject(name).load("isNullObject,visibility");
  await context.sync();
  if (!existing.isNullObject) return { sheet: existing, visibility: existing.visibility };
  return { sheet: context.workbook.worksheets.add(name), visibility: "Visible" };
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
