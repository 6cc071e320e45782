/**
 * Nothing the results sheet prints undoes the KSZ's suppression (issue 30). On 24 random requests the
 * KSZ's answer is the check's own protected tables; the results sheet made from it is read back as a
 * reader would (its labels, counts and ranges, parsed from the layout), and the independent integer
 * attacker of test/support/oracleAttacker.ts (no code shared with the product) bounds every suppressed
 * cell twice: over the answer as the KSZ published it, and over everything the results sheet prints.
 * Every interval must be the same, and the range the sheet prints must hold it.
 */
import type { LinearSolver } from "../../../src/core/disclosure/audit";
import { fixedHierarchy } from "../../../src/core/disclosure/hierarchies";
import { checkRequest, type CheckVariable } from "../../../src/core/disclosure/report";
import { t } from "../../../src/core/i18n";
import { categoryLabel } from "../../../src/core/recode/labels";
import { variableLabel } from "../../../src/core/request/variables";
import { layoutResults } from "../../../src/core/results/layout";
import type { RequestedDimension } from "../../../src/core/results/labels";
import { resultsOf } from "../../../src/core/results/results";
import { loadSolver } from "../../../src/solver/highs";
import { tableGrid, type KnownTable } from "../../support/deliveries";
import { integerAttack, type PublishedTable } from "../../support/oracleAttacker";
import { rng } from "../../support/rng";

let solver: LinearSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const DIMS: RequestedDimension[] = [
  { name: "originGroup", kind: "origin", categories: ["belgian", "european", "non_european"] },
  { name: "sex", kind: "sex", categories: ["M", "F"] },
  { name: "ageBand", kind: "age", categories: ["0-24", "25-34", "35-44", "45-54", "55+"] },
  { name: "department", kind: "group", categories: ["Financiën", "Personeel", "Informatica", "Kabinet", "Logistiek"] },
  { name: "functionLevel", kind: "group", categories: ["A", "B", "C", "D"] },
];
const KINDS = Object.fromEntries(DIMS.map((d) => [d.name, d.kind])) as KnownTable["kinds"];
const KSZ = ["originGroup", "sex", "ageBand"];
const OWN = ["department", "functionLevel"];

/** A random request: 1 to 3 tables, each one or two KSZ variables by one own variable. */
function randomRequest(next: () => number): string[][] {
  const n = 1 + Math.floor(next() * 3);
  const tables: string[][] = [];
  while (tables.length < n) {
    const ksz = KSZ[Math.floor(next() * KSZ.length)]!;
    const own = OWN[Math.floor(next() * OWN.length)]!;
    const second = next() < 0.25 ? KSZ.filter((k) => k !== ksz)[Math.floor(next() * 2)]! : null;
    const dims = second ? [ksz, second, own] : [ksz, own];
    if (!tables.some((x) => x.join() === dims.join())) tables.push(dims);
  }
  return tables;
}

/** The results sheet as a reader sees it: per table, each printed row's key, count, and range. */
function printedTables(layout: ReturnType<typeof layoutResults>, tables: string[][]) {
  const rows = new Map<number, Map<number, string | number | null>>();
  for (const c of layout.cells) {
    if (!rows.has(c.row)) rows.set(c.row, new Map());
    rows.get(c.row)!.set(c.col, c.value);
  }
  const styleAt = new Map(layout.cells.map((c) => [`${c.row}:${c.col}`, c.style]));
  const idOf = (dim: string, label: string) =>
    label === t("nl", "check.total")
      ? "total"
      : DIMS.find((d) => d.name === dim)!.categories.find((id) => categoryLabel(KINDS[dim]!, id, "nl") === label)!;
  const out: { key: Record<string, string>; count: number | null; range: { lo: number; hi: number } | null }[][] = [];
  const sorted = [...rows.keys()].sort((a, b) => a - b);
  let current: (typeof out)[number] | null = null;
  let dims: string[] = [];
  for (const r of sorted) {
    const row = rows.get(r)!;
    if (styleAt.get(`${r}:0`) === "sectionHeading") {
      const title = String(row.get(0));
      const i = tables.findIndex((tab) => tab.map((d) => variableLabel(d, "nl")).join(" × ") === title);
      current = i >= 0 ? [] : null;
      if (current) {
        out[i] = current;
        dims = tables[i]!;
      }
      continue;
    }
    if (!current || styleAt.get(`${r}:0`) === "tableHeader" || styleAt.get(`${r}:0`) === "note") continue;
    const key = Object.fromEntries(dims.map((d, c) => [d, idOf(d, String(row.get(c)))]));
    const value = row.get(dims.length);
    if (typeof value === "number") current.push({ key, count: value, range: null });
    else {
      const m = /(\d+) tot (\d+)|(\d+) of meer/.exec(String(value))!;
      current.push({
        key,
        count: null,
        range: m[1] ? { lo: Number(m[1]), hi: Number(m[2]) } : { lo: Number(m[3]), hi: Infinity },
      });
    }
  }
  return out;
}

describe("the results sheet undoes no suppression", () => {
  test.each(Array.from({ length: 24 }, (_, i) => i + 1))(
    "random request %i: every suppressed cell keeps its interval",
    async (seed) => {
      const next = rng(7000 + seed);
      const staff = Array.from({ length: 60 + Math.floor(next() * 120) }, () =>
        Object.fromEntries(DIMS.map((d) => [d.name, d.categories[Math.floor(next() ** 1.5 * d.categories.length)]!])),
      );
      const tables = randomRequest(next);
      const variables: Record<string, CheckVariable> = {};
      for (const d of DIMS)
        variables[d.name] = {
          kind: "observed",
          categories: d.categories,
          codes: Uint8Array.from(staff, (p) => d.categories.indexOf(p[d.name]!)),
          hierarchy: fixedHierarchy(d.name, d.categories),
          heldByKsz: KSZ.includes(d.name),
        };
      const report = checkRequest({ variables, tables, rowCount: staff.length, rule: { threshold: 5 }, solver });
      // The KSZ's answer: the protected tables, every hidden cell marked "x".
      const sheets = report.tables.map((tab, i) => ({
        file: "antwoord.xlsx",
        sheet: `T${i + 1}`,
        cells: tableGrid(
          {
            dimensions: tab.dimensions,
            categories: Object.fromEntries(tab.dimensions.map((d) => [d, DIMS.find((x) => x.name === d)!.categories])),
            kinds: KINDS,
            cells: tab.cells.map((c) => ({ key: c.key, count: c.count, hidden: c.status !== "safe" })),
          },
          { layout: "wide", lang: "nl", variant: false, totals: true, mark: "x" },
        ),
      }));
      const results = resultsOf(
        sheets,
        { tables, dimensions: DIMS, ownCount: () => null, predicted: () => null },
        { threshold: 5, zerosAreSmall: false, solver },
      );
      const layout = layoutResults(results, DIMS, "nl");
      const printed = printedTables(layout, tables);
      for (const [i, tab] of report.tables.entries()) {
        const sheet = printed[i]!;
        // Every published count printed as published, and no number the answer does not publish.
        const published = tab.cells.filter((c) => c.status === "safe");
        expect(sheet.filter((c) => c.count !== null).length).toBe(published.length);
        for (const c of sheet.filter((x) => x.count !== null)) {
          const truth = tab.cells.find((x) => tab.dimensions.every((d) => x.key[d] === c.key[d]))!;
          expect({ key: c.key, status: truth.status, count: truth.count }).toEqual({
            key: c.key,
            status: "safe",
            count: c.count,
          });
        }
        // The attacker, over the answer and over the sheet: every hidden cell attacked (marked small).
        const asPublished: PublishedTable = {
          dimensions: tab.dimensions,
          cells: tab.cells.map((c) => ({ key: c.key, count: c.count, status: c.status === "safe" ? "safe" : "small" })),
        };
        const truthOf = (key: Record<string, string>) =>
          tab.cells.find((x) => tab.dimensions.every((d) => x.key[d] === key[d]))!.count;
        const asPrinted: PublishedTable = {
          dimensions: tab.dimensions,
          cells: sheet.map((c) => ({
            key: c.key,
            count: c.count ?? truthOf(c.key),
            status: c.count === null ? "small" : "safe",
          })),
        };
        const before = await integerAttack([asPublished], 5);
        const after = await integerAttack([asPrinted], 5);
        const byKey = (f: { key: Record<string, string> }) => tab.dimensions.map((d) => f.key[d]).join("|");
        const sortBy = <T extends { key: Record<string, string> }>(xs: T[]) =>
          [...xs].sort((a, b) => byKey(a).localeCompare(byKey(b)));
        expect(sortBy(after).map((f) => [byKey(f), f.lo, f.hi])).toEqual(
          sortBy(before).map((f) => [byKey(f), f.lo, f.hi]),
        );
        // The range the sheet prints holds every value the attacker cannot rule out.
        for (const f of before) {
          const range = sheet.find((c) => byKey(c) === byKey(f))!.range!;
          expect(range.lo).toBeLessThanOrEqual(f.lo);
          expect(range.hi).toBeGreaterThanOrEqual(f.hi);
        }
      }
    },
    90_000,
  );
});
