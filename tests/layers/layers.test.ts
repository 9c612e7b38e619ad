/**
 * The layer rules of eslint.config.mjs bite: each case lints a small text as if it were a file of
 * that layer, through ESLint's Node API and the project's own config, and expects the rule's
 * error (and, for the allowed imports beside it, none).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../..");

/**
 * ESLint loads the flat config with a dynamic `import()`, which Jest's module system refuses, so
 * the Node API (`new ESLint({ overrideConfigFile })`, `lintText`) runs in a child Node process.
 */
const LINT = `
import { ESLint } from "eslint";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: "eslint.config.mjs" });
const out = [];
for (const [file, code] of cases) {
  const [result] = await eslint.lintText(code, { filePath: file });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
`;

interface Case {
  file: string;
  code: string;
}
const cases: Case[] = [];
const results = new Map<Case, string[]>();

/** Register `code` linted as the file `file` (relative to the repo); its layer errors after `beforeAll`. */
function lintCase(file: string, code: string): Case {
  const c = { file, code };
  cases.push(c);
  return c;
}

beforeAll(() => {
  const out = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", LINT, JSON.stringify(cases.map((c) => [c.file, c.code]))],
    { cwd: root, encoding: "utf8" }
  );
  const messages = JSON.parse(out) as { ruleId: string | null; message: string }[][];
  cases.forEach((c, i) =>
    results.set(
      c,
      messages[i]
        .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals")
        .map((m) => `${m.ruleId}: ${m.message}`)
    )
  );
}, 120_000);

function layerErrors(c: Case): string[] {
  const errors = results.get(c);
  if (errors === undefined) throw new Error(`${c.file} was not linted`);
  return errors;
}

const MODEL_OUT = /^no-restricted-imports: .*src\/model imports nothing outside src\/model/;
const PANE_OUT = /^no-restricted-imports: .*The task pane does not import src\/excel or src\/cli/;
const TESTING = "src/testing holds test doubles: only tests, src/preview and bench import it.";

describe("src/model imports nothing outside src/model", () => {
  const refused = [
    lintCase("src/model/engine.ts", 'import { rectRef } from "../workbook";\n'),
    lintCase("src/model/engine.ts", 'import { rectRef } from "../workbook/a1";\n'),
    lintCase("src/model/simulation/simulate.ts", 'import { rectRef } from "../../workbook/a1";\n'),
    lintCase("src/model/engine.ts", 'import { readFileSync } from "node:fs";\n'),
    lintCase("src/model/simulation/simulate.ts", 'import React from "react";\n'),
  ];
  test.each(refused.map((c) => [c.file, c.code.trim(), c]))("%s: %s", (_file, _code, c) => {
    const errors = layerErrors(c as Case);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(MODEL_OUT);
  });

  const inside = [
    lintCase("src/model/engine.ts", 'import { Vec } from "./vec";\n'),
    lintCase("src/model/simulation/simulate.ts", 'import { Vec } from "../vec";\n'),
  ];
  test("imports inside src/model are allowed", () => {
    for (const c of inside) expect(layerErrors(c)).toEqual([]);
  });
});

describe("src/taskpane imports neither src/excel nor src/cli", () => {
  const refused = [
    lintCase("src/taskpane/createOperations.ts", 'import { createHost } from "../excel/host";\n'),
    lintCase("src/taskpane/components/App.tsx", 'import { officeRun } from "../../excel/run";\n'),
    lintCase("src/taskpane/operations.ts", 'import { main } from "../cli/main";\n'),
  ];
  test.each(refused.map((c) => [c.file, c.code.trim(), c]))("%s: %s", (_file, _code, c) => {
    const errors = layerErrors(c as Case);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(PANE_OUT);
  });

  const root = lintCase(
    "src/taskpane/index.tsx",
    'import { officeReady } from "../excel/ready";\n'
  );
  test("its composition root, src/taskpane/index.tsx, wires src/excel in", () => {
    expect(layerErrors(root)).toEqual([]);
  });
});

describe("only tests, src/preview and bench import src/testing", () => {
  const refused = [
    lintCase(
      "src/workbook/sampleData.ts",
      'import { MemoryWorkbook } from "../testing/memoryWorkbook";\n'
    ),
    lintCase("src/taskpane/usePane.ts", 'import { createStandIn } from "../testing/office";\n'),
    lintCase("src/model/engine.ts", 'import { createStandIn } from "../testing/office";\n'),
    lintCase(
      "src/cli/commands/run.ts",
      'import { MemoryWorkbook } from "../../testing/memoryWorkbook";\n'
    ),
    lintCase("src/excel/host.ts", 'import { createStandIn } from "../testing/office";\n'),
  ];
  test.each(refused.map((c) => [c.file, c.code.trim(), c]))("%s: %s", (_file, code, c) => {
    const source = String(code).split('"')[1];
    expect(layerErrors(c as Case)).toContain(
      `no-restricted-imports: '${source}' import is restricted from being used by a pattern. ${TESTING}`
    );
  });

  const allowed = [
    lintCase("src/preview/preview.tsx", 'import { createStandIn } from "../testing/office";\n'),
    lintCase(
      "tests/excel/helpers.ts",
      'import { createStandIn } from "../../src/testing/office";\n'
    ),
  ];
  test("the preview and the tests may", () => {
    for (const c of allowed) expect(layerErrors(c)).toEqual([]);
  });
});

describe("only the Office glue touches Office.js's globals", () => {
  const refused = [
    lintCase(
      "src/taskpane/usePane.ts",
      "export const language = Office.context.displayLanguage;\n"
    ),
    lintCase("src/workbook/port.ts", "export const run = Excel.run;\n"),
    lintCase(
      "src/model/engine.ts",
      "export const code = CustomFunctions.ErrorCode.invalidValue;\n"
    ),
    lintCase("src/cli/main.ts", "export const run = Excel.run;\n"),
  ];
  test.each(refused.map((c) => [c.file, c.code.trim(), c]))("%s: %s", (_file, code, c) => {
    const name = String(code).split(" = ")[1].split(".")[0];
    const errors = layerErrors(c as Case);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBe(
      `no-restricted-globals: Unexpected use of '${name}'. ${name} (Office.js) is used only in src/excel, src/commands, src/functions/functions.ts and args.ts, and the stand-in src/testing/office.`
    );
  });

  const allowed = [
    lintCase("src/excel/run.ts", "export const run = Excel.run;\n"),
    lintCase("src/commands/commands.ts", "Office.onReady();\n"),
    lintCase("src/functions/functions.ts", "export const error = CustomFunctions.Error;\n"),
    lintCase("src/testing/office/index.ts", "export const run = Excel.run;\n"),
  ];
  test("src/excel, src/commands, the functions' registration and the stand-in may", () => {
    for (const c of allowed) expect(layerErrors(c)).toEqual([]);
  });
});
