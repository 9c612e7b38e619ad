/** Break-even (spec §7): the example's questions to 1e-9, the bracketing rule, default intervals, bad questions. */
import {
  breakEven,
  BREAK_EVEN_POINTS,
  defaultInterval,
  evaluateMetric,
  Evaluator,
  loadJson,
  parseDriver,
  type ModelInput,
} from "../../src/model";
import { exampleNames, readExample } from "../support/shared";
import { close, expectClose, inputError } from "./helpers";

const withBreakEven = exampleNames().filter((name) => readExample(name).expected.breakEven);

test("the examples carry break-even questions", () => {
  expect(withBreakEven).toContain("direct-vs-partner");
});

describe.each(withBreakEven)("example %s", (name) => {
  const { input, expected } = readExample(name);
  const { model } = loadJson(input);
  const questions = expected.breakEven ?? [];

  test.each(questions.map((q, i) => [i, q] as const))("question %i", (_, question) => {
    const answer = breakEven(model, question);
    expectClose(
      { value: answer.value, min: answer.min, max: answer.max },
      { value: question.value, min: question.min, max: question.max }
    );
    if (question.step) expectClose(answer.step, question.step);
    else expect(answer.step).toBeNull();
    expectClose(answer.baseline, evaluateMetric(model, question.metric));
    if (answer.value !== null) {
      // The metric at the answer is the target (to the refinement's precision).
      const at = evaluateMetric(model, question.metric, [
        { driver: parseDriver(question.driver, model), mode: "value", value: answer.value },
      ]) as number;
      expect(close(at, question.target, 1e-6)).toBe(true);
    }
  });
});

describe("break-even", () => {
  const { input } = readExample("direct-vs-partner");
  const model: ModelInput = loadJson(input).model;
  const messages = (run: () => unknown) => inputError(run).issues.map((issue) => issue.message);

  test("default intervals: [0, 1] for rates, [0, 10 × largest], 1 % of the smallest for fields above 0", () => {
    const interval = (driver: string) => {
      const parsed = parseDriver(driver, model);
      const rule =
        parsed.field === "costPerLead"
          ? "positive"
          : parsed.field === "conversion"
            ? "rate"
            : "nonNegative";
      return defaultInterval(parsed, rule, model);
    };
    expect(interval("channel[*].conversion")).toEqual([0, 1]);
    expect(interval("segment[*].price")).toEqual([0, 25000]);
    expect(interval("channel[*].costPerLead")).toEqual([2, 4000]);
    expect(interval("channel[Direct sales].fixedCost")).toBeNull();
  });

  test("the first bracketing step of the 101 points holds the answer; exactly v_i when f(v_i) = 0", () => {
    // Spend of partners where their spend is exactly a grid point: 0..100000, steps of 1000.
    const evaluator = new Evaluator(model);
    const spendAt = (v: number) =>
      evaluator.metric("channel[Partners].spend", [
        { driver: parseDriver("channel[Partners].spend", model), mode: "value", value: v },
      ]);
    const target = spendAt(23000) as number;
    const answer = breakEven(model, {
      metric: "channel[Partners].spend",
      driver: "channel[Partners].spend",
      target,
      low: 0,
      high: 100000,
    });
    // [22000, 23000] is the first step whose product is ≤ 0 (0 at its high end).
    expect(answer.value).toBe(23000);
    expect(answer.step).toEqual([22000, 23000]);
    const fromThere = breakEven(model, {
      metric: "channel[Partners].spend",
      driver: "channel[Partners].spend",
      target,
      low: 23000,
      high: 123000,
    });
    expect([fromThere.value, fromThere.step]).toEqual([23000, [23000, 24000]]);
    expect(answer.min).toBe(0);
    expect(answer.max).toBe(spendAt(100000));
    expect(BREAK_EVEN_POINTS).toBe(101);
  });

  test("no break-even gives the metric's range over the interval", () => {
    const answer = breakEven(model, {
      metric: "npv",
      driver: "channel[Partners].conversion",
      target: 1e12,
      low: 0.05,
      high: 0.15,
    });
    expect(answer.value).toBeNull();
    expect(answer.step).toBeNull();
    expectClose(
      answer.min,
      evaluateMetric(model, "npv", [
        { driver: parseDriver("channel[Partners].conversion", model), mode: "value", value: 0.05 },
      ])
    );
    expect(answer.low).toBe(0.05);
    expect(answer.high).toBe(0.15);
  });

  test("a whole-number driver, low ≥ high, and an unknown metric are input errors, all at once", () => {
    expect(
      messages(() =>
        breakEven(model, { metric: "profit", driver: "channel[Partners].cycle", target: 0 })
      )
    ).toEqual([
      'Drivers (metric): "profit" is not a metric — use one of customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, or channel[Name].field or segment[Name].field',
      "Drivers (channel[Partners].cycle, driver): cycle takes whole numbers only — a break-even needs a field that can take any value, such as spend, conversion or price",
    ]);
    expect(
      messages(() => breakEven(model, { metric: "npv", driver: "horizon", target: 0 }))
    ).toEqual([
      "Drivers (horizon, driver): horizon takes whole numbers only — a break-even needs a field that can take any value, such as spend, conversion or price",
    ]);
    expect(
      messages(() =>
        breakEven(model, {
          metric: "npv",
          driver: "segment[*].price",
          target: 0,
          low: 500,
          high: 500,
        })
      )
    ).toEqual(["Drivers (low): 500 is not below the high end 500 — give low < high"]);
    expect(
      messages(() =>
        breakEven(model, {
          metric: "npv",
          driver: "channel[*].conversion",
          target: 0,
          low: -0.5,
          high: 2,
        })
      )
    ).toEqual([
      "Drivers (low): -0.5 is not between 0 and 1",
      "Drivers (high): 2 is not between 0 and 1 — enter 2% or 0.02",
    ]);
  });

  test("a driver blank or 0 in every row needs its interval", () => {
    expect(
      messages(() =>
        breakEven(model, { metric: "npv", driver: "channel[Direct sales].fixedCost", target: 0 })
      )
    ).toEqual([
      "Drivers (channel[Direct sales].fixedCost, driver): every row it names is blank or 0, so there is no default interval — give the low and high ends",
    ]);
    const answer = breakEven(model, {
      metric: "npv",
      driver: "channel[Direct sales].fixedCost",
      target: 0,
      low: 0,
      high: 1e6,
    });
    expect(answer.value).not.toBeNull();
  });
});

describe("a metric within rounding of the target meets it (docs/model.md)", () => {
  // Generated case 747 of tests/reference: the market of 404 accounts is reached, and the
  // segment's customers add up to 403.99999999999994 — one rounding short of the target.
  const { model } = loadJson({
    assumptions: { horizon: 23, periodUnit: "year", discountRate: 0.0232 },
    segments: [{ name: "Enterprise", accounts: 404, price: 1921.57, grossMargin: 0.68 }],
    channels: [
      {
        name: "Direct sales",
        spend: 39600,
        costPerLead: 664.52,
        conversion: 0.2898,
        cycle: 0,
        ramp: 2,
        fixedCost: 2800,
      },
      {
        name: "Partners",
        spend: 17500,
        costPerLead: 775.61,
        conversion: 0.3181,
        cycle: 3,
        capacity: 21.2,
        ramp: 4.09,
        fixedCost: 4800,
      },
    ],
  });
  const question = {
    metric: "segment[Enterprise].customers",
    driver: "segment[Enterprise].bassP",
    target: 404,
    low: 1,
    high: 1000,
  };

  test("customers reaching the whole market: the first scan point that meets it to 1e-12", () => {
    const answer = breakEven(model, question);
    const first = answer.values.findIndex((m) => m !== null && Math.abs(m - 404) <= 404e-12);
    expect(first).toBeGreaterThan(0);
    expect(answer.values[first]).not.toBe(404); // rounding: not exactly the target
    expect(answer.value).toBe(answer.points[first]);
    expect(answer.step).toEqual([answer.points[first - 1], answer.points[first]]);
  });

  test("a target beyond that tolerance is not met", () => {
    const answer = breakEven(model, { ...question, target: 404 * (1 + 1e-11) });
    expect(answer.value).toBeNull();
    expect(answer.step).toBeNull();
  });
});

test("a market used up leaves no rounding residue of customers (no CAC of 1e21 in the scan)", () => {
  // Generated case 20144 of tests/reference: with few accounts the market is used up early; the
  // customers of later periods are exactly 0, so a channel's CAC is a number or null, never
  // spend over 1e-16 customers.
  const { model } = loadJson({
    assumptions: { periodUnit: "quarter", discountRate: 0.0029 },
    segments: [
      {
        name: "Enterprise",
        adoption: 0.24,
        price: 2240.28,
        grossMargin: 0.66,
        churn: 0.008,
        elasticity: 1.25,
      },
      { name: "Mid-market", adoption: 0.2, price: 854.87, grossMargin: 0.42 },
    ],
    channels: [
      {
        name: "Direct sales",
        spend: 33900,
        costPerLead: 1171.16,
        conversion: 0.4639,
        cycle: 2,
        ramp: 1,
        fixedCost: 4100,
      },
      {
        name: "Partners",
        spend: 44200,
        costPerLead: 757.45,
        conversion: 0.3127,
        ramp: 3.36,
        fixedCost: 500,
      },
      { name: "Online", spend: 0, costPerLead: 1421.15, conversion: 0.1539, ramp: 1 },
    ],
  });
  const driver = parseDriver("segment[*].accounts", model);
  const evaluator = new Evaluator(model);
  for (let accounts = 1; accounts <= 200; accounts += 0.37) {
    const result = evaluator.result([{ driver, mode: "value", value: accounts }]);
    for (const series of result.periods.channels)
      for (const customers of series.customers)
        if (!(customers === 0 || customers > 1e-9))
          expect([accounts, customers]).toBe("no residue");
  }
  const answer = breakEven(model, {
    metric: "channel[Direct sales].cac",
    driver: "segment[*].accounts",
    target: 4380.73,
    low: 1,
    high: 1000,
  });
  expect(answer.max as number).toBeLessThan(1e7);
});
