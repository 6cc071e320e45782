/**
 * A new check worker. Its own module because only a bundler understands `new URL(..., import.meta.url)`;
 * Jest maps this module to one that starts none, so tests check in their own process.
 */
export function startCheckWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  return new Worker(new URL("./checkWorker.ts", import.meta.url), { name: "check" });
}
