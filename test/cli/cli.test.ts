import * as crypto from "node:crypto";
import * as fs from "node:fs";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { cli } from "../support/cli";
import { openXlsxFile, saveXlsxFile } from "../../src/workbook/exceljs/node";
import { SETTINGS_SHEET } from "../../src/workbook/port";
import { integerAttack } from "../support/oracleAttacker";

const SAMPLE = join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx");
const ANSWERS = join(__dirname, "../../assets/sample/antwoorden-voorbeeld.json");
const dir = mkdtempSync(join(tmpdir(), "divreq-cli-"));

describe("diversity-request command line", () => {
  test("inspect finds the header under the title and the roles, in Dutch", async () => {
    const { code, out } = await cli(["inspect", SAMPLE], "nl");
    expect(code).toBe(0);
    expect(out).toMatch(/kolomkoppen op rij 3; 1.200 gegevensrijen/);
    expect(out).toMatch(/C Rijksregisternummer: INSZ/);
    expect(out).toMatch(/jaartal met twee cijfers/);
  });

  test("inspect --json lists columns with role and confidence", async () => {
    const { code, out } = await cli(["inspect", SAMPLE, "--json"]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ sheet: "Personeel", headerRow: 3, rows: 1200 });
    expect(json.columns.find((c: { header: string }) => c.header === "Geboortedatum")).toMatchObject({
      role: "birthDate",
    });
  });

  test("recode --json prints the documented object, with stable category ids", async () => {
    const out = join(dir, "recode.xlsx");
    const result = await cli([
      "recode",
      SAMPLE,
      "-o",
      out,
      "--reference-date",
      "2024-12-31",
      "--origin-scheme",
      "detailed",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(Object.keys(json)).toEqual(["rows", "columns", "counts", "unknown", "invalid"]);
    // The new columns are named in the user's language (here English): the sheet's default.
    expect(json.columns).toEqual([
      { source: "Geboortedatum", target: "Age band", kind: "age", scheme: "default" },
      { source: "Nationaliteit", target: "Nationality group", kind: "origin", scheme: "detailed" },
    ]);
    expect(Object.keys(json.counts["Nationality group"])).toContain("maghreb");
    expect(json.invalid["Age band"]).toContainEqual({
      row: expect.any(Number),
      value: "12/05/78",
      reason: "two_digit_year",
    });
    expect(existsSync(out)).toBe(true);
  });

  test("check --json carries the proof: each suppressed cell's interval, each table's audit, no small cell given away", async () => {
    // The review's case: department x age band x origin on the sample gave 7 small cells back exactly.
    const { code, out } = await cli([
      "check",
      SAMPLE,
      "--dims",
      "department,ageBand,originGroup",
      "--reference-date",
      "2024-12-31",
      "--json",
    ]);
    expect(code).toBe(0);
    const table = JSON.parse(out).tables[0];
    expect(table.audit).toMatchObject({ passed: true, exposed: 0 });
    const cells = table.cells as { count: number; status: string; interval?: { lo: number; hi: number | null } }[];
    const hidden = cells.filter((c) => c.status !== "safe");
    expect(hidden.length).toBeGreaterThan(0);
    expect(table.audit.intervals).toBe(hidden.length);
    for (const c of hidden) {
      expect(c.interval!.lo).toBeLessThanOrEqual(c.count);
      expect(c.interval!.hi === null || c.interval!.hi >= c.count).toBe(true);
      if (c.status === "small") {
        expect(c.interval!.lo === 0 || c.interval!.hi === null || c.interval!.hi >= 5).toBe(true);
        expect(c.interval!.lo).not.toBe(c.interval!.hi);
      }
    }
    // Published cells carry no interval: the reader sees their value.
    expect(cells.filter((c) => c.status === "safe").every((c) => c.interval === undefined)).toBe(true);
    expect(table.hiddenPersons).toBeGreaterThan(0);
    // The whole-number interval of each small cell is the independent integer attacker's, exactly, and
    // that attacker, reading only the published cells, finds nothing exposed.
    const oracle = await integerAttack([{ dimensions: table.dimensions, cells: table.cells }], 5);
    expect(oracle.length).toBe(hidden.filter((c) => c.status === "small").length);
    for (const found of oracle) {
      const cell = (table.cells as { key: object; integerInterval: object }[]).find(
        (c) => JSON.stringify(c.key) === JSON.stringify(found.key),
      )!;
      expect(cell.integerInterval).toEqual({ lo: found.lo, hi: found.hi === Infinity ? null : found.hi });
      expect(found.exposed).toBe(false);
    }
  });

  test("check --json gives cells with status, and --fail-on-small exits 3", async () => {
    const ok = await cli(["check", SAMPLE, "--dims", "originGroup,Dienst", "--json"]);
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.out);
    expect(json.threshold).toBe(5);
    expect(json.tables[0].dimensions).toEqual(["originGroup", "department"]);
    expect(json.tables[0].cells[0]).toEqual({
      key: expect.any(Object),
      count: expect.any(Number),
      status: expect.stringMatching(/safe|small|secondary/),
    });
    expect(json.suggestions.length).toBeGreaterThan(0);
    const failing = await cli(["check", SAMPLE, "--dims", "originGroup,Dienst", "--fail-on-small"]);
    expect(failing.code).toBe(3);
  });

  test("check takes the reference date from the export's title, as prepare does (issue 35)", async () => {
    // Ten born on 1 September 1999: 24 on 30 June 2024 (the title's day), 25 on the default 31 December.
    const { FileWorkbook } = await import("../../src/workbook/exceljs/fileWorkbook");
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => [`A${i}`, "01/09/1999", "Financiën"]),
      ...Array.from({ length: 10 }, (_, i) => [`B${i}`, "01/01/1980", "Financiën"]),
    ];
    const values = [["Personeelsexport op 30/06/2024"], [], ["Personeelsnummer", "Geboortedatum", "Dienst"], ...rows];
    const file = join(dir, "titled.xlsx");
    await saveXlsxFile(
      new FileWorkbook({ sheets: [{ name: "Personeel", values, styles: [], columnWidths: [], state: "visible" }] }),
      file,
    );
    const run = await cli(["check", file, "--dims", "ageBand,Dienst", "--json"], "nl");
    expect(run.code).toBe(0);
    const bands = JSON.parse(run.out).tables[0].cells.filter(
      (c: { key: Record<string, string>; count: number }) => c.key.department === "total" && c.count > 0,
    );
    expect(bands.map((c: { key: Record<string, string> }) => c.key.ageBand)).toEqual(["0-24", "35-44", "total"]);
    expect(run.err).toMatch(/Referentiedatum 30\/06\/2024, overgenomen uit de titel/);
    // A date given on the command line wins over the title.
    const given = await cli(["check", file, "--dims", "ageBand,Dienst", "--json", "--reference-date", "2024-12-31"]);
    const cells = JSON.parse(given.out).tables[0].cells as { key: Record<string, string>; count: number }[];
    expect(cells.find((c) => c.key.ageBand === "25-34" && c.key.department === "total")?.count).toBe(10);
  });

  test("prepare writes the whole job to a new workbook and says what is left to answer", async () => {
    const out = join(dir, "prepare.xlsx");
    const result = await cli(["prepare", SAMPLE, "-o", out, "--lang", "fr"], "fr");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Encore à compléter dans la demande\s: \d+/);
    expect(result.out).toMatch(/Demande BCSS/);
  });

  test("request with every answer is still a draft when own variables go without the INSZ list; --linkage makes it ready", async () => {
    const args = (...more: string[]) => [
      "request",
      SAMPLE,
      "-o",
      join(dir, "request.xlsx"),
      "--answers",
      ANSWERS,
      "--reference-date",
      "2024-12-31",
      // The sample's answers are Dutch: so is the request (English would be a problem of its own).
      "--lang",
      "nl",
      ...more,
    ];
    const draft = await cli(args());
    expect(draft.code).toBe(0);
    expect(draft.out).toMatch(/Draft, not ready to send: 0 answers missing, 1 problem to solve\./);
    expect(draft.out).toMatch(
      /Department, Function level: own data, which the CBSS can only cross with its data through the INSZ list/,
    );
    expect(draft.out).not.toMatch(/Ready to send/);
    // The messages speak English, the sheet Dutch: variables are named in the messages' language.
    expect(draft.out).toMatch(/Safer grouping .*Department: /);
    expect(draft.out).not.toMatch(/Leeftijdsklasse|Dienst:|Herkomstgroep/);
    // --strict makes the draft a failure a script can see, after writing it.
    const strict = await cli(args("--strict"));
    expect(strict.code).toBe(3);
    expect(strict.err).toMatch(/Draft, not ready to send/);
    const json = JSON.parse((await cli(args("--json"))).out);
    expect(json).toMatchObject({ status: "draft", missing: [], problems: [{ id: "ownNeedsLinkage" }] });
    const ready = await cli(args("--linkage", "--strict"));
    expect(ready.code).toBe(0);
    expect(ready.out).toMatch(/Ready to send: every required answer is given and nothing contradicts itself\./);
    expect(JSON.parse((await cli(args("--linkage", "--json"))).out)).toMatchObject({ status: "ready", problems: [] });
  });

  test("help and usage errors speak the user's language", async () => {
    const help = await cli(["check", "--help"], "fr");
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Utilisation\s: diversity-request check/);
    expect(help.out).toMatch(/Croise les variables indiquées/);
    expect(help.out).toMatch(/--threshold <k> +taille minimale des cellules/);
    const top = await cli(["--help"], "nl");
    expect(top.out).toMatch(/Opdrachten:/);
    expect(top.out).toMatch(/prepare \[options\] <in\.xlsx> +Het hele werk/);
    const wrong = await cli(["inspect", SAMPLE, "--bogus"], "nl");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe("Onbekende optie --bogus. Voer diversity-request inspect --help uit om de opties te zien.");
  });

  test("damaged settings in the file are said on stderr, and the command goes on with the defaults", async () => {
    const book = await openXlsxFile(SAMPLE);
    await book.saveSettings({ version: 1, threshold: 7 });
    book.workbook.sheets.find((s) => s.name === SETTINGS_SHEET)!.values = [['{"version":1,"thre']];
    const damaged = join(dir, "damaged.xlsx");
    await saveXlsxFile(book, damaged);
    const result = await cli(["check", damaged, "--dims", "originGroup,Dienst", "--json"], "nl");
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/konden niet gelezen worden/);
    expect(JSON.parse(result.out)).toMatchObject({ threshold: 5 });
  });

  test.each([
    [["recode", SAMPLE, "-o", SAMPLE], 2, /is the input file/],
    [["recode", SAMPLE, "-o", "x.xlsx", "--age-scheme", "custom:30,20"], 2, /must go up/],
    [["recode", SAMPLE, "-o", "x.xlsx", "--origin-scheme", "six"], 2, /Origin scheme six is unknown/],
    [["recode", SAMPLE, "-o", "x.xlsx", "--reference-date", "31/12/2024"], 2, /YYYY-MM-DD/],
    [["recode", SAMPLE, "-o", "x.xlsx", "--map", "department=Afdeling"], 2, /--map department=Afdeling/],
    [["check", SAMPLE, "--dims", "shoeSize"], 2, /--dims shoeSize/],
    [["inspect", join(dir, "missing.xlsx")], 4, /Could not read .*missing\.xlsx/],
    [["frobnicate"], 2, /^Unknown command frobnicate\. Run diversity-request --help/],
    [["check", SAMPLE], 2, /^Option --dims <list> is required here\.$/],
    [
      ["request", SAMPLE, "-o", "x.xlsx", "--answers", ANSWERS, "--lang", "de"],
      2,
      /does not take de: choose nl, fr, en/,
    ],
  ])("%j exits %i with one clear sentence", async (args, code, message) => {
    const result = await cli(args as string[]);
    expect(result.code).toBe(code);
    expect(result.err).toMatch(message as RegExp);
  });
});

describe("roles that must not be guessed, on the command line", () => {
  /** A small export: names, department, and one date column under the given header. */
  async function exportWith(header: string, dates: Date[]): Promise<string> {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Personeel");
    sheet.addRow(["Naam", "Dienst", header]);
    dates.forEach((d, i) => sheet.addRow([`Persoon ${i}`, i % 2 ? "ICT" : "HR", d]));
    const file = join(dir, `${header.replace(/\W/g, "")}.xlsx`);
    await book.xlsx.writeFile(file);
    return file;
  }
  const hires = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(1990 + (i % 35), i % 12, 1 + (i % 27))));

  test("inspect never takes 'Datum in dienst' for a birth date", async () => {
    const file = await exportWith("Datum in dienst", hires);
    const json = JSON.parse((await cli(["inspect", file, "--json"])).out);
    expect(json.columns.find((c: { header: string }) => c.header === "Datum in dienst").role).not.toBe("birthDate");
    // And it says so, instead of guessing.
    expect((await cli(["inspect", file])).out).toMatch(/No column holds birth dates or ages/);
  });

  test("a birth-date column holding hire dates gives a warning about the recode, not a success", async () => {
    const file = await exportWith("Geboortedatum", hires);
    const result = await cli(["recode", file, "-o", join(dir, "odd.xlsx"), "--reference-date", "2024-12-31"]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/but \d+% of Age band is unknown: check in step 1 that the right column is mapped/);
  });
});

describe("a copy to send, with no personal data", () => {
  test("--send-copy writes only the request sheet and the tables to fill in: no INSZ, name, birth date, check or sheet of the export", async () => {
    const { identifiersOf, scanForIdentifiers } = await import("../support/identifierScan");
    const known = await identifiersOf(SAMPLE);
    expect(known.insz.length).toBeGreaterThan(500); // the scan knows what to look for
    expect(known.names.length).toBeGreaterThan(500);
    expect(known.birthDates.length).toBeGreaterThan(500);
    const out = join(dir, "whole.xlsx");
    const copy = join(dir, "to-send.xlsx");
    const args = ["prepare", SAMPLE, "-o", out, "--answers", ANSWERS, "--reference-date", "2024-12-31", "--linkage"];
    const result = await cli([...args, "--send-copy", copy], "nl");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Te versturen naar de KSZ: .*to-send\.xlsx.*Verstuur nooit .*whole\.xlsx/);
    // The sample's two invalid INSZ numbers are left out of the linkage list, and it is said.
    expect(result.err).toMatch(/2 cellen van de INSZ-kolom bevatten geen geldig INSZ-nummer \(eerst op rij \d+\)/);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(copy);
    // The request and the tables for the KSZ to fill in (labels only): nothing of the staff.
    expect(book.worksheets.map((w) => w.name)).toEqual(["KSZ-aanvraag", "Gevraagde tabellen"]);
    expect(await scanForIdentifiers(copy, known)).toEqual([]);
    // The scan does find them where they are: the whole workbook holds the staff list and the linkage.
    expect((await scanForIdentifiers(out, known)).length).toBeGreaterThan(1000);
  });

  test("--with-check is refused before anything is written: the check's small counts never reach the copy (issue 35)", async () => {
    const out = join(dir, "refused.xlsx");
    const copy = join(dir, "refused-copy.xlsx");
    const result = await cli(
      ["prepare", SAMPLE, "-o", out, "--reference-date", "2024-12-31", "--send-copy", copy, "--with-check"],
      "nl",
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--with-check wordt geweigerd: het controleblad bevat de echte aantallen/);
    expect(existsSync(out) || existsSync(copy)).toBe(false);
  });

  test("a draft's copy is called a draft for review, never 'to send', and says DRAFT on its sheet", async () => {
    const out = join(dir, "draft-whole.xlsx");
    const copy = join(dir, "draft-copy.xlsx");
    const result = await cli(
      ["prepare", SAMPLE, "-o", out, "--reference-date", "2024-12-31", "--send-copy", copy],
      "nl",
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /Kopie geschreven om na te lezen: .*draft-copy\.xlsx.*ONTWERP, nog niet naar de KSZ te sturen/,
    );
    expect(result.out).not.toMatch(/Te versturen naar de KSZ/);
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(copy);
    expect(String(book.worksheets[0]!.getCell("A2").value)).toMatch(
      /^ONTWERP: nog niet klaar om naar de KSZ te sturen/,
    );
  });

  test("the copy can never land on the input or on the whole workbook", async () => {
    const out = join(dir, "whole2.xlsx");
    expect((await cli(["prepare", SAMPLE, "-o", out, "--send-copy", SAMPLE])).code).toBe(2);
    expect((await cli(["prepare", SAMPLE, "-o", out, "--send-copy", out])).code).toBe(2);
  });
});

describe("writes that cannot harm the input (issue 14, part)", () => {
  const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  /** A private copy of the sample to attack, with its hash. */
  function victim(name: string): { file: string; before: string } {
    const file = join(dir, name);
    fs.copyFileSync(SAMPLE, file);
    return { file, before: hash(file) };
  }

  test.each([
    [
      "a symbolic link to the input",
      (file: string) => {
        const link = join(dir, `link-${Math.random()}.xlsx`);
        fs.symlinkSync(file, link);
        return link;
      },
    ],
    [
      "a hard link to the input",
      (file: string) => {
        const link = join(dir, `hard-${Math.random()}.xlsx`);
        fs.linkSync(file, link);
        return link;
      },
    ],
    [
      "a path through a symbolic link to the input's folder",
      (file: string) => {
        const linkDir = join(dir, `dirlink-${Math.random()}`);
        fs.symlinkSync(dir, linkDir);
        return join(linkDir, basename(file));
      },
    ],
    [
      "LINK/../input, where LINK is a folder link whose parent is the input's folder (.. follows the link)",
      (file: string) => {
        const sub = join(dir, `sub-${Math.random()}`);
        fs.mkdirSync(sub);
        const elsewhere = fs.mkdtempSync(join(tmpdir(), "divreq-elsewhere-"));
        const link = join(elsewhere, "LINK");
        fs.symlinkSync(sub, link);
        // By name, LINK/.. is `elsewhere`; on disk it is the parent of `sub`: the input's folder.
        return `${link}/../${basename(file)}`;
      },
    ],
  ])("-o given as %s is refused, and the input is unchanged", async (_, outputFor) => {
    const { file, before } = victim(`victim-${Math.random()}.xlsx`);
    const result = await cli(["recode", file, "-o", outputFor(file)]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is the input file/);
    expect(hash(file)).toBe(before);
  });

  test("--send-copy through a linked folder onto the full output, and -o onto the answers file, are refused", async () => {
    const out = join(dir, `full-${Math.random()}.xlsx`);
    const linkDir = join(dir, `outlink-${Math.random()}`);
    fs.symlinkSync(dir, linkDir);
    const answers = join(dir, `answers-${Math.random()}.json`);
    fs.copyFileSync(ANSWERS, answers);
    const before = hash(answers);
    const copy = await cli([
      "request",
      SAMPLE,
      "-o",
      out,
      "--answers",
      answers,
      "--send-copy",
      join(linkDir, basename(out)),
    ]);
    expect(copy.code).toBe(2);
    expect(copy.err).toMatch(/is already used by this command/);
    const onAnswers = await cli(["request", SAMPLE, "-o", answers, "--answers", answers]);
    expect(onAnswers.code).toBe(2);
    expect(onAnswers.err).toMatch(/is already used by this command/);
    expect(hash(answers)).toBe(before);
  });

  test("an empty -o is refused before any work", async () => {
    const result = await cli(["recode", SAMPLE, "-o", ""]);
    expect(result.code).toBe(2);
    expect(result.out).not.toMatch(/Written/);
  });

  test("a write that fails halfway leaves no partial file and keeps what was at the output", async () => {
    const { writeAtomically } = await import("../../src/workbook/exceljs/node");
    const target = join(dir, "kept.xlsx");
    fs.writeFileSync(target, "what was here before");
    await expect(
      writeAtomically(target, async (temporary) => {
        fs.writeFileSync(temporary, "half a workbook");
        throw new Error("the disk is full");
      }),
    ).rejects.toThrow("the disk is full");
    expect(fs.readFileSync(target, "utf8")).toBe("what was here before");
    expect(fs.readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  test("a file written completes by renaming a temporary file into place", async () => {
    const out = join(dir, "atomic.xlsx");
    expect((await cli(["recode", SAMPLE, "-o", out, "--reference-date", "2024-12-31"])).code).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(10_000);
    expect(fs.readdirSync(dir).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  test("an output on a special file system (/proc, /sys, /dev) is refused at once", async () => {
    const result = await cli(["recode", SAMPLE, "-o", "/proc/self/out.xlsx"]);
    expect(result.code).toBe(2);
  });
});

describe("inputs an analyst really has (issue 14, part)", () => {
  const request = (answers: string) => [
    "request",
    SAMPLE,
    "-o",
    join(dir, `answers-${Math.random()}.xlsx`),
    "--answers",
    answers,
    "--reference-date",
    "2024-12-31",
  ];

  test("an answers file saved with a byte-order mark (as Notepad saves it) is read", async () => {
    const file = join(dir, "bom.json");
    fs.writeFileSync(file, "\uFEFF" + fs.readFileSync(ANSWERS, "utf8"));
    const result = await cli(request(file));
    expect(result.code).toBe(0);
    expect(result.out).not.toMatch(/Still to answer/);
  });

  test("a missing answers file is said to be missing, not 'not valid JSON'", async () => {
    const result = await cli(request(join(dir, "nowhere.json")), "nl");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/bestaat niet/);
  });

  test("an answers file that is no file, or too large, is refused without reading it all", async () => {
    expect((await cli(request("/dev/zero"))).err).toMatch(/is not an answers file/);
    const big = join(dir, "big.json");
    fs.writeFileSync(big, `{"institution": "${"x".repeat(2_000_000)}"}`);
    expect((await cli(request(big))).err).toMatch(/larger than 1 MB/);
  });

  test.each([
    [
      "an Excel 97-2003 .xls",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "old.xls",
      /Excel 97-2003/,
    ],
    ["a CSV file", Buffer.from("Naam;Dienst\nA;B\n"), "export.csv", /a CSV text file, not a workbook/],
    ["a damaged file", Buffer.from("PK\u0003\u0004 not really a zip"), "broken.xlsx", /damaged/],
  ])("%s gets a message that says what it is and what to do", async (_, bytes, name, message) => {
    const file = join(dir, name);
    fs.writeFileSync(file, bytes);
    const result = await cli(["inspect", file]);
    expect(result.code).toBe(4);
    expect(result.err).toMatch(message);
    // The engine's raw words stay out of the message (they come with --verbose).
    expect(result.err).not.toMatch(/FILE_ENDED|invalid signature|Cannot read properties/);
  });
});

describe("settings and mappings are untrusted: identifiers never become categories (issue 14, part)", () => {
  test("--map department=Rijksregisternummer is refused: INSZ numbers are no department", async () => {
    const result = await cli(["check", SAMPLE, "--dims", "department", "--map", "department=Rijksregisternummer"]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Rijksregisternummer holds personal identifiers/);
  });

  test("a department column with a value for nearly every person (names) is refused as an identifier", async () => {
    // Names are refused by their header; a staff number by its values.
    for (const [header, reason] of [
      ["Naam", "holds personal identifiers"],
      ["Personeelsnummer", "has a different value for nearly every person"],
    ]) {
      const result = await cli(["check", SAMPLE, "--dims", "department", "--map", `department=${header}`, "--json"]);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(new RegExp(`${header} ${reason}`));
      expect(result.out).toBe(""); // nothing of those values printed
    }
  });

  test("settings saved in a workbook that map a category to the INSZ column are refused the same way", async () => {
    const book = await openXlsxFile(SAMPLE);
    await book.saveSettings({ roles: { functionLevel: "Rijksregisternummer" }, own: ["functionLevel"] });
    const file = join(dir, "hostile-settings.xlsx");
    await saveXlsxFile(book, file);
    const result = await cli(["prepare", file, "-o", join(dir, "hostile-out.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/holds personal identifiers/);
    expect(existsSync(join(dir, "hostile-out.xlsx"))).toBe(false);
  });
});

describe("dates as exports write them (issue 15)", () => {
  test("a birth-date column that proves month first is read month first, and recode says so", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Personeel");
    sheet.addRow(["Naam", "Geboortedatum", "Nationaliteit"]);
    const dates = ["12/31/1980", "03/04/1975", "07/25/1990", "1 januari 1985", "05/14/1970", "02/03/1999"];
    dates.forEach((d, i) => sheet.addRow([`Persoon ${i}`, d, "Belg"]));
    const file = join(dir, "month-first.xlsx");
    await book.xlsx.writeFile(file);
    const result = await cli([
      "recode",
      file,
      "-o",
      join(dir, "month-first-out.xlsx"),
      ...["--reference-date", "2024-12-31"],
      "--json",
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json.invalid["Age band"]).toEqual([]); // 12/31/1980 and the month name are dates
    const text = await cli([
      "recode",
      file,
      "-o",
      join(dir, "month-first-out2.xlsx"),
      "--reference-date",
      "2024-12-31",
    ]);
    expect(text.out).toMatch(
      /Geboortedatum: dates like 03\/04\/1980 were read month first \(4 March\): 3 values prove it/,
    );
  });
});

describe("messages name the column the analyst knows (issue 16, part)", () => {
  test("unreadable cells and unknown values are named by their source column, not the recoded one", async () => {
    const result = await cli(["recode", SAMPLE, "-o", join(dir, "named.xlsx"), "--reference-date", "2024-12-31"]);
    expect(result.out).toMatch(/Geboortedatum: 5 unreadable cells, first on row \d+/);
    expect(result.out).toMatch(/Nationaliteit: 5 unknown/);
    expect(result.out).not.toMatch(/Age band: \d+ unreadable|Nationality group: \d+ unknown/);
  });
});
