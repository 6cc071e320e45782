/**
 * Issue 22: the command line speaks one language, the user's, with its punctuation: no English from
 * Commander ("(default: [])") or from the system (ENOENT) inside a Dutch or French message, French
 * no-break spaces in every list and quotation, and a request in the user's language by default.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";

const SAMPLE = join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx");
const ANSWERS = join(__dirname, "../../assets/sample/antwoorden-voorbeeld.json");
const dir = mkdtempSync(join(tmpdir(), "divreq-language-"));
/** English the system or Commander would put in a message. */
const FOREIGN =
  /ENOENT|EISDIR|EACCES|no such file|is not a file|Unexpected token|not valid JSON|\(default|\(choices|sheet "/;
/** French punctuation without its no-break space: before : ; ? !, inside « ». */
const FRENCH_SPACING =
  /(^|[^\u00a0\u202f])[;?!](\s|$)|(^|[^\u00a0\u202f\d]):(\s|$)|«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/m;

test.each(["", "inspect", "recode", "check", "request", "prepare"])(
  "the French help of %j has no English default or choices, and French spacing",
  async (command) => {
    const { out } = await cli([...(command ? [command] : []), "--help"], "fr");
    expect(out).toMatch(/^Utilisation/);
    expect(out).not.toMatch(FOREIGN);
    expect(out).not.toMatch(FRENCH_SPACING);
  },
);

describe.each(["nl", "fr"] as const)("in %s, a file that cannot be read is said in words", (lang) => {
  const bad = join(dir, `bad-${lang}.json`);
  writeFileSync(bad, '{"institution": }');
  test.each([
    ["a missing file", ["inspect", join(dir, "nergens.xlsx")], { nl: /bestaat niet/, fr: /n’existe pas/ }],
    ["a folder", ["inspect", dir], { nl: /is een map/, fr: /est un dossier/ }],
    [
      "an answers file that is no JSON",
      ["request", SAMPLE, "-o", join(dir, "o.xlsx"), "--answers", bad],
      { nl: /geen geldige JSON/, fr: /pas un JSON valide/ },
    ],
    [
      "a sheet that is not there",
      ["inspect", SAMPLE, "--sheet", "Blad9"],
      { nl: /geen blad Blad9/, fr: /pas de feuille Blad9/ },
    ],
  ])("%s", async (_, args, says) => {
    const { code, err } = await cli(args as string[], lang);
    expect(code).toBeGreaterThan(0);
    expect(err).toMatch(says[lang]);
    expect(err).not.toMatch(FOREIGN);
    if (lang === "fr") expect(err).not.toMatch(FRENCH_SPACING);
  });
});

test("a French check output writes its lists and quotations with French spacing", async () => {
  const { code, out, err } = await cli(["check", SAMPLE, "--dims", "Dienst,originGroup,sex"], "fr");
  expect(code).toBe(0);
  expect(`${out}\n${err}`).toMatch(/\u00a0; /);
  expect(`${out}\n${err}`).not.toMatch(FRENCH_SPACING);
});

test("without --lang, the request is written in the user's language", async () => {
  const out = join(dir, "demande.xlsx");
  const { code } = await cli(["request", SAMPLE, "-o", out, "--answers", ANSWERS], "fr");
  expect(code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  expect(book.worksheets.map((s) => s.name)).toContain("Demande BCSS");
});
