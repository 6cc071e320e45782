/**
 * Issue 31: the workbook stays the analyst's. A sheet of theirs that has a product sheet's name is
 * never cleared, a click on another sheet never rebuilds the request from it, and an action is one
 * step of Excel's undo where Excel can. Each test failed on
 * the door before the fix it names.
 */
import { MARKER_COL, defaultSettings, markerOf, userMessage, type JobSettings } from "../../src/core";
import { inProcessChecker } from "../../src/solver/inProcessChecker";
import { runCommand } from "../../src/commands/jobs";
import { FileWorkbook } from "../../src/workbook/exceljs/fileWorkbook";
import { fixableErrorKey } from "../../src/workbook/errors";
import { OfficeWorkbook, type ExcelRun } from "../../src/workbook/office/officeWorkbook";
import { asAction } from "../../src/workbook/port";
import { ChangedElsewhere, saveSettingsChecked } from "../../src/workbook/savedSettings";
import { fakeExcelRun, fakeRequirements, type CellValue } from "../support/excel-fake";
import { detect, loadSettings, prepare, readNeeded, recodeAndWrite } from "../../src/workbook/tasks";
import { staffSheet, staffWorkbook } from "../support/officeStaff";

const TODAY = "2025-01-15";
const settings = (): JobSettings => ({ ...defaultSettings(TODAY, "nl"), referenceDate: "2024-12-31" });
const NOTES = [["Mijn eigen notities over de aanvraag van vorig jaar"], ["Contact KSZ: dossier 2024/123"]];

describe("a sheet of the analyst's under a product sheet's name is never cleared", () => {
  test.each(["KSZ-aanvraag", "Demande BCSS", "CBSS request"])(
    "an own sheet %s (no marker) survives two Generates; the request goes to a free name",
    async (own) => {
      const { data, door } = staffWorkbook(60);
      data.addSheet(
        own,
        NOTES.map((r) => [...r]),
      );
      let s = settings();
      for (let i = 0; i < 2; i++) s = (await loadSettings(door, TODAY)).settings;
      const first = await prepare(door, s, TODAY, "nl", { checker: inProcessChecker });
      const second = await prepare(door, (await loadSettings(door, TODAY)).settings, TODAY, "nl", {
        checker: inProcessChecker,
      });
      expect(data.sheet(own)!.cells).toEqual(NOTES);
      const expected = own === "KSZ-aanvraag" ? "KSZ-aanvraag (2)" : "KSZ-aanvraag";
      expect(first.sheets.request).toBe(expected);
      // The second Generate finds the product's sheet by its marker: no third sheet.
      expect(second.sheets.request).toBe(expected);
      expect(data.sheets.filter((sh) => sh.name.startsWith("KSZ-aanvraag")).length).toBe(
        own === "KSZ-aanvraag" ? 2 : 1,
      );
      expect(data.sheet(expected)!.cells.flat()).toContain("60 personen");
      expect((await loadSettings(door, TODAY)).settings.requestSheet?.name).toBe(expected);
    },
  );

  test("the product's own request sheet in another language is still renamed and rewritten", async () => {
    const { data, door } = staffWorkbook(60);
    await prepare(door, { ...settings(), sheetLang: "fr" }, TODAY, "fr", { checker: inProcessChecker });
    expect(data.sheet("Demande BCSS")).toBeDefined();
    const again = await prepare(door, (await loadSettings(door, TODAY)).settings, TODAY, "nl", {
      checker: inProcessChecker,
    });
    expect(again.sheets.request).toBe("Demande BCSS"); // the settings keep the sheet's language
    const dutch = await prepare(door, { ...(await loadSettings(door, TODAY)).settings, sheetLang: "nl" }, TODAY, "nl", {
      checker: inProcessChecker,
    });
    expect(dutch.sheets.request).toBe("KSZ-aanvraag");
    expect(data.sheet("Demande BCSS")).toBeUndefined();
  });

  test("in a file: the own sheet is written out as it was, beside the product's", async () => {
    const file = new FileWorkbook({
      sheets: [
        { name: "Personeel", values: staffSheet(60), styles: [], columnWidths: [], state: "visible" },
        { name: "KSZ-aanvraag", values: NOTES.map((r) => [...r]), styles: [], columnWidths: [], state: "visible" },
      ],
    });
    const result = await prepare(file, settings(), TODAY, "nl", { checker: inProcessChecker });
    expect(result.sheets.request).toBe("KSZ-aanvraag (2)");
    expect(file.outputSheets()).toEqual([
      "Personeel",
      "KSZ-aanvraag",
      "Controle kleine cellen",
      "KSZ-aanvraag (2)",
      "Gevraagde tabellen",
    ]);
    expect(await file.readCells("KSZ-aanvraag", [{ row: 0, col: 0 }])).toEqual([NOTES[0]![0]]);
  });
});

test("in a file, the product's sheet under a free name is never taken for the data", async () => {
  const marked: unknown[] = ["Aanvraag van anonieme diversiteitsgegevens"];
  marked[MARKER_COL] = markerOf("request");
  const file = new FileWorkbook({
    sheets: [
      { name: "KSZ-aanvraag (2)", values: [marked], styles: [], columnWidths: [], state: "visible" },
      { name: "Personeel", values: staffSheet(20), styles: [], columnWidths: [], state: "visible" },
    ],
  });
  expect((await file.locateData()).sheet).toBe("Personeel");
});

test("in Excel, a marker typed into the staff sheet does not hide the staff; the product's '(2)' sheet is no data", async () => {
  const { data, door } = staffWorkbook(20);
  data.sheet("Personeel")!.cells[0]![MARKER_COL] = markerOf("request");
  expect((await door.locateData()).sheet).toBe("Personeel");
  const marked: CellValue[] = ["Aanvraag"];
  marked[MARKER_COL] = markerOf("request");
  data.addSheet("KSZ-aanvraag (2)", [marked]);
  data.activeSheet = data.sheets.indexOf(data.sheet("KSZ-aanvraag (2)")!);
  expect((await door.locateData()).sheet).toBe("Personeel");
});

describe("the remembered data sheet stays the data sheet", () => {
  const budget = [
    ["Post", "Dienst", "Bedrag"],
    ["Lonen", "HR", 1000],
    ["ICT", "ICT", 200],
    ["Gebouw", "Facilitair", 300],
  ];

  test("Generate clicked on a sheet 'Budget' rebuilds nothing from Budget and keeps the remembered sheet", async () => {
    const { data, door } = staffWorkbook(60);
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    data.addSheet("Budget", budget);
    data.activeSheet = data.sheets.indexOf(data.sheet("Budget")!);
    const result = await prepare(door, (await loadSettings(door, TODAY)).settings, TODAY, "nl", {
      checker: inProcessChecker,
    });
    expect(result.detected.source.sheet).toBe("Personeel");
    expect(result.detected.source.activeElsewhere).toBe("Budget");
    expect(data.sheet("KSZ-aanvraag")!.cells.flat()).toContain("60 personen");
    expect((await loadSettings(door, TODAY)).settings.dataSheet?.name).toBe("Personeel");
  });

  test("Detect takes the active sheet only when told to", async () => {
    const { data, door } = staffWorkbook(60);
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    data.addSheet("Personeel 2025", staffSheet(30));
    data.activeSheet = data.sheets.indexOf(data.sheet("Personeel 2025")!);
    const saved = (await loadSettings(door, TODAY)).settings;
    expect((await detect(door, saved)).source).toMatchObject({ sheet: "Personeel", activeElsewhere: "Personeel 2025" });
    const taken = await detect(door, saved, { takeActive: true });
    expect(taken.source.sheet).toBe("Personeel 2025");
    expect(taken.source.activeElsewhere).toBeUndefined();
  });

  test("an export pasted anew into a sheet of the same name (a new id) is that sheet", async () => {
    const { data, door } = staffWorkbook(60);
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    data.sheets.splice(data.sheets.indexOf(data.sheet("Personeel")!), 1);
    data.addSheet("Budget", budget);
    data.addSheet("Personeel", staffSheet(40));
    data.activeSheet = data.sheets.indexOf(data.sheet("Budget")!);
    const found = await detect(door, (await loadSettings(door, TODAY)).settings);
    expect(found.source).toMatchObject({ sheet: "Personeel", activeElsewhere: "Budget" });
  });

  test("the remembered sheet gone while on another sheet: said, with that sheet named for the pane", async () => {
    const { data, door } = staffWorkbook(60);
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    data.sheets.splice(data.sheets.indexOf(data.sheet("Personeel")!), 1);
    data.addSheet("Budget", budget);
    data.activeSheet = data.sheets.indexOf(data.sheet("Budget")!);
    await expect(detect(door, (await loadSettings(door, TODAY)).settings)).rejects.toMatchObject({
      name: "NoData",
      reason: "rememberedGone",
      sheet: "Personeel",
      active: "Budget",
    });
  });
});

describe("a chart sheet active when a button is clicked (getActiveWorksheet fails, office-js#2444)", () => {
  test("the data come from the remembered sheet, or the only one; never Excel's raw error", async () => {
    const { data, door } = staffWorkbook(60);
    data.chartSheetActive = true;
    expect((await detect(door, settings())).source.sheet).toBe("Personeel");
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    data.addSheet("Vorig jaar", staffSheet(20));
    const outcome = await runCommand("generateRequest", door, "nl", TODAY, inProcessChecker);
    expect(outcome.kind).toBe("done");
    expect(data.sheet("KSZ-aanvraag")!.cells.flat()).toContain("60 personen");
  });
});

describe("a workbook open read-only (Workbook.readOnly, ExcelApi 1.8)", () => {
  test("Detect says so, in the round trip it already makes; a writable workbook says nothing", async () => {
    const { data, contexts, door } = staffWorkbook(60);
    const syncs = () => contexts.reduce((n, c) => n + c.syncCount, 0);
    data.readOnly = true;
    const found = await detect(door, settings());
    expect(found.source.readOnly).toBe(true);
    const first = syncs();
    data.readOnly = false;
    expect((await detect(door, settings())).source.readOnly).toBeUndefined();
    expect(syncs() - first).toBe(first); // as many round trips either way: the property rides along
  });

  test("below ExcelApi 1.8 Excel cannot tell: the property is never asked for (the fake refuses it)", async () => {
    const { data, door } = staffWorkbook(60, "1.7");
    data.readOnly = true;
    expect((await detect(door, settings())).source.readOnly).toBeUndefined();
  });
});

describe("Excel's undo: each action one step where Excel can (ExcelApi 1.20)", () => {
  const generate = async (door: ReturnType<typeof staffWorkbook>["door"], s: JobSettings) =>
    asAction(door, s.sheetLang, () => prepare(door, s, TODAY, "nl", { checker: inProcessChecker }));

  test("Generate is one undo step; only the first save (the hidden sheet) and a language switch clear the history", async () => {
    const { data, door } = staffWorkbook(60, "1.20");
    await generate(door, settings());
    expect(data.undoCleared).toEqual(["Worksheet.visibility of DiversityRequest_settings"]);
    expect(data.undoSteps).toBe(1);
    await generate(door, (await loadSettings(door, TODAY)).settings);
    expect(data.undoSteps).toBe(2);
    expect(data.undoCleared).toHaveLength(1);
    // Another language renames the product's sheets first, outside the group: the rest is one step.
    await generate(door, { ...(await loadSettings(door, TODAY)).settings, sheetLang: "fr" });
    expect(data.undoCleared.slice(1)).toEqual([
      "Worksheet.name of KSZ-aanvraag",
      "Worksheet.name of Controle kleine cellen",
      "Worksheet.name of Gevraagde tabellen",
    ]);
    expect(data.undoSteps).toBe(1);
    expect(data.sheet("Demande BCSS")!.cells.flat()).toContain("60 personnes");
  });

  test("a ribbon command is one undo step", async () => {
    const { data, door } = staffWorkbook(60, "1.20");
    await generate(door, settings());
    const before = data.undoSteps;
    const outcome = await runCommand("checkSmallCells", door, "nl", TODAY, inProcessChecker);
    expect(outcome.kind).toBe("done");
    expect(data.undoSteps).toBe(before + 1);
  });

  test("below ExcelApi 1.20 the door says every write clears the history (the pane warns first)", () => {
    expect(staffWorkbook(10, "1.9").door.undoSupport).toBe("cleared");
    expect(staffWorkbook(10, "1.20").door.undoSupport).toBe("steps");
  });
});

describe("insert refusals Microsoft documents: the columns go right of everything, or a message", () => {
  const recode = async (door: ReturnType<typeof staffWorkbook>["door"]) => {
    const s = settings();
    const detected = await detect(door, s);
    await recodeAndWrite(door, detected, await readNeeded(door, detected), s);
  };
  // The staff block is B3:H63; the recoded columns go to I and J when the insert is refused.
  const headerRow = (data: ReturnType<typeof staffWorkbook>["data"]) => data.sheet("Personeel")!.cells[2]!;

  test("a PivotTable right of the export (PivotTableRangeConflict)", async () => {
    const { data, door } = staffWorkbook(60);
    const sheet = data.sheet("Personeel")!;
    // From the title row down: the insert's rows would cut it.
    sheet.pivots = [{ row: 0, col: 12, rows: 22, cols: 3 }];
    sheet.cells[20]!.push("", "", "", "", "Dienst", "Aantal", "");
    sheet.cells[21]!.push("", "", "", "", "ICT", 12, "");
    const before = headerRow(data).slice(0, 9);
    await recode(door);
    // The export and the PivotTable stay where they are; the columns go right of the PivotTable.
    expect(headerRow(data).slice(0, 9)).toEqual(before);
    expect(sheet.cells[20]!.slice(12, 14)).toEqual(["Dienst", "Aantal"]);
    expect(headerRow(data).slice(14, 16)).toEqual(["Leeftijdsklasse", "Nationaliteitsgroep"]);
  });

  test("a legacy shared workbook, which inserts no blocks of cells and merges nothing (UnsupportedOperation)", async () => {
    const { data, door } = staffWorkbook(60);
    data.legacyShared = true;
    await recode(door);
    expect(headerRow(data)).toContain("Leeftijdsklasse");
    expect(headerRow(data).indexOf("Leeftijdsklasse")).toBeGreaterThan(7);
    // Generate: the merges are refused (said on the console), the request sheet is whole without them.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const result = await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/merged cells could not be set/), expect.anything());
    warn.mockRestore();
    expect(data.sheet(result.sheets.request)!.cells.flat()).toContain("60 personen");
  });

  test("an Excel table of 2,100 staff on the web (OperationCellsExceedLimit): plain columns right of the table", async () => {
    const { data, door } = staffWorkbook(2100);
    data.web = true;
    data.tables.push({ name: "Staff", sheet: "Personeel", rect: { row: 2, col: 1, rows: 2101, cols: 7 } });
    data.selection = { sheet: "Personeel", rect: { row: 5, col: 2, rows: 1, cols: 1 } };
    await recode(door);
    expect(data.tables[0]!.rect.cols).toBe(7);
    expect(headerRow(data).slice(8, 10)).toEqual(["Leeftijdsklasse", "Nationaliteitsgroep"]);
    expect(data.sheet("Personeel")!.cells[3]![8]).toMatch(/^(<25|25-34|35-44|45-54|55\+|Onbekend)|jaar/);
  });

  test("a value at the sheet's right edge (NonBlankCellOffSheet): nothing is written, and the message says what to clear", async () => {
    const { data, door } = staffWorkbook(60);
    data.sheet("Personeel")!.cells[10]![16_383] = "x";
    const before = JSON.stringify(data.sheet("Personeel")!.cells[2]);
    const error = await recode(door).catch((e: unknown) => e);
    expect(userMessage(error)?.key).toBe("limit.columns");
    expect(JSON.stringify(data.sheet("Personeel")!.cells[2])).toBe(before);
  });
});

describe("co-authoring: choices saved by someone else since they were read are never overwritten unasked", () => {
  test("a Generate on stale choices writes nothing and says so; the choices saved by the other stay", async () => {
    const { data, door } = staffWorkbook(60);
    // A second analyst in the same workbook: another pane, the same document.
    const other = new OfficeWorkbook(fakeExcelRun(data) as unknown as ExcelRun, () => null, fakeRequirements(data));
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    const mine = (await loadSettings(door, TODAY)).settings;
    const theirs = (await loadSettings(other, TODAY)).settings;
    await prepare(other, { ...theirs, answers: { ...theirs.answers, institution: "Stad Gent" } }, TODAY, "nl", {
      checker: inProcessChecker,
    });
    const before = JSON.stringify(data.sheet("KSZ-aanvraag")!.cells);
    const stale = prepare(door, { ...mine, answers: { ...mine.answers, institution: "Stad Brugge" } }, TODAY, "nl", {
      checker: inProcessChecker,
    });
    await expect(stale).rejects.toBeInstanceOf(ChangedElsewhere);
    expect(JSON.stringify(data.sheet("KSZ-aanvraag")!.cells)).toBe(before);
    expect((await loadSettings(door, TODAY)).settings.answers.institution).toBe("Stad Gent");
    expect(fixableErrorKey(await stale.catch((e: unknown) => e))).toBe("error.changedElsewhere");
    // Read again, the same Generate goes through, and the other sees a new revision.
    const fresh = (await loadSettings(door, TODAY)).settings;
    const done = await prepare(door, { ...fresh, threshold: 10 }, TODAY, "nl", { checker: inProcessChecker });
    expect((await loadSettings(other, TODAY)).settings).toMatchObject({ threshold: 10, revision: done.saved.revision });
  });

  test("each save stamps a new revision; a file door (one writer) never refuses", async () => {
    const { door } = staffWorkbook(10);
    const a = await saveSettingsChecked(door, settings());
    const b = await saveSettingsChecked(door, a);
    expect(a.revision).not.toBe(b.revision);
    await expect(saveSettingsChecked(door, a)).rejects.toBeInstanceOf(ChangedElsewhere);
    await saveSettingsChecked(door, a, { force: true });
    const file = new FileWorkbook({ sheets: [] });
    await saveSettingsChecked(file, settings());
    await saveSettingsChecked(file, settings());
  });
});
