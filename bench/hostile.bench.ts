/**
 * Issue 14: the heavy cases of the hostile-input corpus (a zip bomb, a row two million, a sheet to
 * column XFD, settings asking 300 tables, a dimension of 1,200 groups) must be refused in seconds
 * with little memory; and `prepare` on 1,000,000 rows x 9 columns must stay under 1.5 GB peak RSS.
 */
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run } from "../src/cli/program";
import { HOSTILE_CASES, type CaseFiles } from "../test/support/hostileCorpus";
import { syntheticStaff } from "../test/support/synthetic";
import type { BenchCase } from "./types";

const DIR = join(tmpdir(), "diversity-request-bench");
const MILLION = join(DIR, "staff-1000000x9.xlsx");
const silent = { out: () => undefined, err: () => undefined, tty: false, today: "2025-01-15", lang: "en" as const };

/** 1,000,000 staff in 9 columns (the synthetic eight and a staff number), written once and kept. */
async function million(): Promise<string> {
  if (existsSync(MILLION)) return MILLION;
  mkdirSync(DIR, { recursive: true });
  const rows = 1_000_000;
  const staff = syntheticStaff(rows, 99, true, 40);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: MILLION, useSharedStrings: true });
  const sheet = writer.addWorksheet("Personeel");
  sheet.addRow([...staff.headers, "Personeelsnummer"]).commit();
  for (let r = 0; r < rows; r++)
    sheet.addRow([...staff.columns.map((c) => c[r] as ExcelJS.CellValue), 100_000 + r]).commit();
  await writer.commit();
  return MILLION;
}

const heavy: BenchCase<CaseFiles>[] = HOSTILE_CASES.filter((c) => c.heavy).map((c) => ({
  name: `hostile input refused or handled: ${c.id}`,
  iterations: 3,
  warmup: 0,
  goalMs: 10_000,
  goalPeakMb: 600,
  setup: () => c.make(mkdtempSync(join(tmpdir(), `divreq-bench-${c.id}-`))),
  run: async (files) => {
    const code = await run(c.args(files), silent);
    if (code !== c.expect.code) throw new Error(`${c.id}: exit ${code}, expected ${c.expect.code}`);
  },
}));

export const cases: BenchCase[] = [
  ...(heavy as BenchCase[]),
  {
    name: "prepare 1,000,000 rows x 9 columns (CLI, whole job, file written)",
    units: 1_000_000,
    iterations: 1,
    warmup: 0,
    goalPeakMb: 1500,
    setup: million,
    run: async (file) => {
      const code = await run(
        ["prepare", file as string, "-o", join(DIR, "prepare-1m-out.xlsx"), "--reference-date", "2024-12-31"],
        silent,
      );
      if (code !== 0) throw new Error(`prepare exited ${code}`);
    },
  },
];
