import { defaultSettings, excelSerialFromDate, makeInsz, stamp, type JobSettings } from "../../src/core";
import { inProcessChecker } from "../../src/solver/inProcessChecker";
import { CHUNK_BYTES, OfficeWorkbook, type ExcelRun } from "../../src/workbook/office/officeWorkbook";
import { DamagedSettings, SETTINGS_SHEET } from "../../src/workbook/port";
import { detect, loadSettings, prepare, readNeeded, recodeAndWrite } from "../../src/workbook/tasks";
import { FakeWorkbookData, fakeExcelRun, type CellValue, type FakeRequestContext } from "../support/excel-fake";
import { rng } from "../support/synthetic";

const TODAY = "2025-01-15";
const settings = (): JobSettings => ({ ...defaultSettings(TODAY, "nl"), referenceDate: "2024-12-31", linkage: false });

/** A staff sheet as Excel holds it: birth dates as serials, a title row, data starting in column B. */
function staffSheet(rows: number, extraColumns = 0): CellValue[][] {
  const next = rng(5);
  const depts = ["ICT", "HR", "Financiën", "Juridische dienst", "Kabinet"];
  const nats = ["Belg", "Belgische", "belge", 150, "Marokkaanse", "turque", "Nederlandse", "Roemeense"];
  const header = ["", "Naam", "INSZ", "Geboortedatum", "Geslacht", "Nationaliteit", "Dienst", "Niveau"];
  for (let i = 0; i < extraColumns; i++) header.push(`Kolom ${i + 1}`);
  const out: CellValue[][] = [["", "Export personeel"], [], header];
  for (let r = 0; r < rows; r++) {
    const y = 1960 + Math.floor(next() * 45);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    const row: CellValue[] = [
      "",
      `Persoon ${r}`,
      makeInsz(y, m, d, 1 + Math.floor(next() * 900)),
      excelSerialFromDate(stamp(y, m, d)),
      next() < 0.5 ? "M" : "V",
      nats[Math.floor(next() * nats.length)]!,
      depts[Math.floor(next() * depts.length)]!,
      ["A", "B", "C", "D"][Math.floor(next() * 4)]!,
    ];
    for (let i = 0; i < extraColumns; i++) row.push(`waarde ${r % 97}-${i}`);
    out.push(row);
  }
  return out;
}

function workbook(rows: number, extraColumns = 0) {
  const data = new FakeWorkbookData();
  data.addSheet("Personeel", staffSheet(rows, extraColumns));
  const contexts: FakeRequestContext[] = [];
  const door = new OfficeWorkbook(fakeExcelRun(data, contexts) as unknown as ExcelRun);
  return { data, contexts, door };
}

describe("the Office door against the in-memory Excel", () => {
  test("without a table at the selection, the active sheet's used range is the data, wherever it starts", async () => {
    const { door } = workbook(50);
    const source = await door.locateData();
    expect(source).toMatchObject({
      kind: "range",
      sheet: "Personeel",
      firstRow: 0,
      firstColumn: 1,
      rowCount: 53,
      columnCount: 7,
    });
  });

  test("a selection inside an Excel table uses that table", async () => {
    const { door, data } = workbook(50);
    data.tables.push({ name: "Staff", sheet: "Personeel", rect: { row: 2, col: 1, rows: 51, cols: 7 } });
    data.selection = { sheet: "Personeel", rect: { row: 10, col: 3, rows: 1, cols: 1 } };
    expect(await door.locateData()).toMatchObject({
      kind: "table",
      table: "Staff",
      firstRow: 2,
      firstColumn: 1,
      rowCount: 51,
    });
  });

  test("recoded columns are inserted right of their sources; other cells move along, none is overwritten", async () => {
    const { door, data } = workbook(200);
    const before = data.sheets[0]!.cells.map((row) => [...row]);
    const s = settings();
    const detected = await detect(door, s);
    const table = await readNeeded(door, detected);
    await recodeAndWrite(door, detected, table, s);
    const header = data.sheets[0]!.cells[2]!;
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
    for (let r = 3; r < before.length; r++) {
      const row = data.sheets[0]!.cells[r]!;
      expect([row[3], row[5], row[6], row[8], row[9]]).toEqual([
        before[r]![3],
        before[r]![4],
        before[r]![5],
        before[r]![6],
        before[r]![7],
      ]);
    }
    expect(String(data.sheets[0]!.cells[3]![4])).toMatch(/jaar|Jonger|ouder/);
  });

  test("a typed totals row under a plain range is no person: it moves along with the inserts and gets no label", async () => {
    const { door, data } = workbook(200);
    // An empty row, then "Totaal" with the count under the names (issue 21).
    data.sheets[0]!.cells.push([], ["", "Totaal", "", "", "", "", "", 200]);
    const s = settings();
    const detected = await detect(door, s);
    const table = await readNeeded(door, detected);
    expect(table.rowCount).toBe(200);
    expect(table.totalsLeftOut).toEqual({ count: 2, row: 205, label: "totaal" });
    await recodeAndWrite(door, detected, table, s);
    const cells = data.sheets[0]!.cells;
    expect(cells[2]![4]).toBe("Leeftijdsklasse");
    expect(String(cells[202]![4])).toMatch(/jaar|Jonger|ouder/);
    // The totals row shifted right with its block: its count is still under "Niveau", with no labels.
    expect(cells[204]!.slice(1, 3)).toEqual(["Totaal", ""]);
    expect(cells[204]![4] ?? "").toBe("");
    expect(cells[204]![7] ?? "").toBe("");
    expect(cells[204]![9]).toBe(200);
  });

  test("running again replaces the product's columns instead of adding more", async () => {
    const { door, data } = workbook(100);
    for (const ageScheme of ["default", "flemish"]) {
      const s = { ...settings(), ageScheme };
      const detected = await detect(door, s);
      await recodeAndWrite(door, detected, await readNeeded(door, detected), s);
    }
    const header = data.sheets[0]!.cells[2]!;
    expect(header.filter((h) => h === "Leeftijdsklasse")).toHaveLength(1);
    expect(header.filter((h) => h === "Nationaliteitsgroep")).toHaveLength(1);
    expect(data.sheets[0]!.cells.slice(3).map((r) => r[4])).not.toContain("25-34 jaar");
  });

  test("in a table, recoded columns become table columns", async () => {
    const { door, data } = workbook(60);
    data.tables.push({ name: "Staff", sheet: "Personeel", rect: { row: 2, col: 1, rows: 61, cols: 7 } });
    data.selection = { sheet: "Personeel", rect: { row: 5, col: 2, rows: 1, cols: 1 } };
    const s = settings();
    const detected = await detect(door, s);
    await recodeAndWrite(door, detected, await readNeeded(door, detected), s);
    expect(data.tables[0]!.rect.cols).toBe(9);
    expect(data.sheets[0]!.cells[2]![4]).toBe("Leeftijdsklasse");
  });

  test("one request sheet whatever the language: made in French, then in Dutch, the product's sheets are replaced, found by their marker", async () => {
    const { door, data } = workbook(300);
    await prepare(door, { ...settings(), sheetLang: "fr" }, TODAY, "fr", { checker: inProcessChecker });
    expect(data.sheets.map((s) => s.name)).toEqual([
      "Personeel",
      "Contrôle des petites cellules",
      "Demande BCSS",
      "Tableaux demandés",
      SETTINGS_SHEET,
    ]);
    // The analyst renames the request sheet and types an answer in it: both survive the Dutch run.
    const request = data.sheet("Demande BCSS")!;
    request.name = "Mijn aanvraag";
    const saved = (await door.loadSettings()) as {
      requestSheet: { name: string; cells: Record<string, { row: number; col: number }> };
    };
    saved.requestSheet.name = "Mijn aanvraag";
    await door.saveSettings(saved);
    const place = saved.requestSheet.cells.place!;
    request.cells[place.row]![place.col] = "Gent";
    const again = (await import("../../src/core")).readSettings(await door.loadSettings(), TODAY).settings;
    await prepare(door, { ...again, sheetLang: "nl" }, TODAY, "nl", { checker: inProcessChecker });
    expect(data.sheets.map((s) => s.name)).toEqual([
      "Personeel",
      "Controle kleine cellen",
      "KSZ-aanvraag",
      "Gevraagde tabellen",
      SETTINGS_SHEET,
    ]);
    expect(await door.loadSettings()).toMatchObject({
      answers: { place: "Gent" },
      requestSheet: { name: "KSZ-aanvraag" },
    });
    // The marker sits in a hidden column of the first row.
    expect(data.sheet("KSZ-aanvraag")!.cells[0]![26]).toBe("diversity-request:request");
    expect(data.sheet("KSZ-aanvraag")!.formats.some((f) => f.path === "columnHidden" && f.rect.col === 26)).toBe(true);
  });

  test("the copy to send opens as a new workbook (createWorkbook) with the request sheet only: no INSZ, name or birth date", async () => {
    const data = new FakeWorkbookData();
    data.addSheet("Personeel", staffSheet(300));
    const opened: string[] = [];
    const door = new OfficeWorkbook(fakeExcelRun(data) as unknown as ExcelRun, () => async (base64) => {
      opened.push(base64);
    });
    const result = await prepare(door, { ...settings(), linkage: true }, TODAY, "nl", { checker: inProcessChecker });
    expect(await door.openCopy([result.request.layouts.request])).toBe("opened");
    expect(opened).toHaveLength(1);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(opened[0]!, "base64") as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["KSZ-aanvraag"]);
    const text = JSON.stringify(book.worksheets[0]!.getSheetValues());
    const personnel = data.sheet("Personeel")!.cells.slice(3);
    for (const row of personnel.slice(0, 100)) {
      expect(text).not.toContain(String(row[1])); // name
      expect(text).not.toContain(String(row[2])); // INSZ
    }
    // Without createWorkbook (ExcelApi below 1.8), nothing opens and the pane gives the manual steps.
    const old = new OfficeWorkbook(fakeExcelRun(data) as unknown as ExcelRun, () => null);
    expect(await old.openCopy([result.request.layouts.request])).toBe("unavailable");
    // Refused by a security policy (ExtensionHardening 2, office-js#3568): the manual steps, not a failure.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const refusing = new OfficeWorkbook(
      fakeExcelRun(data) as unknown as ExcelRun,
      () => () => Promise.reject(Object.assign(new Error("blocked"), { code: "AccessDenied" })),
    );
    expect(await refusing.openCopy([result.request.layouts.request])).toBe("refused");
    warn.mockRestore();
  });

  test("the whole job writes check and request sheets in place, and keeps settings in a very hidden sheet", async () => {
    const { door, data } = workbook(300);
    const first = await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    await prepare(door, first.saved, TODAY, "nl", { checker: inProcessChecker }); // a second run updates, never adds or deletes
    expect(data.sheets.map((s) => s.name)).toEqual([
      "Personeel",
      "Controle kleine cellen",
      "KSZ-aanvraag",
      "Gevraagde tabellen",
      SETTINGS_SHEET,
    ]);
    const request = data.sheet("KSZ-aanvraag")!;
    expect(request.cells[0]![0]).toMatch(/^Aanvraag van anonieme/);
    expect(request.merges.length).toBeGreaterThan(10);
    expect(request.formats.some((f) => f.path === "format.fill.color" && f.value === "#0F6CBD")).toBe(true);
    expect(data.sheet(SETTINGS_SHEET)!.visibility).toBe("VeryHidden");
    expect(await door.loadSettings()).toMatchObject({ referenceDate: "2024-12-31", ageScheme: "default" });
  });

  test("damaged settings are reported, not taken for none; the job goes on with the defaults and a save mends them", async () => {
    const { door, data } = workbook(50);
    await door.saveSettings({ ...settings(), threshold: 7 });
    const cell = data.sheet(SETTINGS_SHEET)!.cells[0]!;
    cell[0] = String(cell[0]).slice(0, 40); // cut short, as a hand edit might
    await expect(door.loadSettings()).rejects.toBeInstanceOf(DamagedSettings);
    const loaded = await loadSettings(door, TODAY);
    expect(loaded.damaged).toBe(true);
    expect(loaded.settings.threshold).toBe(defaultSettings(TODAY, "nl").threshold);
    await door.saveSettings(loaded.settings);
    expect((await loadSettings(door, TODAY)).damaged).toBe(false);
  });

  test("answers typed into the request sheet survive regenerating it, and come into the settings", async () => {
    const { door, data } = workbook(200);
    await prepare(door, settings(), TODAY, "nl", { checker: inProcessChecker });
    const saved = (await door.loadSettings()) as {
      requestSheet: { cells: Record<string, { row: number; col: number }> };
    };
    const institution = saved.requestSheet.cells.institution!;
    const informed = saved.requestSheet.cells.staffInformed!;
    const request = data.sheet("KSZ-aanvraag")!;
    request.cells[institution.row]![institution.col] = "Stad Voorbeeld";
    request.cells[informed.row]![informed.col] = "Ja";
    await prepare(
      door,
      (await import("../../src/core")).readSettings(await door.loadSettings(), TODAY).settings,
      TODAY,
      "nl",
      { checker: inProcessChecker },
    );
    expect(request.cells[institution.row]![institution.col]).toBe("Stad Voorbeeld");
    expect(await door.loadSettings()).toMatchObject({
      answers: { institution: "Stad Voorbeeld", staffInformed: true },
    });
  });

  test("a recode of 100,000 rows x 15 columns: reads within 2 + ceil(payload / 4 MB) syncs, writes add one per new column (each insert its own sync), no payload over 4 MB", async () => {
    const { door, contexts } = workbook(100_000, 8);
    const s = settings();
    s.own = ["department", "functionLevel"];
    s.groupings = { department: { mergeUnder: 10 } };
    const detected = await detect(door, s);
    expect(detected.source.columnCount).toBe(15);

    const readFrom = contexts.length;
    const table = await readNeeded(door, detected);
    const reads = contexts.slice(readFrom).flatMap((c) => c.syncs);
    const writeFrom = contexts.length;
    await recodeAndWrite(door, detected, table, s);
    const writes = contexts.slice(writeFrom).flatMap((c) => c.syncs);

    const readPayload = reads.reduce((n, x) => n + x.responseBytes, 0);
    const writePayload = writes.reduce((n, x) => n + x.requestBytes, 0);
    expect(table.rowCount).toBe(100_000);
    expect(readPayload).toBeGreaterThan(CHUNK_BYTES); // a real multi-chunk read
    expect(reads.length).toBeLessThanOrEqual(2 + Math.ceil(readPayload / CHUNK_BYTES));
    const newColumns = 3; // age band, nationality group, department group
    expect(writes.length).toBeLessThanOrEqual(1 + newColumns + Math.ceil(writePayload / CHUNK_BYTES));
    for (const x of [...reads, ...writes]) {
      expect(x.responseBytes).toBeLessThanOrEqual(CHUNK_BYTES);
      expect(x.requestBytes).toBeLessThanOrEqual(CHUNK_BYTES);
    }
    // Only the columns the job needs crossed the wire: the roles' and the names (for the personal-data
    // screen, never written anywhere), not the eight extra columns.
    expect(table.columns[0]!.length).toBe(100_000);
    expect(table.columns[10]).toEqual([]);
  });

  test("values much longer further down than in the first chunk: the chunk is halved and read again", async () => {
    const { door, data, contexts } = workbook(30_000);
    // Below the first chunk, nationalities become long texts: the first estimate is far too small.
    for (let r = 2003; r < data.sheets[0]!.cells.length; r++)
      data.sheets[0]!.cells[r]![5] = `Belgische ${"x".repeat(200)}`;
    const detected = await detect(door, settings());
    const from = contexts.length;
    const table = await readNeeded(door, detected);
    expect(table.columns[4]!.length).toBe(30_000);
    const syncs = contexts.slice(from).flatMap((c) => c.syncs);
    expect(syncs.some((x) => x.responseBytes > 5 * 1024 * 1024)).toBe(true); // one refused, then halved
    expect(table.columns[4]![29_999]).toMatch(/^Belgische x+$/);
  });

  test("a cancelled read stops between chunks and changes nothing", async () => {
    const { door, data } = workbook(20_000);
    const s = settings();
    const detected = await detect(door, s);
    const controller = new AbortController();
    const read = readNeeded(door, detected, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
    expect(data.sheets[0]!.cells[2]).toHaveLength(8);
  });
});
