/**
 * Issue 4: 1,000,000 rows and 4 dimensions (50 departments, 5 levels, 5 age bands, 10 origin groups):
 * cross-tab and primary check (goal: median under 200 ms), then with secondary suppression; and a suggestion search
 * over a lattice of at least 500 nodes (goal: under 2 s).
 */
import {
  AGE_SCHEMES,
  ageHierarchy,
  checkTable,
  crossTab,
  mergeHierarchy,
  originHierarchy,
  primarySuppression,
  protectTable,
  suggestGroupings,
  type Dimension,
  type Hierarchy,
} from "../src/core";
import { rng } from "../test/support/synthetic";
import type { BenchCase } from "./types";

const ROWS = 1_000_000;

/** Skewed category draws, as in real staff: a few big departments and origin groups, many small ones. */
function dims(rows: number): Dimension[] {
  const next = rng(7);
  const skewed = (n: number, power: number) => {
    const codes = new Uint8Array(rows);
    for (let r = 0; r < rows; r++) codes[r] = Math.min(n - 1, Math.floor(n * next() ** power));
    return codes;
  };
  const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
  return [
    { name: "department", categories: names("D", 50), codes: skewed(50, 2) },
    { name: "level", categories: ["A", "B", "C", "D", "E"], codes: skewed(5, 1) },
    { name: "ageBand", categories: ["0-24", "25-34", "35-44", "45-54", "55+"], codes: skewed(5, 1) },
    { name: "originGroup", categories: originHierarchy("o", "detailed").levels[0]!.categories, codes: skewed(10, 4) },
  ];
}

interface LatticeInput {
  tables: { tab: ReturnType<typeof crossTab> }[];
  hierarchies: Hierarchy[];
}

export const cases: BenchCase[] = [
  {
    name: "cross-tab + primary check, 1M rows x 4 dims",
    units: ROWS,
    goalMs: 200,
    setup: () => dims(ROWS),
    run: (input) => primarySuppression(crossTab(input as Dimension[], ROWS), { threshold: 5 }),
  } satisfies BenchCase<Dimension[]> as BenchCase,
  {
    name: "same + secondary suppression (protecting hypercubes, no audit)",
    units: ROWS,
    setup: () => dims(ROWS),
    run: (input) => protectTable(crossTab(input as Dimension[], ROWS), { threshold: 5 }),
  } satisfies BenchCase<Dimension[]> as BenchCase,
  {
    name: "same, with the full JSON-ready report (cells, warnings; no audit)",
    units: ROWS,
    setup: () => dims(ROWS),
    run: (input) => checkTable(input as Dimension[], ROWS, { threshold: 5 }),
  } satisfies BenchCase<Dimension[]> as BenchCase,
  {
    name: "suggestion search, 3 tables, lattice of 500+ nodes",
    goalMs: 2000,
    iterations: 5,
    setup: (): LatticeInput => {
      // A smaller institution, where coarsening matters: 3,000 staff.
      const d = dims(3000);
      const [dept, level, age, origin] = d as [Dimension, Dimension, Dimension, Dimension];
      const countsOf = (dim: Dimension) =>
        dim.categories.map((_, i) => Array.from(dim.codes).filter((c) => c === i).length);
      const hierarchies: Hierarchy[] = [
        mergeHierarchy("department", dept.categories, countsOf(dept), 5),
        mergeHierarchy("level", level.categories, countsOf(level), 5),
        ageHierarchy("ageBand", AGE_SCHEMES.default),
        originHierarchy("originGroup", "detailed"),
      ];
      // The age dimension needs its "unknown" category to match its hierarchy.
      const ageDim = { ...age, categories: hierarchies[2]!.levels[0]!.categories };
      const tables = [
        { tab: crossTab([dept, ageDim], 3000) },
        { tab: crossTab([dept, origin], 3000) },
        { tab: crossTab([level, ageDim, origin], 3000) },
      ];
      return { tables, hierarchies };
    },
    run: (input) => {
      const { tables, hierarchies } = input as LatticeInput;
      const result = suggestGroupings(tables, hierarchies, { threshold: 5 });
      if (result.nodes < 500) throw new Error(`lattice has only ${result.nodes} nodes`);
      return result;
    },
  },
];
