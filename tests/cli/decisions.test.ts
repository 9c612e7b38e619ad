/**
 * gtm scenarios, breakeven and allocate in-process on the direct-vs-partner JSON and on its
 * LibreOffice workbook (Scenarios and Bounds sheets): the example's answers to 1e-9, the issue's
 * JSON field names, usage errors before any file is read, input errors by cell, and --out sheets
 * that are exactly the shared plans.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import {
  allocate,
  breakEven,
  parseScenarios,
  scenarioComparison,
  type BoundsSource,
} from "../../src/model";
import {
  buildAllocationPlan,
  buildBreakEvenPlan,
  buildScenariosPlan,
  sheetNames,
} from "../../src/workbook";
import { loadModel } from "../../src/cli/load";
import { boundsSource, scenariosSource } from "../../src/cli/decisionInputs";
import { VERSION } from "../../src/cli/version";
import { readExample } from "../support/shared";
import { inputJsonPath, LIBREOFFICE_XLSX, mismatches, tempDir } from "./helpers";
import { gtm, NOW, openXlsx, planMismatches, sha256 } from "./run.helpers";

const { input, expected } = readExample("direct-vs-partner");
const JSON_FILE = inputJsonPath("direct-vs-partner");
const INPUTS = [
  { label: "the JSON model", file: () => JSON_FILE },
  { label: "the LibreOffice workbook", file: () => LIBREOFFICE_XLSX },
];

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const json = (run: { code: number; stdout: string; stderr: string }): Record<string, unknown> => {
  expect(
    run.stderr.split("\n").filter((line) => !line.startsWith("warning:") && line !== "")
  ).toEqual([]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
};

describe.each(INPUTS)("$label", ({ file }) => {
  it("gtm scenarios --json reproduces the comparison", async () => {
    const answer = json(await gtm("scenarios", file(), "--json"));
    expect(Object.keys(answer)).toEqual(["metrics", "scenarios", "comparison"]);
    expect(answer.metrics).toEqual(expected.scenarios?.metrics);
    expect(answer.scenarios).toEqual(["Direct only", "Partners only", "Partners +50%"]);
    expect(mismatches(answer.comparison, expected.scenarios?.comparison)).toEqual([]);
    for (const row of answer.comparison as object[])
      expect(Object.keys(row)).toEqual(["metric", "base", "values", "change"]);
  });

  it("gtm breakeven --json answers the example's questions", async () => {
    for (const question of expected.breakEven ?? []) {
      const answer = json(
        await gtm(
          "breakeven",
          file(),
          "--metric",
          question.metric,
          "--driver",
          question.driver,
          "--target",
          String(question.target),
          "--json"
        )
      );
      expect(Object.keys(answer)).toEqual([
        "metric",
        "driver",
        "target",
        "low",
        "high",
        "value",
        "min",
        "max",
        "baseline",
      ]);
      expect(
        mismatches(answer, {
          value: question.value,
          min: question.min,
          max: question.max,
          target: question.target,
        })
      ).toEqual([]);
    }
  });

  it("gtm allocate --json meets the best known split within 0.1 %", async () => {
    const want = expected.allocation!;
    const answer = json(
      await gtm(
        "allocate",
        file(),
        "--metric",
        want.metric,
        "--budget",
        String(want.budget),
        "--json"
      )
    );
    expect(Object.keys(answer)).toEqual(["metric", "budget", "spends", "value", "baseline"]);
    expect(answer.value as number).toBeGreaterThanOrEqual(want.bestKnown.metric * 0.999);
    expect(mismatches(answer.baseline, want.baselineMetric)).toEqual([]);
    const spends = answer.spends as Record<string, number>;
    expect(Object.keys(spends)).toEqual(Object.keys(want.bestKnown.spends));
    expect(Object.values(spends).reduce((a, b) => a + b, 0)).toBeCloseTo(want.budget, 6);
  });
});

describe("the LibreOffice workbook's Scenarios and Bounds sheets", () => {
  it("read to the same scenarios and bounds as the JSON", async () => {
    const fromXlsx = await loadModel(LIBREOFFICE_XLSX);
    const fromJson = await loadModel(JSON_FILE);
    const sheet = scenariosSource(LIBREOFFICE_XLSX, fromXlsx, undefined);
    expect(sheet).toMatchObject({ address: "Scenarios!A1:D5" });
    const a = parseScenarios(sheet, fromXlsx.model);
    const b = parseScenarios(scenariosSource(JSON_FILE, fromJson, undefined), fromJson.model);
    expect(a.map((s) => [s.name, s.overrides])).toEqual(b.map((s) => [s.name, s.overrides]));
    const bounds = boundsSource(LIBREOFFICE_XLSX, fromXlsx, undefined) as BoundsSource;
    expect(bounds).toMatchObject({ address: "Bounds!A1:C3" });
    const viaSheet = allocate(fromXlsx.model, { bounds });
    const viaJson = allocate(fromJson.model, {
      bounds: { json: (input as { bounds: unknown }).bounds },
    });
    expect(viaSheet.spends).toEqual(viaJson.spends);
    expect(viaSheet.channels.map((c) => [c.min, c.max])).toEqual(
      viaJson.channels.map((c) => [c.min, c.max])
    );
  });

  it("a bad Scenarios cell and a clashing Bounds table are refused by cell, nothing written", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(fs.readFileSync(LIBREOFFICE_XLSX)).buffer);
    workbook.getWorksheet("Scenarios")!.getCell("D5").value = "double";
    workbook.getWorksheet("Scenarios")!.getCell("C3").value = "none";
    workbook.getWorksheet("Bounds")!.getCell("B3").value = 55000;
    workbook.getWorksheet("Bounds")!.getCell("C3").value = null;
    const bad = path.join(dir, "bad-decisions.xlsx");
    await workbook.xlsx.writeFile(bad);
    const out = path.join(dir, "never.xlsx");
    const scenarios = await gtm("scenarios", bad, "--out", out);
    expect(scenarios.code).toBe(1);
    expect(scenarios.stdout).toBe("");
    expect(scenarios.stderr).toContain(
      'Scenarios!C3 (Direct only, value): "none" is text, not a number\n'
    );
    expect(scenarios.stderr).toContain(
      'Scenarios!D5 (Partners +50%, mode): "double" is not a mode — use value or scale (blank means value)\n'
    );
    const allocation = await gtm("allocate", bad, "--out", out);
    expect(allocation.code).toBe(1);
    expect(allocation.stderr).toContain(
      "Bounds (min): the minimums add up to 65000 (Direct sales 10000 at Bounds!B2, Partners 55000 at Bounds!B3), above the budget of 60000 — lower a minimum or raise the budget\n"
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it("--scenarios and --bounds name another table; a missing one is an input error", async () => {
    const run = await gtm("allocate", LIBREOFFICE_XLSX, "--bounds", "Limits", "--json");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /no Excel table or sheet named "Limits" \(the workbook has sheets Channels, /
    );
    const renamed = await gtm(
      "scenarios",
      LIBREOFFICE_XLSX,
      "--scenarios",
      "Scenarios!A1:D3",
      "--json"
    );
    expect(json(renamed).scenarios).toEqual(["Direct only"]);
  });
});

describe("usage errors come before any file is read (exit 2)", () => {
  const cases: [string[], string][] = [
    [
      ["breakeven", "missing.json", "--metric", "npv", "--driver", "segment[*].price"],
      "gtm: missing option --target — see gtm breakeven --help\n",
    ],
    [
      [
        "breakeven",
        "missing.json",
        "--metric",
        "npv",
        "--driver",
        "discountRate",
        "--target",
        "ten",
      ],
      'gtm: --target "ten" is not a number — see gtm breakeven --help\n',
    ],
    [
      ["allocate", "missing.json", "--budget", "lots"],
      'gtm: --budget "lots" is not a number — see gtm allocate --help\n',
    ],
    [
      ["allocate", "missing.json", "--bounds", "Bounds"],
      'gtm: --bounds names a table in an .xlsx workbook; a JSON model carries "bounds" itself — see gtm allocate --help\n',
    ],
    [
      ["scenarios", "missing.json", "--metrics", "npv,,cac"],
      'gtm: --metrics "npv,,cac" has an empty name — separate names with single commas — see gtm scenarios --help\n',
    ],
    [
      ["allocate", "missing.json", "--unspent=yes"],
      "gtm: --unspent takes no value — see gtm allocate --help\n",
    ],
  ];
  it.each(cases)("%j", async (argv, stderr) => {
    expect(await gtm(...argv)).toEqual({ code: 2, stdout: "", stderr });
  });
});

describe("input errors of the question (exit 1)", () => {
  it("a whole-number driver and a negative budget", async () => {
    expect(
      await gtm("breakeven", JSON_FILE, "--metric", "npv", "--driver", "horizon", "--target", "0")
    ).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "Drivers (horizon, driver): horizon takes whole numbers only — a break-even needs a field that can take any value, such as spend, conversion or price\n",
    });
    expect(await gtm("allocate", JSON_FILE, "--budget", "-1")).toEqual({
      code: 1,
      stdout: "",
      stderr: "Bounds (budget): -1 is negative — give a budget of 0 or more\n",
    });
  });

  it("a JSON model without scenarios", async () => {
    const run = await gtm("scenarios", inputJsonPath("online-launch"));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('the model has no "scenarios"');
  });
});

describe("the readable tables", () => {
  it("label figures and format money", async () => {
    const scenarios = await gtm("scenarios", JSON_FILE, "--metrics", "npv,channel[Partners].cac");
    expect(scenarios.stdout).toContain("Direct only vs Base");
    expect(scenarios.stdout).toMatch(/NPV\s+\$2,958,608\s+\$2,327,614/);
    // CAC with cents, as its sheet cell; a change below the base in parentheses.
    expect(scenarios.stdout).toMatch(/CAC \(Partners\)\s+\$2,298\.95\s+n\/a/);
    expect(scenarios.stdout).toMatch(/CAC \(Partners\).*\s\(\$58\.95\)\s/);
    const allocation = await gtm("allocate", JSON_FILE);
    expect(allocation.stdout).toMatch(
      /^Best split of a budget of \$60,000 per month \(exactly\) for NPV/
    );
    expect(allocation.stdout).toMatch(/Direct sales\s+\$40,000\s+\$32,000\s+\(\$8,000\)/);
    const breakeven = await gtm(
      "breakeven",
      JSON_FILE,
      "--metric",
      "channel[Direct sales].cac",
      "--driver",
      "channel[Direct sales].conversion",
      "--target",
      "4000"
    );
    expect(breakeven.stdout).toContain(
      "No break-even in the interval: CAC (Direct sales) stays between $4,107.03 and $49,230.77."
    );
  });
});

describe("--out writes the shared plans", () => {
  it("scenarios, break-even and allocation sheets, cell by cell; the input unchanged", async () => {
    const before = sha256(LIBREOFFICE_XLSX);
    const loaded = await loadModel(LIBREOFFICE_XLSX);
    const context = {
      model: loaded.model,
      now: NOW,
      version: VERSION,
      inputs: loaded.inputs,
      warnings: loaded.warnings,
    };
    const source = scenariosSource(LIBREOFFICE_XLSX, loaded, undefined);
    const bounds = boundsSource(LIBREOFFICE_XLSX, loaded, undefined) as BoundsSource;
    const question = (expected.breakEven ?? [])[2]!;
    // Each sheet is named for what it shows (sheetNames.test.ts checks the names themselves).
    const breakEvenSheet = sheetNames.breakEven(loaded.model, question.driver);
    expect(breakEvenSheet).toMatch(/^Break-even /);
    const plans = {
      "Scenarios NPV": buildScenariosPlan(
        { name: "Scenarios NPV", replace: false },
        {
          ...context,
          comparison: scenarioComparison(loaded.model, { scenarios: source }),
          source: "Scenarios!A1:D5",
          chartMetric: "npv",
        }
      ),
      [breakEvenSheet]: buildBreakEvenPlan(
        { name: breakEvenSheet, replace: false },
        { ...context, answer: breakEven(loaded.model, question) }
      ),
      "Budget NPV": buildAllocationPlan(
        { name: "Budget NPV", replace: false },
        { ...context, answer: allocate(loaded.model, { bounds }), bounds: "Bounds!A1:C3" }
      ),
    };
    const runs: [string, string[]][] = [
      ["Scenarios NPV", ["scenarios", LIBREOFFICE_XLSX]],
      [
        breakEvenSheet,
        [
          "breakeven",
          LIBREOFFICE_XLSX,
          "--metric",
          question.metric,
          "--driver",
          question.driver,
          "--target",
          String(question.target),
        ],
      ],
      ["Budget NPV", ["allocate", LIBREOFFICE_XLSX]],
    ];
    for (const [sheet, argv] of runs) {
      const out = path.join(dir, `${argv[0]}.xlsx`);
      const run = await gtm(...argv, "--out", out);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Wrote ${out}: sheet "${sheet}"`);
      const workbook = await openXlsx(out);
      expect(planMismatches(workbook.getWorksheet(sheet)!, plans[sheet]!)).toEqual([]);
    }
    expect(sha256(LIBREOFFICE_XLSX)).toBe(before);
  });
});
