/** Scenarios (spec §6): the example's comparison to 1e-9 from JSON and from the sheet table; bad rows named by cell. */
import {
  BASE_NAME,
  compareScenarios,
  loadJson,
  METRICS,
  parseScenarios,
  scenarioComparison,
  type ModelInput,
} from "../../src/model";
import { exampleNames, readExample } from "../support/shared";
import { expectClose, inputError } from "./helpers";

const withScenarios = exampleNames().filter((name) => readExample(name).expected.scenarios);

test("an example carries scenarios", () => {
  expect(withScenarios).toContain("direct-vs-partner");
});

describe.each(withScenarios)("example %s", (name) => {
  const { input, expected } = readExample(name);
  const { model } = loadJson(input);
  const json = (input as { scenarios: unknown }).scenarios;
  const want = expected.scenarios as NonNullable<typeof expected.scenarios>;

  test("the JSON scenarios reproduce the comparison over the 13 total metrics", () => {
    const actual = scenarioComparison(model, { scenarios: { json } });
    expect(actual.metrics).toEqual([...METRICS]);
    expect(actual.metrics).toEqual(want.metrics);
    expect(actual.scenarios).toEqual((json as { name: string }[]).map((s) => s.name));
    expectClose(actual.comparison, want.comparison);
  });

  test("the Scenarios sheet table reads to the same scenarios and comparison", () => {
    const table = expected.tables.scenarios as unknown[][];
    const fromTable = parseScenarios({ table }, model);
    const fromJson = parseScenarios({ json }, model);
    expect(fromTable.map((s) => [s.name, s.overrides])).toEqual(
      fromJson.map((s) => [s.name, s.overrides])
    );
    expectClose(compareScenarios(model, fromTable).comparison, want.comparison);
  });
});

describe("scenarios", () => {
  const { input, expected } = readExample("direct-vs-partner");
  const model: ModelInput = loadJson(input).model;
  const header = (expected.tables.scenarios as unknown[][])[0] as unknown[];
  const origin = { sheet: "Scenarios", row: 0, column: 0 };
  const refused = (rows: unknown[][]) =>
    inputError(() =>
      scenarioComparison(model, { scenarios: { table: [header, ...rows], origin } })
    ).issues.map((issue) => issue.message);

  test("rows with the same name (ignoring case) form one scenario, in row order", () => {
    const scenarios = parseScenarios(
      {
        table: [
          header,
          ["Mixed", "channel[Partners].spend", 30000, ""],
          ["", "", "", ""],
          ["mixed", "channel[Direct sales].spend", 0.5, "Scale"],
        ],
      },
      model
    );
    expect(scenarios.map((s) => s.name)).toEqual(["Mixed"]);
    expect(scenarios[0]?.overrides.map((o) => [o.driver.text, o.value, o.mode])).toEqual([
      ["channel[Partners].spend", 30000, "value"],
      ["channel[Direct sales].spend", 0.5, "scale"],
    ]);
  });

  test("the metrics can be chosen, channel and segment ones too", () => {
    const actual = scenarioComparison(model, {
      scenarios: { json: (input as { scenarios: unknown }).scenarios },
      metrics: ["NPV", "channel[partners].CAC"],
    });
    expect(actual.metrics).toEqual(["npv", "channel[Partners].cac"]);
    expect(actual.comparison[1]?.values[0]).toBeNull(); // Direct only: Partners win nobody
    expect(actual.comparison[1]?.change[0]).toBeNull();
  });

  test("a scenario named Base, blank cells, an unknown mode or driver: every error by cell", () => {
    expect(
      refused([
        [BASE_NAME.toLowerCase(), "channel[Partners].spend", 0, ""],
        ["", "channel[Partners].spend", 0, ""],
        ["No driver", "", 0, ""],
        ["No value", "channel[Partners].spend", "", ""],
        ["Bad mode", "channel[Partners].spend", 2, "double"],
        ["Bad driver", "channel[Resellers].spend", 2, ""],
        ["Text value", "channel[Partners].spend", "lots", ""],
      ])
    ).toEqual([
      'Scenarios!A2 (base, scenario): "base" is the baseline\'s name — call the scenario something else',
      "Scenarios!A3 (row 2, scenario): is blank — give the scenario a name",
      "Scenarios!B4 (No driver, driver): is blank — name a driver such as channel[Partners].spend",
      "Scenarios!C5 (No value, value): is blank — give the driver's number",
      'Scenarios!D6 (Bad mode, mode): "double" is not a mode — use value or scale (blank means value)',
      'Scenarios!B7 (Bad driver, driver): there is no channel named "Resellers"',
      'Scenarios!C8 (Text value, value): "lots" is text, not a number',
    ]);
  });

  test("an override that makes a field invalid names its Scenarios row and cell", () => {
    expect(
      refused([
        ["Fine", "channel[Partners].spend", 0, ""],
        ["Too good", "channel[Partners].conversion", 25, ""],
        ["Too much", "channel[Partners].partnerMargin", 6, "scale"],
        ["Negative", "segment[*].price", -1, "value"],
      ])
    ).toEqual([
      "Scenarios!C3 (Too good, value): makes the conversion of Partners invalid: 25 is not between 0 and 1 — enter 25% or 0.25",
      "Scenarios!C5 (Negative, value): makes the price of Enterprise invalid: -1 is negative — enter 0 or more",
    ]);
  });

  test("an unknown metric and a bad row are reported together", () => {
    expect(
      inputError(() =>
        scenarioComparison(model, {
          scenarios: { table: [header, ["X", "horizon", 0, ""]], origin },
          metrics: ["profit"],
        })
      ).issues.map((issue) => issue.message)
    ).toEqual([
      'Drivers (metric): "profit" is not a metric — use one of customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, or channel[Name].field or segment[Name].field',
      "Scenarios!C2 (X, value): makes the horizon invalid: 0 is not a whole number of periods between 1 and 600",
    ]);
  });

  test("JSON scenarios: a missing overrides list and a bad override are named by scenario", () => {
    expect(
      inputError(() =>
        parseScenarios(
          {
            json: [
              { name: "Empty" },
              {
                name: "Odd",
                overrides: [{ driver: "channel[Partners].spend", value: 1, mode: "x" }],
              },
            ],
          },
          model
        )
      ).issues.map((issue) => issue.message)
    ).toEqual([
      'Scenarios (Empty, overrides): has no list of "overrides"',
      'Scenarios (Odd, mode): "x" is not a mode — use value or scale (blank means value)',
    ]);
  });
});
