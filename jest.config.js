/**
 * Unit and integration tests (`npm run test:unit`): everything under tests/ except the checks of
 * the built dist/ (jest.dist.config.js) and the browser tests (jest.browser.config.js), which
 * `npm test` runs after the production build.
 * @type {import('jest').Config}
 */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/(build|manifest|browser)/"],
  // Type checking is `npm run typecheck`'s job: with tsconfig's isolatedModules, ts-jest only
  // transpiles, file by file (4x faster).
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // The CLI and simulation suites run whole commands (10,000-iteration simulations, workbook
  // round trips): 5 s is too short on a loaded 2-core machine. Speed is measured in `npm run bench`.
  testTimeout: 30_000,
};
