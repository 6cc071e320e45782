/**
 * Issue 13: the Office door against a fake as strict as Excel's documented behaviour. Each test here
 * failed on the door before the fixes it names.
 */
import { defaultSettings, type JobSettings } from "../../src/core";
import { inProcessChecker } from "../../src/solver/inProcessChecker";
import { StalePlan } from "../../src/workbook/port";
import { detect, prepare, readNeeded, recodeAndWrite } from "../../src/workbook/tasks";
import { FORMULA_RESULT, FakeWorkbookData, MAX_COLS, MAX_ROWS, PAYLOAD_LIMIT_BYTES } from "../support/excel-fake";
import { staffWorkbook as workbook } from "../support/officeStaff";

const TODAY = "2025-01-15";
const settings = (): JobSettings => ({ ...defaultSettings(TODAY, "nl"), referenceDate: "2024-12-31" });

describe("1. text stays text: Excel coerces strings written through values", () => {
  test("answers typed with a leading zero, a plus sign or a date survive two Generates, and Excel accepts them", async () => {
    const { data, door } = workbook(120);
    const answers = {
      kbo: "0123456789",
      contactPhone: "+32 2 123 45 67",
      signatureDate: "2025-01-15",
      service: "=Personeel en Organisatie",
      place: "@Gent",
    };
    let s: JobSettings = { ...settings(), answers: { ...answers } };
    for (let i = 0; i < 2; i++) {
      const result = await prepare(door, s, TODAY, "nl", { checker: inProcessChecker });
      s = result.saved;
    }
    expect(s.answers).toMatchObject(answers);
    // In the sheet itself, as typed.
    const sheet = data.sheet("KSZ-aanvraag")!;
    const cell = (id: keyof typeof answers) => {
      const at = s.requestSheet!.cells[id]!;
      return sheet.cells[at.row]![at.col];
    };
    // The date picked is written day first (issue 22), and read back as picked (above).
    for (const id of Object.keys(answers) as (keyof typeof answers)[])
      expect(cell(id)).toBe(id === "signatureDate" ? "15/01/2025" : answers[id]);
    expect(JSON.stringify(sheet.cells)).not.toContain(FORMULA_RESULT);
  });

  test("group labels from the data keep their text in the recoded column (a department '1-3' is no date)", async () => {
    const { data, door } = workbook(80, "1.9", ["1-3", "2/4", "007"]);
    // A grouping (merge groups under 2 persons: none here) makes the product write the group column.
    const s: JobSettings = {
      ...settings(),
      own: ["department"],
      ksz: { sex: false, ageBand: false, originGroup: false },
      groupings: { department: { mergeUnder: 2 } },
    };
    const detected = await detect(door, s);
    await recodeAndWrite(door, detected, await readNeeded(door, detected), s);
    const header = data.sheet("Personeel")!.cells[2]!;
    const col = header.indexOf("Dienst (groep)");
    expect(col).toBeGreaterThan(0);
    const labels = new Set(
      data
        .sheet("Personeel")!
        .cells.slice(3)
        .map((r) => r[col]),
    );
    expect(labels).toEqual(new Set(["1-3", "2/4", "007"]));
  });
});

describe("2. selections of any shape", () => {
  test.each([
    ["a whole column (Ctrl+Space)", { areas: [{ row: 0, col: 3, rows: MAX_ROWS, cols: 1 }] }],
    ["a whole row (Shift+Space)", { areas: [{ row: 10, col: 0, rows: 1, cols: MAX_COLS }] }],
    ["the whole sheet (Ctrl+A)", { areas: [{ row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }] }],
    [
      "several areas (Ctrl+click)",
      {
        areas: [
          { row: 5, col: 2, rows: 3, cols: 1 },
          { row: 20, col: 6, rows: 1, cols: 1 },
        ],
      },
    ],
  ])("%s finds the data", async (_, selection) => {
    const { data, door } = workbook(50);
    data.selection = { sheet: "Personeel", ...selection };
    expect(await door.locateData()).toMatchObject({ kind: "range", sheet: "Personeel", firstRow: 0, rowCount: 53 });
  });

  test("a whole column through a table finds the table; several areas on Excel 2019 (no getSelectedRanges) too", async () => {
    for (const api of ["1.9", "1.8"] as const) {
      const { data, door } = workbook(50, api);
      data.tables.push({ name: "Staff", sheet: "Personeel", rect: { row: 2, col: 1, rows: 51, cols: 7 } });
      data.selection = {
        sheet: "Personeel",
        areas:
          api === "1.9"
            ? [{ row: 0, col: 4, rows: MAX_ROWS, cols: 1 }]
            : [
                { row: 0, col: 4, rows: MAX_ROWS, cols: 1 },
                { row: 4, col: 2, rows: 1, cols: 1 },
              ],
      };
      expect(await door.locateData()).toMatchObject({ kind: "table", table: "Staff", rowCount: 51 });
    }
  });
});

describe("3. saving settings keeps the undo history (ExcelApi 1.20)", () => {
  test("the settings sheet is made very hidden once; later saves only write it", async () => {
    const { data, door } = workbook(10, "1.20");
    await door.saveSettings({ version: 1, a: 1 });
    const afterCreate = data.undoCleared.length;
    expect(data.sheet("DiversityRequest_settings")!.visibility).toBe("VeryHidden");
    for (let i = 0; i < 5; i++) await door.saveSettings({ version: 1, a: i });
    expect(data.undoCleared.length).toBe(afterCreate);
    expect(await door.loadSettings()).toEqual({ version: 1, a: 4 });
  });
});

describe("4. payload limits", () => {
  test("a linkage sheet of 12,000 staff is written with every request under 5 MB, actions and all", async () => {
    const { door, contexts } = workbook(12_000);
    await prepare(door, { ...settings(), linkage: true }, TODAY, "nl", { checker: inProcessChecker });
    const largest = Math.max(...contexts.flatMap((c) => c.syncs.map((s) => s.requestBytes)));
    expect(largest).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
  });

  test("a first chunk refused for its response size is read again smaller, and the header survives", async () => {
    const { data, door } = workbook(3000);
    // Long texts from row 100 on: the first chunk's estimate is far too small.
    const sheet = data.sheet("Personeel")!;
    for (let r = 3; r < sheet.cells.length; r++) sheet.cells[r]![2] = `${"x".repeat(3000)}${r}`;
    const source = await door.locateData();
    const table = await door.readTable(source, 2, [1, 5], {});
    expect(table.headers.slice(0, 3)).toEqual(["Naam", "INSZ", "Geboortedatum"]);
    expect(table.columns[1]).toHaveLength(3000);
  });
});

describe("5. stale positions", () => {
  test.each([
    [
      "sorted",
      (data: FakeWorkbookData) => {
        const cells = data.sheet("Personeel")!.cells;
        const rows = cells.splice(3);
        rows.reverse();
        cells.push(...rows);
      },
    ],
    [
      "a row inserted",
      (data: FakeWorkbookData) =>
        data.sheet("Personeel")!.cells.splice(4, 0, ["", "Nieuw", "", 30000, "V", "Belgische", "HR", "A"]),
    ],
    [
      "a column inserted",
      (data: FakeWorkbookData) => data.sheet("Personeel")!.cells.forEach((line) => line.splice(2, 0, "")),
    ],
  ])("%s between detection and writing: nothing is written and the pane is told to detect again", async (_, edit) => {
    const { data, door } = workbook(200);
    const s = settings();
    const detected = await detect(door, s);
    const table = await readNeeded(door, detected);
    edit(data);
    const before = JSON.stringify(data.sheet("Personeel")!.cells);
    await expect(recodeAndWrite(door, detected, table, s)).rejects.toBeInstanceOf(StalePlan);
    expect(JSON.stringify(data.sheet("Personeel")!.cells)).toBe(before);
  });
});

describe("5b. the product's own columns are no change", () => {
  test("recoding again on the table read before the first recode (Apply a suggestion): the new columns are expected, not stale", async () => {
    const { data, door } = workbook(150);
    const s = settings();
    const detected = await detect(door, s);
    const table = await readNeeded(door, detected);
    await recodeAndWrite(door, detected, table, s);
    // The pane keeps what it read and recodes again with a coarser scheme.
    await recodeAndWrite(door, detected, table, { ...s, ageScheme: "two" });
    const header = data.sheet("Personeel")!.cells[2]!;
    expect(header.filter((h) => h === "Leeftijdsklasse")).toHaveLength(1);
    expect(header.slice(1, 10)).toEqual([
      "Naam",
      "INSZ",
      "Geboortedatum",
      "Leeftijdsklasse",
      "Geslacht",
      "Nationaliteit",
      "Nationaliteitsgroep",
      "Dienst",
      "Niveau",
    ]);
    expect(
      new Set(
        data
          .sheet("Personeel")!
          .cells.slice(3)
          .map((r) => r[4]),
      ),
    ).toEqual(new Set(["Jonger dan 45 jaar", "45 jaar en ouder"]));
  });

  test("a recode in another language adds its columns next to the sources, where they now are", async () => {
    const { data, door } = workbook(80);
    const s = settings();
    const detected = await detect(door, s);
    const table = await readNeeded(door, detected);
    await recodeAndWrite(door, detected, table, s);
    await recodeAndWrite(door, detected, table, { ...s, sheetLang: "fr" });
    const header = data.sheet("Personeel")!.cells[2]!;
    expect(header.slice(1, 12)).toEqual([
      "Naam",
      "INSZ",
      "Geboortedatum",
      "Classe d’âge",
      "Leeftijdsklasse",
      "Geslacht",
      "Nationaliteit",
      "Groupe de nationalité",
      "Nationaliteitsgroep",
      "Dienst",
      "Niveau",
    ]);
  });
});

describe("7. the 1904 date system", () => {
  test("a workbook that counts dates from 1904 gives the same ages as the same staff in the 1900 system", async () => {
    const bands = async (date1904: boolean) => {
      const { data, door } = workbook(200);
      const cells = data.sheet("Personeel")!.cells;
      if (date1904) {
        // The same birth dates, as Excel stores them in a 1904 workbook: 1,462 days less.
        data.date1904 = true;
        for (let r = 3; r < cells.length; r++) cells[r]![3] = (cells[r]![3] as number) - 1462;
      }
      const s = settings();
      const detected = await detect(door, s);
      const table = await readNeeded(door, detected);
      expect(table.date1904 ?? false).toBe(date1904);
      await recodeAndWrite(door, detected, table, s);
      return cells.slice(3).map((row) => row[4]);
    };
    const from1900 = await bands(false);
    expect(new Set(from1900).size).toBeGreaterThan(2);
    expect(await bands(true)).toEqual(from1900);
  });
});

describe("8. printing and selections", () => {
  /** A4 portrait's width inside Excel's default margins (0.7 inch each side), in points. */
  const A4_PRINTABLE_PT = 595.3 - 2 * 0.7 * 72;

  test("the request sheet's columns are set in points as Excel counts them: it prints at over 90 % on A4", async () => {
    const { data, door } = workbook(60);
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    const widths = data
      .sheet("KSZ-aanvraag")!
      .formats.filter((f) => f.path === "format.columnWidth")
      .map((f) => f.value as number);
    expect(widths.length).toBeGreaterThan(0);
    // Excel's own rule: a column of n characters of Calibri 11 is (7n + 5) px, at 0.75 pt per px.
    expect(widths[0]).toBeCloseTo((34 * 7 + 5) * 0.75, 1);
    const scale = Math.min(1, A4_PRINTABLE_PT / widths.reduce((a, b) => a + b, 0));
    expect(scale).toBeGreaterThan(0.9);
  });

  test("with a chart selected, Excel refuses to merge: Generate still writes the whole request and saves", async () => {
    const { data, door } = workbook(60);
    data.objectSelected = true;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    warn.mockRestore();
    const sheet = data.sheet("KSZ-aanvraag")!;
    expect(sheet.cells.flat()).toContain("60 personen");
    expect(sheet.merges).toEqual([]);
    expect(await door.loadSettings()).toMatchObject({ requestSheet: { name: "KSZ-aanvraag" } });
  });
});

describe("6. insert refusals and totals rows", () => {
  test("an AutoFilter on the export: the recoded columns go right of the data instead, nothing lost", async () => {
    const { data, door } = workbook(100);
    data.sheet("Personeel")!.autoFilter = { row: 2, col: 1, rows: 101, cols: 7 };
    const before = data.sheet("Personeel")!.cells.map((r) => [...r]);
    const s = settings();
    const detected = await detect(door, s);
    await recodeAndWrite(door, detected, await readNeeded(door, detected), s);
    const cells = data.sheet("Personeel")!.cells;
    expect(cells[2]!.slice(8, 10)).toEqual(["Leeftijdsklasse", "Nationaliteitsgroep"]);
    for (let r = 2; r < before.length; r++) expect(cells[r]!.slice(0, 8)).toEqual(before[r]!.slice(0, 8));
    expect(String(cells[3]![8])).toMatch(/jaar/);
  });

  test("a merged title over the columns: the same fallback", async () => {
    const { data, door } = workbook(40);
    data.sheet("Personeel")!.merges.push({ row: 0, col: 1, rows: 1, cols: 7 });
    const s = settings();
    const detected = await detect(door, s);
    // The merge is above the data, not in the inserted rows: Excel inserts; nothing to fall back from.
    await recodeAndWrite(door, detected, await readNeeded(door, detected), s);
    expect(data.sheet("Personeel")!.cells[2]![4]).toBe("Leeftijdsklasse");
    // A merge across the data rows makes Excel refuse: the columns go right of the data.
    const again = workbook(40);
    again.data.sheet("Personeel")!.merges.push({ row: 10, col: 5, rows: 1, cols: 3 });
    const d2 = await detect(again.door, s);
    await recodeAndWrite(again.door, d2, await readNeeded(again.door, d2), s);
    expect(again.data.sheet("Personeel")!.cells[2]!.slice(8, 10)).toEqual(["Leeftijdsklasse", "Nationaliteitsgroep"]);
  });

  test("a merged two-row header refuses the second insert only: the first stays, used, and no empty column is left", async () => {
    const { data, door } = workbook(40);
    // "Kenmerken" over Geslacht and Nationaliteit, merged down into the header row (issue 22). Excel
    // inserts right of Nationaliteit, then refuses right of Geboortedatum (the merge would be cut),
    // keeping the first insert: queued in one sync, that column stayed empty inside the export.
    data.sheet("Personeel")!.merges.push({ row: 1, col: 4, rows: 2, cols: 2 });
    const s = settings();
    const detected = await detect(door, s);
    await recodeAndWrite(door, detected, await readNeeded(door, detected), s);
    const header = data.sheet("Personeel")!.cells[2]!;
    expect(header.slice(1, 10)).toEqual([
      "Naam",
      "INSZ",
      "Geboortedatum",
      "Geslacht",
      "Nationaliteit",
      "Nationaliteitsgroep",
      "Dienst",
      "Niveau",
      "Leeftijdsklasse",
    ]);
    // Every column of the block has its values: none was inserted and left empty.
    for (let c = 1; c < 10; c++) expect(data.sheet("Personeel")!.cells[3]![c]).not.toBe("");
  });

  test("a table's totals row is no staff member", async () => {
    const { data, door } = workbook(60);
    const cells = data.sheet("Personeel")!.cells;
    cells.push(["", "Totaal", "", "", "", "", "", "60"]);
    data.tables.push({
      name: "Staff",
      sheet: "Personeel",
      rect: { row: 2, col: 1, rows: 62, cols: 7 },
      showTotals: true,
    });
    data.selection = { sheet: "Personeel", rect: { row: 5, col: 2, rows: 1, cols: 1 } };
    const source = await door.locateData();
    expect(source).toMatchObject({ kind: "table", rowCount: 61 });
    const table = await door.readTable(source, 0, [0], {});
    expect(table.rowCount).toBe(60);
    expect(table.columns[0]).not.toContain("Totaal");
  });
});

describe("8. requirement sets: what runs in every current Excel runs in a test", () => {
  test.each(["1.7", "1.8", "1.9"] as const)(
    "ExcelApi %s: the request sheet is written whole, with validation from 1.8 and page layout from 1.9",
    async (api) => {
      const { data, door } = workbook(150, api);
      await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
      const sheet = data.sheet("KSZ-aanvraag")!;
      expect(sheet.cells.length).toBeGreaterThan(40);
      expect(sheet.formats.some((f) => f.path === "dataValidation.rule")).toBe(api !== "1.7");
      if (api === "1.9") expect(sheet.pageLayout).toMatchObject({ orientation: "Portrait", paperSize: "A4" });
      else expect(sheet.pageLayout).toBeUndefined();
    },
  );
});
