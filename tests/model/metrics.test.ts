/** Metrics that name one channel or one segment (spec §4), everywhere a metric is taken. */
import {
  evaluateMetric,
  Evaluator,
  loadJson,
  metricInfo,
  metricOf,
  parseMetric,
  runModel,
  sensitivityGrid,
  tornado,
} from "../../src/model";
import { exampleNames, readExample } from "../support/shared";
import { close, expectClose, inputError } from "./helpers";

const withMetrics = exampleNames().filter((name) => readExample(name).expected.metrics);

test("the examples carry channel and segment metrics", () => {
  expect(withMetrics).toContain("direct-vs-partner");
});

describe.each(withMetrics)("example %s", (name) => {
  const { input, expected } = readExample(name);
  const { model } = loadJson(input);
  const metrics = Object.entries(expected.metrics ?? {});

  test("evaluateMetric and the Evaluator reproduce every metric", () => {
    const evaluator = new Evaluator(model);
    for (const [metric, value] of metrics) {
      expectClose({ [metric]: evaluateMetric(model, metric) }, { [metric]: value });
      expectClose({ [metric]: evaluator.metric(metric) }, { [metric]: value });
    }
  });

  test("metricOf reads the same figures from the full result", () => {
    const result = runModel(model);
    for (const [metric, value] of metrics)
      expectClose({ [metric]: metricOf(result, metric) }, { [metric]: value });
  });

  test("a grid and a tornado take a channel metric", () => {
    const [metric, value] = metrics[0] as [string, number];
    const grid = sensitivityGrid(model, {
      metric,
      x: { driver: "discountRate", values: [model.assumptions.discountRate] },
    });
    expect(grid.metric).toBe(parseMetric(metric, model));
    expectClose(grid.values, [[value]]);
    const rows = tornado(model, { metric }).rows;
    for (const row of rows) expectClose(row.base, value);
  });
});

describe("metric names", () => {
  const { model } = loadJson(readExample("direct-vs-partner").input);

  test("match ignoring case and separators, and take the model's spelling", () => {
    expect(parseMetric("Channel[direct SALES].CAC", model)).toBe("channel[Direct sales].cac");
    expect(parseMetric("channels[directsales].LTV to CAC", model)).toBe(
      "channel[Direct sales].ltvToCac"
    );
    expect(parseMetric("segment[mid_market].Penetration", model)).toBe(
      "segment[Mid-market].penetration"
    );
    expect(parseMetric("NPV", model)).toBe("npv");
  });

  test("segment revenue from one evaluation equals the full result's", () => {
    const result = runModel(model);
    const evaluator = new Evaluator(model);
    for (const segment of result.segments) {
      for (const field of ["revenue", "grossProfit", "customers", "activeCustomers"] as const) {
        const value = evaluator.metric(`segment[${segment.name}].${field}`);
        expect(close(value as number, segment[field])).toBe(true);
      }
    }
  });

  test("*, an unknown row or an unknown field is an input error", () => {
    expect(inputError(() => parseMetric("channel[*].cac", model)).message).toBe(
      'Drivers (metric): "channel[*].cac" names every channel — a metric takes one channel: write channel[Name].cac'
    );
    expect(inputError(() => parseMetric("channel[Resellers].cac", model)).message).toBe(
      'Drivers (metric): there is no channel named "Resellers"'
    );
    expect(inputError(() => parseMetric("segment[Enterprise].cac", model)).message).toBe(
      'Drivers (metric): "cac" is not a result of a segment — use customers, activeCustomers, revenue, grossProfit, penetration'
    );
    expect(inputError(() => evaluateMetric(model, "segment[SMB].revenue")).message).toBe(
      'Drivers (metric): there is no segment named "SMB"'
    );
  });

  test("lower is better for CAC and payback of the total or a channel, only", () => {
    expect(metricInfo("cac").lowerIsBetter).toBe(true);
    expect(metricInfo("channel[Partners].payback").lowerIsBetter).toBe(true);
    expect(metricInfo("channel[Partners].npv").lowerIsBetter).toBe(false);
    expect(metricInfo("segment[Enterprise].penetration").lowerIsBetter).toBe(false);
    expect(metricInfo("ltvToCac").lowerIsBetter).toBe(false);
  });

  test("labels name the row", () => {
    expect(metricInfo("channel[Partners].cac").label).toBe("CAC (Partners)");
    expect(metricInfo("segment[Enterprise].penetration")).toEqual({
      label: "Penetration (Enterprise)",
      kind: "rate",
      decimals: 1,
      field: "penetration",
      lowerIsBetter: false,
    });
  });
});
