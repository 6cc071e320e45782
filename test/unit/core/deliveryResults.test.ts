/**
 * Where we stand, from the KSZ's answer (issue 30): each suppressed cell kept as the interval the
 * answer allows (checked against the independent integer attacker of test/support/oracleAttacker.ts,
 * which shares no code with the product), margins checked, the KSZ's count per own group against the
 * institution's, published small cells flagged, shares with Wilson intervals, and the comparison
 * with a reference population.
 */
import type { LinearSolver } from "../../../src/core/disclosure/audit";
import { fixedHierarchy } from "../../../src/core/disclosure/hierarchies";
import { checkRequest, type CheckVariable } from "../../../src/core/disclosure/report";
import { analyseTable, type AnalyseOptions } from "../../../src/core/results/analyse";
import { readDelivery } from "../../../src/core/results/delivery";
import { wilson } from "../../../src/core/results/intervals";
import { compareWithReference, parseReference } from "../../../src/core/results/reference";
import type { RequestedDimension } from "../../../src/core/results/labels";
import { loadSolver } from "../../../src/solver/highs";
import { tableGrid, type DeliveryForm, type KnownTable } from "../../support/deliveries";
import { integerAttack, publishedOf } from "../../support/oracleAttacker";
import { rng } from "../../support/rng";

let solver: LinearSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const CATS: Record<string, string[]> = {
  originGroup: ["belgian", "european", "non_european"],
  sex: ["M", "F"],
  department: ["Financiën", "Personeel", "Informatica", "Kabinet", "Logistiek", "Juridische dienst"],
};
const KINDS = { originGroup: "origin", sex: "sex", department: "group" } as const;
const DIMS: RequestedDimension[] = Object.entries(CATS).map(([name, categories]) => ({
  name,
  kind: KINDS[name as keyof typeof KINDS],
  categories,
}));

function staff(seed: number, n: number): Record<string, string>[] {
  const next = rng(seed);
  return Array.from({ length: n }, () => {
    const d = Math.floor(next() ** 1.6 * CATS.department!.length);
    return {
      department: CATS.department![d]!,
      originGroup: next() < 0.75 ? "belgian" : next() < 0.6 ? "european" : "non_european",
      sex: next() < 0.55 ? "F" : "M",
    };
  });
}

function checked(rows: Record<string, string>[], tables: string[][]) {
  const variables: Record<string, CheckVariable> = {};
  for (const [name, categories] of Object.entries(CATS))
    variables[name] = {
      kind: "observed",
      categories,
      codes: Uint8Array.from(rows, (r) => categories.indexOf(r[name]!)),
      hierarchy: fixedHierarchy(name, categories),
      heldByKsz: name !== "department",
      knownByInstitution: name !== "originGroup",
    };
  return checkRequest({ variables, tables, rowCount: rows.length, rule: { threshold: 5 }, solver });
}

const knownOf = (tab: ReturnType<typeof checked>["tables"][number]): KnownTable => ({
  dimensions: tab.dimensions,
  categories: Object.fromEntries(tab.dimensions.map((d) => [d, CATS[d]!])),
  kinds: KINDS,
  cells: tab.cells.map((c) => ({ key: c.key, count: c.count, hidden: c.status !== "safe" })),
});

const options = (over: Partial<AnalyseOptions> = {}): AnalyseOptions => ({
  threshold: 5,
  zerosAreSmall: false,
  kszDimensions: new Set(["originGroup", "sex"]),
  solver,
  ...over,
});

describe("the answer's suppressed cells", () => {
  test.each([11, 12, 13, 14, 15, 16])(
    "keep the interval the answer allows, equal to the independent attacker's (seed %i)",
    async (seed) => {
      const rows = staff(seed, 140);
      const tables = [
        ["originGroup", "department"],
        ["sex", "department"],
        ["originGroup", "sex", "department"],
      ];
      const report = checked(rows, tables);
      const form: DeliveryForm = { layout: "wide", lang: "nl", variant: false, totals: true, mark: "x" };
      const cells = report.tables.map((t) => tableGrid(knownOf(t), form));
      const sheets = cells.map((c, i) => ({ file: "a.xlsx", sheet: `T${i + 1}`, cells: c }));
      const reading = readDelivery(sheets, { tables, dimensions: DIMS });
      for (const [t, tab] of report.tables.entries()) {
        const result = analyseTable(reading.tables[t]!, options());
        const oracle = await integerAttack([publishedOf(tab)], 5);
        expect(oracle.length).toBe(tab.smallCells);
        for (const f of oracle) {
          const cell = result.cells.find((c) => tab.dimensions.every((d) => c.key[d] === f.key[d]))!;
          expect(cell.count).toBeNull();
          // The answer alone, over the reals: never narrower than the whole-number attacker's; equal in 2-D.
          if (tab.dimensions.length === 2)
            expect({ key: f.key, ...cell.interval }).toEqual({ key: f.key, lo: f.lo, hi: f.hi });
          else {
            expect(cell.interval!.lo).toBeLessThanOrEqual(f.lo);
            expect(cell.interval!.hi).toBeGreaterThanOrEqual(f.hi);
          }
          // Its share is an interval, never a number, and it contains the true share.
          const share = cell.share!;
          expect(share.value).toBeNull();
          const groupTotal = tab.cells.find((c) =>
            tab.dimensions.every((d) => c.key[d] === (d === "department" ? f.key[d] : "total")),
          )!.count;
          expect(share.lo).toBeLessThanOrEqual(f.count / groupTotal);
          expect(share.hi).toBeGreaterThanOrEqual(f.count / groupTotal);
        }
        expect(result.problems).toEqual([]);
        expect(result.cells.filter((c) => c.publishedSmall)).toEqual([]);
      }
    },
  );

  test("a mark that says fewer than 5 bounds the cell: at most 4", () => {
    // One line: <5, 10, 12 and the total hidden too: only the mark bounds the first cell.
    const grid = [
      [null, "Belgisch", "Europees", "Niet-Europees", "Totaal"],
      ["Kabinet", "<5", 10, 12, "x"],
    ];
    const read = readDelivery([{ file: "a", sheet: "a", cells: grid }], {
      tables: [["originGroup", "department"]],
      dimensions: DIMS,
    });
    const result = analyseTable(read.tables[0]!, options());
    expect(result.cells.find((c) => c.key.originGroup === "belgian")!.interval).toEqual({ lo: 0, hi: 4 });
    expect(result.cells.find((c) => c.key.originGroup === "total")!.interval).toEqual({ lo: 22, hi: 26 });
  });
});

describe("the answer checked against the request", () => {
  const grid = () => [
    [null, "Belgisch", "Europees", "Niet-Europees", "Totaal"],
    ["Financiën", 20, 6, 5, 31],
    ["Personeel", 12, "<5", "<5", 19],
    ["Kabinet", 3, 0, 0, 3],
    ["Totaal", 35, 9, 9, 53],
  ];

  test("a total that is not its line's sum is named with its cell", () => {
    const cells = grid();
    cells[1]![4] = 32;
    const read = readDelivery([{ file: "a", sheet: "a", cells }], {
      tables: [["originGroup", "department"]],
      dimensions: DIMS,
    });
    const result = analyseTable(read.tables[0]!, options());
    expect(result.problems).toContainEqual({
      key: "results.problem.marginMismatch",
      params: { cell: "E2", total: 32, sum: 31 },
    });
  });

  test("a small count the KSZ published is flagged; a group's own total is not", () => {
    const read = readDelivery([{ file: "a", sheet: "a", cells: grid() }], {
      tables: [["originGroup", "department"]],
      dimensions: DIMS,
    });
    const result = analyseTable(read.tables[0]!, options());
    expect(result.problems.filter((p) => p.key === "results.problem.publishedSmall")).toEqual([
      { key: "results.problem.publishedSmall", params: { cell: "B4", count: 3 } },
    ]);
    // Kabinet's total of 3 is the institution's own count of its own group: no finding.
    expect(
      result.cells.find((c) => c.key.department === "Kabinet" && c.key.originGroup === "total")!.publishedSmall,
    ).toBeUndefined();
  });

  test("persons the KSZ could not link are said per group, never taken for a small cell", () => {
    const read = readDelivery([{ file: "a", sheet: "a", cells: grid() }], {
      tables: [["originGroup", "department"]],
      dimensions: DIMS,
    });
    const ours: Record<string, number> = {
      Financiën: 33,
      Personeel: 19,
      Kabinet: 3,
      Informatica: 0,
      Logistiek: 0,
      "Juridische dienst": 0,
    };
    const result = analyseTable(read.tables[0]!, options({ ownCount: (key) => ours[key.department!] ?? null }));
    expect(result.linkage.find((l) => l.group.department === "Financiën")).toEqual({
      group: { department: "Financiën" },
      ours: 33,
      theirs: 31,
      notLinked: 2,
    });
    expect(result.linkage.find((l) => l.group.department === "Personeel")!.notLinked).toBe(0);
  });

  test("the cells the KSZ suppressed are compared with those the check predicted", () => {
    const read = readDelivery([{ file: "a", sheet: "a", cells: grid() }], {
      tables: [["originGroup", "department"]],
      dimensions: DIMS,
    });
    const predicted = (_: readonly string[], key: Readonly<Record<string, string>>) =>
      key.department === "Personeel" && key.originGroup !== "belgian" && key.originGroup !== "total"
        ? "small"
        : key.department === "Kabinet" && key.originGroup === "belgian"
          ? "small"
          : "safe";
    const result = analyseTable(read.tables[0]!, options({ predicted }));
    expect(result.suppression).toEqual({ asPredicted: 2, notPredicted: 0, predictedPublished: 1 });
  });

  test("shares of each own group carry their Wilson interval", () => {
    const read = readDelivery([{ file: "a", sheet: "a", cells: grid() }], {
      tables: [["originGroup", "department"]],
      dimensions: DIMS,
    });
    const result = analyseTable(read.tables[0]!, options());
    const cell = result.cells.find((c) => c.key.department === "Financiën" && c.key.originGroup === "belgian")!;
    expect(cell.share).toEqual({ of: ["department"], value: 20 / 31, ...wilson(20, 31) });
    // Wilson at 20 of 31, worked by hand: centre (p + z²/2n) / (1 + z²/n), half-width as in Wilson (1927).
    expect(cell.share!.lo).toBeCloseTo(0.4694, 3);
    expect(cell.share!.hi).toBeCloseTo(0.7888, 3);
  });
});

describe("staff against a reference population", () => {
  test("the index and expected count per group; a flag only when the whole interval lies beyond the reference", () => {
    const cells = [
      [null, "Aantal"],
      ["Belgisch", 160],
      ["Europees", 25],
      ["Niet-Europees", 15],
      ["Totaal", 200],
    ];
    const read = readDelivery([{ file: "a", sheet: "a", cells }], { tables: [["originGroup"]], dimensions: DIMS });
    const result = analyseTable(read.tables[0]!, options());
    const { reference, problems } = parseReference(
      "group;share\nbelgian;62,0 %\neuropean;14 %\nnon_european;24 %\n",
      DIMS,
    );
    expect(problems).toEqual([]);
    const comparison = compareWithReference(reference!, [result])!;
    const ne = comparison.find((c) => c.category === "non_european")!;
    expect(ne.expected).toBeCloseTo(48, 6);
    expect(ne.index).toBeCloseTo(0.075 / 0.24, 6);
    expect(ne.flag).toBe("below");
    expect(comparison.find((c) => c.category === "european")!.flag).toBeNull(); // 12.5 % against 14 %: inside
    expect(comparison.find((c) => c.category === "belgian")!.flag).toBe("above");
  });

  test("a reference naming no requested category is refused in words", () => {
    expect(parseReference("group,share\nmars,0.5\n", DIMS).problems).toEqual([
      { key: "results.reference.unknownGroups", params: { groups: "mars" } },
    ]);
    expect(parseReference("groep,aandeel\n", DIMS).problems).toEqual([
      { key: "results.reference.noColumns", params: {} },
    ]);
  });
});
