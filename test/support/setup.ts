import "@testing-library/jest-dom";

// jsdom has no ResizeObserver; Fluent UI's MessageBar uses one for its layout. Browsers have it.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
