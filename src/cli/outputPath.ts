/**
 * Where the command line may write: never on the input (compared by identity, not by name: a symbolic
 * link, a hard link or a path through a linked folder all reach the same file), never an empty name,
 * never on a special file system (/proc, /sys, /dev), where a write can hang or do something else.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

export type OutputProblem = "empty" | "input" | "special";

const SPECIAL_ROOTS = ["/proc", "/sys", "/dev"];

/** The real path an output would have: its folder's real path (links resolved) and its own name. */
function realOutput(output: string): string {
  const absolute = resolve(output);
  if (existsSync(absolute)) return realpathSync(absolute);
  let folder = dirname(absolute);
  const rest: string[] = [basename(absolute)];
  // The nearest existing folder up the path, resolved; the parts below it are created later.
  while (!existsSync(folder) && dirname(folder) !== folder) {
    rest.unshift(basename(folder));
    folder = dirname(folder);
  }
  return join(realpathSync(folder), ...rest);
}

/** What is wrong with writing `output` when `input` is read, or null when it is fine. */
export function outputProblem(input: string, output: string): OutputProblem | null {
  if (output.trim() === "") return "empty";
  const target = realOutput(output);
  if (SPECIAL_ROOTS.some((root) => target === root || target.startsWith(`${root}/`))) return "special";
  const source = realpathSync(resolve(input));
  if (target === source) return "input";
  if (existsSync(target)) {
    // A hard link: another name for the same file on the same device.
    const a = statSync(source);
    const b = statSync(target);
    if (a.dev === b.dev && a.ino === b.ino) return "input";
  }
  return null;
}
