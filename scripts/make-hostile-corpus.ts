/**
 * Write the hostile-input corpus to a folder, one sub-folder per case, with a corpus.json that lists
 * each case's command line, expected exit code and message key: `npx tsx scripts/make-hostile-corpus.ts DIR`.
 * The cases themselves live in test/support/hostileCorpus.ts (the Jest suite runs them).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { HOSTILE_CASES } from "../test/support/hostileCorpus";

async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? "out/hostile-corpus");
  const listed = [];
  for (const c of HOSTILE_CASES) {
    const folder = join(dir, c.id);
    mkdirSync(folder, { recursive: true });
    const files = await c.make(folder);
    listed.push({ id: c.id, covers: c.covers, args: c.args(files), code: c.expect.code, key: c.expect.key ?? null });
  }
  writeFileSync(join(dir, "corpus.json"), JSON.stringify(listed, null, 2));
  process.stdout.write(`${listed.length} cases written to ${dir}\n`);
}

void main();
