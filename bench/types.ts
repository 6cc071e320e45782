/** One benchmark case: `setup` builds the input once, outside the timing; `run` is the measured work. */
export interface BenchCase<I = unknown> {
  name: string;
  setup?: () => I | Promise<I>;
  run: (input: I) => unknown;
  /** Units of work per run (rows, cells), for a throughput column. */
  units?: number;
  unitName?: string;
  iterations?: number;
  warmup?: number;
  /** The median the issue asks for, shown as met or missed; never asserted in unit tests. */
  goalMs?: number;
  /**
   * Peak memory the issue allows for one run. Measured in a fresh process running the case once: the
   * timed runs share a process, whose RSS only grows with the garbage of earlier runs.
   */
  goalPeakMb?: number;
  /** Name of the case this one is compared with, and the largest ratio the issue allows. */
  ratioTo?: string;
  goalRatio?: number;
}
