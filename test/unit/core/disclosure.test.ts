import fc from "fast-check";
import {
  AGE_SCHEMES,
  ageHierarchy,
  checkTable,
  checkRequest,
  crossTab,
  fullGroupTexts,
  layoutCheck,
  fixedHierarchy,
  mergeHierarchy,
  originHierarchy,
  predictSmallCells,
  protectTable,
  suggestGroupings,
  type GroupMerge,
  mergeTexts,
  unprotectedLines,
  type Dimension,
} from "../../../src/core";
import { emptyTab, fillMargins, type CrossTab } from "../../../src/core/disclosure/crossTab";
import { SAFE } from "../../../src/core/disclosure/suppress";

/** Rows from a table of counts, so tests can state tables the way an analyst reads them. */
function rowsFor(names: string[], categories: string[][], counts: number[][]): { dims: Dimension[]; rowCount: number } {
  const a: number[] = [];
  const b: number[] = [];
  counts.forEach((line, i) =>
    line.forEach((n, j) => {
      for (let r = 0; r < n; r++) {
        a.push(i);
        b.push(j);
      }
    }),
  );
  return {
    dims: [
      { name: names[0]!, categories: categories[0]!, codes: a },
      { name: names[1]!, categories: categories[1]!, codes: b },
    ],
    rowCount: a.length,
  };
}

const cell = (report: ReturnType<typeof checkTable>, key: Record<string, string>) =>
  report.cells.find((c) => Object.entries(key).every(([k, v]) => c.key[k] === v))!;

describe("cross-tabs with margins", () => {
  test("every combination of observed categories, zeros included, with row, column and grand totals", () => {
    const { dims, rowCount } = rowsFor(
      ["dienst", "niveau"],
      [
        ["ICT", "HR"],
        ["A", "B", "C"],
      ],
      [
        [3, 0, 7],
        [6, 2, 0],
      ],
    );
    const report = checkTable(dims, rowCount, { threshold: 5 });
    expect(report.cells).toHaveLength(3 * 4);
    // An empty cell is never small (it may still be hidden to protect a small neighbour).
    expect(cell(report, { dienst: "ICT", niveau: "B" })).toMatchObject({ count: 0, margin: false });
    expect(cell(report, { dienst: "ICT", niveau: "B" }).status).not.toBe("small");
    expect(cell(report, { dienst: "ICT", niveau: "total" })).toMatchObject({ count: 10, margin: true });
    expect(cell(report, { dienst: "total", niveau: "A" })).toMatchObject({ count: 9, margin: true });
    expect(cell(report, { dienst: "total", niveau: "total" }).count).toBe(18);
  });
  test("zeros are safe unless zerosAreSmall is set", () => {
    const { dims, rowCount } = rowsFor(
      ["d", "l"],
      [
        ["x", "y"],
        ["a", "b"],
      ],
      [
        [10, 0],
        [10, 10],
      ],
    );
    expect(cell(checkTable(dims, rowCount, { threshold: 5 }), { d: "x", l: "b" }).status).toBe("safe");
    expect(cell(checkTable(dims, rowCount, { threshold: 5, zerosAreSmall: true }), { d: "x", l: "b" }).status).toBe(
      "small",
    );
  });
});

describe("small cells and differencing", () => {
  // A 3x3 table where one small cell (A,Y = 2) could be recovered from its row total 24 - 10 - 12.
  const { dims, rowCount } = rowsFor(
    ["row", "col"],
    [
      ["A", "B", "C"],
      ["X", "Y", "Z"],
    ],
    [
      [10, 2, 12],
      [8, 15, 9],
      [11, 7, 20],
    ],
  );
  const report = checkTable(dims, rowCount, { threshold: 5 });

  test("the cell of 2 persons is small", () => {
    expect(cell(report, { row: "A", col: "Y" }).status).toBe("small");
    expect(report.smallCells).toBe(1);
  });
  test("a second cell is suppressed in the same row and in the same column, the smallest first", () => {
    const rowA = report.cells.filter((c) => c.key.row === "A" && c.status !== "safe");
    const colY = report.cells.filter((c) => c.key.col === "Y" && c.status !== "safe");
    expect(rowA.length).toBeGreaterThanOrEqual(2);
    expect(colY.length).toBeGreaterThanOrEqual(2);
    expect(cell(report, { row: "A", col: "X" }).status).toBe("secondary"); // 10 < 12 < 24
    expect(cell(report, { row: "C", col: "Y" }).status).toBe("secondary"); // 7 < 15 < 24
  });
  test("no row, column or total line is left with exactly one suppressed cell", () => {
    expect(report.unprotectedLines).toBe(0);
    expect(report.secondaryCells).toBeGreaterThanOrEqual(2);
  });
  test("a non-empty cell equal to its total reveals the whole group, and is warned about", () => {
    const full = rowsFor(
      ["dienst", "origine"],
      [
        ["ICT", "HR"],
        ["belgian", "foreign"],
      ],
      [
        [12, 0],
        [6, 9],
      ],
    );
    const warnings = checkTable(full.dims, full.rowCount, { threshold: 5 }).warnings;
    expect(warnings).toContainEqual({
      kind: "full-group",
      key: { dienst: "ICT", origine: "belgian" },
      dimension: "origine",
      count: 12,
    });
  });
});

/** A random table of counts, built directly as a cross-tab. */
const randomTab = fc
  .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 })
  .chain((sizes) =>
    fc.tuple(
      fc.constant(sizes),
      fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 5, max: 40 })), {
        minLength: sizes.reduce((p, n) => p * n, 1),
        maxLength: sizes.reduce((p, n) => p * n, 1),
      }),
    ),
  )
  .map(([sizes, values]): CrossTab => {
    const tab = emptyTab(
      sizes.map((_, d) => `d${d}`),
      sizes.map((n, d) => Array.from({ length: n }, (_, i) => `c${d}${i}`)),
    );
    const coord = sizes.map(() => 0);
    for (const v of values) {
      tab.counts[coord.reduce((s, c, d) => s + c * tab.strides[d]!, 0)] = v;
      for (let d = sizes.length - 1; d >= 0; d--) {
        if (++coord[d]! < sizes[d]!) break;
        coord[d] = 0;
      }
    }
    fillMargins(tab);
    return tab;
  });

describe("protection properties on random tables", () => {
  test("after protection, no unsuppressed cell holds 1..k-1 persons, and no margin line has exactly one suppressed cell", () => {
    fc.assert(
      fc.property(randomTab, fc.integer({ min: 2, max: 10 }), (tab, k) => {
        const { status } = protectTable(tab, { threshold: k });
        for (let i = 0; i < tab.counts.length; i++) {
          const c = tab.counts[i]!;
          if (status[i] === SAFE) expect(c === 0 || c >= k).toBe(true);
        }
        expect(unprotectedLines(tab, status)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("prediction for variables only KSZ holds", () => {
  test("a department of 12 split over 4 origin groups is likely to give a small cell (12 < 5 x 4)", () => {
    const dept = crossTab(
      [{ name: "dienst", categories: ["ICT", "HR"], codes: [...Array(12).fill(0), ...Array(40).fill(1)] }],
      52,
    );
    const predictions = predictSmallCells(dept, 4, 5);
    expect(predictions.find((p) => p.key.dienst === "ICT")).toEqual({
      key: { dienst: "ICT" },
      persons: 12,
      categories: 4,
      smallestCellAtMost: 3,
      likelySmall: true,
    });
    expect(predictions.find((p) => p.key.dienst === "HR")!.likelySmall).toBe(false);
  });
});

describe("suggestions: the coarser grouping that leaves no small cell", () => {
  test("ladders: age default -> flemish -> two, origin detailed -> four -> two, own variables by merge size", () => {
    expect(ageHierarchy("age", AGE_SCHEMES.default).levels.map((l) => l.ref)).toEqual([
      { kind: "asRequested" },
      { kind: "ageScheme", id: "flemish" },
      { kind: "ageScheme", id: "two" },
    ]);
    expect(originHierarchy("origin", "detailed").levels.map((l) => l.categories.length)).toEqual([10, 4, 3]);
    const merge = mergeHierarchy("dienst", ["A", "B", "C", "D"], [3, 4, 40, 60], 5);
    expect(merge.levels[1]).toMatchObject({ ref: { kind: "mergeUnder", persons: 5 }, categories: ["C", "D", "other"] });
  });

  test("a small department crossed with origin: the search finds a grouping with no small cell, and says how it searched", () => {
    // 3 departments x 10 detailed origin groups; department C is small, origins spread thin.
    const depts: number[] = [];
    const origin: number[] = [];
    const add = (d: number, o: number, n: number) => {
      for (let i = 0; i < n; i++) {
        depts.push(d);
        origin.push(o);
      }
    };
    add(0, 0, 60);
    add(0, 1, 8);
    add(0, 2, 3);
    add(0, 4, 6);
    add(0, 8, 2);
    add(1, 0, 40);
    add(1, 1, 6);
    add(1, 3, 5);
    add(1, 5, 7);
    add(1, 6, 1);
    add(2, 0, 4);
    add(2, 4, 2);
    const originH = originHierarchy("origin", "detailed");
    const deptH = mergeHierarchy("dienst", ["A", "B", "C"], [79, 59, 6], 5);
    const tab = crossTab(
      [
        { name: "dienst", categories: ["A", "B", "C"], codes: depts },
        { name: "origin", categories: originH.levels[0]!.categories, codes: origin },
      ],
      depts.length,
    );
    const result = suggestGroupings([{ tab }], [deptH, originH], { threshold: 5 });
    expect(result.method).toBe("exact");
    expect(result.nodes).toBe(deptH.levels.length * 3);
    expect(result.nodesEvaluated).toBeLessThanOrEqual(result.nodes);
    expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) expect(s.smallCellsInUnknown).toBe(0);
    const losses = result.suggestions.map((s) => s.loss);
    expect([...losses].sort((a, b) => a - b)).toEqual(losses);
    // What each suggestion merges, with persons recounted from the rows themselves (not the tables).
    const persons = (codes: number[], categories: readonly string[], id: string) =>
      codes.filter((c) => categories[c] === id).length;
    const finest = { dienst: ["A", "B", "C"], origin: originH.levels[0]!.categories };
    const rows = { dienst: depts, origin };
    for (const s of result.suggestions) {
      for (const [dim, merges] of Object.entries(s.merges) as ["dienst" | "origin", GroupMerge[]][]) {
        if (s.levels[dim]!.kind === "asRequested") expect(merges).toEqual([]);
        for (const m of merges) {
          expect(m.from.length).toBeGreaterThan(1);
          for (const f of m.from) expect(f.persons).toBe(persons(rows[dim], finest[dim], f.id));
          expect(m.persons).toBe(m.from.reduce((n, f) => n + f.persons, 0));
        }
      }
    }
    const merged = result.suggestions.find((s) => s.merges.dienst!.length > 0)!;
    expect(merged.merges.dienst).toEqual([
      {
        into: "other",
        persons: 65,
        from: [
          { id: "B", persons: 59 },
          { id: "C", persons: 6 },
        ],
      },
    ]);
    // In words, as the pane shows it before the suggestion is applied; origin is as requested there.
    const labels = {
      dienst: { title: "Dienst", kind: "group" as const, categories: { A: "A", B: "B", C: "C" } },
      origin: { title: "Herkomst", kind: "origin" as const, categories: { BE: "België" } },
    };
    expect(mergeTexts({ merges: { ...merged.merges, origin: [] } }, labels, "nl")).toEqual([
      { dimension: "dienst", title: "Dienst", merges: ["B (59) + C (6) → Andere (65)"] },
    ]);
  });

  test("a suggestion marked safe really has zero small cells when applied to the rows", () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(
          // Skewed like real staff: most in a few origin groups and departments. (A handful of unknowns
          // makes every grouping unsafe, which would leave the property nothing to check.)
          fc.tuple(
            fc.integer({ min: 0, max: 4 }),
            fc.oneof(
              { weight: 3, arbitrary: fc.constant(0) },
              { weight: 2, arbitrary: fc.integer({ min: 1, max: 8 }) },
            ),
            fc.constantFrom(0, 0, 0, 1, 1, 2, 3),
          ),
          { minLength: 150, maxLength: 800 },
        ),
        fc.integer({ min: 2, max: 5 }),
        (rows, k) => {
          const age = ageHierarchy("age", AGE_SCHEMES.default);
          const origin = originHierarchy("origin", "detailed");
          const deptCats = ["d0", "d1", "d2", "d3"];
          const deptCounts = deptCats.map((_, i) => rows.filter((r) => r[2] === i).length);
          const dept = mergeHierarchy("dept", deptCats, deptCounts, k);
          const dims: Dimension[] = [
            { name: "age", categories: age.levels[0]!.categories, codes: rows.map((r) => r[0]) },
            { name: "origin", categories: origin.levels[0]!.categories, codes: rows.map((r) => r[1]) },
            { name: "dept", categories: deptCats, codes: rows.map((r) => r[2]) },
          ];
          const hierarchies = [age, origin, dept];
          const result = suggestGroupings([{ tab: crossTab(dims, rows.length) }], hierarchies, { threshold: k });
          for (const s of result.suggestions) {
            const applied = dims.map((dim, d) => {
              const level = hierarchies[d]!.levels.find(
                (l) => JSON.stringify(l.ref) === JSON.stringify(s.levels[dim.name]),
              )!;
              return {
                name: dim.name,
                categories: level.categories,
                codes: Array.from(dim.codes as number[], (c) => level.map[c]!),
              };
            });
            const check = checkTable(applied, rows.length, { threshold: k });
            expect(check.smallCells).toBe(0);
            checked++;
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(30); // the property was exercised, not vacuously true
  });

  test("a fixed dimension is never coarsened, and a lattice too big for exact search falls back to a stated heuristic", () => {
    const sex = fixedHierarchy("sex", ["M", "F", "X"]);
    expect(sex.levels).toHaveLength(1);
    const codes = Array.from({ length: 300 }, (_, i) => i % 10);
    const origin = originHierarchy("origin", "detailed");
    const tab = crossTab([{ name: "origin", categories: origin.levels[0]!.categories, codes }], codes.length);
    const result = suggestGroupings([{ tab }], [origin], { threshold: 5 }, { maxExactNodes: 1 });
    expect(result.method).toBe("heuristic");
  });
});

describe("checking a whole request", () => {
  const dept = ["A", "B", "C"];
  const codes = { dept: [] as number[], sex: [] as number[] };
  const add = (d: number, s: number, n: number) => {
    for (let i = 0; i < n; i++) {
      codes.dept.push(d);
      codes.sex.push(s);
    }
  };
  add(0, 0, 30);
  add(0, 1, 25);
  add(1, 0, 12);
  add(1, 1, 2);
  add(2, 0, 3);
  add(2, 1, 4);
  const request = {
    variables: {
      department: {
        kind: "observed" as const,
        categories: dept,
        codes: codes.dept,
        hierarchy: mergeHierarchy("department", dept, [55, 14, 7], 5),
      },
      sex: {
        kind: "observed" as const,
        categories: ["M", "F"],
        codes: codes.sex,
        hierarchy: fixedHierarchy("sex", ["M", "F"]),
      },
      originGroup: { kind: "predicted" as const, categories: 4 },
    },
    tables: [
      ["department", "sex"],
      ["originGroup", "department"],
    ],
    rowCount: codes.dept.length,
    rule: { threshold: 5 },
  };
  const report = checkRequest(request);

  test("observed tables are checked, and a table with a KSZ-only variable is predicted", () => {
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0]!.smallCells).toBeGreaterThan(0);
    expect(report.predictions).toHaveLength(1);
    expect(report.predictions[0]!.groups.find((g) => g.key.department === "C")).toMatchObject({
      persons: 7,
      likelySmall: true,
    });
  });
  test("suggestions coarsen the own variable, never the fixed one", () => {
    expect(report.suggestions.suggestions.length).toBeGreaterThan(0);
    for (const s of report.suggestions.suggestions) expect(s.levels.sex).toEqual({ kind: "asRequested" });
  });
  test("the report is plain data: it survives JSON unchanged", () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe("unknown categories", () => {
  test("small cells in an unknown category cannot be coarsened away: the search counts them instead of giving up", () => {
    // 200 staff in two departments; 3 birth dates could not be read (age band unknown).
    const age = ageHierarchy("age", AGE_SCHEMES.default);
    const ageCodes = [...Array(100).fill(1), ...Array(97).fill(3), 5, 5, 5];
    const deptCodes = Array.from({ length: 200 }, (_, i) => i % 2);
    const dims: Dimension[] = [
      { name: "age", categories: age.levels[0]!.categories, codes: ageCodes },
      { name: "dept", categories: ["A", "B"], codes: deptCodes },
    ];
    const result = suggestGroupings([{ tab: crossTab(dims, 200) }], [age, fixedHierarchy("dept", ["A", "B"])], {
      threshold: 5,
    });
    expect(result.suggestions[0]).toMatchObject({ levels: { age: { kind: "asRequested" } }, smallCellsInUnknown: 3 });
  });
});

describe("the table KSZ will publish", () => {
  // 200 staff in two departments; 3 birth dates could not be read; nobody is 55+; 4 have no department.
  const age = ageHierarchy("ageBand", AGE_SCHEMES.default);
  const ageCodes = [...Array(100).fill(1), ...Array(97).fill(3), 5, 5, 5];
  const deptCategories = ["A", "B", "unknown"];
  const deptCodes = Array.from({ length: 200 }, (_, i) => (i < 4 ? 2 : i % 2));
  const request = (heldByKsz: boolean) =>
    checkRequest({
      variables: {
        ageBand: {
          kind: "observed",
          categories: age.levels[0]!.categories,
          codes: ageCodes,
          hierarchy: age,
          heldByKsz,
        },
        department: {
          kind: "observed",
          categories: deptCategories,
          codes: deptCodes,
          hierarchy: fixedHierarchy("department", deptCategories),
        },
      },
      tables: [["ageBand", "department"]],
      rowCount: 200,
      rule: { threshold: 5 },
    });

  test("unreadable ages are no category of KSZ's table: those persons are counted as unplaced", () => {
    const [table] = request(true).tables;
    expect(table!.unplaced).toBe(3);
    expect(table!.categories.ageBand).not.toContain("unknown");
    // The own variable keeps its unknown group: the institution supplies those values.
    expect(table!.categories.department).toContain("unknown");
    expect(table!.cells.find((c) => c.key.ageBand === "total" && c.key.department === "total")!.count).toBe(197);
  });

  test("a category nobody is in is left out instead of shown as zeros", () => {
    const [table] = request(true).tables;
    expect(table!.categories.ageBand).toEqual(["25-34", "45-54"]);
  });

  test("an own variable's unknown stays, and is protected like any other group", () => {
    const [table] = request(false).tables;
    expect(table!.unplaced).toBe(0);
    expect(table!.categories.ageBand).toContain("unknown");
  });
});

describe("full-group findings in words (issue 21)", () => {
  test("all 8 of Ombudsdienst are Belgian: said with the labels, for the pane and the check sheet alike", () => {
    const dims = [
      {
        name: "department",
        categories: ["ombuds", "ict"],
        codes: Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]),
      },
      {
        name: "originGroup",
        categories: ["belgian", "other"],
        codes: Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1]),
      },
    ];
    const report = checkTable(dims, 14, { threshold: 5 });
    const labels = {
      department: { title: "Dienst", categories: { ombuds: "Ombudsdienst", ict: "ICT" } },
      originGroup: { title: "Herkomst", categories: { belgian: "Belgisch", other: "Ander" } },
    };
    const texts = fullGroupTexts(report, labels, "nl");
    expect(texts).toContain(
      // Variables are named as the catalogue names them in the language asked for, whatever title was kept.
      "De hele groep Dienst: Ombudsdienst (8 personen) deelt Herkomstgroep: Belgisch: dit onthult een kenmerk van de hele groep.",
    );
    // The check sheet says the same sentence.
    const sheet = layoutCheck(
      {
        threshold: 5,
        zerosAreSmall: false,
        tables: [report],
        predictions: [],
        suggestions: { method: "exact", nodes: 0, nodesEvaluated: 0, suggestions: [] },
        joint: null,
      },
      labels,
      "nl",
    );
    expect(sheet.cells.map((c) => c.value)).toContain(texts[0]);
  });
});
