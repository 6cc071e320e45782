/** The command line run in-process, as the CLI tests drive it: its exit code and what it wrote. */
import { run, type Io } from "../../src/cli/program";
import type { Lang } from "../../src/core";

export async function cli(args: string[], lang: Lang = "en", today = "2025-01-15") {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s), tty: false, today, lang };
  const code = await run(args, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
