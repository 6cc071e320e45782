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
 * - undo as Microsoft documents it for Windows and Mac: below ExcelApi 1.20 every batch that writes
 *   clears the user's undo history; from 1.20 on each sync that writes is a step, Excel.run with
 *   mergeUndoGroup makes a batch one step, and Worksheet.name, visibility and delete clear the
 *   history (refused with UndoNotSupported inside a merged group);
 * - `data.between`: edits the analyst makes between two batches (sorting, inserting rows).
 * Still not modelled: formula evaluation, formatting beyond recording it, events, the exact wire
 * format of Office.js (sizes are a model, see context.ts), calculation, protection, Excel on the web's
 * undo (where a rename is undoable), and undo itself (the stack is counted, never replayed).
 */
export * from "./context";
export { FORMULA_RESULT, coerceWritten } from "./values";
export { FakeRange, FakeRangeAreas, numberFormatAt } from "./range";
export { FakeWorksheet } from "./worksheet";
export { FakeRequestContext, FakeWorkbook, FakeWorksheetCollection, fakeExcelRun, fakeRequirements } from "./workbook";
