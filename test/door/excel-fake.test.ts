import {
  FakeRequestContext,
  FakeWorkbookData,
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
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
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
