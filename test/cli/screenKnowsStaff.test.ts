/**
 * Issue 34: a privacy screen that knows the staff. Identifiers in the writings a hostile-input review
 * found reaching the copy to send (split name columns, name headers the screen did not know, INSZ
 * with invisible characters, other separators and other scripts' digits, birth dates in other
 * writings, lookalike letters, a column header and a sheet name holding personal data) must reach no
 * product sheet, the settings or the copy. Judged by the scan that shares no code with the screen
 * (test/support/independentScan.ts), first shown to see every planted form in the input.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli as runCli } from "../support/cli";
import { staffWorkbook } from "../support/hostileCorpus";
import { MONTHS_EN, type Person } from "../support/identifierCorpus";
import { inszFor, scanWorkbook } from "../support/independentScan";

const cli = (args: string[]) => runCli(args, "nl");
const dir = mkdtempSync(join(tmpdir(), "divreq-staff-screen-"));

const FEMKE: Person = { first: "Femke", last: "Dewulf", year: 1978, month: 11, day: 13, insz: "" };
FEMKE.insz = inszFor(1978, 11, 13, 215);
const WOUT: Person = { first: "Wout", last: "Claeys", year: 1966, month: 3, day: 9, insz: "" };
WOUT.insz = inszFor(1966, 3, 9, 41);

const ARABIC = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(0x0660 + Number(c)));
const MATH = (s: string) => [...s].map((c) => (/\d/.test(c) ? String.fromCodePoint(0x1d7ce + Number(c)) : c)).join("");
/** Cyrillic letters that look like these Latin ones. */
const CYRILLIC: Record<string, string> = {
  a: "а",
  e: "е",
  o: "о",
  p: "р",
  c: "с",
  y: "у",
  x: "х",
  i: "і",
  C: "С",
  E: "Е",
};
const lookalike = (s: string) => [...s].map((c) => CYRILLIC[c] ?? c).join("");

/** Each form the review found, as a value planted in a department (and the answers). */
function forms(p: Person): { id: string; text: string }[] {
  const d = p.insz;
  const parts = [d.slice(0, 6), d.slice(6, 9), d.slice(9)];
  const dd = String(p.day).padStart(2, "0");
  const mm = String(p.month).padStart(2, "0");
  const month = MONTHS_EN[p.month - 1]!.slice(0, 3);
  const monthLong = MONTHS_EN[p.month - 1]!;
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][p.month - 1]!;
  return [
    { id: "name in a department, split columns", text: `Secretariaat ${p.first} ${p.last}` },
    { id: "name reversed, split columns", text: `Team ${p.last.toUpperCase()} ${p.first}` },
    { id: "name in lookalike letters", text: `Dienst ${lookalike(p.first)} ${lookalike(p.last)}` },
    { id: "insz with zero-width spaces", text: `Cel ${[...d].join("\u200b")}` },
    { id: "insz with soft hyphens", text: `Cel ${parts.join("\u00ad")}` },
    { id: "insz with commas", text: `Cel ${parts.join(",")}` },
    { id: "insz in brackets", text: `Cel (${parts[0]})(${parts[1]})(${parts[2]})` },
    { id: "insz with semicolons", text: `Cel ${parts.join(" ; ")}` },
    { id: "insz in Arabic-Indic digits", text: `Cel ${ARABIC(d)}` },
    { id: "insz in mathematical digits", text: `Cel ${MATH(d)}` },
    { id: "birth date ddmmyyyy", text: `Geboren ${dd}${mm}${p.year}` },
    { id: "birth date yyyymmdd", text: `Geboren ${p.year}${mm}${dd}` },
    { id: "birth date month first", text: `${month} ${p.day}, ${p.year}` },
    { id: "birth date ordinal", text: `${p.day}th ${monthLong} ${p.year}` },
    { id: "birth date roman month", text: `${p.day} ${roman} ${p.year}` },
    { id: "birth date month first in French", text: `né le ${month} ${p.day}, ${p.year}` },
  ];
}

const planted = [...forms(FEMKE), ...forms(WOUT)];

/** The export: names in two columns ("Naam", "Voornaam"), the planted forms as departments. */
async function input(nameHeaders: [string, string | null], file: string, sheetName?: string): Promise<string> {
  const book = await staffWorkbook(500, {
    edit: (cols, headers) => {
      headers[0] = nameHeaders[0];
      const first: ExcelJS.CellValue[] = cols[0]!.map((v) => String(v).split(" ")[0] ?? "");
      cols[0] = cols[0]!.map((v) => String(v).split(" ").slice(1).join(" "));
      [FEMKE, WOUT].forEach((p, r) => {
        cols[0]![r] = nameHeaders[1] ? p.last : `${p.first} ${p.last}`;
        first[r] = p.first;
        cols[1]![r] = p.insz;
        cols[2]![r] = `${String(p.day).padStart(2, "0")}/${String(p.month).padStart(2, "0")}/${p.year}`;
      });
      if (!nameHeaders[1]) cols[0] = cols[0]!.map((v, r) => (r < 2 ? v : `${String(first[r])} ${String(v)}`));
      planted.forEach((form, i) => (cols[5]![10 + i] = form.text));
      // The department column's header names a person and holds an INSZ.
      headers[5] = `Service (resp. ${WOUT.first} ${WOUT.last} ${WOUT.insz})`;
      if (nameHeaders[1]) {
        headers.push(nameHeaders[1]);
        cols.push(first as never);
      }
    },
  });
  if (sheetName) book.worksheets[0]!.name = sheetName;
  const path = join(dir, file);
  await book.xlsx.writeFile(path);
  return path;
}

async function requestOf(path: string, name: string) {
  const answers = join(dir, `${name}-answers.json`);
  const given: Record<string, string> = {};
  const free = ["institution", "address", "service", "statusTypes", "retention", "place", "channel"];
  planted.forEach((form, i) => {
    const key = free[i % free.length]!;
    given[key] = given[key] ? `${given[key]} | ${form.text}` : form.text;
  });
  writeFileSync(answers, JSON.stringify(given));
  const output = join(dir, `${name}-out.xlsx`);
  const copy = join(dir, `${name}-copy.xlsx`);
  const result = await cli([
    "request",
    path,
    "-o",
    output,
    "--answers",
    answers,
    "--send-copy",
    copy,
    "--reference-date",
    "2024-12-31",
  ]);
  expect({ code: result.code, err: result.code === 0 ? "" : result.err }).toEqual({ code: 0, err: "" });
  return { output, copy };
}

/** Sheets of the output that hold the export by design (the data sheet, the INSZ linkage list). */
async function personalSheets(file: string, data: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.worksheets.filter((ws) => ws.name === data || /INSZ|NISS/i.test(ws.name)).map((ws) => ws.name);
}

describe("a screen that knows the staff (issue 34)", () => {
  test.each([
    ["split name columns 'Naam' and 'Voornaam'", ["Naam", "Voornaam"] as [string, string | null]],
    ["one name column headed 'Collaborateur'", ["Collaborateur", null] as [string, string | null]],
    ["one name column headed 'Nom de l'agent'", ["Nom de l’agent", null] as [string, string | null]],
  ])(
    "%s: the scan sees every form in the input, and none in a product sheet, the settings or the copy",
    async (id, headers) => {
      const name = id.replace(/\W+/g, "-");
      const path = await input(headers, `${name}.xlsx`);
      const inInput = await scanWorkbook(path, [FEMKE, WOUT], []);
      for (const form of planted)
        expect({ form: form.id, seen: inInput.some((f) => f.includes(form.text)) }).toEqual({
          form: form.id,
          seen: true,
        });
      const { output, copy } = await requestOf(path, name);
      expect(await scanWorkbook(output, [FEMKE, WOUT], await personalSheets(output, "Personeel"))).toEqual([]);
      expect(await scanWorkbook(copy, [FEMKE, WOUT], [])).toEqual([]);
    },
    120_000,
  );

  test("a data sheet named with an INSZ is not remembered in the settings", async () => {
    const sheet = `Export ${WOUT.insz}`;
    const path = await input(["Naam", "Voornaam"], "sheet-name.xlsx", sheet);
    const { output } = await requestOf(path, "sheet-name");
    // The data sheet keeps its own name (it is the analyst's); the settings never hold it.
    expect(await scanWorkbook(output, [FEMKE, WOUT], await personalSheets(output, sheet))).toEqual([]);
  }, 120_000);
});
