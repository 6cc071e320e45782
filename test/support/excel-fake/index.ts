/**
 * An in-memory Excel as strict as Excel's documented behaviour, for the Office door's tests:
 * - proxies queue work; nothing happens until `context.sync()`; a property read before `load()` and
 *   `sync()` throws PropertyNotLoaded;
 * - requests and responses over 5 MB fail (RequestPayloadSizeLimitExceeded,
 *   ResponsePayloadSizeLimitExceeded), with a size model that counts every queued action, not only
 *   values (context.ts); syncs, bytes and actions are counted for tests to assert on;
 * - strings written through `values` are coerced as Excel coerces them (formulas, numbers, dates,
 *   booleans) unless the cell is formatted as text "@" (values.ts);
 * - selections of any shape: whole columns (C:C), whole rows (2:2), several areas, where
 *   getSelectedRange refuses several areas (InvalidSelection) and getSelectedRanges needs ExcelApi 1.9;
 * - insert("Right") refused next to tables, AutoFilters and merged cells (InsertDeleteConflict,
 *   FilteredRangeConflict, MergedRangeConflict); tables with a totals row;
 * - requirement sets up to ExcelApi 1.9 that a test can lower: data validation (1.8), page layout
 *   (1.9, zoom options as documented), getSelectedRanges (1.9) refuse below their version;
 * - an undo log: the calls that clear the user's undo history in Excel for Windows and Mac
 *   (Worksheet.visibility, Worksheet.delete);
 * - `data.between`: edits the analyst makes between two batches (sorting, inserting rows).
 * Still not modelled: formula evaluation, formatting beyond recording it, events, the exact wire
 * format of Office.js (sizes are a model, see context.ts), calculation, protection, and the undo
 * behaviour of other calls.
 */
export * from "./context";
export { FORMULA_RESULT, coerceWritten } from "./values";
export { FakeRange, FakeRangeAreas, numberFormatAt } from "./range";
export { FakeWorksheet } from "./worksheet";
export { FakeRequestContext, FakeWorkbook, FakeWorksheetCollection, fakeExcelRun, fakeRequirements } from "./workbook";
