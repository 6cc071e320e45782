/**
 * Issue 14: the hostile-input corpus through the command line. Each case must end with its exit code
 * and its message (from the catalogue, not the engine's words), leave its input byte for byte as it
 * was, write nothing when it fails, and when it writes, put no INSZ, name or birth date of the input
 * anywhere outside the data sheet (the check, request and settings sheets). The scan below is written
 * apart from the product's screen: it reads the files back with ExcelJS and knows nothing of it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../support/cli";
import { catalogue, dateFromExcelSerial, parseDate, parseInsz, type MessageKey } from "../../src/core";
import { HOSTILE_CASES } from "../support/hostileCorpus";

const root = mkdtempSync(join(tmpdir(), "divreq-hostile-"));

const hash = (file: string) =>
  existsSync(file) && statSync(file).isFile() ? createHash("sha256").update(readFileSync(file)).digest("hex") : null;

/** A message of the English catalogue as a pattern: its words, any value in its placeholders. */
function messagePattern(key: MessageKey): RegExp {
  const parts = catalogue("en")
    [key].split(/\{[^}]*\}/)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join("[\\s\\S]*?"));
}

interface Persons {
  insz: Set<string>;
  names: string[];
  dates: string[];
}

/** What the input holds about persons: under a header naming INSZ, names and birth dates. */
async function personsIn(file: string): Promise<Persons> {
  const persons: Persons = { insz: new Set(), names: [], dates: [] };
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets.find((ws) => ws.state === "visible");
  let header: string[] | null = null;
  sheet?.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (!header) {
      if (values.some((v) => /insz|rijksregister/i.test(String(v ?? "")))) header = values.map((v) => String(v ?? ""));
      return;
    }
    values.forEach((v, i) => {
      const h = header![i] ?? "";
      if (v === null || v === undefined || v === "") return;
      if (/insz|rijksregister/i.test(h)) persons.insz.add(String(v).replace(/\D/g, ""));
      else if (/^naam$/i.test(h)) persons.names.push(String(v));
      else if (/geboorte/i.test(h)) {
        const day = typeof v === "number" ? dateFromExcelSerial(v) : parseDate(v);
        if (day.ok) {
          const s = String(day.value);
          persons.dates.push(
            `${s.slice(6, 8)}/${s.slice(4, 6)}/${s.slice(0, 4)}`,
            `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`,
          );
        }
      }
    });
  });
  return persons;
}

/** Every place outside the data sheet where the output holds something of a person. */
async function findings(output: string, persons: Persons, dataSheet: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(output);
  const found: string[] = [];
  for (const ws of book.worksheets) {
    if (ws.name === dataSheet) continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const text =
          typeof cell.value === "object" && cell.value !== null ? JSON.stringify(cell.value) : String(cell.value ?? "");
        const where = `${ws.name}!${cell.address}`;
        for (const m of text.matchAll(/\d{2}[.\s/-]?\d{2}[.\s/-]?\d{2}[.\s/-]?\d{3}[.\s/-]?\d{2}/g))
          if (parseInsz(m[0]).ok) found.push(`INSZ ${m[0]} at ${where}`);
        for (const name of persons.names)
          if (name.length >= 5 && text.includes(name)) found.push(`name ${name} at ${where}`);
        for (const date of persons.dates) if (text.includes(date)) found.push(`birth date ${date} at ${where}`);
      }),
    );
  }
  return found;
}

describe("the hostile-input corpus (issue 14)", () => {
  test("covers every point of the issue with at least 40 cases", () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(40);
    const points = new Set(HOSTILE_CASES.map((c) => c.covers.split(" ")[0]));
    expect([...points].sort()).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).toBe(HOSTILE_CASES.length);
  });

  test.each(HOSTILE_CASES.map((c) => [c.id, c] as const))(
    "%s",
    async (id, hostile) => {
      const dir = mkdtempSync(join(root, `${id}-`));
      const files = await hostile.make(dir);
      const before = hash(files.input);
      const outputBefore = hash(files.output);
      const result = await cli(hostile.args(files));

      expect({ code: result.code, err: result.err }).toMatchObject({ code: hostile.expect.code });
      if (hostile.expect.key) expect(`${result.err}\n${result.out}`).toMatch(messagePattern(hostile.expect.key));
      // No stack trace and no engine words reach the user.
      expect(result.err).not.toMatch(/\n\s+at |FILE_ENDED|invalid signature|Cannot read properties|undefined/);
      expect(hash(files.input)).toBe(before);
      if (result.code !== 0) {
        expect(result.out).not.toMatch(/Written:/);
        if (existsSync(files.output) && statSync(files.output).isFile()) expect(hash(files.output)).toBe(outputBefore);
        return;
      }
      if (hostile.expect.clean || hostile.expect.output) {
        expect(existsSync(files.output)).toBe(true);
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(files.output);
        if (hostile.expect.output) expect(hostile.expect.output(book)).toEqual([]);
        if (hostile.expect.clean) {
          const data = book.worksheets.find((ws) => ws.state === "visible")?.name ?? "";
          expect(await findings(files.output, await personsIn(files.input), data)).toEqual([]);
        }
      }
    },
    120_000,
  );
});

describe("edges of the command line (issue 34)", () => {
  const SAMPLE = join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx");

  test.each(["abc", "0x10", "1e1", "1", "-5", "2.5"])(
    "--threshold %s is refused with a sentence in the user's language, exit 2",
    async (value) => {
      for (const [lang, words] of [
        ["nl", /geheel getal van 2 of meer/],
        ["fr", /nombre entier de 2 ou plus/],
        ["en", /whole number of 2 or more/],
      ] as const) {
        const run = await cli(["check", SAMPLE, "--dims", "sex,Dienst", "--threshold", value], lang);
        expect({ code: run.code, err: run.err }).toEqual({ code: 2, err: expect.stringMatching(words) });
      }
    },
  );

  test('an input path of "" gets its own message', async () => {
    const run = await cli(["inspect", ""], "nl");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Geen invoerbestand: de opgegeven bestandsnaam is leeg/);
  });

  test("a FIFO as input is refused at once, not read for ever", async () => {
    const { execFileSync } = await import("node:child_process");
    const fifo = join(root, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(statSync(fifo).isFIFO()).toBe(true);
    const run = await cli(["inspect", fifo], "en");
    expect(run.code).toBe(4);
    expect(run.err).toMatch(/is not a regular file but a pipe/);
  }, 20_000);
});

describe("an answers file of the wrong shape (issue 34)", () => {
  const SAMPLE = join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx");
  test.each([
    ["null", "null", /geen object met antwoorden/],
    ["a list", '[["Dienst"]]', /geen object met antwoorden/],
    ["a nested list as an answer", '{"institution": [["FOD"]]}', /institution/],
    ["null as an answer", '{"place": null, "staffInformed": "ja"}', /place, staffInformed/],
  ])("%s is refused with a message, and nothing is written", async (_id, json, says) => {
    const answers = join(root, `answers-${_id.replace(/\W+/g, "-")}.json`);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(answers, json);
    const out = join(root, `answers-${_id.replace(/\W+/g, "-")}.xlsx`);
    const run = await cli(["request", SAMPLE, "-o", out, "--answers", answers], "nl");
    expect(run.code).toBe(2);
    expect(run.err).toMatch(says);
    expect(existsSync(out)).toBe(false);
  });
});
