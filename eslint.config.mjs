// ESLint flat config: the Office add-in conventions of office-addin-lint
// (eslint-plugin-office-addins "react" config: eslint recommended, typescript-eslint parser,
// the Office.js rules such as load-before-read and no sync in loops, prettier formatting with
// office-addin-prettier-config), extended to .tsx files, which the plugin's file pattern omits.
import officeAddins from "eslint-plugin-office-addins";
import reactPlugin from "eslint-plugin-react";
import tsParser from "@typescript-eslint/parser";

const sourceFiles = "**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}";

const officeReact = officeAddins.configs.react.map((block) =>
  block.files ? { ...block, files: [sourceFiles] } : block
);

export default [
  { ignores: ["dist/", "build/", "coverage/", "node_modules/", "tests/artifacts/"] },
  ...officeReact,
  reactPlugin.configs.flat["jsx-runtime"],
  {
    // As office-addin-lint's own config does: every file goes through the TypeScript parser.
    languageOptions: { parser: tsParser },
  },
  {
    // TypeScript itself reports undefined names (with the DOM, Office.js and Node types), so
    // ESLint's scope-blind no-undef is turned off for TypeScript, as typescript-eslint advises.
    files: ["**/*.{ts,tsx,cts,mts}"],
    rules: { "no-undef": "off" },
  },
  {
    // Node scripts and tool configs: CommonJS with Node's globals.
    files: ["scripts/**/*.js", "*.config.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: Object.fromEntries(
        ["require", "module", "process", "console", "Buffer", "__dirname", "URL"].map((name) => [
          name,
          "readonly",
        ])
      ),
    },
  },
];
