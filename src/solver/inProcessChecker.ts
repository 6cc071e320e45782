/** The check in this process (the command line, tests), HiGHS loaded on first use. */
import { runCheckJob, type Checker } from "./checker";
import { loadSolver } from "./highs";

export const inProcessChecker: Checker = async (job, options) => runCheckJob(job, await loadSolver(), options);
