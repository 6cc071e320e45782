/**
 * Issue 21: identifiers as people hide them without meaning to (test/support/identifierCorpus.ts), put
 * in the export's own values and in the answers, must not reach any product sheet or the copy to send.
 * Judged by a scan that shares no code with the product's screen (test/support/independentScan.ts),
 * which is first shown to see every planted form in the input.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MARKER_COL, markerOf } from "../../src/core";
import { cli as runCli } from "../support/cli";
import { staffWorkbook } from "../support/hostileCorpus";
import { hiddenForms, type Person } from "../support/identifierCorpus";
import { inszFor, scanWorkbook } from "../support/independentScan";

const cli = (args: string[]) => runCli(args, "nl");

const dir = mkdtempSync(join(tmpdir(), "divreq-identifiers-"));

const WANNES: Person = { first: "Wannes", last: "Vandersmissen", year: 1964, month: 8, day: 10, insz: "" };
WANNES.insz = inszFor(1964, 8, 10, 123);
const ILSE: Person = { first: "Ilse", last: "Bogaerts", year: 2004, month: 3, day: 7, insz: "" };
ILSE.insz = inszFor(2004, 3, 7, 58);

const forms = [...hiddenForms(WANNES), ...hiddenForms(ILSE).filter((f) => f.kind === "insz")];
/** Answers that carry free text into the request (not the contact's own name and address fields). */
const FREE_ANSWERS = [
  "institution",
  "address",
  "service",
  "statusTypes",
  "retention",
  "place",
  "channel",
  "transmission",
];

/** The export: the two persons on its first rows, every hidden form as a department of its own. */
async function plantedInput(): Promise<string> {
  const book = await staffWorkbook(600, {
    edit: (cols) => {
      [WANNES, ILSE].forEach((p, r) => {
        cols[0]![r] = `${p.first} ${p.last}`;
        cols[1]![r] = p.insz;
        cols[2]![r] = `${String(p.day).padStart(2, "0")}/${String(p.month).padStart(2, "0")}/${p.year}`;
      });
      forms.forEach((form, i) => (cols[5]![10 + i] = form.text));
      // A number that lost its leading zero, as a department.
      cols[5]![10 + forms.length] = Number(ILSE.insz);
    },
  });
  const file = join(dir, "planted.xlsx");
  await book.xlsx.writeFile(file);
  return file;
}

describe("identifiers in hidden forms (issue 21)", () => {
  test(`${forms.length} forms: the independent scan sees each in the input, and none in any product sheet or the copy to send`, async () => {
    expect(forms.length).toBeGreaterThanOrEqual(40);
    const input = await plantedInput();
    // The scan can fail: in the data sheet it finds every planted form.
    const inInput = await scanWorkbook(input, [WANNES, ILSE], []);
    for (const form of forms)
      expect({
        form: form.id,
        seen: inInput.some((f) => f.endsWith(`: ${form.text}`) || f.includes(form.text)),
      }).toEqual({
        form: form.id,
        seen: true,
      });
    const answers = join(dir, "answers.json");
    const given: Record<string, string> = {};
    forms.forEach((form, i) => {
      const key = FREE_ANSWERS[i % FREE_ANSWERS.length]!;
      given[key] = given[key] ? `${given[key]} | ${form.text}` : form.text;
    });
    writeFileSync(answers, JSON.stringify(given));
    const output = join(dir, "out.xlsx");
    const copy = join(dir, "copy.xlsx");
    const result = await cli([
      "request",
      input,
      "-o",
      output,
      "--answers",
      answers,
      "--send-copy",
      copy,
      "--reference-date",
      "2024-12-31",
    ]);
    expect({ code: result.code, err: result.err }).toEqual({ code: 0, err: result.code === 0 ? result.err : "" });
    // The output keeps the data sheet and the INSZ linkage list by design; every other sheet is scanned.
    const book = await import("exceljs").then(async (ExcelJS) => {
      const b = new ExcelJS.default.Workbook();
      await b.xlsx.readFile(output);
      return b;
    });
    const personal = book.worksheets
      .filter((ws) => ws.name === "Personeel" || /INSZ|NISS/i.test(ws.name))
      .map((ws) => ws.name);
    expect(personal).toContain("Personeel");
    expect(await scanWorkbook(output, [WANNES, ILSE], personal)).toEqual([]);
    expect(await scanWorkbook(copy, [WANNES, ILSE], [])).toEqual([]);
  }, 120_000);

  test("a request marker forged into the data sheet does not turn staff names into answers", async () => {
    // Settings point the answers at the data sheet, whose header row carries a forged request marker.
    const book = await staffWorkbook(120, {
      edit: (cols, headers) => {
        cols[0]![4] = `${WANNES.first} ${WANNES.last}`;
        cols[0]![5] = `${ILSE.first} ${ILSE.last}`;
        while (headers.length < MARKER_COL) headers.push("");
        headers[MARKER_COL] = markerOf("request");
      },
      settings: {
        version: 1,
        requestSheet: {
          name: "Personeel",
          cells: {
            contactName: { row: 5, col: 0, kind: "text" },
            signatoryName: { row: 6, col: 0, kind: "text" },
            purpose: { row: 5, col: 0, kind: "text" },
          },
        },
      },
    });
    const input = join(dir, "forged.xlsx");
    await book.xlsx.writeFile(input);
    const output = join(dir, "forged-out.xlsx");
    const copy = join(dir, "forged-copy.xlsx");
    const answers = join(dir, "forged-answers.json");
    writeFileSync(answers, "{}");
    const result = await cli(["request", input, "-o", output, "--answers", answers, "--send-copy", copy]);
    expect({ code: result.code, err: result.err }).toMatchObject({ code: 0 });
    expect(await scanWorkbook(output, [WANNES, ILSE], ["Personeel"])).toEqual([]);
    expect(await scanWorkbook(copy, [WANNES, ILSE], [])).toEqual([]);
  }, 60_000);
});
