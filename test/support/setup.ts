import "@testing-library/jest-dom";

// jsdom has no ResizeObserver; Fluent UI's MessageBar uses one for its layout. Browsers have it.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// Property tests are seeded: every run draws the same cases, so a failure is reproducible. Another
// seed: FC_SEED=123 npm test.
import fc from "fast-check";
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261205) });
