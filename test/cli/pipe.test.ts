/**
 * Issue 21: the command's output piped into a reader that stops early (`| head`) ends quietly, with
 * no stack trace. Runs the real entry point under a shell, exactly as an analyst's pipe would.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const SAMPLE = join(ROOT, "assets/sample/personeel-voorbeeld.xlsx");

test("output piped into `head -c 1` ends the command without a stack trace", () => {
  const errors = join(mkdtempSync(join(tmpdir(), "divreq-pipe-")), "stderr.txt");
  // 160 KB of JSON: more than a pipe holds, so the command is still writing when head leaves.
  const command = `"${process.execPath}" --import tsx src/cli/main.ts check "${SAMPLE}" --dims Dienst,ageBand,originGroup,sex --json 2>"${errors}" | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
  const shell = spawnSync("bash", ["-c", command], { cwd: ROOT, encoding: "utf8" });
  expect(readFileSync(errors, "utf8")).not.toMatch(/EPIPE|\n\s+at /);
  expect(shell.stdout.trim()).toBe("0");
}, 60_000);
