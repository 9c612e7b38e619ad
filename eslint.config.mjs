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
];
