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

/** Rows rendered between two turns given to the writer. */
const ROWS_PER_TURN = 2_000;
/** Bytes a streamed sheet may hold unwritten before rendering waits for the zip to take them. */
const MAX_PENDING_BYTES = 8 * 1024 * 1024;

interface StreamInternals {
  stream?: { buffers?: { length: number }[]; pipes?: { writableLength?: number }[] };
}

/** Bytes written into a streamed sheet and not yet compressed (0 for an in-memory sheet). */
function pendingBytes(sheet: ExcelJS.Worksheet): number {
  const stream = (sheet as unknown as StreamInternals).stream;
  if (!stream) return 0;
  let bytes = 0;
  for (const b of stream.buffers ?? []) bytes += b.length;
  for (const p of stream.pipes ?? []) bytes += p.writableLength ?? 0;
  return bytes;
}

/**
 * Let the zip take what was written: ExcelJS's streaming writer does not push back, so a sheet of a
 * million rows rendered in one go sits uncompressed in memory (hundreds of MB) until the end.
 */
async function letWriterCatchUp(sheet: ExcelJS.Worksheet): Promise<void> {
  do await new Promise<void>((resolve) => setTimeout(resolve, 0));
  while (pendingBytes(sheet) > MAX_PENDING_BYTES);
}

/** Add a sheet with a loaded sheet's values and basic formats (number formats, fonts, fills, borders). */
export async function renderLoaded(workbook: AnyWorkbook, loaded: LoadedSheet): Promise<ExcelJS.Worksheet> {
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
    if (r % ROWS_PER_TURN === ROWS_PER_TURN - 1) await letWriterCatchUp(sheet);
  }
  return sheet;
}
