/**
 * Checks of the production build in dist/ (`npm run test:dist`, after `npm run build`):
 * the manifest's structure, the functions bundle registering alone, bundle sizes.
 * @type {import('jest').Config}
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  testMatch: ["<rootDir>/tests/{build,manifest}/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
};
