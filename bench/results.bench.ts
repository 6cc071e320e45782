/**
 * Issue 30: the KSZ's answer of 30 tables read in under 1 s. The answer is an .xlsx of 30 tables of
 * 1,200 synthetic staff (every KSZ variable by each of two own variables, and by both, in 2-D and 3-D
 * tables, several per sheet under titles, hidden cells marked), written once in setup. Timed: opening
 * the file, finding and reading every table, and analysing each (the answer's own interval for every
 * hidden cell by LP, shares with Wilson intervals, margins, linkage).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { resultsOf, type LinearSolver, type RequestedDimension, type ResultsBasis } from "../src/core";
import { loadSolver } from "../src/solver/highs";
import { xlsxDelivery } from "../src/workbook/deliveryFiles";
import { openXlsxFile } from "../src/workbook/exceljs/node";
import { stack, tableGrid, type KnownTable } from "../test/support/deliveries";
import { rng } from "../test/support/rng";
import type { BenchCase } from "./types";

const DIMS: RequestedDimension[] = [
  { name: "sex", kind: "sex", categories: ["M", "F"] },
  { name: "ageBand", kind: "age", categories: ["0-24", "25-34", "35-44", "45-54", "55+"] },
  { name: "originGroup", kind: "origin", categories: ["belgian", "european", "non_european", "unknown"] },
  { name: "department", kind: "group", categories: Array.from({ length: 12 }, (_, i) => `Dienst ${i + 1}`) },
  { name: "functionLevel", kind: "group", categories: ["A", "B", "C", "D"] },
  { name: "status", kind: "group", categories: ["statutair", "contractueel"] },
];
const KINDS = Object.fromEntries(DIMS.map((d) => [d.name, d.kind])) as KnownTable["kinds"];

/** 30 tables: each KSZ variable alone, by each own variable, by each pair of own variables, and more. */
function requested(): string[][] {
  const ksz = ["sex", "ageBand", "originGroup"];
  const own = ["department", "functionLevel", "status"];
  const tables: string[][] = [...ksz.map((k) => [k])];
  for (const k of ksz) for (const o of own) tables.push([k, o]);
  for (const k of ksz)
    for (const [a, b] of [
      ["department", "functionLevel"],
      ["department", "status"],
      ["functionLevel", "status"],
    ])
      tables.push([k, a!, b!]);
  for (const [a, b] of [
    ["sex", "ageBand"],
    ["sex", "originGroup"],
    ["ageBand", "originGroup"],
  ])
    for (const o of ["department", "functionLevel"]) tables.push([a!, b!, o]);
  return tables.slice(0, 30);
}

function knownTable(dims: string[], staff: Record<string, string>[]): KnownTable {
  const counts = new Map<string, number>();
  for (const person of staff) {
    let keys: string[][] = [[]];
    for (const d of dims)
      keys = keys.flatMap((p) => [
        [...p, person[d]!],
        [...p, "total"],
      ]);
    for (const k of keys) counts.set(k.join("|"), (counts.get(k.join("|")) ?? 0) + 1);
  }
  let all: string[][] = [[]];
  for (const d of dims)
    all = all.flatMap((p) => [...DIMS.find((x) => x.name === d)!.categories, "total"].map((id) => [...p, id]));
  return {
    dimensions: dims,
    categories: Object.fromEntries(dims.map((d) => [d, DIMS.find((x) => x.name === d)!.categories])),
    kinds: KINDS,
    cells: all.map((ids) => {
      const count = counts.get(ids.join("|")) ?? 0;
      return {
        key: Object.fromEntries(dims.map((d, i) => [d, ids[i]!])),
        count,
        hidden: ids.every((id) => id !== "total") && count > 0 && count < 5,
      };
    }),
  };
}

interface Input {
  file: string;
  basis: ResultsBasis;
  solver: LinearSolver;
}

async function setup(): Promise<Input> {
  const next = rng(30);
  const pick = (d: RequestedDimension) => d.categories[Math.floor(next() ** 1.4 * d.categories.length)]!;
  const staff = Array.from({ length: 1200 }, () => Object.fromEntries(DIMS.map((d) => [d.name, pick(d)])));
  const tables = requested();
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < 6; s++) {
    const grids = tables.slice(s * 5, s * 5 + 5).map((dims, i) =>
      tableGrid(knownTable(dims, staff), {
        layout: "wide",
        lang: "nl",
        variant: false,
        totals: true,
        mark: "<5",
        title: `Tabel ${s * 5 + i + 1}`,
      }),
    );
    wb.addWorksheet(`Blad ${s + 1}`).addRows(stack(grids).map((r) => r.map((v) => v ?? null)));
  }
  const file = join(mkdtempSync(join(tmpdir(), "divreq-bench-")), "antwoord.xlsx");
  await wb.xlsx.writeFile(file);
  const basis: ResultsBasis = { tables, dimensions: DIMS, ownCount: () => null, predicted: () => null };
  return { file, basis, solver: await loadSolver() };
}

async function readAndAnalyse({ file, basis, solver }: Input): Promise<void> {
  const sheets = xlsxDelivery((await openXlsxFile(file)).workbook, file);
  const results = resultsOf(sheets, basis, { threshold: 5, zerosAreSmall: false, solver });
  if (results.tables.some((t) => !t.found)) throw new Error("a table of the answer was not found");
}

export const cases: BenchCase<Input>[] = [
  {
    name: "results: read and analyse an answer of 30 tables (.xlsx)",
    setup,
    run: readAndAnalyse,
    units: 30,
    unitName: "tables",
    iterations: 5,
    warmup: 1,
    goalMs: 1000,
  },
];
