/**
 * The small-cell check with its audit, as one job the faces hand over: in this process (the command
 * line, tests), or in a Web Worker (the pane and the page), so a long audit never blocks the page.
 */
import { checkLimits, checkRecoded, type CheckOutcome, type JobSettings, type RecodeOutcome } from "../core";
import type { LinearSolver } from "../core/disclosure/audit";

/** What the check needs: plain data, so it crosses to a worker by structured clone. */
export interface CheckJob {
  rowCount: number;
  recoded: Pick<RecodeOutcome, "ageScheme" | "variables">;
  settings: JobSettings;
}

export interface CheckProgress {
  /** Tables checked and audited so far, and how many there are. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export type Checker = (job: CheckJob, options?: CheckProgress) => Promise<CheckOutcome>;

/** The job itself, given a loaded solver: the same code in the worker and in this process. */
export function runCheckJob(job: CheckJob, solver: LinearSolver, options: CheckProgress = {}): CheckOutcome {
  return checkRecoded({ rowCount: job.rowCount }, job.recoded, job.settings, {
    solver,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** Only what the check reads of a recode (not the written labels), to keep the message small. */
export function checkJobOf(
  rowCount: number,
  recoded: RecodeOutcome,
  settings: JobSettings,
  headers: readonly string[],
): CheckJob {
  // Refused here, on the caller's side, so the refusal keeps its type (a worker would flatten it).
  checkLimits(recoded, settings, headers);
  return { rowCount, recoded: { ageScheme: recoded.ageScheme, variables: recoded.variables }, settings };
}
