/**
 * Render the core's sheet layouts and loaded sheets into ExcelJS worksheets. The same code serves the
 * streaming writer (Node) and the in-memory workbook (browser): both expose the same worksheet API,
 * except that streamed rows must be committed in order.
 */
import type ExcelJS from "exceljs";
import type { CellStyle, SheetLayout } from "../../core";
import type { LoadedSheet } from "./model";

type AnyWorkbook = Pick<ExcelJS.Workbook, "addWorksheet">;

const argb = (hex: string) => ({ argb: `FF${hex}` });
const THIN = { style: "thin" as const, color: argb("A19F9D") };

/** A layout style as ExcelJS style parts. */
export function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold || style.italic || style.size || style.color) {
    out.font = {
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.size ? { size: style.size } : {}),
      ...(style.color ? { color: argb(style.color) } : {}),
    };
  }
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.wrap || style.horizontal || style.vertical) {
    out.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
    };
  }
  if (style.border) out.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

const commit = (row: ExcelJS.Row) => {
  // Streamed rows are committed (written and freed) as soon as they are complete.
  const r = row as ExcelJS.Row & { commit?: () => void };
  if (typeof r.commit === "function") r.commit();
};

/** Add a sheet that renders a layout: values, styles, merges, widths, heights, validations, print set-up. */
export function renderLayout(workbook: AnyWorkbook, layout: SheetLayout): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(layout.name, {
    properties: layout.tabColor ? { tabColor: argb(layout.tabColor) } : {},
    views: layout.freezeRows ? [{ state: "frozen", ySplit: layout.freezeRows }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.print.orientation,
      fitToPage: true,
      fitToWidth: layout.print.fitToWidth,
      fitToHeight: 0,
      ...(layout.print.titleRows
        ? { printTitlesRow: `${layout.print.titleRows.from + 1}:${layout.print.titleRows.to + 1}` }
        : {}),
    },
  });
  layout.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  for (const col of layout.hiddenColumns ?? []) sheet.getColumn(col + 1).hidden = true;
  // Merges first: the streaming writer needs them before the rows they cover are committed.
  for (const m of layout.merges) sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  const styles = Object.fromEntries(Object.entries(layout.styles).map(([k, v]) => [k, excelStyle(v)]));
  const byRow = new Map<number, SheetLayout["cells"]>();
  let lastRow = 0;
  for (const cell of layout.cells) {
    const list = byRow.get(cell.row) ?? [];
    list.push(cell);
    byRow.set(cell.row, list);
    lastRow = Math.max(lastRow, cell.row);
  }
  for (const v of layout.validations) {
    sheet.getCell(v.row + 1, v.col + 1).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.list.join(",")}"`],
    };
  }
  for (let r = 0; r <= lastRow; r++) {
    const row = sheet.getRow(r + 1);
    const height = layout.rowHeights[r];
    if (height) row.height = height;
    for (const cell of byRow.get(r) ?? []) {
      const target = row.getCell(cell.col + 1);
      if (cell.value !== null) target.value = cell.value;
      if (cell.style) target.style = styles[cell.style] as ExcelJS.Style;
    }
    commit(row);
  }
  return sheet;
}

/** Add a sheet with a loaded sheet's values and basic formats (number formats, fonts, fills, borders). */
export function renderLoaded(workbook: AnyWorkbook, loaded: LoadedSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(loaded.name, { state: loaded.state });
  loaded.columnWidths.forEach((width, i) => {
    if (width) sheet.getColumn(i + 1).width = width;
  });
  for (let r = 0; r < loaded.values.length; r++) {
    const values = loaded.values[r];
    const row = sheet.getRow(r + 1);
    if (values) {
      const styles = loaded.styles[r];
      for (let c = 0; c < values.length; c++) {
        const value = values[c];
        const style = styles?.[c];
        if (value === undefined && !style) continue;
        const cell = row.getCell(c + 1);
        if (value !== undefined && value !== null) cell.value = value as ExcelJS.CellValue;
        if (style) cell.style = style as ExcelJS.Style;
      }
    }
    commit(row);
  }
  return sheet;
}
