/** Jest's stand-in for src/solver/startCheckWorker.ts: no worker, so the check runs in the test's process. */
export function startCheckWorker(): Worker | null {
  return null;
}
