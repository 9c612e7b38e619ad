// ESLint flat config: the Office add-in conventions of office-addin-lint
// (eslint-plugin-office-addins "react" config: eslint recommended, typescript-eslint parser,
// the Office.js rules such as load-before-read and no sync in loops, prettier formatting with
// office-addin-prettier-config), extended to .tsx files, which the plugin's file pattern omits.
import officeAddins from "eslint-plugin-office-addins";
import reactPlugin from "eslint-plugin-react";
import tsParser from "@typescript-eslint/parser";
import tseslint from "typescript-eslint";

const sourceFiles = "**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}";

// The core rules TypeScript itself enforces (undefined names, redeclarations such as overloads,
// unreachable code...), which typescript-eslint turns off for TypeScript files. Its other
// settings (prefer-const, no-var...) are not taken: the Office conventions stay as they are.
const checkedByTypeScript = Object.fromEntries(
  Object.entries(tseslint.configs.eslintRecommended.rules).filter(([, level]) => level === "off")
);

// The layers (docs/analyses.md, "Layers"). Globs in `group` are matched against the import as
// written, so they are relative to the importing file's folder. A later block that matches a file
// replaces an earlier block's options for the same rule, so each block repeats the patterns that
// still apply to its files (TESTING_ONLY everywhere in src but src/testing and src/preview).
const TESTING_ONLY = {
  group: ["**/testing", "**/testing/**"],
  message: "src/testing holds test doubles: only tests, src/preview and bench import it.",
};
const PANE_NOT_HOSTS = {
  group: ["**/excel", "**/excel/**", "**/cli", "**/cli/**"],
  message:
    "The task pane does not import src/excel or src/cli: it needs only its OfficeHost (src/taskpane/host.ts); the composition root src/taskpane/index.tsx wires src/excel in.",
};
const modelOnly = (up) => [
  {
    group: [`${up}*`],
    message: "src/model imports nothing outside src/model.",
  },
  {
    regex: "^[^.]",
    message: "src/model imports nothing outside src/model: no packages, no Node, no DOM libraries.",
  },
];
// Office.js's globals: only the Office glue touches them (src/excel; the ribbon commands in
// src/commands; the custom functions' registration and error values in src/functions/functions.ts
// and src/functions/args.ts; the stand-in that defines them, src/testing/office).
const OFFICE_GLOBALS = ["Office", "Excel", "CustomFunctions", "OfficeExtension"].map((name) => ({
  name,
  message: `${name} (Office.js) is used only in src/excel, src/commands, src/functions/functions.ts and args.ts, and the stand-in src/testing/office.`,
}));

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
    // TypeScript also checks component props, so React's runtime prop-types rule (which cannot
    // follow props types imported from another file) is off for TypeScript files.
    files: ["**/*.{ts,tsx,cts,mts}"],
    rules: { ...checkedByTypeScript, "react/prop-types": "off" },
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
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/testing/**", "src/preview/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [TESTING_ONLY] }] },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [TESTING_ONLY, PANE_NOT_HOSTS] }] },
  },
  {
    files: ["src/model/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [TESTING_ONLY, ...modelOnly("../")] }],
    },
  },
  {
    files: ["src/model/*/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [TESTING_ONLY, ...modelOnly("../../")] }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: [
      "src/excel/**",
      "src/commands/**",
      "src/functions/functions.ts",
      "src/functions/args.ts",
      "src/testing/office/**",
    ],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    // Small functions (issue 15): no function in src/ over 80 lines of code (blank and comment
    // lines not counted); a longer one is split into named steps, hooks or a reducer.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "max-lines-per-function": [
        "error",
        { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
];
