/**
 * Browser tests (`npm run test:browser`, after `npm run build`): Chromium, driven by
 * playwright-core, loads the built task pane from a local static server with a stand-in office.js.
 * @type {import('jest').Config}
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  testMatch: ["<rootDir>/tests/browser/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 60000,
  maxWorkers: 1,
};
