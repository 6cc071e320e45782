import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// waitFor and findBy wait for the pane's work (a whole check, with its audit) to show: on CI's loaded
// two cores that can take seconds. A wait, not a timing goal: it ends as soon as the text is there.
configure({ asyncUtilTimeout: 15_000 });

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

// jsdom has no TextEncoder and TextDecoder (browsers and Node do): the page sniffs and decodes files with them.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
if (typeof globalThis.TextEncoder === "undefined")
  Object.assign(globalThis, { TextEncoder: NodeTextEncoder, TextDecoder: NodeTextDecoder });
