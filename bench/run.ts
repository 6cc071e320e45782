/**
 * Benchmark runner: `npm run bench [filter]`. Runs each case of every bench/*.bench.ts in its own Node
 * process (so peak memory is the case's own), with tinybench, and prints one Markdown table of medians.
 * Timing goals live here, never in unit tests.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Bench } from "tinybench";
import type { BenchCase } from "./types";

interface Result {
  name: string;
  median: number;
  p75: number;
  runs: number;
  units?: number;
  unitName?: string;
  peakMb: number;
  /** Peak RSS of a fresh process running the case once (cases with a memory goal). */
  onceMb?: number;
  goalPeakMb?: number;
  goalMs?: number;
  ratioTo?: string;
  goalRatio?: number;
}

async function allCases(): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  for (const file of readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort()) {
    const mod = (await import(join(__dirname, file))) as { cases: BenchCase[] };
    cases.push(...mod.cases);
  }
  return cases;
}

/** Child: run one case and print its result as JSON on the last line. */
async function runOne(name: string, once: boolean): Promise<void> {
  const c = (await allCases()).find((x) => x.name === name);
  if (!c) throw new Error(`no benchmark named ${name}`);
  const input = c.setup ? await c.setup() : undefined;
  const bench = once
    ? new Bench({ iterations: 1, time: 0, warmup: false })
    : new Bench({ iterations: c.iterations ?? 10, time: 0, warmupIterations: c.warmup ?? 2 });
  bench.add(c.name, async () => {
    await c.run(input);
  });
  await bench.run();
  const result = bench.tasks[0]?.result;
  if (!result || result.state !== "completed") {
    const error = result && "error" in result ? (result.error as Error) : undefined;
    throw new Error(`${c.name} failed: ${error?.stack ?? JSON.stringify(result)}`);
  }
  const out: Result = {
    name: c.name,
    median: result.latency.p50 ?? NaN,
    p75: result.latency.p75 ?? NaN,
    runs: result.latency.samplesCount,
    peakMb: process.resourceUsage().maxRSS / 1024,
    ...(c.units ? { units: c.units, unitName: c.unitName ?? "rows" } : {}),
    ...(c.goalMs ? { goalMs: c.goalMs } : {}),
    ...(c.goalPeakMb ? { goalPeakMb: c.goalPeakMb } : {}),
    ...(c.ratioTo ? { ratioTo: c.ratioTo, goalRatio: c.goalRatio } : {}),
  };
  console.log(JSON.stringify(out));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--case") return runOne(args[1]!, args[2] === "--once");
  const filter = args[0];
  const cases = (await allCases()).filter((c) => !filter || c.name.includes(filter) || c.ratioTo?.includes(filter));
  const results: Result[] = [];
  for (const c of cases) {
    process.stderr.write(`… ${c.name}\n`);
    const result = child(c.name);
    if (c.goalPeakMb) result.onceMb = child(c.name, "--once").peakMb;
    results.push(result);
  }
  console.log("| benchmark | median | p75 | runs | throughput | peak RSS, all runs | peak RSS, one run | goal |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const perSecond = r.units ? `${format(r.units / (r.median / 1000))} ${r.unitName}/s` : "";
    let goal = r.goalMs ? `${r.median <= r.goalMs ? "met" : "MISSED"} (< ${r.goalMs} ms)` : "";
    const base = r.ratioTo ? results.find((x) => x.name === r.ratioTo) : undefined;
    if (base) {
      const ratio = r.median / base.median;
      goal = `${ratio.toFixed(2)}x baseline${r.goalRatio ? ` (${ratio <= r.goalRatio ? "met" : "MISSED"}, <= ${r.goalRatio}x)` : ""}`;
    }
    if (r.goalPeakMb && r.onceMb !== undefined)
      goal += `${goal ? "; " : ""}memory ${r.onceMb <= r.goalPeakMb ? "met" : "MISSED"} (< ${r.goalPeakMb} MB)`;
    const once = r.onceMb !== undefined ? `${r.onceMb.toFixed(0)} MB` : "";
    console.log(
      `| ${r.name} | ${r.median.toFixed(1)} ms | ${r.p75.toFixed(1)} ms | ${r.runs} | ${perSecond} | ${r.peakMb.toFixed(0)} MB | ${once} | ${goal} |`,
    );
  }
}

/** Run one case in a fresh Node process; its result is the last line it prints. */
function child(name: string, ...flags: string[]): Result {
  const output = execFileSync(process.execPath, [...process.execArgv, __filename, "--case", name, ...flags], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output.trim().split("\n").pop()!) as Result;
}

function format(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
