/**
 * `results` on the bundled sample (issue 30): the request made with `prepare`, the KSZ's answer
 * written from the check's own protected tables (as the KSZ would publish them) into an .xlsx and a
 * Windows-1252 CSV, and read back against the workbook: every table found, every published count
 * equal, every hidden cell suppressed, and the results sheet written without touching the input.
 */
import * as crypto from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { recodeTable, type CellValue, type CheckOutcome } from "../../src/core";
import { checkJobOf } from "../../src/solver/checker";
import { inProcessChecker } from "../../src/solver/inProcessChecker";
import { openXlsxFile } from "../../src/workbook/exceljs/node";
import { detect, loadSettings, readNeeded } from "../../src/workbook/tasks";
import { cli } from "../support/cli";
import { stack, tableGrid, type DeliveryForm, type KnownTable } from "../support/deliveries";

const SAMPLE = join(__dirname, "../../assets/sample/personeel-voorbeeld.xlsx");
const dir = mkdtempSync(join(tmpdir(), "divreq-results-"));
const REQUEST = join(dir, "aanvraag.xlsx");

let checked: CheckOutcome;
let kinds: KnownTable["kinds"];

beforeAll(async () => {
  const made = await cli(["prepare", SAMPLE, "-o", REQUEST, "--reference-date", "2024-12-31", "--lang", "nl"], "nl");
  expect(made.code).toBe(0);
  // The tables as the KSZ would publish them: the check's own protection of the same staff.
  const workbook = await openXlsxFile(REQUEST);
  const { settings } = await loadSettings(workbook, "2025-01-15", "nl");
  const detected = await detect(workbook, settings);
  const table = await readNeeded(workbook, detected);
  const recoded = recodeTable(table, detected.roles, settings);
  checked = await inProcessChecker(checkJobOf(table.rowCount, recoded, settings, table.headers));
  kinds = Object.fromEntries(Object.entries(recoded.variables).map(([n, v]) => [n, v.kind])) as KnownTable["kinds"];
}, 120_000);

const knownOf = (tab: CheckOutcome["report"]["tables"][number]): KnownTable => ({
  dimensions: tab.dimensions,
  categories: tab.categories,
  kinds,
  cells: tab.cells.map((c) => ({ key: c.key, count: c.count, hidden: c.status !== "safe" })),
});

async function writeXlsx(path: string, sheets: { name: string; cells: CellValue[][] }[]) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name).addRows(s.cells.map((r) => r.map((v) => v ?? null)));
  await wb.xlsx.writeFile(path);
}

/** A CSV as Excel saves it in Belgium: ";" between fields, Windows-1252, numbers with a decimal comma. */
function writeCsv(path: string, cells: CellValue[][]) {
  const text = cells
    .map((r) =>
      r
        .map((v) => (v === null ? "" : typeof v === "number" ? String(v).replace(".", ",") : `"${String(v)}"`))
        .join(";"),
    )
    .join("\r\n");
  writeFileSync(path, Buffer.from(text, "latin1"));
}

const sha = (path: string) => crypto.createHash("sha256").update(readFileSync(path)).digest("hex");

describe("results", () => {
  test("reads the answer from an .xlsx and a CSV, every table found and every count exact", async () => {
    const tables = checked.report.tables;
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const wide: DeliveryForm = {
      layout: "wide",
      lang: "fr",
      variant: true,
      totals: true,
      mark: "<5",
      title: "Tableau 1",
    };
    const pivot: DeliveryForm = { layout: "transposed", lang: "nl", variant: false, totals: true, mark: "x" };
    const half = Math.ceil(tables.length / 2);
    const xlsx = join(dir, "antwoord.xlsx");
    await writeXlsx(xlsx, [
      { name: "Tabellen", cells: stack(tables.slice(0, half).map((t) => tableGrid(knownOf(t), wide))) },
    ]);
    const csv = join(dir, "antwoord-2.csv");
    writeCsv(csv, stack(tables.slice(half).map((t) => tableGrid(knownOf(t), pivot))));
    const before = sha(REQUEST);
    const out = join(dir, "resultaten.xlsx");
    const result = await cli(["results", REQUEST, "--delivery", xlsx, "--delivery", csv, "-o", out, "--json"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(sha(REQUEST)).toBe(before);
    const json = JSON.parse(result.out.split("\n")[0]!) as {
      tables: {
        dimensions: string[];
        found: boolean;
        source: { file: string };
        cells: { key: Record<string, string>; count: number | null; suppressed: boolean; share: unknown }[];
        problems: unknown[];
        unmatched: unknown[];
      }[];
    };
    expect(json.tables.map((t) => t.found)).toEqual(checked.tables.map(() => true));
    let wrong = 0;
    let compared = 0;
    json.tables.forEach((t, i) => {
      expect(t.unmatched).toEqual([]);
      expect(t.problems.filter((p) => (p as { key: string }).key !== "results.problem.publishedSmall")).toEqual([]);
      expect(t.source.file).toBe(i < half ? xlsx : csv);
      const truth = tables.find(
        (x) => x.dimensions.length === t.dimensions.length && x.dimensions.every((d) => t.dimensions.includes(d)),
      )!;
      for (const c of truth.cells) {
        const got = t.cells.find((g) => truth.dimensions.every((d) => g.key[d] === c.key[d]));
        compared++;
        if (c.status === "safe" ? got?.count !== c.count : got?.count !== null || !got.suppressed) wrong++;
      }
    });
    expect(compared).toBeGreaterThan(100);
    expect(wrong).toBe(0);
    // The results sheet is in the new workbook, with the request's sheets kept.
    const written = await openXlsxFile(out);
    expect(written.workbook.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Resultaten KSZ", "KSZ-aanvraag"]),
    );
  }, 120_000);

  test("an encrypted answer is named for what it is, with what to do", async () => {
    const pgp = join(dir, "antwoord.xlsx.gpg");
    writeFileSync(pgp, Buffer.from([0x85, 0x01, 0x0c, 0x03, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06]));
    const result = await cli(["results", REQUEST, "--delivery", pgp, "-o", join(dir, "r.xlsx")], "nl");
    expect(result.code).toBe(4);
    expect(result.err).toMatch(/met PGP versleuteld.*Kleopatra/);
    const armoured = join(dir, "antwoord.asc");
    writeFileSync(armoured, "-----BEGIN PGP MESSAGE-----\n\nhQEMA...\n-----END PGP MESSAGE-----\n");
    expect((await cli(["results", REQUEST, "--delivery", armoured, "-o", join(dir, "r.xlsx")], "fr")).err).toMatch(
      /chiffré avec PGP/,
    );
  });

  test("a label nothing matches is reported with its cell, and --map-label reads it", async () => {
    const tab = checked.report.tables[0]!;
    const form: DeliveryForm = { layout: "wide", lang: "nl", variant: false, totals: true, mark: "x" };
    const grid = tableGrid(knownOf(tab), form);
    const label = grid[0]![1] as string;
    grid[0]![1] = `${label.slice(0, 4)}.`;
    const file = join(dir, "label.xlsx");
    await writeXlsx(file, [{ name: "T", cells: grid }]);
    const plain = await cli(["results", REQUEST, "--delivery", file, "-o", join(dir, "l.xlsx")], "en");
    expect(plain.code).toBe(0);
    expect(plain.out).toContain(`B1: the label “${label.slice(0, 4)}.” matches no category of the request`);
    const id = tab.categories[tab.dimensions[tab.dimensions.length - 1]!]![0]!;
    const mapped = await cli([
      "results",
      REQUEST,
      "--delivery",
      file,
      "-o",
      join(dir, "l.xlsx"),
      "--json",
      "--map-label",
      `${label.slice(0, 4)}.=${id}`,
    ]);
    expect(JSON.parse(mapped.out.split("\n")[0]!).tables[0].unmatched).toEqual([]);
    const bad = await cli([
      "results",
      REQUEST,
      "--delivery",
      file,
      "-o",
      join(dir, "l.xlsx"),
      "--map-label",
      "x=nothing",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/nothing is no category of the request/);
  });

  test("a workbook with no saved request is refused in words", async () => {
    const file = join(dir, "empty-answer.csv");
    writeFileSync(file, "a;b\n1;2\n");
    const result = await cli(["results", SAMPLE, "--delivery", file, "-o", join(dir, "n.xlsx")], "nl");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/bevat geen bewaarde aanvraag/);
  });
});
