/**
 * Issues 11 and 23: protection that passes the attacker's audit, timed on real work:
 * - the six default tables of the bundled sample, protected and audited with every interval, over
 *   whole numbers (integer programs where LP bounds are not whole) and across the six tables (the
 *   finest common crossing), with the joint repair (goal < 2 s);
 * - one 4-D table of 20 departments x 5 levels x 5 age bands x 4 origin groups from 10,000 staff,
 *   protected and reported with every interval, each small cell confirmed over whole numbers
 *   (goal < 10 s), with progress reported per audit program.
 */
import { join } from "node:path";
import {
  crossTab,
  defaultSettings,
  protectTable,
  recodeTable,
  type Dimension,
  type JobSettings,
  type LinearSolver,
} from "../src/core";
import { reportPattern } from "../src/core/disclosure/check";
import { runCheckJob } from "../src/solver/checker";
import { loadSolver } from "../src/solver/highs";
import { openXlsxFile } from "../src/workbook/exceljs/node";
import { detect, readNeeded } from "../src/workbook/tasks";
import { rng } from "../test/support/synthetic";
import type { BenchCase } from "./types";

const SAMPLE = join(__dirname, "../assets/sample/personeel-voorbeeld.xlsx");

interface SampleInput {
  solver: LinearSolver;
  job: Parameters<typeof runCheckJob>[0];
}

interface FourDInput {
  solver: LinearSolver;
  dims: Dimension[];
}

const STAFF = 10_000;

/** 20 x 5 x 5 x 4, skewed as real staff are: a few big departments, fewer persons in older bands. */
function fourD(): Dimension[] {
  const next = rng(11);
  const skewed = (n: number, power: number) => {
    const codes = new Uint8Array(STAFF);
    for (let r = 0; r < STAFF; r++) codes[r] = Math.min(n - 1, Math.floor(n * next() ** power));
    return codes;
  };
  const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
  return [
    { name: "department", categories: names("D", 20), codes: skewed(20, 2) },
    { name: "level", categories: ["A", "B", "C", "D", "E"], codes: skewed(5, 1.3) },
    { name: "ageBand", categories: ["0-24", "25-34", "35-44", "45-54", "55+"], codes: skewed(5, 1) },
    { name: "originGroup", categories: ["belgian", "european", "non_european", "unknown"], codes: skewed(4, 3) },
  ];
}

export const cases: BenchCase[] = [
  {
    name: "protect + audit (every interval, whole numbers, across tables), the sample's six default tables",
    goalMs: 2000,
    iterations: 10,
    setup: async (): Promise<SampleInput> => {
      const workbook = await openXlsxFile(SAMPLE);
      const settings: JobSettings = {
        ...defaultSettings("2025-01-15", "nl"),
        referenceDate: "2024-12-31",
        own: ["department", "functionLevel"],
      };
      const detected = await detect(workbook, settings);
      const table = await readNeeded(workbook, detected);
      const recoded = recodeTable(table, detected.roles, settings);
      const job = { rowCount: table.rowCount, recoded, settings, headers: table.headers };
      return { solver: await loadSolver(), job };
    },
    run: (input) => {
      const { solver, job } = input as SampleInput;
      const outcome = runCheckJob(job, solver);
      if (outcome.report.tables.length !== 6) throw new Error(`${outcome.report.tables.length} tables, not 6`);
      if (!outcome.report.tables.every((t) => t.audit?.passed)) throw new Error("a sample table failed its audit");
      if (!outcome.report.joint?.audited || outcome.report.joint.exposed > 0) throw new Error("the joint audit failed");
      return outcome;
    },
  } satisfies BenchCase<SampleInput> as BenchCase,
  {
    name: "protect + audit + report (every interval, whole numbers), 4-D 20x5x5x4 from 10,000 staff",
    goalMs: 10000,
    iterations: 5,
    warmup: 1,
    setup: async (): Promise<FourDInput> => ({ solver: await loadSolver(), dims: fourD() }),
    run: (input) => {
      const { solver, dims } = input as FourDInput;
      const tab = crossTab(dims, STAFF);
      let reported = 0;
      // The progress a face can show: one step per audit program.
      const { status, audit } = protectTable(tab, { threshold: 5 }, solver, { onProgress: () => reported++ });
      if (!audit?.passed) throw new Error("the 4-D table failed its audit");
      if (reported === 0) throw new Error("no progress reported");
      const report = reportPattern(tab, status, { threshold: 5 }, solver);
      // Every small cell settled over whole numbers (a hypercube or an integer program), none left open.
      if (report.audit!.exposed > 0 || report.audit!.wholeUnconfirmed > 0)
        throw new Error("a small cell exposed or not confirmed over whole numbers");
      return audit;
    },
  } satisfies BenchCase<FourDInput> as BenchCase,
];
