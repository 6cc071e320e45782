/**
 * What protection against the institution costs (issue 35): `npm run bench:cost`.
 *
 * For seeded random requests of 3-D and 4-D tables over origin and the institution's own variables
 * (skewed staff of 300 to 1,500; own variables of 2 to 5 groups), the share of persons in hidden inner cells of each origin table and the
 * cells hidden, protected as before (against a reader of the tables only) and now (also against the
 * institution, which knows every count over its own variables). Medians over the tables, and how
 * many requests the audit passes. Not timed: this measures what the analyst loses, not speed.
 */
import { fixedHierarchy } from "../src/core/disclosure/hierarchies";
import { auditVerdictKey, checkRequest, type CheckVariable } from "../src/core/disclosure/report";
import { loadSolver } from "../src/solver/highs";
import { rng } from "../test/support/rng";

interface Request {
  variables: Record<string, CheckVariable & { kind: "observed" }>;
  tables: string[][];
  rowCount: number;
}

/** Origin ("o", 3 or 4 groups) and own variables a..c; tables of `dims` variables, each with origin. */
function randomRequest(seed: number, dims: 3 | 4): Request {
  const next = rng(seed);
  const rowCount = 300 + Math.floor(next() * 1200);
  const sizes: Record<string, number> = { o: 3 + Math.floor(next() * 2), a: 0, b: 0, c: 0 };
  for (const name of ["a", "b", "c"]) sizes[name] = 2 + Math.floor(next() * 4);
  const variables: Request["variables"] = {};
  for (const [name, n] of Object.entries(sizes)) {
    const categories = Array.from({ length: n }, (_, i) => `${name}${i}`);
    // Skewed as staff are: a large first group, fewer in the others (origin most of all).
    const power = name === "o" ? 3 : 1.5;
    const codes = Uint8Array.from({ length: rowCount }, () => Math.min(n - 1, Math.floor(n * next() ** power)));
    variables[name] = { kind: "observed", categories, codes, hierarchy: fixedHierarchy(name, categories) };
  }
  const own = ["a", "b", "c"];
  const tables =
    dims === 4
      ? [["o", ...own]]
      : [
          ["o", "a", "b"],
          ["o", "b", "c"],
        ].slice(0, 1 + Math.floor(next() * 2));
  return { variables, tables, rowCount };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const solver = await loadSolver();
  const rows: string[] = [];
  for (const dims of [3, 4] as const) {
    const results = {
      before: { share: [] as number[], cells: [] as number[], passed: 0 },
      now: { share: [] as number[], cells: [] as number[], passed: 0 },
    };
    const requests = 24;
    for (let seed = 1; seed <= requests; seed++) {
      const request = randomRequest(seed * 7 + dims, dims);
      for (const model of ["before", "now"] as const) {
        const variables = Object.fromEntries(
          Object.entries(request.variables).map(([name, v]) => [
            name,
            { ...v, knownByInstitution: model === "now" && name !== "o" },
          ]),
        );
        const report = checkRequest({ ...request, variables, rule: { threshold: 5 }, solver });
        for (const tab of report.tables) {
          results[model].share.push(tab.hiddenPersons / request.rowCount);
          results[model].cells.push(tab.smallCells + tab.secondaryCells);
        }
        if (auditVerdictKey(report).key === "check.audit.passed") results[model].passed++;
      }
    }
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    rows.push(
      `| ${dims}-D | ${pct(median(results.before.share))} | ${pct(median(results.now.share))} | ${median(results.before.cells)} | ${median(results.now.cells)} | ${results.before.passed}/${requests} | ${results.now.passed}/${requests} |`,
    );
  }
  console.log(
    "| tables | persons hidden, before (median) | now | cells hidden, before | now | audit passed, before* | now |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log("* before: the audit of a reader of the tables only (it did not model the institution).");
}

void main();
