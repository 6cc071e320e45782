/**
 * Benchmark runner: `npm run bench [filter]`. Loads every bench/*.bench.ts, runs each case with
 * tinybench, and prints one Markdown table of medians. Timing goals live here, never in unit tests.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Bench } from "tinybench";
import type { BenchCase } from "./types";

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname).filter((f) => f.endsWith(".bench.ts"));
  const cases: BenchCase[] = [];
  for (const file of files) {
    const mod = (await import(join(__dirname, file))) as { cases: BenchCase[] };
    cases.push(...mod.cases.filter((c) => !filter || c.name.includes(filter)));
  }
  const rows: string[] = [];
  for (const c of cases) {
    process.stderr.write(`… ${c.name}\n`);
    const input = c.setup ? await c.setup() : undefined;
    const bench = new Bench({ iterations: c.iterations ?? 10, time: 0, warmupIterations: 2 });
    let peak = 0;
    bench.add(c.name, async () => {
      await c.run(input);
      peak = Math.max(peak, process.memoryUsage().rss);
    });
    await bench.run();
    const result = bench.tasks[0]?.result;
    if (!result || result.state !== "completed") throw new Error(`${c.name} failed: ${JSON.stringify(result)}`);
    const median = result.latency.p50 ?? Number.NaN;
    const perSecond = c.units ? `${format(c.units / (median / 1000))} ${c.unitName ?? "rows"}/s` : "";
    const goal = c.goalMs ? `${median <= c.goalMs ? "met" : "MISSED"} (< ${c.goalMs} ms)` : "";
    rows.push(
      `| ${c.name} | ${median.toFixed(1)} ms | ${(result.latency.p75 ?? NaN).toFixed(1)} ms | ${result.latency.samplesCount} | ${perSecond} | ${(peak / 2 ** 20).toFixed(0)} MB | ${goal} |`,
    );
  }
  console.log("| benchmark | median | p75 | runs | throughput | peak RSS | goal |");
  console.log("|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
}

function format(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
