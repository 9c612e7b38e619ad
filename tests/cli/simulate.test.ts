/**
 * `gtm simulate` in-process: the example through its JSON and through the LibreOffice workbook
 * (Uncertainty and Correlations sheets) is accepted as shared/examples/README.md says, with the
 * same numbers to the bit from both; the --json fields; the --samples CSV; usage and input errors.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  loadJson,
  parseUncertaintyJson,
  planSimulation,
  spearman,
  type UncertaintySpec,
} from "../../src/model";
import { plainDigits } from "../../src/cli/commands/samplesCsv";
import { acceptanceFailures, readSimulationExample } from "../support/simulation";
import { inputJsonPath, LIBREOFFICE_XLSX, tempDir } from "./helpers";
import { gtm, NOW, openXlsx, planMismatches } from "./run.helpers";
import { loadModel } from "../../src/cli/load";
import { loadUncertainty } from "../../src/cli/commands/simulateInputs";
import { VERSION } from "../../src/cli/version";
import { buildSimulationPlan } from "../../src/workbook";
import { simulate } from "../../src/model";

const example = readSimulationExample("direct-vs-partner");
const settings = example.simulation.settings;
const settingArgs = [
  "--metric",
  settings.metric,
  "--iterations",
  String(settings.iterations),
  "--seed",
  String(settings.seed),
  "--sampling",
  settings.sampling,
  "--target",
  String(settings.target),
];

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const FIELDS = [
  "metric",
  "iterations",
  "seed",
  "sampling",
  "target",
  "noValue",
  "mean",
  "sd",
  "min",
  "max",
  "p1",
  "p5",
  "p10",
  "p25",
  "p50",
  "p75",
  "p90",
  "p95",
  "p99",
  "shareBelowTarget",
  "rankCorrelations",
  "histogram",
  "warnings",
];

describe("the example, from its JSON and from the LibreOffice workbook", () => {
  let fromJson: Record<string, unknown>;
  let fromXlsx: Record<string, unknown>;
  beforeAll(async () => {
    const json = await gtm(
      "simulate",
      inputJsonPath("direct-vs-partner"),
      ...settingArgs,
      "--json"
    );
    expect(json.code).toBe(0);
    fromJson = JSON.parse(json.stdout) as Record<string, unknown>;
    const xlsx = await gtm("simulate", LIBREOFFICE_XLSX, ...settingArgs, "--json");
    expect(xlsx.code).toBe(0);
    fromXlsx = JSON.parse(xlsx.stdout) as Record<string, unknown>;
  });

  test("--json prints exactly the documented fields, in order", () => {
    expect(Object.keys(fromJson)).toEqual(FIELDS);
    expect(fromJson).toMatchObject({ ...settings, noValue: 0, warnings: [] });
    expect(Object.keys((fromJson.rankCorrelations as object[])[0] as object)).toEqual([
      "driver",
      "rankCorrelation",
    ]);
    expect(Object.keys((fromJson.histogram as object[])[0] as object)).toEqual([
      "from",
      "to",
      "count",
    ]);
  });

  test("the answer is accepted (mean within tolerance, every percentile in its band)", () => {
    expect(acceptanceFailures(fromJson, example.simulation)).toEqual([]);
    expect(acceptanceFailures(fromXlsx, example.simulation)).toEqual([]);
  });

  test("the workbook reads to the same simulation: the same numbers to the bit", () => {
    expect(fromXlsx).toEqual(fromJson);
  });
});

describe("--samples", () => {
  test("a header of the drivers as written and the metric, one row per iteration, as drawn", async () => {
    const csv = path.join(dir, "samples.csv");
    const run = await gtm(
      "simulate",
      inputJsonPath("direct-vs-partner"),
      "--metric",
      "npv",
      "--iterations",
      "300",
      "--samples",
      csv,
      "--json"
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Wrote ${csv}: 300 rows`);
    const lines = fs.readFileSync(csv, "utf8").trimEnd().split("\r\n");
    const drivers = (example.input.uncertainty as { driver: string }[]).map((row) => row.driver);
    expect(lines[0]).toBe([...drivers, "npv"].join(","));
    expect(lines).toHaveLength(301);
    const rows = lines.slice(1).map((line) => line.split(",").map(Number));
    // The sampled columns are the plan's samples, and the metric column gives the printed statistics.
    const { model } = loadJson(example.input);
    const spec = parseUncertaintyJson(example.input, model).spec as UncertaintySpec;
    const plan = planSimulation(model, spec, { metric: "npv", iterations: 300 });
    plan.samples.forEach((samples, j) => expect(rows.map((row) => row[j])).toEqual([...samples]));
    const metric = rows.map((row) => row[drivers.length] as number);
    const printed = JSON.parse(run.stdout) as {
      mean: number;
      rankCorrelations: { driver: string; rankCorrelation: number }[];
    };
    expect(metric.reduce((a, b) => a + b, 0) / 300).toBeCloseTo(printed.mean, 6);
    const first = printed.rankCorrelations[0] as { driver: string; rankCorrelation: number };
    const column = drivers.indexOf(first.driver);
    expect(
      spearman(
        rows.map((row) => row[column] as number),
        metric
      )
    ).toBeCloseTo(first.rankCorrelation, 12);
  });

  test("an existing CSV is replaced only with --force", async () => {
    const csv = path.join(dir, "exists.csv");
    fs.writeFileSync(csv, "keep");
    const run = await gtm(
      "simulate",
      inputJsonPath("direct-vs-partner"),
      "--metric",
      "npv",
      "--samples",
      csv
    );
    expect(run.code).toBe(2);
    expect(fs.readFileSync(csv, "utf8")).toBe("keep");
  });

  test("numbers are written in full precision, never in scientific notation", () => {
    expect(plainDigits(1e-7)).toBe("0.0000001");
    expect(plainDigits(-1.5e-10)).toBe("-0.00000000015");
    expect(plainDigits(1.2345e21)).toBe("1234500000000000000000");
    expect(plainDigits(0.1 + 0.2)).toBe("0.30000000000000004");
  });
});

describe("--out", () => {
  test("writes a copy of the workbook with the simulation sheet, exactly the shared plan", async () => {
    const out = path.join(dir, "simulation.xlsx");
    const run = await gtm(
      "simulate",
      LIBREOFFICE_XLSX,
      "--metric",
      "npv",
      "--iterations",
      "500",
      "--seed",
      "4",
      "--out",
      out
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}: sheet "Sim NPV"`);
    const loaded = await loadModel(LIBREOFFICE_XLSX);
    const uncertainty = await loadUncertainty(LIBREOFFICE_XLSX, loaded, {});
    const result = simulate(loaded.model, uncertainty.spec, {
      metric: "npv",
      iterations: 500,
      seed: 4,
    });
    const plan = buildSimulationPlan(
      { name: "Sim NPV", replace: false },
      {
        model: loaded.model,
        simulation: result,
        spec: uncertainty.spec,
        tables: uncertainty.tables,
        now: NOW,
        version: VERSION,
        inputs: loaded.inputs,
        warnings: [...loaded.warnings, ...uncertainty.warnings],
      }
    );
    const workbook = await openXlsx(out);
    const sheet = workbook.getWorksheet("Sim NPV");
    if (sheet === undefined) throw new Error("no Sim NPV sheet");
    expect(planMismatches(sheet, plan)).toEqual([]);
    expect(sheet.getCell("A19").value).toBe(`NPV below $0 in 0.0% of 500 runs`);
  });
});

describe("errors", () => {
  test.each([
    [
      ["--iterations", "50"],
      "gtm: --iterations 50 is not a whole number of iterations from 100 to 1,000,000 — see gtm simulate --help\n",
    ],
    [
      ["--iterations", "many"],
      'gtm: --iterations "many" is not a number — see gtm simulate --help\n',
    ],
    [["--seed", "1.5"], "gtm: --seed 1.5 is not a whole number — see gtm simulate --help\n"],
    [
      ["--sampling", "sobol"],
      'gtm: --sampling "sobol" is not latin or random — see gtm simulate --help\n',
    ],
    [["--target", "x"], 'gtm: --target "x" is not a number — see gtm simulate --help\n'],
  ])("%j is a usage error (exit 2) before any file is read", async (extra, message) => {
    const run = await gtm(
      "simulate",
      path.join(dir, "no-such-file.json"),
      "--metric",
      "npv",
      ...extra
    );
    expect(run).toEqual({ code: 2, stdout: "", stderr: message });
  });

  test("a JSON model without uncertainty: exit 1, one line", async () => {
    const run = await gtm("simulate", inputJsonPath("online-launch"), "--metric", "npv");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: 'Uncertainty: is missing — give "uncertainty" as a list of uncertain drivers\n',
    });
  });

  test("a bad Uncertainty row names its cell in the workbook", async () => {
    const workbook = await openXlsx(LIBREOFFICE_XLSX);
    const sheet = workbook.getWorksheet("Uncertainty");
    if (sheet === undefined) throw new Error("the example has no Uncertainty sheet");
    sheet.getCell("C2").value = 0.5;
    const bad = path.join(dir, "bad-uncertainty.xlsx");
    await workbook.xlsx.writeFile(bad);
    const run = await gtm("simulate", bad, "--metric", "npv");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "Uncertainty!C2 (channel[Direct sales].conversion, min): 0.5 is not below Max (0.18) — Min must be below Max\n"
    );
  });

  test("--uncertainty names a table of the workbook; JSON input takes none", async () => {
    const missing = await gtm(
      "simulate",
      LIBREOFFICE_XLSX,
      "--metric",
      "npv",
      "--uncertainty",
      "Risks"
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no Excel table or sheet named "Risks"/);
    const json = await gtm(
      "simulate",
      inputJsonPath("direct-vs-partner"),
      "--metric",
      "npv",
      "--uncertainty",
      "Risks"
    );
    expect(json.code).toBe(2);
  });
});
