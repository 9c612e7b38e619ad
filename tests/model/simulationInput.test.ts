/** Bad input to the simulation (spec §9): every problem named by table, row, field and cell; nothing computed. */
import {
  checkSettings,
  loadJson,
  ModelInputError,
  parseUncertaintyJson,
  parseUncertaintyTables,
  planSimulation,
  type UncertaintySpec,
} from "../../src/model";
import { readSimulationExample } from "../support/simulation";

const example = readSimulationExample("direct-vs-partner");
const { model } = loadJson(example.input);

describe("the Uncertainty and Correlations tables from sheets", () => {
  const H = ["Driver", "Distribution", "Min", "Most likely", "Max", "Mean", "SD", "Apply", "Note"];
  const grid = [
    H,
    ["channel[Partners].conversion", "beta", 0.1, "", 0.2, "", "", "", ""],
    ["channel[Direct sales].conversion", "triangular", 0.2, 0.15, 0.1, "", "", "", ""],
    ["channel[Direct sales].spend", "pert", 10, 30, 20, "", "", "", ""],
    ["segment[Mid-market].price", "normal", "", "", "", 800, 0, "", ""],
    ["segment[Enterprise].price", "lognormal", "", "", "", -5, 10, "", ""],
    ["channel[partners].CONVERSION", "uniform", 0.1, "", "x", "", "", "add", ""],
    ["channel[Nope].conversion", "uniform", 0.1, "", 0.2, "", "", "", ""],
    ["", "uniform", 0.1, "", 0.2, 3, "", "", ""],
    ["discountRate", "triangular", 0.1, "", 0.2, "", "", "", ""],
    ["horizon", "normal", 30, "", 20, 24, 2, "", ""],
    ["launchPeriods", "normal", 300, "", "", 2, 1, "", ""],
  ];
  const corr = [
    ["Driver", "With", "Correlation"],
    ["channel[Direct sales].conversion", "segment[Mid-market].price", 1.5],
    ["channel[Direct sales].conversion", "channel[Direct sales].conversion", 0.5],
    ["segment[*].churn", "discountRate", 0.5],
    ["segment[Mid-market].price", "channel[Direct sales].conversion", 0.3],
    ["segment[Mid-market].price", "", ""],
  ];

  const outcome = parseUncertaintyTables(
    {
      uncertainty: grid,
      correlations: corr,
      origins: {
        uncertainty: { sheet: "Uncertainty", row: 0, column: 0 },
        correlations: { sheet: "Correlations", row: 0, column: 0 },
      },
    },
    model
  );

  test("every problem, by cell, in reading order; no spec", () => {
    expect(outcome.spec).toBeNull();
    expect(outcome.errors.map((issue) => issue.message)).toEqual([
      'Uncertainty!B2 (channel[Partners].conversion, distribution): "beta" is not a distribution — use uniform, triangular, pert, normal or lognormal',
      "Uncertainty!C3 (channel[Direct sales].conversion, min): 0.2 is not below Max (0.1) — Min must be below Max",
      "Uncertainty!D4 (channel[Direct sales].spend, mostLikely): 30 is not between Min (10) and Max (20)",
      "Uncertainty!G5 (segment[Mid-market].price, sd): 0 is not above 0 — a standard deviation must be positive",
      "Uncertainty!F6 (segment[Enterprise].price, mean): -5 is not above 0 — the mean of a lognormal must be positive",
      'Uncertainty!A7 (channel[partners].CONVERSION, driver): "channel[partners].CONVERSION" is named twice (also as "channel[Partners].conversion") — give each uncertain driver one row',
      'Uncertainty!E7 (channel[partners].CONVERSION, max): "x" is text, not a number',
      'Uncertainty!H7 (channel[partners].CONVERSION, apply): "add" is not a way to apply a sample — use value or scale (or leave it blank)',
      'Uncertainty!A8 (channel[Nope].conversion, driver): there is no channel named "Nope"',
      "Uncertainty!A9 (row 8, driver): the driver is blank — name a driver such as channel[Partners].conversion",
      "Uncertainty!D10 (discountRate, mostLikely): is blank — a triangular distribution needs Min, Most likely and Max",
      "Uncertainty!C11 (horizon, min): 30 is not below Max (20) — Min must be below Max",
      "Uncertainty!C12 (launchPeriods, min): Min and Max leave no room for this normal distribution (almost all of it lies outside them) — widen them or move the mean",
      "Correlations!C2 (channel[Direct sales].conversion with segment[Mid-market].price, correlation): 1.5 is not between −1 and 1",
      "Correlations!B3 (channel[Direct sales].conversion with channel[Direct sales].conversion, with): pairs a driver with itself — its correlation with itself is always 1",
      'Correlations!A4 (segment[*].churn with discountRate, driver): "segment[*].churn" is not an uncertain driver — add it to the Uncertainty table, or remove this row',
      "Correlations!A5 (segment[Mid-market].price with channel[Direct sales].conversion, driver): this pair is named twice — keep one row for it",
      "Correlations!B6 (segment[Mid-market].price with row 5, with): the driver is blank — name a driver such as channel[Partners].conversion",
      "Correlations!C6 (segment[Mid-market].price with row 5, correlation): is blank — enter a rank correlation between −1 and 1",
    ]);
  });

  test("unknown columns and parameters a distribution does not use are warnings", () => {
    expect(outcome.warnings.map((issue) => issue.message)).toEqual([
      'Uncertainty!I1: the column "Note" is not a model field; it is ignored',
      "Uncertainty!F9 (row 8, mean): is not used by a uniform distribution; it is ignored",
    ]);
  });

  test("a table that starts lower on its sheet names the cells where they are", () => {
    const moved = parseUncertaintyTables(
      {
        uncertainty: [H.slice(0, 8), ["discountRate", "uniform", 0.2, "", 0.1, "", "", ""]],
        origins: { uncertainty: { sheet: "GTM Inputs", row: 4, column: 2 } },
      },
      model
    );
    expect(moved.errors.map((issue) => issue.message)).toEqual([
      "'GTM Inputs'!E6 (discountRate, min): 0.2 is not below Max (0.1) — Min must be below Max",
    ]);
  });

  test("a missing table, or one without a Driver column", () => {
    expect(
      parseUncertaintyTables({ uncertainty: null }, model).errors.map((issue) => issue.message)
    ).toEqual([
      "Uncertainty: the table is missing or empty — it needs a header row (Driver, Distribution, Min, Most likely, Max, Mean, SD, Apply) and at least one row",
    ]);
    const noDriver = parseUncertaintyTables(
      {
        uncertainty: [
          ["Distribution", "Min", "Max"],
          ["uniform", 1, 2],
        ],
        origins: { uncertainty: { sheet: "Uncertainty", row: 0, column: 0 } },
      },
      model
    );
    expect(noDriver.errors.map((issue) => issue.message)).toEqual([
      'Uncertainty!A1:C1 (driver): the required column "Driver" is missing',
    ]);
  });
});

describe("headers as a user types them", () => {
  test("any order, any case, spaces and underscores: the same drivers as the example's table", () => {
    const spelled = parseUncertaintyTables(
      {
        uncertainty: [
          [
            "most_likely",
            "DRIVER",
            "apply",
            "Standard deviation",
            "MIN",
            "max",
            "Mean",
            "distribution",
          ],
          ["0.15", "channel[Direct sales].conversion", "", "", 0.1, 0.18, "", "PERT"],
        ],
      },
      model
    );
    expect(spelled.errors.map((issue) => issue.message)).toEqual([
      'Uncertainty (channel[Direct sales].conversion, mostLikely): "0.15" is text, not a number',
    ]);
    const fixed = parseUncertaintyTables(
      {
        uncertainty: [
          [
            "most_likely",
            "DRIVER",
            "apply",
            "Standard deviation",
            "MIN",
            "max",
            "Mean",
            "distribution",
          ],
          [0.15, "channel[Direct sales].conversion", "", "", 0.1, 0.18, "", "PERT"],
        ],
      },
      model
    );
    const fromJson = parseUncertaintyJson(example.input, model).spec as UncertaintySpec;
    expect(fixed.spec?.drivers).toEqual([fromJson.drivers[0]]);
  });
});

describe("the JSON form", () => {
  test.each([
    [{}, 'Uncertainty: is missing — give "uncertainty" as a list of uncertain drivers'],
    [
      { uncertainty: 3 },
      'Uncertainty: "uncertainty" must be a list of rows, each an object of field names and values',
    ],
    [{ uncertainty: [] }, "Uncertainty: the table has no rows — add at least one uncertain driver"],
    [
      {
        uncertainty: [{ driver: "discountRate", distribution: "uniform", min: 0, max: 0.1 }],
        correlations: {},
      },
      'Correlations: "correlations" must be a list of rows, each an object of field names and values',
    ],
    [
      { uncertainty: [{ driver: "discountRate", distribution: "normal", mean: 0.1 }] },
      "Uncertainty (discountRate, sd): is blank — a normal distribution needs Mean and SD",
    ],
  ])("%j", (json, message) => {
    const outcome = parseUncertaintyJson(json, model);
    expect(outcome.spec).toBeNull();
    expect(outcome.errors.map((issue) => issue.message)).toEqual([message]);
  });
});

describe("the settings", () => {
  test("iterations outside 100..1,000,000, a seed that is not whole, an unknown sampling, a target that is text", () => {
    expect(
      checkSettings({ iterations: 50, seed: 1.5, sampling: "sobol", target: "abc" }).errors.map(
        (issue) => issue.message
      )
    ).toEqual([
      "Simulation (iterations): 50 is not a whole number of iterations from 100 to 1,000,000",
      "Simulation (seed): 1.5 is not a whole number",
      'Simulation (sampling): "sobol" is not a sampling method — use latin or random',
      'Simulation (target): "abc" is text, not a number',
    ]);
    expect(checkSettings({ iterations: 1_000_001 }).errors.map((issue) => issue.message)).toEqual([
      "Simulation (iterations): 1000001 is not a whole number of iterations from 100 to 1,000,000",
    ]);
  });

  test("defaults: 5,000 iterations, seed 1, latin, target 0; text numbers and any case are read", () => {
    expect(checkSettings({}).settings).toEqual({
      iterations: 5000,
      seed: 1,
      sampling: "latin",
      target: 0,
    });
    expect(checkSettings({ iterations: "2,000", seed: -3, sampling: "Random" }).settings).toEqual({
      iterations: 2000,
      seed: -3,
      sampling: "random",
      target: 0,
    });
  });

  test("planSimulation refuses bad settings and an unknown metric before drawing anything", () => {
    const spec = parseUncertaintyJson(example.input, model).spec as UncertaintySpec;
    let error: unknown = null;
    try {
      planSimulation(model, spec, { metric: "profit", iterations: 99 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelInputError);
    expect((error as ModelInputError).issues.map((issue) => issue.message)).toEqual([
      "Simulation (iterations): 99 is not a whole number of iterations from 100 to 1,000,000",
      expect.stringMatching(/^Drivers \(metric\): "profit" is not a metric/),
    ]);
  });
});
