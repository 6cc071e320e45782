/**
 * Where the command line may write: never on the input (compared by identity, not by name: a symbolic
 * link, a hard link or a path through a linked folder all reach the same file), never an empty name,
 * never on a special file system (/proc, /sys, /dev), where a write can hang or do something else.
 */
import { existsSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, parse, sep } from "node:path";

export type OutputProblem = "empty" | "input" | "special";

const SPECIAL_ROOTS = ["/proc", "/sys", "/dev"];

/**
 * The path the system would reach: each part taken in turn, a link followed as soon as it exists, and
 * ".." taken from where the link led (as the system does), not folded by name as path.resolve does:
 * LINK/../in.xlsx is the parent of LINK's target. Parts that do not exist yet are kept by name.
 */
export function physicalPath(path: string): string {
  const absolute = isAbsolute(path) ? path : join(process.cwd(), path);
  const parts = absolute.split(sep).filter((p) => p !== "" && p !== ".");
  let at = parse(absolute).root;
  let existing = true;
  for (const part of parts) {
    if (part === "..") at = dirname(at);
    else {
      at = join(at, part);
      existing = existing && existsSync(at);
      if (existing) at = realpathSync(at);
    }
  }
  return at;
}

/** Whether two paths reach one file: the same physical path, or (both existing) the same inode. */
export function samePlace(a: string, b: string): boolean {
  const [pa, pb] = [physicalPath(a), physicalPath(b)];
  if (pa === pb) return true;
  if (!existsSync(pa) || !existsSync(pb)) return false;
  const [sa, sb] = [statSync(pa), statSync(pb)];
  return sa.dev === sb.dev && sa.ino === sb.ino;
}

/** What is wrong with writing `output` when `input` is read, or null when it is fine. */
export function outputProblem(input: string, output: string): OutputProblem | null {
  if (output.trim() === "") return "empty";
  const target = physicalPath(output);
  if (SPECIAL_ROOTS.some((root) => target === root || target.startsWith(`${root}/`))) return "special";
  realpathSync(input); // an input that cannot be reached is for opening to report
  return samePlace(input, output) ? "input" : null;
}
