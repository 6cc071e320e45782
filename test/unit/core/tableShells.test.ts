/**
 * The request's table shells (issue 30): the requested tables, empty, with the exact labels in the
 * sheet's language, for the KSZ to fill in. Filled in here as the KSZ would (a count in every empty
 * cell, "x" where it does not publish), the sheet is read back by step 5 with no label to map and every
 * count exact, in nl, fr and en. The shells hold labels only: no number at all.
 */
import { TOTAL } from "../../../src/core/disclosure/crossTab";
import { t, type Lang } from "../../../src/core/i18n";
import { categoryLabel } from "../../../src/core/recode/labels";
import { layoutTables } from "../../../src/core/request/tablesLayout";
import { variableLabel } from "../../../src/core/request/variables";
import { readDelivery } from "../../../src/core/results/delivery";
import type { RequestedDimension } from "../../../src/core/results/labels";
import { KSZ_DIMENSIONS } from "../../../src/core/results/request";
import type { CellValue } from "../../../src/core";
import { rng } from "../../support/rng";

const DIMS: RequestedDimension[] = [
  { name: "originGroup", kind: "origin", categories: ["belgian", "eu_old", "eu_new", "maghreb", "unknown"] },
  { name: "sex", kind: "sex", categories: ["M", "F", "X"] },
  { name: "ageBand", kind: "age", categories: ["0-24", "25-34", "35-44", "45-54", "55+"] },
  { name: "department", kind: "group", categories: ["Financiën", "Personeel en Organisatie", "Kabinet", "other"] },
  { name: "functionLevel", kind: "group", categories: ["A", "B", "C", "D"] },
];
const TABLES = [
  ["originGroup", "department"],
  ["sex", "functionLevel"],
  ["ageBand", "department"],
  ["originGroup", "sex", "department"],
  ["ageBand"],
];

describe.each(["nl", "fr", "en"] as const)("the table shells in %s", (lang: Lang) => {
  const layout = layoutTables(TABLES, DIMS, KSZ_DIMENSIONS, lang);

  test("hold labels only, the product's own, and no number", () => {
    expect(layout.kind).toBe("tables");
    expect(layout.cells.filter((c) => typeof c.value === "number")).toEqual([]);
    const texts = new Set(layout.cells.map((c) => c.value));
    expect(texts).toContain(categoryLabel("origin", "eu_old", lang));
    expect(texts).toContain(categoryLabel("age", "55+", lang));
    expect(texts).toContain(t(lang, "check.total"));
  });

  test("filled in as the KSZ would, they are read back exactly, with no label to map", () => {
    const next = rng(5);
    // The grid as the KSZ receives it; each empty cell gets a count (or "x"), remembered by its place.
    const grid: CellValue[][] = [];
    for (const c of layout.cells) {
      grid[c.row] ??= [];
      grid[c.row]![c.col] = c.value;
    }
    const filled = new Map<string, number | "x">();
    for (const c of layout.cells)
      if (c.style === "tableNumber") {
        const v = next() < 0.1 ? "x" : Math.floor(next() * 40);
        grid[c.row]![c.col] = v;
        filled.set(`${c.row}:${c.col}`, v);
      }
    const reading = readDelivery([{ file: "antwoord.xlsx", sheet: t(lang, "sheet.tables"), cells: grid }], {
      tables: TABLES,
      dimensions: DIMS,
    });
    for (const [i, table] of reading.tables.entries()) {
      expect({ table: TABLES[i], found: table.found, unmatched: table.unmatched }).toEqual({
        table: TABLES[i],
        found: true,
        unmatched: [],
      });
      // Each value read is the one written in its cell; the filled-in sums need not add up here.
      const values = table.cells.filter((c) => c.kind !== "absent");
      expect(values.length).toBeGreaterThan(0);
      for (const c of values) {
        const written = filled.get(`${c.at.row}:${c.at.col}`);
        if (written === "x") expect(c.kind).toBe("suppressed");
        else expect(c).toMatchObject({ kind: "count", count: written });
      }
      // Every requested category is there, totals included.
      expect(table.problems.filter((p) => p.key === "results.problem.categoryMissing")).toEqual([]);
    }
    expect(TOTAL).toBe("total");
    expect(variableLabel("originGroup", lang)).not.toBe("originGroup");
  });
});
