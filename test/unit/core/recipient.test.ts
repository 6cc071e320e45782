/**
 * Issue 35: the institution that receives the tables is the attacker (DOMAIN.md §7). It knows its own
 * staff by name, so the number of persons in every combination of the variables its export holds;
 * only origin is new to it. The independent integer attacker (test/support/oracleAttacker.ts) is
 * given that knowledge from the raw rows, never from the product's report, and judges every small
 * origin cell. With the group sizes known, a small cell that is exact is also a group of fewer than k
 * persons shown to share one origin (the other origins of that group at 0): one verdict covers both.
 */
import { join } from "node:path";
import { auditTable, type LinearSolver } from "../../../src/core/disclosure/audit";
import { isInner, keyOf, type CrossTab } from "../../../src/core/disclosure/crossTab";
import { knownCells, recipientView } from "../../../src/core/disclosure/recipient";
import { SECONDARY, SMALL, statusName } from "../../../src/core/disclosure/suppress";
import { fixedHierarchy } from "../../../src/core/disclosure/hierarchies";
import { auditVerdictKey, checkRequest, type CheckVariable } from "../../../src/core/disclosure/report";
import { defaultSettings, recodeTable } from "../../../src/core";
import { runCheckJob } from "../../../src/solver/checker";
import { loadSolver } from "../../../src/solver/highs";
import { openXlsxFile } from "../../../src/workbook/exceljs/node";
import { detect, readNeeded } from "../../../src/workbook/tasks";
import {
  integerAttack,
  integerVerdicts,
  publishedOf,
  type PublishedTable,
  type Recipient,
} from "../../support/oracleAttacker";
import { rng } from "../../support/rng";
import { at, tableOf } from "../../support/tables";

let solver: LinearSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const published = publishedOf;

/** Each person's category per variable, read from the codes as a reader of the export would. */
function personsOf(variables: Record<string, { categories: readonly string[]; codes: ArrayLike<number> }>, n: number) {
  return Array.from({ length: n }, (_, r) =>
    Object.fromEntries(Object.entries(variables).map(([name, v]) => [name, v.categories[v.codes[r]!]!])),
  );
}

/** One person per count of a 2-D table's inner cells, with the categories as ids. */
function staffOf(tab: CrossTab) {
  const persons: Record<string, string>[] = [];
  for (let i = 0; i < tab.counts.length; i++) {
    if (!isInner(tab, i)) continue;
    const key = keyOf(tab, i);
    for (let n = 0; n < tab.counts[i]!; n++) persons.push(key);
  }
  return persons;
}

/** Build observed variables from per-person category ids; `known` marks the institution's own. */
function variablesOf(rows: readonly Record<string, string>[], known: readonly string[]) {
  const variables: Record<string, CheckVariable & { kind: "observed" }> = {};
  for (const name of Object.keys(rows[0]!)) {
    const categories = [...new Set(rows.map((r) => r[name]!))].sort();
    variables[name] = {
      kind: "observed",
      categories,
      codes: Uint8Array.from(rows, (r) => categories.indexOf(r[name]!)),
      hierarchy: fixedHierarchy(name, categories),
      knownByInstitution: known.includes(name),
    };
  }
  return variables;
}

describe("a group the institution can name", () => {
  // Kabinet has one member, Belgian: the tables of a reader alone hide her, but the institution knows
  // Kabinet has one member, so with European 0 and non-European 0 published she is Belgian.
  const staff = [
    ...Array.from({ length: 9 }, () => ({ origin: "be", dept: "a" })),
    ...Array.from({ length: 6 }, () => ({ origin: "eu", dept: "a" })),
    ...Array.from({ length: 7 }, () => ({ origin: "ne", dept: "a" })),
    ...Array.from({ length: 12 }, () => ({ origin: "be", dept: "b" })),
    ...Array.from({ length: 8 }, () => ({ origin: "eu", dept: "b" })),
    ...Array.from({ length: 6 }, () => ({ origin: "ne", dept: "b" })),
    ...Array.from({ length: 10 }, () => ({ origin: "be", dept: "c" })),
    ...Array.from({ length: 5 }, () => ({ origin: "eu", dept: "c" })),
    ...Array.from({ length: 9 }, () => ({ origin: "ne", dept: "c" })),
    { origin: "be", dept: "kabinet" },
  ];
  const recipient: Recipient = { known: ["dept"], persons: staff };

  test("is never shown to share one origin: the oracle holding Kabinet's size learns nothing", async () => {
    const variables = variablesOf(staff, ["dept"]);
    const report = checkRequest({
      variables,
      tables: [["origin", "dept"]],
      rowCount: staff.length,
      rule: { threshold: 5 },
      solver,
    });
    const findings = await integerAttack(report.tables.map(published), 5, recipient);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.exposed)).toEqual([]);
    expect(auditVerdictKey(report).key).toBe("check.audit.passed");
  });

  test("the oracle can fail, and so does the product's recipient audit: a reader-only pattern gives her away", async () => {
    // Origin (rows: be, eu, ne) by department (columns a, b, c, kabinet). Hidden: Kabinet's Belgian and
    // total, with department a's as partners. A reader of the table can move Kabinet's Belgian from 0
    // to 10; the institution, knowing Kabinet's size is 1, cannot move it at all.
    const tab = tableOf(
      [
        [9, 12, 10, 1],
        [6, 8, 5, 0],
        [7, 6, 9, 0],
      ],
      ["origin", "dept"],
    );
    const status = new Uint8Array(tab.counts.length);
    status[at(tab, 0, 3)] = SMALL;
    status[at(tab, "T", 3)] = SMALL;
    status[at(tab, 0, 0)] = SECONDARY;
    status[at(tab, "T", 0)] = SECONDARY;
    const table: PublishedTable = {
      dimensions: ["origin", "dept"],
      cells: Array.from(tab.counts, (count, i) => ({ key: keyOf(tab, i), count, status: statusName(status[i]!) })),
    };
    const persons = staffOf(tab);
    expect(await integerAttack([table], 5)).not.toContainEqual(expect.objectContaining({ exposed: true }));
    const findings = await integerAttack([table], 5, { known: ["dept"], persons });
    expect(findings).toEqual([
      expect.objectContaining({ key: { origin: "0", dept: "3" }, lo: 1, hi: 1, exposed: true }),
    ]);
    // The product, told that the institution holds the department, finds the same cell.
    expect(auditTable(tab, status, { threshold: 5 }, solver).passed).toBe(true);
    const known = knownCells(tab, new Set(["dept"]));
    expect(auditTable(tab, recipientView(status, known), { threshold: 5 }, solver).exposed).toEqual([at(tab, 0, 3)]);
  });
});

/** A random request: `a` is the variable only the KSZ holds (origin); the others are the institution's. */
function randomRequest(seed: number) {
  const next = rng(seed);
  const names = ["a", "b", "c", "d"].slice(0, 3 + Math.floor(next() * 2));
  const rowCount = 40 + Math.floor(next() * 120);
  const sizes = Object.fromEntries(names.map((name) => [name, 2 + Math.floor(next() * 3)]));
  const rows = Array.from({ length: rowCount }, () =>
    Object.fromEntries(
      names.map((name) => [name, `${name}${Math.min(sizes[name]! - 1, Math.floor(sizes[name]! * next() ** 1.6))}`]),
    ),
  );
  const tables: string[][] = [];
  const wanted = 2 + Math.floor(next() * 3);
  const others = names.slice(1);
  while (tables.length < wanted) {
    // Tables with origin, of two or three variables, and now and then one without it.
    const pick =
      next() < 0.2
        ? [...others].sort(() => next() - 0.5).slice(0, 2)
        : ["a", ...[...others].sort(() => next() - 0.5).slice(0, next() < 0.35 ? 2 : 1)];
    if (!tables.some((t) => t.join() === pick.join())) tables.push(pick);
  }
  return { rows, names, tables, rowCount };
}

describe("against the institution's full crossing of its own variables", () => {
  test("24 random requests: the oracle finds no origin cell exact or within 1..k-1", async () => {
    let judged = 0;
    for (let seed = 1; seed <= 24; seed++) {
      const { rows, names, tables, rowCount } = randomRequest(seed);
      const known = names.filter((n) => n !== "a");
      const variables = variablesOf(rows, known);
      const report = checkRequest({ variables, tables, rowCount, rule: { threshold: 5 }, solver });
      const findings = await integerVerdicts(report.tables.map(published), 5, { known, persons: rows });
      judged += findings.length;
      expect({ seed, exposed: findings.filter((f) => f.exposed) }).toEqual({ seed, exposed: [] });
      // And the product's verdict agrees that nothing is exposed.
      expect({ seed, verdict: auditVerdictKey(report).key }).not.toEqual({ seed, verdict: "check.audit.failed" });
    }
    expect(judged).toBeGreaterThan(60);
  });
});

describe("the sample's requests", () => {
  test.each([
    ["default (each KSZ variable by each own variable)", null],
    [
      "3-D: origin x age x department, sex x age x department, origin x sex x level",
      [
        ["originGroup", "ageBand", "department"],
        ["sex", "ageBand", "department"],
        ["originGroup", "sex", "functionLevel"],
      ],
    ],
  ])("%s: nothing about origin exposed to the institution", async (_name, tables) => {
    const workbook = await openXlsxFile(join(__dirname, "../../../assets/sample/personeel-voorbeeld.xlsx"));
    const settings = { ...defaultSettings("2025-01-15", "nl"), referenceDate: "2024-12-31", tables };
    const detected = await detect(workbook, settings);
    const table = await readNeeded(workbook, detected);
    const recoded = recodeTable(table, detected.roles, settings);
    const { report } = runCheckJob({ rowCount: table.rowCount, recoded, settings }, solver);
    const variables = Object.fromEntries(Object.entries(recoded.variables).map(([name, v]) => [name, v.column]));
    const persons = personsOf(variables, table.rowCount);
    const known = ["sex", "ageBand", "department", "functionLevel"].filter((n) => n in variables);
    expect(known).toHaveLength(4);
    const findings = await integerVerdicts(report.tables.map(published), 5, { known, persons });
    expect(findings.length).toBeGreaterThan(3);
    expect(findings.filter((f) => f.exposed)).toEqual([]);
    expect(auditVerdictKey(report).key).toBe("check.audit.passed");
  });
});
