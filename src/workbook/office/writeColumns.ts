/**
 * Writing recoded columns into the sheet. Before anything is written, the sheet is checked against
 * the plan the columns were made on (header row, row count, sampled values): if the analyst sorted,
 * inserted or deleted in between, nothing is written (StalePlan). Columns go right of their sources;
 * where Excel refuses the insert (a filter, a PivotTable or merged cells in the way, a shared workbook,
 * a table too large on the web), they go right of everything the sheet holds instead, so no cell is
 * ever overwritten. Values are written as text
 * (number format "@" first): a label such as "1-3" is no date.
 */
import { LANGS, LimitExceeded, cellText, t } from "../../core";
import { StalePlan, throwIfAborted, type DataSource, type NewColumn, type ReadOptions, type WritePlan } from "../port";
import { parseAddress } from "./addresses";
import { HEADER_FILL, bytesOf, rowsPerChunk } from "./payload";

/** Columns read beyond the block's width: room for the product's own columns added since. */
const EXTRA_COLUMNS = 32;
const MAX_COLUMNS = 16_384;

/**
 * Excel's documented refusals of an insert (application-specific-api-error-handling): part of a table,
 * a filter, merged cells or a PivotTable in the way; cells that would be pushed off the sheet; a table
 * column that would move over 33,554,000 cells (Excel on the web); a legacy shared workbook, which
 * inserts no blocks of cells. Each has the same way out: the columns go right of everything.
 */
const INSERT_REFUSALS = new Set([
  "InsertDeleteConflict",
  "FilteredRangeConflict",
  "MergedRangeConflict",
  "PivotTableRangeConflict",
  "NonBlankCellOffSheet",
  "OperationCellsExceedLimit",
  "UnsupportedOperation",
]);

export async function writeColumns(
  context: Excel.RequestContext,
  source: DataSource,
  headerRow: number,
  columns: readonly NewColumn[],
  options: ReadOptions & { plan?: WritePlan },
): Promise<number[]> {
  const headerSheetRow = source.firstRow + headerRow;
  const firstDataRow = headerSheetRow + 1;
  const blockRows = Math.max(source.rowCount - headerRow - 1, 0);
  // The labels cover the staff; rows of the block under them (a totals row) get none.
  const rowCount = Math.min(blockRows, columns[0]?.values.length ?? blockRows);
  const sheet = context.workbook.worksheets.getItem(source.sheet);
  // One round trip: the header row as it is now (wider than the block: the product's own columns may
  // have been added since it was read), where the data end now, and the sampled cells' rows.
  const width = Math.min(source.columnCount + EXTRA_COLUMNS, MAX_COLUMNS - source.firstColumn);
  const headerRange = sheet.getRangeByIndexes(headerSheetRow, source.firstColumn, 1, width).load("values");
  const table = source.kind === "table" && source.table ? context.workbook.tables.getItem(source.table) : null;
  const tableRange = table ? table.getRange().load("address") : null;
  const used = table ? null : sheet.getUsedRangeOrNullObject(true).load("address,isNullObject");
  if (table) table.load("showTotals");
  const plan = options.plan;
  const sampleRows = plan
    ? [...new Set(plan.samples.flatMap((s) => s.rows))].map((r) => ({
        row: r,
        range: sheet.getRangeByIndexes(firstDataRow + r, source.firstColumn, 1, width).load("values"),
      }))
    : [];
  await context.sync();
  const headers = (headerRange.values[0] ?? []).map((v) => cellText(v).trim());
  // Where each column read then is now: the product's own columns in between do not count.
  const now = plan ? currentPlaces(plan.headers, headers) : null;
  if (plan) {
    const extent = tableRange ? tableRange.address : used && !used.isNullObject ? used.address : null;
    if (!now || !sameExtent(plan, source, extent, table?.showTotals ?? false, headerRow))
      throw new StalePlan(source.sheet);
    for (const sample of plan.samples) {
      const at = now[sample.column]!;
      sample.rows.forEach((r, i) => {
        const line = sampleRows.find((s) => s.row === r)!.range.values[0] ?? [];
        if (cellText(line[at] ?? null).trim() !== cellText(sample.values[i] ?? null).trim())
          throw new StalePlan(source.sheet);
      });
    }
  }
  const placeOf = (index: number) => (now ? now[index]! : index);

  // Place each column: over the product's own column from an earlier run, else right of its source.
  const placed: number[] = new Array(columns.length);
  const inserts: { index: number; at: number }[] = [];
  columns.forEach((column, i) => {
    const existing = headers.indexOf(column.header);
    if (existing >= 0) placed[i] = existing;
    else inserts.push({ index: i, at: placeOf(column.source) + 1 });
  });
  if (inserts.length > 0) {
    // Right to left, so each insert leaves the places found for the others valid. One insert per sync:
    // Excel does not undo the inserts before a refused one, so each is known done before the next.
    inserts.sort((a, b) => b.at - a.at || b.index - a.index);
    const shifted = [...placed];
    let refused: typeof inserts = [];
    for (const [n, { index, at }] of inserts.entries()) {
      if (table) table.columns.add(at, undefined, columns[index]!.header);
      else sheet.getRangeByIndexes(headerSheetRow, source.firstColumn + at, blockRows + 1, 1).insert("Right");
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one per new column (two at most): Excel keeps the inserts before a refused one
        await context.sync();
      } catch (error) {
        if (!INSERT_REFUSALS.has((error as { code?: string }).code ?? "")) throw error;
        refused = inserts.slice(n);
        break;
      }
      for (let j = 0; j < shifted.length; j++) if (shifted[j] !== undefined && shifted[j]! >= at) shifted[j]!++;
      shifted[index] = at;
    }
    shifted.forEach((p, i) => (placed[i] = p));
    if (refused.length > 0) {
      // Excel refused: those go right of everything the sheet holds (outside an Excel table, as
      // plain columns), where no cell is overwritten; with no room left there, nothing is written.
      const usedNow = sheet.getUsedRange(false).load("columnIndex,columnCount");
      await context.sync();
      const right = usedNow.columnIndex + usedNow.columnCount;
      if (right + refused.length > MAX_COLUMNS)
        throw new LimitExceeded("columns", right + refused.length, source.sheet);
      let next = right - source.firstColumn;
      for (const { index } of [...refused].sort((a, b) => a.index - b.index)) placed[index] = next++;
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

/**
 * Where each column of the block read then is now, or null when the sheet no longer holds the same
 * columns in the same order. The product's own recoded columns (in any language) are skipped on both
 * sides: a recode that inserted them, or a second one, is no change by the analyst.
 */
function currentPlaces(planned: readonly string[], current: readonly string[]): number[] | null {
  const product = productHeader();
  const places: number[] = new Array(planned.length);
  let j = 0;
  for (let i = 0; i < planned.length; i++) {
    if (product(planned[i]!)) {
      // A product column read then: wherever it is now, it is not data.
      places[i] = current.indexOf(planned[i]!);
      continue;
    }
    while (j < current.length && product(current[j]!)) j++;
    if (j >= current.length || current[j] !== planned[i]) return null;
    places[i] = j++;
  }
  return places;
}

/** The same first row and as many rows as were read (the table's and the range's totals rows apart). */
function sameExtent(
  plan: WritePlan,
  source: DataSource,
  extent: string | null,
  totals: boolean,
  headerRow: number,
): boolean {
  if (extent === null) return false;
  const rect = parseAddress(extent);
  return (
    rect.row === source.firstRow &&
    rect.rows - (totals ? 1 : 0) - headerRow - 1 === plan.rowCount + (plan.rowsBelow ?? 0)
  );
}

/** Whether a header is one of the product's recoded columns, in any of our languages. */
function productHeader(): (header: string) => boolean {
  const fixed = new Set(LANGS.flatMap((lang) => [t(lang, "column.ageBand"), t(lang, "column.nationalityGroup")]));
  const grouped = LANGS.map((lang) => {
    const [before, after] = t(lang, "column.group", { source: "\u0000" }).split("\u0000") as [string, string];
    return (header: string) =>
      header.length > before.length + after.length && header.startsWith(before) && header.endsWith(after);
  });
  return (header) => fixed.has(header) || grouped.some((matches) => matches(header));
}
