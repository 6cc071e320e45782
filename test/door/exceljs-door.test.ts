import { mkdtempSync, readFileSync } from "node:fs";
import { inProcessChecker } from "../../src/solver/inProcessChecker";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultSettings, sanitiseAnswers, type JobSettings } from "../../src/core";
import { openXlsxBuffer, saveXlsxBuffer } from "../../src/workbook/exceljs/browser";
import { plainValue } from "../../src/workbook/exceljs/model";
import { openXlsxFile, saveXlsxFile } from "../../src/workbook/exceljs/node";
import { SETTINGS_SHEET } from "../../src/workbook/port";
import { prepare } from "../../src/workbook/tasks";

const SAMPLE = join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx");
const TODAY = "2025-01-15";
const answers = sanitiseAnswers(
  JSON.parse(readFileSync(join(__dirname, "../../assets/sample/antwoorden-voorbeeld.json"), "utf8")),
);
const settings = (): JobSettings => ({
  ...defaultSettings(TODAY, "nl"),
  referenceDate: "2024-12-31",
  answers,
  linkage: true,
});
const dir = mkdtempSync(join(tmpdir(), "divreq-door-"));

describe("the ExcelJS door on the bundled sample", () => {
  let input: Awaited<ReturnType<typeof openXlsxFile>>;
  let before: unknown[][];

  beforeAll(async () => {
    input = await openXlsxFile(SAMPLE);
    before = input.workbook.sheets[0]!.values.map((row) => row.map(plainValue));
  });

  test("the sample is a synthetic export of 1,200 staff under a title row, in 12 departments", async () => {
    const source = await input.locateData();
    expect(source).toMatchObject({ sheet: "Personeel", rowCount: 1203, columnCount: 10 });
    const top = await input.readTop(source, 3);
    expect(top[2]).toContain("Rijksregisternummer");
    const departments = new Set(input.workbook.sheets[0]!.values.slice(3).map((r) => r[6]));
    expect(departments.size).toBe(12);
  });

  test("one request sheet whatever the language: a file made in French and redone in Dutch holds each product sheet once", async () => {
    const book = await openXlsxFile(SAMPLE);
    await prepare(book, { ...settings(), sheetLang: "fr" }, TODAY, "fr", { checker: inProcessChecker });
    const french = join(dir, "fr.xlsx");
    await saveXlsxFile(book, french);
    const reopened = await openXlsxFile(french);
    const again = (await import("../../src/core")).readSettings(await reopened.loadSettings(), TODAY).settings;
    await prepare(reopened, { ...again, sheetLang: "nl" }, TODAY, "nl", { checker: inProcessChecker });
    // And in the same session, French again: the pending Dutch sheets give way too.
    await prepare(reopened, { ...again, sheetLang: "fr" }, TODAY, "fr", { checker: inProcessChecker });
    const out = join(dir, "fr-nl-fr.xlsx");
    await saveXlsxFile(reopened, out);
    const names = (await openXlsxFile(out)).workbook.sheets.map((s) => s.name);
    expect(names).toEqual([
      "Personeel",
      "Contrôle des petites cellules",
      "Demande BCSS",
      "Tableaux demandés",
      "Couplage NISS",
      SETTINGS_SHEET,
    ]);
  });

  test("prepare writes a new workbook: source cells untouched, recoded columns after the data, check, request and linkage sheets", async () => {
    const result = await prepare(input, settings(), TODAY, "nl", { checker: inProcessChecker });
    expect(result.request.missing).toEqual([]);
    const out = join(dir, "out.xlsx");
    await saveXlsxFile(input, out);
    const reopened = await openXlsxFile(out);
    const names = reopened.workbook.sheets.map((s) => s.name);
    expect(names).toEqual([
      "Personeel",
      "Controle kleine cellen",
      "KSZ-aanvraag",
      "Gevraagde tabellen",
      "INSZ-koppeling",
      SETTINGS_SHEET,
    ]);
    const data = reopened.workbook.sheets[0]!;
    // Every source cell reads back as it was.
    before.forEach((row, r) =>
      row.forEach((value, c) => expect([r, c, plainValue(data.values[r]?.[c])]).toEqual([r, c, value])),
    );
    expect(data.values[2]!.slice(10, 12)).toEqual(["Leeftijdsklasse", "Nationaliteitsgroep"]);
    expect(data.values[3]![10]).toMatch(/jaar|Jonger|ouder/);
    expect(reopened.workbook.sheets[5]!.state).toBe("veryHidden");
    expect(await reopened.loadSettings()).toMatchObject({
      referenceDate: "2024-12-31",
      answers: { institution: expect.any(String) },
    });
  });

  test.each(["nl", "fr"] as const)(
    "a request built from the sample in %s is complete apart from the analyst's own answers",
    async (lang) => {
      const book = await openXlsxFile(SAMPLE);
      const result = await prepare(
        book,
        { ...defaultSettings(TODAY, lang), referenceDate: "2024-12-31" },
        TODAY,
        lang,
        { checker: inProcessChecker },
      );
      const fields = result.request.document.sections.flatMap((s) => s.fields);
      expect(result.request.missing.length).toBeGreaterThan(0);
      for (const m of result.request.missing)
        expect(fields.find((f) => f.id === m.field)!.kind).toMatch(/^(answer|yesNo)$/);
      for (const f of fields)
        if (f.kind === "filled" && f.id !== "signature")
          expect([f.id, f.value.trim().length > 0]).toEqual([f.id, true]);
      expect(result.request.layouts.request.name).toBe(lang === "nl" ? "KSZ-aanvraag" : "Demande BCSS");
    },
  );

  test("running again replaces the product's columns and sheets instead of adding more", async () => {
    const first = join(dir, "first.xlsx");
    const again = await openXlsxFile(join(dir, "out.xlsx"));
    await prepare(again, { ...settings(), ageScheme: "flemish" }, TODAY, "nl", { checker: inProcessChecker });
    await saveXlsxFile(again, first);
    const reopened = await openXlsxFile(first);
    const header = reopened.workbook.sheets[0]!.values[2]!.map(plainValue);
    expect(header.filter((h) => h === "Leeftijdsklasse")).toHaveLength(1);
    expect(header).toHaveLength(12);
    expect(reopened.workbook.sheets.filter((s) => s.name === "KSZ-aanvraag")).toHaveLength(1);
    expect(reopened.workbook.sheets[0]!.values[3]![10]).not.toBe("25-34 jaar"); // flemish bands now
  });

  test("the request sheet keeps its print set-up: A4, one page wide, title row repeated", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    const request = wb.getWorksheet("KSZ-aanvraag")!;
    expect(request.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(request.pageSetup.printTitlesRow).toBe("1:1");
    expect(request.getCell("A1").value).toMatch(/^Aanvraag van anonieme diversiteitsgegevens/);
    // The first section heading (below the title, and the DRAFT banner while the request is a draft).
    const heading = [1, 2, 3, 4, 5, 6].map((r) => request.getCell(`A${r}`)).find((c) => /^1\. /.test(String(c.value)))!;
    expect(heading.fill).toMatchObject({ type: "pattern", fgColor: { argb: "FF0F6CBD" } });
    const yesNo = request.getColumn(4).values.find((v) => v === "Ja");
    expect(yesNo).toBe("Ja");
  });

  test("the browser path (in-memory ExcelJS) gives the same sheets from bytes", async () => {
    const bytes = readFileSync(SAMPLE);
    const book = await openXlsxBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    await prepare(book, { ...settings(), linkage: false }, TODAY, "fr", { checker: inProcessChecker });
    const out = await saveXlsxBuffer(book);
    const reopened = await openXlsxBuffer(out);
    expect(reopened.workbook.sheets.map((s) => s.name)).toEqual([
      "Personeel",
      "Controle kleine cellen",
      "KSZ-aanvraag",
      "Gevraagde tabellen",
      SETTINGS_SHEET,
    ]);
  });
});
