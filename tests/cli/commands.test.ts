/**
 * The `gtm` commands in-process, on every input of shared/examples (the JSON files and the
 * LibreOffice workbook) and on the sample the command writes: results, grids and tornados match
 * the expected JSON to 1e-9; --out writes exactly the shared services' plan into a copy.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runModel, sensitivityGrid, tornado } from "../../src/model";
import { buildResultsPlan, buildSensitivityPlan, buildTornadoPlan } from "../../src/workbook";
import { loadModel } from "../../src/cli/load";
import { VERSION } from "../../src/cli/version";
import {
  EXAMPLE_NAMES,
  expected,
  inputJsonPath,
  LIBREOFFICE_XLSX,
  mismatches,
  tempDir,
} from "./helpers";
import { gtm, NOW, openXlsx, planMismatches, sha256 } from "./run.helpers";

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const INPUTS: { label: string; file: () => string; example: string }[] = [
  ...EXAMPLE_NAMES.map((name) => ({
    label: `${name}.input.json`,
    file: () => inputJsonPath(name),
    example: name,
  })),
  {
    label: "direct-vs-partner.libreoffice.xlsx",
    file: () => LIBREOFFICE_XLSX,
    example: "direct-vs-partner",
  },
];

it("finds both examples", () => {
  expect(EXAMPLE_NAMES).toEqual(["direct-vs-partner", "online-launch"]);
});

it("compares numbers strictly enough to fail", () => {
  expect(mismatches({ a: [1, 2.000001] }, { a: [1, 2] })).toEqual([
    "$.a[1]: expected 2, got 2.000001",
  ]);
  expect(mismatches({ a: 1 + 1e-12 }, { a: 1 })).toEqual([]);
});

describe.each(INPUTS)("$label", ({ file, example }) => {
  const want = expected(example);

  it("gtm run --json reproduces the expected result", async () => {
    const run = await gtm("run", file(), "--json");
    expect(run.code).toBe(0);
    expect(mismatches(JSON.parse(run.stdout), want.result)).toEqual([]);
  });

  it("gtm sensitivity --json reproduces the expected grid", async () => {
    const { x, y, mode, metric } = want.grid;
    const run = await gtm(
      "sensitivity",
      file(),
      "--metric",
      metric,
      "--x",
      x.driver,
      "--values",
      "0.8:1.2:5",
      "--y",
      y.driver,
      "--y-values",
      "0.8:1.2:3",
      "--mode",
      mode,
      "--json"
    );
    expect(run.code).toBe(0);
    const grid = JSON.parse(run.stdout);
    expect(grid.x).toEqual(x.values);
    expect(grid.y).toEqual(y.values);
    expect(mismatches(grid.values, want.grid.values)).toEqual([]);
    expect(grid).toMatchObject({ metric, mode, xDriver: x.driver, yDriver: y.driver });
  });

  it("gtm tornado --json reproduces the expected rows", async () => {
    const run = await gtm(
      "tornado",
      file(),
      "--metric",
      want.tornado.metric,
      "--swing",
      String(want.tornado.swing),
      "--json"
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.rows.map((row: { driver: string }) => row.driver)).toEqual(
      want.tornado.rows.map((row) => row.driver)
    );
    expect(mismatches(result.rows, want.tornado.rows)).toEqual([]);
    expect(result).toMatchObject({ metric: want.tornado.metric, swing: want.tornado.swing });
  });

  it("gtm tornado --swing takes a percentage too: 20% is the same as 0.2", async () => {
    const percent = `${Number((want.tornado.swing * 100).toPrecision(12))}%`;
    const run = await gtm(
      "tornado",
      file(),
      "--metric",
      want.tornado.metric,
      "--swing",
      percent,
      "--json"
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.swing).toBe(want.tornado.swing);
    expect(mismatches(result.rows, want.tornado.rows)).toEqual([]);
  });
});

describe("gtm sample", () => {
  it("writes the sample, and gtm run --json on it reproduces the direct-vs-partner result", async () => {
    const out = path.join(dir, "sample.xlsx");
    const sample = await gtm("sample", out);
    expect(sample).toEqual({
      code: 0,
      stdout: `Wrote ${out}: sheets Channels, Segments, Mix, Assumptions, Scenarios, Bounds, Uncertainty, Correlations, GTM Model\n`,
      stderr: "",
    });
    const run = await gtm("run", out, "--json");
    expect(run.code).toBe(0);
    // The Assumptions table's header row is the table's own, not an assumption: no warning.
    expect(run.stderr).toBe("");
    expect(mismatches(JSON.parse(run.stdout), expected("direct-vs-partner").result)).toEqual([]);
    const workbook = await openXlsx(out);
    const channels = workbook.getWorksheet("Channels")!;
    expect(channels.getCell("E2").numFmt).toMatch(/%/);
    expect(
      Object.keys((channels as unknown as { tables: Record<string, unknown> }).tables)
    ).toEqual(["Channels"]);
  });

  it("does not overwrite an existing file without --force", async () => {
    const out = path.join(dir, "taken.xlsx");
    fs.writeFileSync(out, "mine");
    expect(await gtm("sample", out)).toEqual({
      code: 2,
      stdout: "",
      stderr: `gtm: ${out} already exists — add --force to replace it — see gtm sample --help\n`,
    });
    expect(fs.readFileSync(out, "utf8")).toBe("mine");
    expect((await gtm("sample", out, "--force")).code).toBe(0);
    expect((await openXlsx(out)).worksheets.map((s) => s.name)).toEqual([
      "Channels",
      "Segments",
      "Mix",
      "Assumptions",
      "Scenarios",
      "Bounds",
      "Uncertainty",
      "Correlations",
      "GTM Model",
    ]);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});

describe("--out writes a copy with the shared services' sheet", () => {
  it("gtm run --out: the input's sheets plus Results, exactly the results plan; the input is unchanged", async () => {
    const out = path.join(dir, "results.xlsx");
    const before = sha256(LIBREOFFICE_XLSX);
    const run = await gtm("run", LIBREOFFICE_XLSX, "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(
        `^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: sheet "Results" \\(Results!A1:[A-Z]+[0-9]+\\)\\n`
      )
    );
    expect(run.stdout).toContain('note: chart "');
    expect(sha256(LIBREOFFICE_XLSX)).toBe(before);

    const loaded = await loadModel(LIBREOFFICE_XLSX);
    const plan = buildResultsPlan(
      { name: "Results", replace: false },
      {
        model: loaded.model,
        result: runModel(loaded.model),
        mode: "values",
        now: NOW,
        version: VERSION,
        inputs: loaded.inputs, // The model's warnings are on the sheet, as in the pane (the example's Assumptions header row).
        warnings: loaded.warnings,
      }
    );
    const workbook = await openXlsx(out);
    const inputSheets = (await openXlsx(LIBREOFFICE_XLSX)).worksheets.map((sheet) => sheet.name);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...inputSheets, "Results"]);
    expect(planMismatches(workbook.getWorksheet("Results")!, plan)).toEqual([]);
    expect(loaded.warnings.length).toBeGreaterThan(0);
    expect(workbook.getWorksheet("Results")!.getCell("B7").value).toBe(loaded.warnings[0].message);

    // A second run on the copy goes to a new sheet; the first is kept as it was.
    const again = path.join(dir, "results-again.xlsx");
    expect((await gtm("run", out, "--out", again)).code).toBe(0);
    const rerun = await openXlsx(again);
    expect(rerun.worksheets.map((sheet) => sheet.name)).toEqual([
      ...inputSheets,
      "Results",
      "Results 2",
    ]);
    expect(planMismatches(rerun.getWorksheet("Results")!, plan)).toEqual([]);
  });

  it("a user's sheet named Results is never touched: the results go to Results 2", async () => {
    const input = path.join(dir, "users-results.xlsx");
    const workbook = await openXlsx(LIBREOFFICE_XLSX);
    const mine = workbook.addWorksheet("Results");
    mine.getCell("A1").value = "My own notes";
    await workbook.xlsx.writeFile(input);
    const out = path.join(dir, "users-results-out.xlsx");
    const run = await gtm("run", input, "--out", out);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}: sheet "Results 2"`);
    const written = await openXlsx(out);
    const inputSheets = (await openXlsx(LIBREOFFICE_XLSX)).worksheets.map((sheet) => sheet.name);
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual([
      ...inputSheets,
      "Results",
      "Results 2",
    ]);
    expect(written.getWorksheet("Results")!.getCell("A1").value).toBe("My own notes");
    expect(written.getWorksheet("Results")!.actualRowCount).toBe(1);
  });

  it("gtm sensitivity --out: the grid plan, with its colour scale", async () => {
    const out = path.join(dir, "grid.xlsx");
    const args = [
      "--metric",
      "npv",
      "--x",
      "segment[*].price",
      "--values",
      "0.8:1.2:5",
      "--y",
      "channel[*].conversion",
      "--y-values",
      "0.8,1,1.2",
      "--mode",
      "scale",
    ];
    const run = await gtm("sensitivity", LIBREOFFICE_XLSX, ...args, "--out", out);
    expect(run.code).toBe(0);
    const loaded = await loadModel(LIBREOFFICE_XLSX);
    const grid = sensitivityGrid(loaded.model, {
      metric: "npv",
      x: { driver: "segment[*].price", values: [0.8, 0.9, 1, 1.1, 1.2] },
      y: { driver: "channel[*].conversion", values: [0.8, 1, 1.2] },
      mode: "scale",
    });
    const plan = buildSensitivityPlan(
      { name: "Sens NPV Price×Conv", replace: false },
      {
        model: loaded.model,
        grid,
        mode: "values",
        now: NOW,
        version: VERSION,
        inputs: loaded.inputs, // The model's warnings are on the sheet, as in the pane (the example's Assumptions header row).
        warnings: loaded.warnings,
      }
    );
    const sheet = (await openXlsx(out)).getWorksheet("Sens NPV Price×Conv")!;
    expect(planMismatches(sheet, plan)).toEqual([]);
    const scales = (
      sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }
    ).conditionalFormattings;
    expect(scales.map((cf) => cf.rules[0].type)).toEqual(
      (plan.colorScales ?? []).map(() => "colorScale")
    );
    expect(scales.length).toBeGreaterThan(0);
  });

  it("gtm tornado --out on JSON input: a new workbook with the tornado plan", async () => {
    const out = path.join(dir, "tornado.xlsx");
    const run = await gtm(
      "tornado",
      inputJsonPath("online-launch"),
      "--metric",
      "npv",
      "--out",
      out,
      "--json"
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows.length).toBe(expected("online-launch").tornado.rows.length);
    expect(run.stderr).toContain(`Wrote ${out}: sheet "Tornado NPV"`);
    const loaded = await loadModel(inputJsonPath("online-launch"));
    const plan = buildTornadoPlan(
      { name: "Tornado NPV", replace: false },
      {
        model: loaded.model,
        tornado: tornado(loaded.model, { metric: "npv" }),
        now: NOW,
        version: VERSION,
        inputs: {},
      }
    );
    const workbook = await openXlsx(out);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Tornado NPV"]);
    expect(planMismatches(workbook.getWorksheet("Tornado NPV")!, plan)).toEqual([]);
    // The check is sharp: the plan of another metric does not match what was written.
    const other = buildTornadoPlan(
      { name: "Tornado NPV", replace: false },
      {
        model: loaded.model,
        tornado: tornado(loaded.model, { metric: "revenue" }),
        now: NOW,
        version: VERSION,
        inputs: {},
      }
    );
    expect(planMismatches(workbook.getWorksheet("Tornado NPV")!, other).length).toBeGreaterThan(0);
  });
});
