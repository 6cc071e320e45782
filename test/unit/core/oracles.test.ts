/**
 * Disclosure judged by hand (issue 23): every expectation below was worked out on paper from DOMAIN.md
 * §7, at k-1, k and k+1, so a change of the threshold rule or of the audit's verdict fails here, not
 * only in a snapshot. The second half attacks protected tables with an independent integer attacker
 * (test/support/oracleAttacker.ts) that shares no code with the product's audit and never reads its
 * verdict.
 */
import { auditTable, isProtected, type LinearSolver } from "../../../src/core/disclosure/audit";
import { reportOf } from "../../../src/core/disclosure/check";
import {
  hypercube,
  hypercubeRange,
  primarySuppression,
  SAFE,
  SECONDARY,
  SMALL,
  statusName,
} from "../../../src/core/disclosure/suppress";
import { keyOf } from "../../../src/core/disclosure/crossTab";
import { loadSolver } from "../../../src/solver/highs";
import { integerAttack, oracleJudgesExposed } from "../../support/oracleAttacker";
import { at, tableOf } from "../../support/tables";

let solver: LinearSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

describe("the primary rule at k-1, k and k+1", () => {
  test.each([3, 5, 10])("k = %i: k-1 persons is small, k and k+1 are not", (k) => {
    // One line: k-1, k, k+1 and a total of 3k. By hand: only the first cell is small.
    const tab = tableOf([k - 1, k, k + 1]);
    const status = primarySuppression(tab, { threshold: k });
    expect(Array.from(status)).toEqual([SMALL, SAFE, SAFE, SAFE]);
  });

  test("a margin follows the same rule: a row total of 4 is small at k = 5, of 5 and 6 is not", () => {
    // Rows of 2+2 = 4, 3+2 = 5, 3+3 = 6; every inner cell is small (< 5), the column totals 8 and 7 are not.
    const tab = tableOf([
      [2, 2],
      [3, 2],
      [3, 3],
    ]);
    const status = primarySuppression(tab, { threshold: 5 });
    expect(status[at(tab, 0, "T")]).toBe(SMALL);
    expect(status[at(tab, 1, "T")]).toBe(SAFE);
    expect(status[at(tab, 2, "T")]).toBe(SAFE);
    expect(status[at(tab, "T", 0)]).toBe(SAFE);
    expect(status[at(tab, "T", "T")]).toBe(SAFE);
  });

  test("an empty cell is small only when zeros are small, and never under a published total of 0", () => {
    // Row 0: 0 beside 9 (total 9): an ordinary zero. Column 2 is empty in every row: its total is 0, so
    // its zeros are known to the reader and hiding them protects nothing.
    const tab = tableOf([
      [0, 9, 0],
      [7, 8, 0],
    ]);
    expect(primarySuppression(tab, { threshold: 5 })[at(tab, 0, 0)]).toBe(SAFE);
    const zeros = primarySuppression(tab, { threshold: 5, zerosAreSmall: true });
    expect(zeros[at(tab, 0, 0)]).toBe(SMALL);
    expect(zeros[at(tab, 0, 2)]).toBe(SAFE);
    expect(zeros[at(tab, 1, 2)]).toBe(SAFE);
  });

  test("the report says the same: a cell of k-1 is 'small', a cell of k is published or hidden, never small", () => {
    const report = reportOf(
      tableOf([
        [4, 5, 6],
        [9, 9, 9],
      ]),
      { threshold: 5 },
    );
    const status = (i: string, j: string) => report.cells.find((c) => c.key.d0 === i && c.key.d1 === j)!.status;
    expect(status("0", "0")).toBe("small");
    expect(status("0", "1")).not.toBe("small");
    expect(status("0", "2")).not.toBe("small");
    expect(report.smallCells).toBe(1);
  });
});

describe("the verdict at k-1, k and k+1", () => {
  const rule = { threshold: 5 };
  test.each([
    // [count, lo, hi, protected?] judged by hand: protected when the cell can be 0 or reach k = 5.
    [2, 1, 4, false], // hi = k-1: the reader knows 1..4
    [2, 1, 5, true], // hi = k
    [2, 1, 6, true], // hi = k+1
    [2, 0, 4, true], // can be 0
    [2, 2, 2, false], // recomputed
    [2, 2, Infinity, true],
    [4, 1, 4, false],
    [0, 0, 0, false], // a small zero known to be 0
    [0, 0, 1, true],
  ] as const)("count %i in [%i, %i]: protected %s", (count, lo, hi, expected) => {
    expect(isProtected(count, { lo, hi }, rule)).toBe(expected);
    expect(oracleJudgesExposed(count, lo, hi, 5)).toBe(!expected); // the oracle's own rule agrees
  });

  /**
   * 2 x 2 inner cells, all hidden, margins published. Moving a by t moves b and c by -t and d by +t,
   * so a lies in [a - min(a, d), a + min(b, c)]: worked out by hand for each case.
   */
  test.each([
    // [a, b, c, d, k, lo, hi, exposed?]
    [2, 2, 2, 1, 5, 1, 4, true], // hi = 4 = k-1: exposed
    [2, 3, 3, 1, 5, 1, 5, false], // hi = 5 = k: protected
    [2, 3, 3, 1, 6, 1, 5, true], // the same table at k = 6: hi = k-1 again
    [2, 4, 4, 1, 5, 1, 6, false], // hi = k+1
    [2, 2, 2, 2, 5, 0, 4, false], // lo = 0
  ] as const)(
    "a = %i, b = %i, c = %i, d = %i at k = %i: a in [%i, %i], exposed %s",
    (a, b, c, d, k, lo, hi, exposed) => {
      const tab = tableOf([
        [a, b],
        [c, d],
      ]);
      const status = new Uint8Array(tab.counts.length);
      status[at(tab, 0, 0)] = SMALL;
      for (const cell of [at(tab, 0, 1), at(tab, 1, 0), at(tab, 1, 1)]) status[cell] = SECONDARY;
      const full = auditTable(tab, status, { threshold: k }, solver, { full: true });
      expect(full.intervals.get(at(tab, 0, 0))).toEqual({ lo, hi });
      expect(full.exposed.includes(at(tab, 0, 0))).toBe(exposed);
      // The verdict without every interval (what protection runs) must say the same.
      const quick = auditTable(tab, status, { threshold: k }, solver);
      expect(quick.exposed.includes(at(tab, 0, 0))).toBe(exposed);
    },
  );
});

describe("a hypercube by hand", () => {
  test("a row total moves with its row: p = 2 with partner row 1 and the row's total", () => {
    // [[2, 7], [6, 9]]. Corners in mask order: p (+), the cell below (-), p's row total (+, it sums p's
    // row), the row total below (-). p can rise by min(6, 15) = 6 and fall by min(2, 9) = 2.
    const tab = tableOf([
      [2, 7],
      [6, 9],
    ]);
    const cube = hypercube(tab, at(tab, 0, 0), [1, 2]);
    expect(cube.corners).toEqual([at(tab, 0, 0), at(tab, 1, 0), at(tab, 0, "T"), at(tab, 1, "T")]);
    expect(cube.signs).toEqual([1, -1, 1, -1]);
    expect(hypercubeRange(tab, cube)).toEqual({ up: 6, down: 2 });
  });
});

describe("an independent integer attacker finds nothing in protected tables", () => {
  test.each([
    [
      "2-D with a small row",
      [
        [10, 2, 12],
        [8, 15, 9],
        [11, 7, 20],
      ],
      5,
    ],
    [
      "3-D, two layers",
      [
        [
          [9, 8, 7],
          [6, 2, 11],
        ],
        [
          [12, 3, 8],
          [10, 6, 1],
        ],
      ],
      5,
    ],
    [
      "3-D at k = 10",
      [
        [
          [19, 8, 7],
          [6, 12, 11],
        ],
        [
          [12, 9, 18],
          [10, 16, 10],
        ],
      ],
      10,
    ],
  ])("%s", async (_name, counts, k) => {
    const report = reportOf(tableOf(counts as never), { threshold: k }, solver);
    expect(report.smallCells).toBeGreaterThan(0);
    const findings = await integerAttack([report], k);
    expect(findings.length).toBe(report.smallCells);
    expect(findings.filter((f) => f.exposed)).toEqual([]);
  });

  test("and it does find the 4 women the old rectangle left recomputable (the oracle can fail)", async () => {
    // Department A: 10 men, 4 women; the rectangle A/F, A/X (0), C/F, C/X (0) under a published X total of 0.
    const tab = tableOf([
      [10, 4, 0],
      [8, 9, 0],
      [7, 6, 0],
    ]);
    const status = new Uint8Array(tab.counts.length);
    status[at(tab, 0, 1)] = SMALL;
    for (const cell of [at(tab, 0, 2), at(tab, 2, 1), at(tab, 2, 2)]) status[cell] = SECONDARY;
    const cells = Array.from(tab.counts, (count, i) => ({ key: keyOf(tab, i), count, status: statusName(status[i]!) }));
    const [finding] = await integerAttack([{ dimensions: ["d0", "d1"], cells }], 5);
    expect(finding).toMatchObject({ count: 4, lo: 4, hi: 4, exposed: true });
  });
});
