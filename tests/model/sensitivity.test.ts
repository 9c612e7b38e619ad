/**
 * Spec §4 by hand: one- and two-way grids, the tornado's order, ties and null swings, its
 * default drivers and swing. The model `base` is described in fixtures.ts.
 */
import { parseValueList } from "../../src/cli/valueList";
import { percentSteps } from "../../src/taskpane/ranges";
import {
  defaultTornadoDrivers,
  evenlySpaced,
  ModelInputError,
  sensitivityGrid,
  tornado,
  type DriverMode,
} from "../../src/model";
import { base, timed } from "./fixtures";
import { expectClose, inputError, model } from "./helpers";

describe("grid", () => {
  test("one-way: one row over X", () => {
    // leads = 12 × (x/10 + 10).
    const grid = sensitivityGrid(base, {
      metric: "Leads",
      x: { driver: "channel[Direct].spend", values: [0, 100, 200] },
    });
    expect(grid).toMatchObject({
      metric: "leads",
      mode: "value",
      y: null,
      x: { driver: "channel[Direct].spend", values: [0, 100, 200] },
    });
    expectClose(grid.values, [[120, 240, 360]]);
  });

  test("two-way: values[i][j] is the metric at (y_i, x_j)", () => {
    // leads = 12 × (x_j / y_i + 10).
    const xs = [100, 200, 300];
    const ys = [10, 20];
    const grid = sensitivityGrid(base, {
      metric: "leads",
      x: { driver: "channel[Direct].spend", values: xs },
      y: { driver: "channel[Direct].costPerLead", values: ys },
    });
    expectClose(grid.values, [
      [12 * (10 + 10), 12 * (20 + 10), 12 * (30 + 10)],
      [12 * (5 + 10), 12 * (10 + 10), 12 * (15 + 10)],
    ]);
    expect(grid.y).toEqual({ driver: "channel[Direct].costPerLead", values: ys, applied: ys });
  });

  test("scale mode; a null metric is a null cell", () => {
    // Spend × 0.5: 12 × (5 + 5) leads.
    const scaled = sensitivityGrid(base, {
      metric: "leads",
      mode: "scale",
      x: { driver: "channel[*].spend", values: [0.5, 1] },
    });
    expectClose(scaled.values, [[120, 240]]);
    // Spend 0 everywhere → no customers → cac null. Spend 100 each: Direct 33 won, Partner 20 leads × 0.2 = 4 over t = 4..12 → 36.
    const cac = sensitivityGrid(base, {
      metric: "cac",
      x: { driver: "channel[*].spend", values: [0, 100] },
    });
    expectClose(cac.values, [[null, 2400 / 69]]);
  });

  test("refused whole when any cell is invalid", () => {
    expect(() =>
      sensitivityGrid(base, {
        metric: "leads",
        x: { driver: "channel[Direct].conversion", values: [0.1, 2] },
      })
    ).toThrow(ModelInputError);
    const error = inputError(() =>
      sensitivityGrid(base, {
        metric: "leads",
        x: { driver: "channel[Direct].conversion", values: [0.1, 0.2] },
        y: { driver: "segment[*].churn", values: [0.1, 2] },
      })
    );
    expect(error.message).toBe(
      "Segments (Ent, churn): 2 is not between 0 and 1 — enter 2% or 0.02"
    );
    expect(
      inputError(() =>
        sensitivityGrid(base, {
          metric: "leads",
          mode: "both" as DriverMode,
          x: { driver: "horizon", values: [1] },
        })
      ).message
    ).toBe('Drivers (mode): "both" is not a mode — use value or scale');
    expect(
      inputError(() =>
        sensitivityGrid(base, { metric: "leads", x: { driver: "horizon", values: [] } })
      ).message
    ).toBe("Drivers (x values): has no values — give at least one number");
  });
});

describe("grid over the horizon and launch periods", () => {
  // Pipeline 10 a period, price 1, no churn: revenue_t = 10t, launch revenue = 10 × L(L + 1)/2.
  const m = timed({ horizon: 8, launchPeriods: 2 });

  test("X = horizon, Y = launchPeriods: each cell applies X, then Y", () => {
    const grid = sensitivityGrid(m, {
      metric: "launchRevenue",
      x: { driver: "horizon", values: [8, 5] },
      y: { driver: "launchPeriods", values: [1, 5] },
    });
    expectClose(grid.values, [
      [10, 10],
      [150, 150],
    ]);
  });

  test("refused whole when one cell's launchPeriods is above that cell's horizon", () => {
    const error = inputError(() =>
      sensitivityGrid(m, {
        metric: "launchRevenue",
        x: { driver: "horizon", values: [8, 4] },
        y: { driver: "launchPeriods", values: [1, 5] },
      })
    );
    expect(error.message).toBe(
      "Assumptions (launchPeriods): 5 is not a whole number of periods between 1 and 4 (the horizon)"
    );
  });

  test("X = launchPeriods, Y = horizon: a shorter horizon cuts the launch", () => {
    // (y = 3, x = 5): L 5 then T 3 → L 3 → 60; (y = 8, x = 5) → 150.
    const grid = sensitivityGrid(m, {
      metric: "launchRevenue",
      x: { driver: "launchPeriods", values: [1, 5] },
      y: { driver: "horizon", values: [3, 8] },
    });
    expectClose(grid.values, [
      [10, 60],
      [10, 150],
    ]);
  });
});

describe("tornado", () => {
  test("rows sorted by swing, descending; equal swings keep the given order", () => {
    // leads base 240. Direct costPerLead 8 / 12: 12 × (12.5 + 10) = 270 and 12 × (8.33… + 10) = 220 → swing 50.
    // Either spend × 0.8 / 1.2: 12 × (8 + 10) = 216, 12 × (12 + 10) = 264 → swing 48 (a tie). Conversion: 0.
    const drivers = [
      "channel[Direct].conversion",
      "channel[Partner].spend",
      "channel[Direct].costPerLead",
      "channel[Direct].spend",
    ];
    const result = tornado(base, { metric: "leads", drivers, swing: 0.2 });
    expect(result.rows.map((row) => row.driver)).toEqual([
      "channel[Direct].costPerLead",
      "channel[Partner].spend",
      "channel[Direct].spend",
      "channel[Direct].conversion",
    ]);
    expectClose(result.rows, [
      { low: 270, base: 240, high: 12 * (100 / 12 + 10), swing: 270 - 12 * (100 / 12 + 10) },
      { low: 216, base: 240, high: 264, swing: 48 },
      { low: 216, base: 240, high: 264, swing: 48 },
      { low: 240, base: 240, high: 240, swing: 0 },
    ]);
    const reversed = tornado(base, {
      metric: "leads",
      drivers: ["channel[Direct].spend", "channel[Partner].spend"],
    });
    expect(reversed.rows.map((row) => row.driver)).toEqual([
      "channel[Direct].spend",
      "channel[Partner].spend",
    ]);
  });

  test("swings equal to 12 significant digits are ties", () => {
    // Spends 0.3 and 0.1 + 0.2: the swings differ only past the 15th digit.
    const m = model({
      assumptions: { horizon: 7 },
      segments: [{ name: "S", price: 10, grossMargin: 0.5 }],
      channels: [
        { name: "A", spend: 0.3, costPerLead: 0.7, conversion: 0.4 },
        { name: "B", spend: 0.1 + 0.2, costPerLead: 0.7, conversion: 0.4 },
      ],
    });
    const rows = tornado(m, {
      metric: "leads",
      drivers: ["channel[B].spend", "channel[A].spend"],
    }).rows;
    const swing = (driver: string): number =>
      rows.find((row) => row.driver === driver)?.swing ?? Number.NaN;
    expect(swing("channel[A].spend")).not.toBe(swing("channel[B].spend"));
    expect(swing("channel[A].spend")).toBeCloseTo(swing("channel[B].spend"), 12);
    expect(rows.map((row) => row.driver)).toEqual(["channel[B].spend", "channel[A].spend"]);
  });

  test("a null swing sorts last", () => {
    // Payback = cac / (10 × (0.5 − m)), cac = Lc / 0.4. Base: 25 / 0.5 = 50.
    // Cost per lead 8 / 12 → 20 / 0.5 = 40, 30 / 0.5 = 60. Fixed cost blank stays blank → swing 0.
    // Partner margin 0.36 → 25 / 1.4; 0.54 > 0.5 → margin < 0 → payback null → swing null.
    const m = model({
      assumptions: { horizon: 12 },
      segments: [{ name: "S", price: 10, grossMargin: 0.5, churn: 0.1 }],
      channels: [{ name: "X", spend: 100, costPerLead: 10, conversion: 0.4, partnerMargin: 0.45 }],
    });
    const result = tornado(m, {
      metric: "payback",
      drivers: ["channel[X].partnerMargin", "channel[X].fixedCost", "channel[X].costPerLead"],
    });
    expectClose(result.rows, [
      { driver: "channel[X].costPerLead", low: 40, base: 50, high: 60, swing: 20 },
      { driver: "channel[X].fixedCost", low: 50, base: 50, high: 50, swing: 0 },
      { driver: "channel[X].partnerMargin", low: 25 / 1.4, base: 50, high: null, swing: null },
    ]);
  });

  test("a metric with no baseline value gives null rows, in the given order", () => {
    // No churn, no discounting: c + d = 0 → ltv null at every scale.
    const rows = tornado(base, {
      metric: "ltv",
      drivers: ["channel[*].spend", "segment[SMB].price"],
    }).rows;
    expect(rows).toEqual([
      { driver: "channel[*].spend", low: null, base: null, high: null, swing: null },
      { driver: "segment[SMB].price", low: null, base: null, high: null, swing: null },
    ]);
  });

  test("the swing must be between 0 and 1, both excluded; default 0.2", () => {
    for (const swing of [0, 1, -0.2, 1.5]) {
      expect(inputError(() => tornado(base, { metric: "leads", swing })).message).toBe(
        `Drivers (swing): ${swing} is not between 0 and 1 (both excluded) — enter 20% or 0.2`
      );
    }
    expect(tornado(base, { metric: "leads", swing: null }).swing).toBe(0.2);
    expect(tornado(base, { metric: "leads" }).swing).toBe(0.2);
  });
});

describe("default tornado drivers", () => {
  test("the spec's list, in order, leaving out a field blank in every row", () => {
    const sparse = model({
      segments: [{ name: "S", price: 10, grossMargin: 0.5 }],
      channels: [
        { name: "A", spend: 10, costPerLead: 1, conversion: 0.1 },
        { name: "B", conversion: 0.1, capacity: 5 },
      ],
    });
    const expected = [
      "channel[*].spend",
      "channel[*].costPerLead",
      "channel[*].conversion",
      "channel[*].capacity",
      "segment[*].price",
      "segment[*].grossMargin",
    ];
    expect(defaultTornadoDrivers(sparse)).toEqual(expected);
    expect(
      tornado(sparse, { metric: "revenue" })
        .rows.map((row) => row.driver)
        .sort()
    ).toEqual([...expected].sort());
  });

  test("all eleven when every field is entered somewhere", () => {
    const full = model({
      segments: [
        { name: "S", accounts: 100, adoption: 0.5, price: 10, grossMargin: 0.5, churn: 0.1 },
      ],
      channels: [
        {
          name: "A",
          spend: 10,
          costPerLead: 1,
          conversion: 0.1,
          capacity: 5,
          partnerMargin: 0.1,
          fixedCost: 1,
        },
      ],
    });
    expect(defaultTornadoDrivers(full)).toEqual([
      "channel[*].spend",
      "channel[*].costPerLead",
      "channel[*].conversion",
      "channel[*].capacity",
      "channel[*].partnerMargin",
      "channel[*].fixedCost",
      "segment[*].accounts",
      "segment[*].adoption",
      "segment[*].price",
      "segment[*].grossMargin",
      "segment[*].churn",
    ]);
  });

  test("a channel without spend leaves out spend and cost per lead", () => {
    const idle = model({
      segments: [{ name: "S", price: 1, grossMargin: 0.5 }],
      channels: [{ name: "A", conversion: 0.1 }],
    });
    expect(defaultTornadoDrivers(idle)).toEqual([
      "channel[*].conversion",
      "segment[*].price",
      "segment[*].grossMargin",
    ]);
  });
});

describe("evenlySpaced: the one rule for an axis's generated values", () => {
  it("keeps both ends as given and rounds the points between to 12 digits", () => {
    expect(evenlySpaced(0.8, 1.2, 5)).toEqual([0.8, 0.9, 1, 1.1, 1.2]);
    expect(evenlySpaced(-1, 1, 3)).toEqual([-1, 0, 1]);
    expect(evenlySpaced(0.1, 0.3, 3)).toEqual([0.1, 0.2, 0.3]);
  });
  it("gives the pane's ± % steps and the CLI's from:to:count the same points", () => {
    const pane = percentSteps("20", "5");
    expect(pane).toEqual({
      ok: true,
      value: parseValueList("0.8:1.2:5", "--values", "sensitivity"),
    });
  });
});
