/** Unit, door and UI tests. UI test files opt into jsdom with a `@jest-environment jsdom` docblock. */
const tsJest = [
  "ts-jest",
  {
    tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true },
    diagnostics: false, // type errors are `npm run typecheck`'s job; keeps the test run fast
  },
];

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["<rootDir>/test/{unit,door,ui,cli}/**/*.test.{ts,tsx}"],
  transform: { "^.+\\.tsx?$": tsJest },
  setupFilesAfterEnv: ["<rootDir>/test/support/setup.ts"],
  // No test asserts a duration (timing goals live in bench/); on CI's loaded two cores a whole check
  // with its audit can take seconds, so a test is given time to finish rather than flake.
  testTimeout: 30_000,
  // The check worker is started through `import.meta.url`, which only the bundler resolves.
  moduleNameMapper: { "/startCheckWorker$": "<rootDir>/test/support/startCheckWorker.ts" },
};
