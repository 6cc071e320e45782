/**
 * Issue 6: `prepare` on a generated 100,000-row file, side by side with a plain ExcelJS streaming read
 * plus write of the same file. Goal: at most 1.5x the baseline, peak memory under 500 MB.
 */
import { existsSync, mkdirSync } from "node:fs";
import { inProcessChecker } from "../src/solver/inProcessChecker";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { defaultSettings } from "../src/core";
import { openXlsxFile, saveXlsxFile } from "../src/workbook/exceljs/node";
import { prepare } from "../src/workbook/tasks";
import { syntheticStaff } from "../test/support/synthetic";
import type { BenchCase } from "./types";

const ROWS = 100_000;
const DIR = join(tmpdir(), "diversity-request-bench");
const INPUT = join(DIR, `staff-${ROWS}.xlsx`);

/** The input file, written once with the streaming writer and kept between runs. */
async function input(): Promise<string> {
  if (existsSync(INPUT)) return INPUT;
  mkdirSync(DIR, { recursive: true });
  const staff = syntheticStaff(ROWS, 99, true, 40);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: INPUT, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet("Personeel");
  sheet.addRow(staff.headers).commit();
  for (let r = 0; r < ROWS; r++) sheet.addRow(staff.columns.map((c) => c[r] as ExcelJS.CellValue)).commit();
  await writer.commit();
  return INPUT;
}

const BASELINE = "ExcelJS streaming read + write, 100k rows";

export const cases: BenchCase<string>[] = [
  {
    name: BASELINE,
    units: ROWS,
    iterations: 5,
    warmup: 1,
    setup: input,
    run: async (file) => {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
        styles: "cache",
        sharedStrings: "cache",
        hyperlinks: "ignore",
        worksheets: "emit",
        entries: "emit",
      });
      const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
        filename: join(DIR, "baseline-out.xlsx"),
        useStyles: true,
        useSharedStrings: true,
      });
      for await (const worksheet of reader) {
        const out = writer.addWorksheet((worksheet as unknown as { name: string }).name);
        for await (const batch of worksheet as unknown as AsyncIterable<ExcelJS.Row | ExcelJS.Row[]>) {
          for (const row of Array.isArray(batch) ? batch : [batch])
            out.addRow((row.values as unknown[]).slice(1)).commit();
        }
      }
      await writer.commit();
    },
  },
  {
    name: "prepare (read, recode, check, request, write), 100k rows",
    units: ROWS,
    iterations: 5,
    warmup: 1,
    ratioTo: BASELINE,
    goalRatio: 1.5,
    goalPeakMb: 500,
    setup: input,
    run: async (file) => {
      const workbook = await openXlsxFile(file);
      await prepare(
        workbook,
        { ...defaultSettings("2025-01-15", "nl"), referenceDate: "2024-12-31" },
        "2025-01-15",
        "nl",
        { checker: inProcessChecker },
      );
      await saveXlsxFile(workbook, join(DIR, "prepare-out.xlsx"));
    },
  },
];
