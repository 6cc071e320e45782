/**
 * Issue 3: full recode of 1,000,000 synthetic rows (age band from serial and text birth dates,
 * nationality group from mixed words and codes, department and level groupings, with the report).
 * Goal: median under 500 ms, peak memory under 500 MB.
 */
import { AGE_SCHEMES, ORIGIN_SCHEMES, applyRecode, stamp, type Table } from "../src/core";
import { syntheticStaff } from "../test/support/synthetic";
import type { BenchCase } from "./types";

const ROWS = 1_000_000;

export const cases: BenchCase<Table>[] = [
  {
    name: "recode 1M rows (age, nationality, 2 groupings)",
    units: ROWS,
    goalMs: 500,
    setup: () => {
      const staff = syntheticStaff(ROWS);
      return { headers: staff.headers, columns: staff.columns, rowCount: staff.rowCount, firstRowNumber: 2 };
    },
    run: (table) => {
      const result = applyRecode(table, {
        referenceDate: stamp(2024, 12, 31),
        recodes: [
          { kind: "age", source: 2, input: "birthDate", scheme: AGE_SCHEMES.default },
          { kind: "origin", source: 4, scheme: ORIGIN_SCHEMES.detailed },
          { kind: "group", source: 5, grouping: { mergeUnder: 10 } },
          { kind: "group", source: 6, grouping: { map: { D: "C-D", C: "C-D" } } },
        ],
      });
      if (result.columns[0]!.counts["unknown"]! > ROWS * 0.01) throw new Error("age recode lost rows");
      return result;
    },
  },
];
