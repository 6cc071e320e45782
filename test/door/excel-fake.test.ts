import {
  FORMULA_RESULT,
  FakeRequestContext,
  FakeWorkbookData,
  MAX_COLS,
  MAX_ROWS,
  OfficeFakeError,
  PAYLOAD_LIMIT_BYTES,
  fakeExcelRun,
} from "../support/excel-fake";

function workbook() {
  const data = new FakeWorkbookData();
  data.addSheet("Personeel", [
    ["Naam", "Geboortedatum"],
    ["An", 29281],
    ["Bart", 25569],
  ]);
  return data;
}

describe("the in-memory Excel fake keeps Office.js's rules", () => {
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
     this test breaks the load/sync rules on purpose, to show the fake enforces them. */
  test("a property read before load and sync throws PropertyNotLoaded", async () => {
    const context = new FakeRequestContext(workbook());
    const range = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject();
    expect(() => range.values).toThrow(OfficeFakeError);
    range.load(["values"]);
    expect(() => range.values).toThrow(/not loaded/); // loaded but not yet synced
    await context.sync();
    expect(range.values).toEqual([
      ["Naam", "Geboortedatum"],
      ["An", 29281],
      ["Bart", 25569],
    ]);
    expect(() => range.rowCount).toThrow(/rowCount/); // only what was loaded is readable
  });
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */

  test("writes apply at sync, not before, and each sync is counted with its bytes", async () => {
    const data = workbook();
    const context = new FakeRequestContext(data);
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.getRangeByIndexes(0, 2, 1, 1).values = [["Leeftijdsklasse"]];
    expect(data.sheets[0]!.cells[0]![2]).toBeUndefined();
    await context.sync();
    expect(data.sheets[0]!.cells[0]![2]).toBe("Leeftijdsklasse");
    expect(context.syncCount).toBe(1);
    expect(context.syncs[0]!.requestBytes).toBeGreaterThanOrEqual(JSON.stringify([["Leeftijdsklasse"]]).length);
  });

  test("a request over 5 MB fails and changes nothing", async () => {
    const data = workbook();
    const context = new FakeRequestContext(data);
    const rows = 60_000;
    const big = Array.from({ length: rows }, () => ["x".repeat(100)]);
    context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 5, rows, 1).values = big;
    expect(JSON.stringify(big).length).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(data.sheets[0]!.cells[0]![5]).toBeUndefined();
  });

  test("a response over 5 MB fails", async () => {
    const data = new FakeWorkbookData();
    data.addSheet(
      "Big",
      Array.from({ length: 60_000 }, () => ["y".repeat(100)]),
    );
    const context = new FakeRequestContext(data);
    context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject().load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  test("strings written through values are coerced as Excel coerces them, unless the cell is text (@)", async () => {
    const data = workbook();
    const context = new FakeRequestContext(data);
    const sheet = context.workbook.worksheets.getItem("Personeel");
    const written = ["0123456789", "2025-01-15", "1-3", "31/12/2024", "5%", "TRUE", "=SUM(1,2)", "Gent"];
    sheet.getRangeByIndexes(5, 0, 1, written.length).values = [written];
    const text = sheet.getRangeByIndexes(6, 0, 1, written.length);
    text.numberFormat = [written.map(() => "@")];
    text.values = [written];
    await context.sync();
    const [coerced, kept] = data.sheet("Personeel")!.cells.slice(5, 7);
    expect(coerced).toEqual([123456789, 45672, expect.any(Number), 45657, 0.05, true, FORMULA_RESULT, "Gent"]);
    expect(kept).toEqual(written);
    // A text Excel reads as a formula that is none is refused, and the batch stops there.
    sheet.getRangeByIndexes(8, 0, 1, 1).values = [["+32 2 123 45 67"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("selections of any shape; several areas are refused by getSelectedRange and given by getSelectedRanges (1.9)", async () => {
    const data = workbook();
    data.selection = { sheet: "Personeel", areas: [{ row: 0, col: 2, rows: MAX_ROWS, cols: 1 }] };
    let context = new FakeRequestContext(data);
    const column = context.workbook.getSelectedRange().load("address");
    await context.sync();
    expect(column.address).toBe("Personeel!C:C");
    data.selection = {
      sheet: "Personeel",
      areas: [
        { row: 1, col: 0, rows: 1, cols: MAX_COLS },
        { row: 3, col: 1, rows: 2, cols: 1 },
      ],
    };
    context = new FakeRequestContext(data);
    context.workbook.getSelectedRange().load("address");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidSelection" });
    context = new FakeRequestContext(data);
    const areas = context.workbook.getSelectedRanges().load("address");
    await context.sync();
    expect(areas.address).toBe("Personeel!2:2, Personeel!B4:B5");
    data.api = "1.8";
    expect(() => new FakeRequestContext(data).workbook.getSelectedRanges()).toThrow(/ExcelApi 1.9/);
  });

  test("insert is refused where Excel refuses it; visibility clears the undo history", async () => {
    const data = workbook();
    data.sheet("Personeel")!.autoFilter = { row: 0, col: 0, rows: 3, cols: 2 };
    let context = new FakeRequestContext(data);
    context.workbook.worksheets.getItem("Personeel").getRangeByIndexes(0, 1, 3, 1).insert("Right");
    await expect(context.sync()).rejects.toMatchObject({ code: "FilteredRangeConflict" });
    data.sheet("Personeel")!.autoFilter = undefined;
    data.tables.push({ name: "T", sheet: "Personeel", rect: { row: 1, col: 3, rows: 5, cols: 2 } });
    context = new FakeRequestContext(data);
    context.workbook.worksheets.getItem("Personeel").getRangeByIndexes(0, 1, 3, 1).insert("Right");
    await expect(context.sync()).rejects.toMatchObject({ code: "InsertDeleteConflict" });
    // Undo as documented for Windows and Mac: from ExcelApi 1.20 on, visibility and renames clear the
    // history; below it, every write does.
    data.api = "1.20";
    context = new FakeRequestContext(data);
    context.workbook.worksheets.getItem("Personeel").visibility = "Hidden";
    await context.sync();
    expect(data.undoCleared).toEqual(["Worksheet.visibility of Personeel"]);
    context = new FakeRequestContext(data);
    context.workbook.worksheets.getItem("Personeel").getRangeByIndexes(0, 0, 1, 1).values = [["x"]];
    await context.sync();
    expect(data.undoSteps).toBe(1);
    context = new FakeRequestContext(data);
    context.workbook.worksheets.getItem("Personeel").name = "Staff";
    await context.sync();
    expect(data.undoCleared).toEqual(["Worksheet.visibility of Personeel", "Worksheet.name of Personeel"]);
    expect(data.undoSteps).toBe(0);
    data.api = "1.9";
    context = new FakeRequestContext(data);
    context.workbook.worksheets.getItem("Staff").getRangeByIndexes(0, 0, 1, 1).values = [["y"]];
    await context.sync();
    expect(data.undoCleared.at(-1)).toBe("a write below ExcelApi 1.20");
  });

  test("getItemOrNullObject tells a missing sheet after sync; Excel.run flushes queued work", async () => {
    const data = workbook();
    const contexts: FakeRequestContext[] = [];
    const run = fakeExcelRun(data, contexts);
    const missing = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("KSZ-aanvraag").load("isNullObject");
      await context.sync();
      if (sheet.isNullObject) context.workbook.worksheets.add("KSZ-aanvraag");
      return sheet.isNullObject;
    });
    expect(missing).toBe(true);
    expect(data.sheet("KSZ-aanvraag")).toBeDefined();
    expect(contexts[0]!.syncCount).toBe(2);
  });
});
