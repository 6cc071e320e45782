/** Browser tests: Playwright (playwright-core) driving Debian's Chromium against the built dist/. */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  setupFilesAfterEnv: [],
  testTimeout: 60000,
  maxWorkers: 1,
};
