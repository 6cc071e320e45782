/**
 * Writing recoded columns into the sheet. Before anything is written, the sheet is checked against
 * the plan the columns were made on (header row, row count, sampled values): if the analyst sorted,
 * inserted or deleted in between, nothing is written (StalePlan). Columns go right of their sources;
 * where Excel refuses the insert (a filtered export, a table or merged cells in the way), they go right
 * of everything the sheet holds instead, so no cell is ever overwritten. Values are written as text
 * (number format "@" first): a label such as "1-3" is no date.
 */
import { cellText } from "../../core";
import { StalePlan, throwIfAborted, type DataSource, type NewColumn, type ReadOptions, type WritePlan } from "../port";
import { parseAddress } from "./addresses";
import { HEADER_FILL, bytesOf, rowsPerChunk } from "./payload";

/** Excel's refusals of an insert that would move part of a table, a filter or merged cells. */
const INSERT_REFUSALS = new Set(["InsertDeleteConflict", "FilteredRangeConflict", "MergedRangeConflict"]);

export async function writeColumns(
  context: Excel.RequestContext,
  source: DataSource,
  headerRow: number,
  columns: readonly NewColumn[],
  options: ReadOptions & { plan?: WritePlan },
): Promise<number[]> {
  const headerSheetRow = source.firstRow + headerRow;
  const firstDataRow = headerSheetRow + 1;
  const rowCount = Math.max(source.rowCount - headerRow - 1, 0);
  const sheet = context.workbook.worksheets.getItem(source.sheet);
  // One round trip: the header row as it is now, where the data end now, and the sampled cells.
  const headerRange = sheet.getRangeByIndexes(headerSheetRow, source.firstColumn, 1, source.columnCount).load("values");
  const table = source.kind === "table" && source.table ? context.workbook.tables.getItem(source.table) : null;
  const tableRange = table ? table.getRange().load("address") : null;
  const used = table ? null : sheet.getUsedRangeOrNullObject(true).load("address,isNullObject");
  if (table) table.load("showTotals");
  const samples = (options.plan?.samples ?? []).map((s) => ({
    expected: s.values,
    cells: s.rows.map((r) =>
      sheet.getRangeByIndexes(firstDataRow + r, source.firstColumn + s.column, 1, 1).load("values"),
    ),
  }));
  await context.sync();
  const headers = (headerRange.values[0] ?? []).map((v) => cellText(v).trim());
  if (options.plan) {
    const extent = tableRange ? tableRange.address : used && !used.isNullObject ? used.address : null;
    checkPlan(options.plan, source, headers, extent, table?.showTotals ?? false, samples, headerRow);
  }

  // Place each column: over the product's own column from an earlier run, else right of its source.
  const placed: number[] = new Array(columns.length);
  const inserts: { index: number; at: number }[] = [];
  columns.forEach((column, i) => {
    const existing = headers.indexOf(column.header);
    if (existing >= 0) placed[i] = existing;
    else inserts.push({ index: i, at: column.source + 1 });
  });
  if (inserts.length > 0) {
    // Right to left, so each insert leaves the places found for the others valid.
    inserts.sort((a, b) => b.at - a.at || b.index - a.index);
    const shifted = [...placed];
    for (const { index, at } of inserts) {
      if (table) table.columns.add(at, undefined, columns[index]!.header);
      else sheet.getRangeByIndexes(headerSheetRow, source.firstColumn + at, rowCount + 1, 1).insert("Right");
      for (let j = 0; j < shifted.length; j++) if (shifted[j] !== undefined && shifted[j]! >= at) shifted[j]!++;
      shifted[index] = at;
    }
    try {
      await context.sync();
      shifted.forEach((p, i) => (placed[i] = p));
    } catch (error) {
      if (table || !INSERT_REFUSALS.has((error as { code?: string }).code ?? "")) throw error;
      // Excel refused (a filter, a table or merged cells to the right): right of everything instead.
      const used = sheet.getUsedRange(true).load("columnIndex,columnCount");
      await context.sync();
      let next = used.columnIndex + used.columnCount - source.firstColumn;
      for (const { index } of [...inserts].sort((a, b) => a.index - b.index)) placed[index] = next++;
    }
  }

  // Headers, then values in chunks under the payload limit, each chunk formatted as text first.
  columns.forEach((column, i) => {
    const cell = sheet.getRangeByIndexes(headerSheetRow, source.firstColumn + placed[i]!, 1, 1);
    cell.numberFormat = [["@"]];
    cell.values = [[column.header]];
    cell.format.font.bold = true;
    cell.format.fill.color = HEADER_FILL;
  });
  const bytesPerRow =
    columns.reduce(
      (n, c) => n + (c.values.length ? bytesOf(c.values.slice(0, 200)) / Math.min(200, c.values.length) : 0),
      0,
    ) +
    // The "@" format of each cell travels too.
    columns.length * 6 +
    8;
  const chunk = rowsPerChunk(bytesPerRow * 1.1);
  let done = 0;
  do {
    throwIfAborted(options.signal);
    const size = Math.min(chunk, rowCount - done);
    if (size > 0) {
      columns.forEach((column, i) => {
        const range = sheet.getRangeByIndexes(firstDataRow + done, source.firstColumn + placed[i]!, size, 1);
        range.numberFormat = Array.from({ length: size }, () => ["@"]);
        range.values = column.values.slice(done, done + size).map((v) => [v]);
      });
    }
    done += Math.max(size, 0);
    if (done >= rowCount) {
      columns.forEach((_, i) =>
        sheet
          .getRangeByIndexes(headerSheetRow, source.firstColumn + placed[i]!, rowCount + 1, 1)
          .format.autofitColumns(),
      );
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk of up to 4 MB, never per row
    await context.sync();
    options.onProgress?.(done, rowCount);
  } while (done < rowCount);
  return placed.map((p) => source.firstColumn + p);
}

/** The sheet still holds what the columns were made from, in the same places; else StalePlan. */
function checkPlan(
  plan: WritePlan,
  source: DataSource,
  headers: readonly string[],
  extent: string | null,
  totals: boolean,
  samples: { expected: WritePlan["samples"][number]["values"]; cells: Excel.Range[] }[],
  headerRow: number,
): void {
  const stale = () => new StalePlan(source.sheet);
  // Product columns written right of the data earlier do not count: only the block's own headers.
  if (plan.headers.some((h, i) => h !== (headers[i] ?? ""))) throw stale();
  // Where the data end now: the same first row and as many data rows as were read.
  if (extent === null) throw stale();
  const rect = parseAddress(extent);
  const rows = rect.rows - (totals ? 1 : 0) - headerRow - 1;
  if (rect.row !== source.firstRow || rows !== plan.rowCount) throw stale();
  for (const s of samples)
    s.cells.forEach((cell, i) => {
      if (cellText(cell.values[0]?.[0]).trim() !== cellText(s.expected[i] ?? null).trim()) throw stale();
    });
}
