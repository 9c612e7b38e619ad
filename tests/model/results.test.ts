/**
 * Spec §3 by hand: each null rule, the blended total weighted over every (k, s), and the
 * per-period series. Tiny models; derivations in the comments.
 */
import { channel, expectClose, inputError, run, segment, tiny } from "./helpers";

describe("null rules of §3", () => {
  test("no leads: conversion, cac, ltv, ltvToCac and payback are null", () => {
    // Spend 0 (and blank) → no leads, no customers; the fixed cost still counts: 2 × 50.
    const result = run({
      assumptions: { horizon: 2 },
      segments: [segment({ churn: 0.1 })],
      channels: [channel({ spend: 0, fixedCost: 50 }), { name: "D", conversion: 0.2 }],
    });
    const none = {
      leads: 0,
      customers: 0,
      conversion: null,
      cac: null,
      ltv: null,
      ltvToCac: null,
      payback: null,
    };
    expectClose(result.channels[0], {
      ...none,
      acquisitionCost: 100,
      contribution: -100,
      npv: -100,
    });
    expectClose(result.channels[1], { ...none, acquisitionCost: 0, contribution: 0 });
    expectClose(result.total, { ...none, acquisitionCost: 100 });
  });

  test("ltv is null when a segment with won > 0 has c + d = 0, not when that segment wins nobody", () => {
    const segs = [segment({ name: "Churning", churn: 0.1 }), segment({ name: "Loyal" })];
    // Both segments win: Loyal has c + d = 0 → ltv and ltvToCac null; cac and payback stay.
    const both = run({ assumptions: { horizon: 1 }, segments: segs, channels: [channel()] });
    expectClose(both.total, { customers: 10, ltv: null, ltvToCac: null, cac: 100, payback: 20 });
    // Mix sends nothing to Loyal: ltv = 10·0.5/0.1 = 50, cac = 1000/10 = 100.
    const churningOnly = run({
      assumptions: { horizon: 1 },
      segments: segs,
      channels: [channel()],
      mix: { C: { Churning: 1 } },
    });
    expectClose(churningOnly.total, {
      customers: 10,
      ltv: 50,
      cac: 100,
      ltvToCac: 0.5,
      payback: 20,
    });
  });

  test("payback is null when the unit margin is 0 or below", () => {
    // m = g → margin 0: ltv 0 (churn 0.1), ltvToCac 0, payback null.
    const zero = run(tiny(1, channel({ partnerMargin: 0.5 }), segment({ churn: 0.1 })));
    expectClose(zero.total, { cac: 100, ltv: 0, ltvToCac: 0, payback: null, grossProfit: 0 });
    // m > g → margin 10·(0.5 − 0.7) = −2: ltv −20, payback null.
    const negative = run(tiny(1, channel({ partnerMargin: 0.7 }), segment({ churn: 0.1 })));
    expectClose(negative.total, { ltv: -20, ltvToCac: -0.2, payback: null, grossProfit: -20 });
    // Price 0 → margin 0.
    expectClose(run(tiny(1, channel(), segment({ price: 0, churn: 0.1 }))).total, {
      payback: null,
      ltv: 0,
    });
  });

  test("penetration is null when M is blank or 0", () => {
    const result = run({
      assumptions: { horizon: 1 },
      segments: [
        segment({ name: "Open" }),
        segment({ name: "None", accounts: 0 }),
        segment({ name: "Some", accounts: 40 }),
      ],
      channels: [channel()],
      mix: { C: { Open: 1, None: 1, Some: 2 } },
    });
    // Pipeline 10 → 2.5, 2.5 (cut to 0), 5 → penetration of Some = 5 / 40.
    expectClose(
      result.segments.map((s) => s.penetration),
      [null, null, 5 / 40]
    );
  });
});

describe("total: blended figures weighted over every (k, s)", () => {
  test("cac, ltv, ltvToCac and payback from the totals", () => {
    // Direct → Ent only: spend 1000, cost 100 → 10 leads, r 0.5 → 5 won; fixed cost 100 → acquisition 1100.
    //   u = 100·0.8/0.05 = 1600; margin 80; cac 220; payback 220/80.
    // Partner (m 0.2) → SMB only: spend 200, cost 2 → 100 leads, r 0.2 → 20 won; u = 20·0.5/0.1 = 100; margin 10; cac 10.
    // Total: 25 won, acquisition 1300 → cac 52; ltv (5·1600 + 20·100)/25 = 400; margin (5·80 + 20·10)/25 = 24.
    const result = run({
      assumptions: { horizon: 1 },
      segments: [
        { name: "Ent", price: 100, grossMargin: 0.8, churn: 0.05 },
        { name: "SMB", price: 20, grossMargin: 0.7, churn: 0.1 },
      ],
      channels: [
        { name: "Direct", spend: 1000, costPerLead: 100, conversion: 0.5, fixedCost: 100 },
        {
          name: "Partner",
          type: "partner",
          spend: 200,
          costPerLead: 2,
          conversion: 0.2,
          partnerMargin: 0.2,
        },
      ],
      mix: { Direct: { Ent: 1 }, Partner: { SMB: 1 } },
    });
    expectClose(result.channels, [
      {
        name: "Direct",
        customers: 5,
        cac: 220,
        ltv: 1600,
        ltvToCac: 1600 / 220,
        payback: 220 / 80,
      },
      { name: "Partner", customers: 20, cac: 10, ltv: 100, ltvToCac: 10, payback: 1 },
    ]);
    expectClose(result.total, {
      name: "Total",
      leads: 110,
      customers: 25,
      conversion: 25 / 110,
      acquisitionCost: 1300,
      cac: 52,
      ltv: 400,
      ltvToCac: 400 / 52,
      payback: 52 / 24,
      // revenue 5·100 + 20·20 = 900; GP 5·80 + 20·10 = 600; contribution 600 − 1300.
      revenue: 900,
      grossProfit: 600,
      contribution: -700,
    });
  });

  test("the total ltv is null when any channel's ltv is", () => {
    const result = run({
      assumptions: { horizon: 1 },
      segments: [segment({ name: "Churning", churn: 0.1 }), segment({ name: "Loyal" })],
      channels: [channel({ name: "X" }), channel({ name: "Y" })],
      mix: { X: { Churning: 1 }, Y: { Loyal: 1 } },
    });
    expectClose(
      result.channels.map((c) => c.ltv),
      [50, null]
    );
    expectClose(result.total, { ltv: null, ltvToCac: null, cac: 100, payback: 20 });
  });
});

describe("per-period series", () => {
  test("the total series is the sum of the channels' series", () => {
    // X: 100 leads, pipeline 10; Y: spend 500 → 50 leads, pipeline 5, cycle 1 (closes the next period).
    const result = run({
      assumptions: { horizon: 2 },
      segments: [segment()],
      channels: [channel({ name: "X" }), channel({ name: "Y", spend: 500, cycle: 1 })],
    });
    expectClose(result.periods.channels[1], {
      leads: [50, 50],
      customers: [0, 5],
      revenue: [0, 50],
      contribution: [-500, -475],
    });
    expectClose(result.periods.total, {
      leads: [150, 150],
      customers: [10, 15],
      activeCustomers: [10, 25],
      revenue: [100, 250],
      grossProfit: [50, 125],
      contribution: [50 - 1500, 125 - 1500],
    });
    expect(result.horizon).toBe(2);
    expect(result.periodUnit).toBe("month");
  });
});

describe("figures too large for a number (docs/model.md decision)", () => {
  test("a quotient above the largest number is null, like a value the metric does not have", () => {
    // customers = 100 × 1e-310 = 1e-308 > 0, so cac = 100 / 1e-308 = 1e310: null, and payback with it.
    expectClose(run(tiny(1, channel({ spend: 100, costPerLead: 1, conversion: 1e-310 }))).total, {
      customers: 100 * 1e-310,
      cac: null,
      payback: null,
    });
    // u = 10 × 0.5 / 1e-320 = 5e320: ltv null, ltvToCac null; cac 1000 / 10 = 100 and payback 100 / 5 = 20 stay.
    expectClose(run(tiny(1, channel(), segment({ churn: 1e-320 }))).total, {
      ltv: null,
      ltvToCac: null,
      cac: 100,
      payback: 20,
    });
    // Unit margin 10 × 1e-320 = 1e-319: payback = 100 / 1e-319: null.
    expectClose(run(tiny(1, channel(), segment({ grossMargin: 1e-320 }))).total, {
      cac: 100,
      payback: null,
    });
  });

  test("totals that overflow are an input error, never Infinity", () => {
    // 1e308 / 0.5 = 2e308 leads a period: above the largest number.
    const error = inputError(() => run(tiny(2, channel({ spend: 1e308, costPerLead: 0.5 }))));
    expect(error.message).toBe(
      "Channels (C, spend): 1E+308 makes the figures too large to compute — check it for a typing error"
    );
  });
});
