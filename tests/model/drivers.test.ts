/**
 * Spec §4 by hand: drivers in value and scale mode, their order, name matching and errors.
 * Grids and the tornado are in sensitivity.test.ts.
 */
import {
  evaluateMetric,
  Evaluator,
  parseDriver,
  parseMetric,
  sensitivityGrid,
  type Metric,
  type ModelInput,
  type Override,
} from "../../src/model";
import { base, set, timed } from "./fixtures";
import { expectClose, inputError, model } from "./helpers";

const customersBy = (m: ModelInput, overrides: Override[]): number[] =>
  new Evaluator(m).result(overrides).channels.map((c) => c.customers);
const metric = (m: ModelInput, name: Metric, overrides: Override[]): number | null =>
  evaluateMetric(m, name, overrides);

describe("value mode", () => {
  test("sets the field in every named row, blank rows too", () => {
    // Capacity 1 everywhere: Direct 11 × 1, Partner (blank before) 9 × 1.
    expectClose(customersBy(base, [set(base, "channel[*].capacity", 1)]), [11, 9]);
    // One row: Partner only.
    expectClose(customersBy(base, [set(base, "channel[Partner].capacity", 1)]), [33, 9]);
  });

  test("an out-of-range value is an input error naming table, row and field", () => {
    const error = inputError(() =>
      metric(base, "leads", [set(base, "channel[Direct].conversion", 25)])
    );
    expect(error.message).toBe(
      "Channels (Direct, conversion): 25 is not between 0 and 1 — enter 25% or 0.25"
    );
    expect(error.issues).toEqual([
      {
        severity: "error",
        table: "Channels",
        row: "Direct",
        field: "conversion",
        problem: "25 is not between 0 and 1 — enter 25% or 0.25",
        message: "Channels (Direct, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
      },
    ]);
    expect(
      inputError(() => metric(base, "leads", [set(base, "segment[*].price", -1)])).message
    ).toBe("Segments (Ent, price): -1 is negative — enter 0 or more");
    expect(inputError(() => metric(base, "leads", [set(base, "horizon", 12.5)])).message).toBe(
      "Assumptions (horizon): 12.5 is not a whole number of periods between 1 and 600"
    );
    expect(inputError(() => metric(base, "leads", [set(base, "discountRate", 1.5)])).message).toBe(
      "Assumptions (discountRate): 1.5 is not between 0 and 1 — enter 1.5% or 0.015"
    );
  });

  test("spend set on a channel without a cost per lead is an input error", () => {
    const noCost = model({
      segments: [{ name: "S", price: 1, grossMargin: 0.5 }],
      channels: [{ name: "Idle", conversion: 0.1 }],
    });
    expect(
      inputError(() => metric(noCost, "leads", [set(noCost, "channel[Idle].spend", 10)])).message
    ).toBe(
      "Channels (Idle, costPerLead): is blank — a cost per lead is required when spend is above 0"
    );
  });
});

describe("scale mode", () => {
  test("multiplies the baseline; rows where the field is blank stay blank", () => {
    // Capacity × 0.5: Direct 1.5 → 11 × 1.5; Partner stays unlimited → 18.
    expectClose(customersBy(base, [set(base, "channel[*].capacity", 0.5, "scale")]), [16.5, 18]);
    // Leads: spend × 2 → 12 × (20 + 20) = 480.
    expect(metric(base, "leads", [set(base, "channel[*].spend", 2, "scale")])).toBeCloseTo(480, 9);
  });

  test("rates are clamped to 0..1", () => {
    // Partner conversion 0.2 × 6 = 1.2 → 1: pipeline 10 over t = 4..12 → 90.
    expectClose(
      customersBy(base, [set(base, "channel[Partner].conversion", 6, "scale")]),
      [33, 90]
    );
    expectClose(customersBy(base, [set(base, "channel[*].conversion", -1, "scale")]), [0, 0]);
  });

  test("cycle is rounded half away from zero, then clamped to 0 or more", () => {
    // × 0.5: Direct 0.5 → 1 (11 × 3 = 33); Partner 1.5 → 2 (closes t = 3..12: 10 × 2 = 20).
    expectClose(customersBy(base, [set(base, "channel[*].cycle", 0.5, "scale")]), [33, 20]);
    // × −1: −1, −3 → 0: every period closes (12 × 3, 12 × 2).
    expectClose(customersBy(base, [set(base, "channel[*].cycle", -1, "scale")]), [36, 24]);
    // × 0.4: 0.4 → 0, 1.2 → 1.
    expectClose(customersBy(base, [set(base, "channel[*].cycle", 0.4, "scale")]), [36, 22]);
  });

  test("horizon is rounded half away from zero, then clamped to 1..600", () => {
    // 20 leads a period. 12 × 0.125 = 1.5 → 2; 12 × 0.02 = 0.24 → 0 → 1; 12 × 100 = 1200 → 600.
    expect(metric(base, "leads", [set(base, "horizon", 0.125, "scale")])).toBeCloseTo(40, 9);
    expect(metric(base, "leads", [set(base, "horizon", 0.02, "scale")])).toBeCloseTo(20, 9);
    expect(metric(base, "leads", [set(base, "horizon", 100, "scale")])).toBeCloseTo(12000, 9);
  });

  test("launchPeriods is rounded half away from zero, then clamped to 1..T", () => {
    // Entered L = 5, T = 6; launch revenue = 10 × L(L + 1)/2.
    const m = timed({ horizon: 6, launchPeriods: 5 });
    const launch = (scale: number): number | null =>
      metric(m, "launchRevenue", [set(m, "launchPeriods", scale, "scale")]);
    expect(launch(0.5)).toBeCloseTo(60, 9); // 2.5 → 3
    expect(launch(0.1)).toBeCloseTo(10, 9); // 0.5 → 1
    expect(launch(0.05)).toBeCloseTo(10, 9); // 0.25 → 0 → 1
    expect(launch(10)).toBeCloseTo(210, 9); // 50 → 6
    // A blank launchPeriods scales from its default min(3, T) = 3 (spec §4: "an assumption left
    // blank is scaled from its default"): 3 × 0.1 = 0.3 → 0 → 1; 3 × 0.5 = 1.5 → 2; 3 × 10 → 6.
    const blank = timed({ horizon: 6 });
    const blankLaunch = (scale: number): number | null =>
      metric(blank, "launchRevenue", [set(blank, "launchPeriods", scale, "scale")]);
    expect(blankLaunch(1)).toBeCloseTo(60, 9);
    expect(blankLaunch(0.1)).toBeCloseTo(10, 9);
    expect(blankLaunch(0.5)).toBeCloseTo(30, 9);
    expect(blankLaunch(10)).toBeCloseTo(210, 9);
    // … from the baseline's horizon, then clamped to the horizon in force: T = 2 after a horizon
    // override, so 3 × 1 = 3 → 2.
    expect(
      metric(blank, "launchRevenue", [
        set(blank, "horizon", 2),
        set(blank, "launchPeriods", 1, "scale"),
      ])
    ).toBeCloseTo(30, 9);
  });

  test("a field the scale puts out of range is an input error", () => {
    expect(
      inputError(() => metric(base, "leads", [set(base, "channel[*].costPerLead", 0, "scale")]))
        .message
    ).toBe("Channels (Direct, costPerLead): 0 is not above 0 — enter a positive number");
    expect(
      inputError(() => metric(base, "leads", [set(base, "channel[Partner].spend", -2, "scale")]))
        .message
    ).toBe("Channels (Partner, spend): -100 is negative — enter 0 or more");
  });
});

describe("scale mode on the other fields", () => {
  const market = model({
    assumptions: { horizon: 1, discountRate: 0.6 },
    segments: [
      { name: "A", accounts: 100, price: 10, grossMargin: 0.5, bassP: 0.2, elasticity: 1 },
      { name: "B", accounts: 300, price: 10, grossMargin: 0.5 },
    ],
    channels: [{ name: "C", spend: 1000, costPerLead: 10, conversion: 0.1 }],
  });

  test("a discount rate is a rate: clamped to 0..1", () => {
    // d 0.6 × 2 → 1: with no churn ltv = 10 × 0.5 / 1 = 5.
    expect(metric(market, "ltv", [set(market, "discountRate", 2, "scale")])).toBeCloseTo(5, 12);
  });

  test("a Bass p scaled to 0 or an elasticity scaled below 0 is an input error", () => {
    expect(
      inputError(() => metric(market, "leads", [set(market, "segment[A].bassP", 0, "scale")]))
        .message
    ).toBe("Segments (A, bassP): 0 is not above 0 — enter a positive number");
    expect(
      inputError(() => metric(market, "leads", [set(market, "segment[*].elasticity", -1, "scale")]))
        .message
    ).toBe("Segments (A, elasticity): -1 is negative — enter 0 or more");
  });

  test("without a mix, an accounts driver moves the split of spend (docs/model.md decision)", () => {
    // Pipeline 10: potentials 100 and 300 → 2.5 and 7.5, both below the market (A(1) = 100 × (1 − e^−0.2) ≈ 18.1).
    const bySegment = (overrides: Override[]): number[] =>
      new Evaluator(market).result(overrides).segments.map((s) => s.customers);
    expectClose(bySegment([]), [2.5, 7.5]);
    // A's accounts 300 (value) or × 3 (scale): potentials equal → 5 and 5.
    expectClose(bySegment([set(market, "segment[A].accounts", 300)]), [5, 5]);
    expectClose(bySegment([set(market, "segment[A].accounts", 3, "scale")]), [5, 5]);
  });
});

describe("two drivers and the horizon", () => {
  test("X is applied first, then Y", () => {
    // X all spend 200, then Y Direct spend 300: leads 12 × (300/10 + 200/5) = 840; the other way round 12 × (20 + 40).
    const all = set(base, "channel[*].spend", 200);
    const direct = set(base, "channel[Direct].spend", 300);
    expect(metric(base, "leads", [all, direct])).toBeCloseTo(840, 9);
    expect(metric(base, "leads", [direct, all])).toBeCloseTo(720, 9);
    const grid = sensitivityGrid(base, {
      metric: "leads",
      x: { driver: "channel[*].spend", values: [200] },
      y: { driver: "channel[Direct].spend", values: [300] },
    });
    expectClose(grid.values, [[840]]);
  });

  test("a scale reads the baseline, not the value an earlier driver set", () => {
    // X: all spend × 2 (Direct 200, Partner 100); Y: Direct spend × 3 of its baseline 100 = 300.
    // leads = 12 × (300/10 + 100/5) = 600.
    const all = set(base, "channel[*].spend", 2, "scale");
    const direct = set(base, "channel[Direct].spend", 3, "scale");
    expect(metric(base, "leads", [all, direct])).toBeCloseTo(600, 9);
  });

  test("a horizon below an entered launchPeriods cuts it; a blank one stays min(3, T)", () => {
    const entered = timed({ horizon: 8, launchPeriods: 5 });
    expect(metric(entered, "launchRevenue", [])).toBeCloseTo(150, 9);
    // T = 3 → L = 3: 10 + 20 + 30.
    expect(metric(entered, "launchRevenue", [set(entered, "horizon", 3)])).toBeCloseTo(60, 9);
    // L set to 6, then T = 4 → L = 4: 100.
    expect(
      metric(entered, "launchRevenue", [
        set(entered, "launchPeriods", 6),
        set(entered, "horizon", 4),
      ])
    ).toBeCloseTo(100, 9);
    // T = 4 first, then L = 6 is out of range.
    expect(
      inputError(() =>
        metric(entered, "launchRevenue", [
          set(entered, "horizon", 4),
          set(entered, "launchPeriods", 6),
        ])
      ).message
    ).toBe(
      "Assumptions (launchPeriods): 6 is not a whole number of periods between 1 and 4 (the horizon)"
    );
    const blank = timed({ horizon: 8 });
    expect(metric(blank, "launchRevenue", [set(blank, "horizon", 2)])).toBeCloseTo(30, 9);
    expect(metric(blank, "launchRevenue", [set(blank, "horizon", 10)])).toBeCloseTo(60, 9);
    expect(metric(blank, "leads", [set(blank, "horizon", 10)])).toBeCloseTo(1000, 9);
  });
});

describe("drivers and the rest of the model", () => {
  test("spend set on a channel the mix leaves out is an input error", () => {
    const mixed = model({
      segments: [{ name: "S", price: 1, grossMargin: 0.5 }],
      channels: [
        { name: "A", spend: 10, costPerLead: 1, conversion: 0.1 },
        { name: "B", costPerLead: 1, conversion: 0.1 },
      ],
      mix: { A: { S: 1 } },
    });
    expect(
      inputError(() => metric(mixed, "leads", [set(mixed, "channel[B].spend", 5)])).message
    ).toBe("Mix (B): has spend but no row in the mix — add a row for it");
  });

  test("a launchPeriods scale after a horizon change clamps to the new horizon", () => {
    // T = 4 first, then L = 5 × 10 → 50 → 4: launch revenue 10 + 20 + 30 + 40.
    const m = timed({ horizon: 8, launchPeriods: 5 });
    expect(
      metric(m, "launchRevenue", [set(m, "horizon", 4), set(m, "launchPeriods", 10, "scale")])
    ).toBeCloseTo(100, 9);
    // Horizon × 0.25 = 2 cuts the entered 5 to 2: 10 + 20.
    expect(metric(m, "launchRevenue", [set(m, "horizon", 0.25, "scale")])).toBeCloseTo(30, 9);
  });

  test("a grid over the horizon recomputes the Bass curve for each cell", () => {
    // From the saturation case of mechanisms.test.ts: pipeline 65 a period against A(t) = 500·F(t);
    // customers at T = 8 are A(8), at T = 1 A(1), at T = 3 A(1) + 2 × 65 (periods 2, 3 are not cut).
    const F = (t: number): number => (1 - Math.exp(-0.5 * t)) / (1 + 4 * Math.exp(-0.5 * t));
    const bass = model({
      assumptions: { horizon: 8 },
      segments: [
        {
          name: "S",
          price: 10,
          grossMargin: 0.5,
          accounts: 1000,
          adoption: 0.5,
          bassP: 0.1,
          bassQ: 0.4,
        },
      ],
      channels: [{ name: "X", spend: 650, costPerLead: 1, conversion: 0.1 }],
    });
    const grid = sensitivityGrid(bass, {
      metric: "customers",
      x: { driver: "horizon", values: [8, 1, 3, 20, 8] },
    });
    expectClose(grid.values[0].slice(0, 3), [500 * F(8), 500 * F(1), 500 * F(1) + 130]);
    expect(grid.values[0][4]).toBe(grid.values[0][0]);
    // T = 20: never more than M·a = 500.
    expect(grid.values[0][3]).toBeLessThanOrEqual(500);
  });
});

describe("names", () => {
  test("driver names match ignoring case (and header spelling for the field)", () => {
    expect(parseDriver("CHANNEL[direct].Conversion", base)).toMatchObject({
      kind: "channel",
      row: "direct",
      field: "conversion",
    });
    expect(parseDriver("Segment[*].GROSS_MARGIN", base)).toMatchObject({
      kind: "segment",
      row: "*",
      field: "grossMargin",
    });
    expect(parseDriver("channel[PARTNER].cost per lead", base)).toMatchObject({
      kind: "channel",
      field: "costPerLead",
    });
    expect(parseDriver("Discount Rate", base)).toMatchObject({
      kind: "assumption",
      field: "discountRate",
    });
    expect(parseDriver("HORIZON", base)).toMatchObject({ kind: "assumption", field: "horizon" });
    // The row matched ignoring case is the row set: Partner capacity 1.
    expectClose(customersBy(base, [set(base, "channel[pArTnEr].capacity", 1)]), [33, 9]);
  });

  test("an unknown row, field or name is an input error", () => {
    expect(inputError(() => parseDriver("channel[Nope].conversion", base)).message).toBe(
      'Drivers (channel[Nope].conversion): there is no channel named "Nope"'
    );
    expect(inputError(() => parseDriver("segment[Mid].price", base)).message).toBe(
      'Drivers (segment[Mid].price): there is no segment named "Mid"'
    );
    expect(inputError(() => parseDriver("channel[Direct].colour", base)).message).toBe(
      'Drivers (channel[Direct].colour): "colour" is not a number field of a channel — use spend, costPerLead, conversion, cycle, capacity, ramp, partnerMargin, fixedCost'
    );
    expect(inputError(() => parseDriver("channel[Direct].type", base)).message).toBe(
      'Drivers (channel[Direct].type): "type" is not a number field of a channel — use spend, costPerLead, conversion, cycle, capacity, ramp, partnerMargin, fixedCost'
    );
    expect(inputError(() => parseDriver("segment[Ent].colour", base)).message).toBe(
      'Drivers (segment[Ent].colour): "colour" is not a number field of a segment — use accounts, adoption, bassP, bassQ, price, grossMargin, churn, elasticity, refPrice'
    );
    expect(inputError(() => parseDriver("budget", base)).message).toBe(
      'Drivers (budget): "budget" is not a driver — write channel[Name].field, segment[Name].field (Name or * for every row), discountRate, horizon or launchPeriods'
    );
    expect(inputError(() => parseDriver("periodUnit", base)).message).toBe(
      'Drivers (periodUnit): "periodUnit" is not a driver — write channel[Name].field, segment[Name].field (Name or * for every row), discountRate, horizon or launchPeriods'
    );
  });

  test("metric names match ignoring case", () => {
    expect(parseMetric("NPV")).toBe("npv");
    expect(parseMetric("LTV to CAC")).toBe("ltvToCac");
    expect(parseMetric("active customers")).toBe("activeCustomers");
    expect(parseMetric("launch_revenue")).toBe("launchRevenue");
    expect(inputError(() => parseMetric("profit")).message).toBe(
      'Drivers (metric): "profit" is not a metric — use one of customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, or channel[Name].field or segment[Name].field'
    );
  });
});
