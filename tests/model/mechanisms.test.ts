/**
 * Each mechanism of spec §2 alone, in a tiny model, with the expected figures worked by hand
 * from the spec's equations (derivations in the comments; the engine is never asked).
 * The null rules, blended totals and series of §3 are in results.test.ts.
 */
import { evaluateMetric, parseDriver } from "../../src/model";
import { channel, expectClose, model, run, segment, tiny, type JsonModel } from "./helpers";

describe("ramp", () => {
  test("leads ramp as t/R until full productivity", () => {
    // R = 4, T = 4: ρ = 1/4, 2/4, 3/4, 1 → leads = 100ρ = 25, 50, 75, 100 (Σ 250).
    // won = 0.1 × leads = 2.5, 5, 7.5, 10; no churn → active = 2.5, 7.5, 15, 25.
    // revenue = 10 × active = 25, 75, 150, 250 (Σ 500); gross profit = revenue × 0.5 (Σ 250).
    // contribution = GP − 1000 each period: Σ 250 − 4000 = −3750. launch L = min(3, 4) = 3: 25 + 75 + 150.
    // cac = 4000 / 25 = 160; unit margin 10 × 0.5 = 5 → payback 32; c + d = 0 → ltv null.
    const result = run(tiny(4, channel({ ramp: 4 })));
    const expected = {
      leads: 250,
      customers: 25,
      conversion: 0.1,
      revenue: 500,
      grossProfit: 250,
      contribution: -3750,
      npv: -3750,
      launchRevenue: 250,
      activeCustomers: 25,
      spend: 4000,
      acquisitionCost: 4000,
      cac: 160,
      ltv: null,
      ltvToCac: null,
      payback: 32,
      lostToCapacity: 0,
      lostToSaturation: 0,
    };
    expectClose(result.channels[0], { name: "C", ...expected });
    expectClose(result.total, expected);
    const series = {
      leads: [25, 50, 75, 100],
      customers: [2.5, 5, 7.5, 10],
      activeCustomers: [2.5, 7.5, 15, 25],
      revenue: [25, 75, 150, 250],
      grossProfit: [12.5, 37.5, 75, 125],
      contribution: [-987.5, -962.5, -925, -875],
    };
    expectClose(result.periods.channels[0], series);
    expectClose(result.periods.total, series);
    expectClose(result.segments, [
      {
        name: "S",
        customers: 25,
        activeCustomers: 25,
        revenue: 500,
        grossProfit: 250,
        penetration: null,
      },
    ]);
  });

  test("a ramp that is not a whole number of periods", () => {
    // R = 2.5: ρ = 0.4, 0.8, 1, 1 → leads 40, 80, 100, 100.
    const result = run(tiny(4, channel({ ramp: 2.5 })));
    expectClose(result.periods.total.leads, [40, 80, 100, 100]);
    expectClose(result.total, { leads: 320, customers: 32 });
  });

  test("capacity ramps with the channel", () => {
    // R = 4, C = 6: the limit is C·ρ(t) = 1.5, 3, 4.5, 6; pipeline 2.5, 5, 7.5, 10 is above it each period,
    // so won = 1.5, 3, 4.5, 6 (Σ 15) and lostToCapacity = 1 + 2 + 3 + 4 = 10. Leads are not capped (250).
    const result = run(tiny(4, channel({ ramp: 4, capacity: 6 })));
    expectClose(result.periods.total.customers, [1.5, 3, 4.5, 6]);
    expectClose(result.total, {
      leads: 250,
      customers: 15,
      lostToCapacity: 10,
      conversion: 15 / 250,
    });
  });
});

describe("cycle", () => {
  test("leads close λ periods later; pipeline closing after T is counted in leads but never won", () => {
    // spend 100, cost per lead 1 → 100 leads a period (Σ 300 over T = 3); r = 0.5.
    // λ = 2: the leads of t = 1 close at t = 3 (50 won); those of t = 2, 3 would close at 4, 5 > T.
    const result = run(tiny(3, channel({ spend: 100, costPerLead: 1, conversion: 0.5, cycle: 2 })));
    expectClose(result.periods.total, {
      leads: [100, 100, 100],
      customers: [0, 0, 50],
      activeCustomers: [0, 0, 50],
      revenue: [0, 0, 500],
      grossProfit: [0, 0, 250],
      contribution: [-100, -100, 150],
    });
    // conversion = 50 / 300; cac = 300 / 50.
    expectClose(result.total, {
      leads: 300,
      customers: 50,
      conversion: 50 / 300,
      cac: 6,
      activeCustomers: 50,
    });
  });

  test("a cycle as long as the horizon wins nobody: conversion 0, CAC null", () => {
    // λ = 3 = T: every lead would close after T. customers 0 over 300 leads → conversion 0; cac null.
    const result = run(tiny(3, channel({ spend: 100, costPerLead: 1, conversion: 0.5, cycle: 3 })));
    expectClose(result.total, {
      leads: 300,
      customers: 0,
      conversion: 0,
      cac: null,
      ltv: null,
      ltvToCac: null,
      payback: null,
    });
  });
});

describe("capacity", () => {
  const twoSegments = (capacity: number): JsonModel => ({
    assumptions: { horizon: 2 },
    // Both unlimited → the default mix splits equally.
    segments: [
      segment({ name: "A", price: 100, grossMargin: 1 }),
      segment({ name: "B", price: 50, grossMargin: 1 }),
    ],
    channels: [channel({ capacity })],
  });

  test("pipeline above C is scaled down pro rata across segments; the cut is lostToCapacity", () => {
    // leads 100, r 0.1 → pipeline 10 a period, 5 per segment. C = 4 → factor 4/10 → won 2 + 2 a period,
    // lostToCapacity 6 a period (Σ 12). Segment A: active 2, 4 → revenue 100 × 6 = 600; B: 50 × 6 = 300.
    const result = run(twoSegments(4));
    expectClose(result.total, {
      customers: 8,
      lostToCapacity: 12,
      revenue: 900,
      activeCustomers: 8,
    });
    expectClose(result.segments, [
      {
        name: "A",
        customers: 4,
        activeCustomers: 4,
        revenue: 600,
        grossProfit: 600,
        penetration: null,
      },
      {
        name: "B",
        customers: 4,
        activeCustomers: 4,
        revenue: 300,
        grossProfit: 300,
        penetration: null,
      },
    ]);
  });

  test("pipeline exactly at capacity is not cut", () => {
    expectClose(run(twoSegments(10)).total, { customers: 20, lostToCapacity: 0 });
  });
});

describe("saturation with Bass timing", () => {
  // M = 1000, a = 0.5, p = 0.1, q = 0.4: A(t) = 500·F(t), F from spec §2 (written out here).
  const F = (t: number): number => (1 - Math.exp(-0.5 * t)) / (1 + 4 * Math.exp(-0.5 * t));
  const A = (t: number): number => 500 * F(t);

  test("avail = max(0, A(t) − acquired(t−1)), cut pro rata across channels", () => {
    // Channel X: spend 520, cost 1, r 0.1 → pipeline 52; channel Y: 130 → 13. Σ 65 a period, split 0.8 / 0.2.
    // A(1) ≈ 57.4 < 65: cut to A(1). Then avail = A(t) − acquired: t=2..6 ≈ 70.5, 82.8, 93.1, 93.1, 78.8 ≥ 65,
    // no cut; t=7: A(7) − (A(1) + 5·65) ≈ 50.2 < 65, cut; t=8: A(8) − A(7) ≈ 24.7 < 65, cut.
    // So Σ won = A(8); each channel keeps its share 0.8 / 0.2 of every period's won.
    const json: JsonModel = {
      assumptions: { horizon: 8 },
      segments: [segment({ accounts: 1000, adoption: 0.5, bassP: 0.1, bassQ: 0.4 })],
      channels: [
        channel({ name: "X", spend: 520, costPerLead: 1 }),
        channel({ name: "Y", spend: 130, costPerLead: 1 }),
      ],
    };
    const result = run(json);
    const won = [A(1), 65, 65, 65, 65, 65, A(7) - (A(1) + 5 * 65), A(8) - A(7)];
    expectClose(result.periods.total.customers, won);
    expectClose(
      result.periods.channels[0].customers,
      won.map((w) => 0.8 * w)
    );
    expectClose(result.channels[0], {
      customers: 0.8 * A(8),
      lostToSaturation: 8 * 52 - 0.8 * A(8),
      lostToCapacity: 0,
    });
    expectClose(result.channels[1], {
      customers: 0.2 * A(8),
      lostToSaturation: 8 * 13 - 0.2 * A(8),
    });
    expectClose(result.total, { customers: A(8), lostToSaturation: 8 * 65 - A(8) });
    // penetration = acquired(T) / M.
    expectClose(result.segments[0], { customers: A(8), penetration: A(8) / 1000 });
  });

  test("churned customers do not return to the market", () => {
    // M = 100, no Bass → A = 100. Pipeline 60 a period, churn 0.5.
    // t=1: avail 100 → won 60, active 60. t=2: avail 40 → won 40 (20 lost), active 30 + 40 = 70.
    // t=3: avail 100 − 100 = 0 → won 0 (60 lost), active 35. Revenue = 10 × (60 + 70 + 35).
    const result = run(
      tiny(3, channel({ spend: 600, costPerLead: 1 }), segment({ accounts: 100, churn: 0.5 }))
    );
    expectClose(result.periods.total.customers, [60, 40, 0]);
    expectClose(result.periods.total.activeCustomers, [60, 70, 35]);
    expectClose(result.total, {
      customers: 100,
      lostToSaturation: 80,
      activeCustomers: 35,
      revenue: 1650,
    });
    expectClose(result.segments[0], { customers: 100, activeCustomers: 35, penetration: 1 });
  });

  test("adoption caps the market at M·a", () => {
    // M = 100, a = 0.3 → A = 30: t=1 won 30 of 60, later nothing. Penetration 30 / 100.
    const result = run(
      tiny(2, channel({ spend: 600, costPerLead: 1 }), segment({ accounts: 100, adoption: 0.3 }))
    );
    expectClose(result.total, { customers: 30, lostToSaturation: 90 });
    expectClose(result.segments[0].penetration, 0.3);
  });
});

describe("churn", () => {
  test("new customers do not churn in their first period; active at T", () => {
    // Pipeline 10 a period (spend 100, cost 1, r 0.1), churn 0.1: active 10, 0.9·10 + 10 = 19, 0.9·19 + 10 = 27.1.
    // revenue = 10 × (10 + 19 + 27.1) = 561; GP 280.5. ltv = 10·0.5 / 0.1 = 50; cac = 300 / 30 = 10;
    // ltvToCac 5; payback = 10 / 5 = 2.
    const result = run(tiny(3, channel({ spend: 100, costPerLead: 1 }), segment({ churn: 0.1 })));
    expectClose(result.periods.total.activeCustomers, [10, 19, 27.1]);
    expectClose(result.total, {
      customers: 30,
      activeCustomers: 27.1,
      revenue: 561,
      grossProfit: 280.5,
      ltv: 50,
      cac: 10,
      ltvToCac: 5,
      payback: 2,
    });
    expectClose(result.segments[0], {
      customers: 30,
      activeCustomers: 27.1,
      revenue: 561,
      grossProfit: 280.5,
    });
  });
});

describe("partner margin", () => {
  test("gross profit = revenue·(g − m); LTV and payback use the same margin", () => {
    // Price 100, g 0.6, churn 0.2; each channel: spend 100, cost 10, r 0.5 → 5 won; T = 1.
    // Direct: revenue 500, GP 500·0.6 = 300, contribution 200, ltv 100·0.6/0.2 = 300, cac 20, payback 20/60.
    // Partner (m 0.2): GP 500·0.4 = 200, contribution 100, ltv 100·0.4/0.2 = 200, payback 20/40.
    // Total: ltv (5·300 + 5·200)/10 = 250, cac 200/10 = 20, payback 20 / ((5·60 + 5·40)/10) = 0.4.
    const direct = channel({ name: "Direct", spend: 100, costPerLead: 10, conversion: 0.5 });
    const json: JsonModel = {
      assumptions: { horizon: 1 },
      segments: [segment({ price: 100, grossMargin: 0.6, churn: 0.2 })],
      channels: [direct, { ...direct, name: "Partner", type: "partner", partnerMargin: 0.2 }],
    };
    const result = run(json);
    expectClose(result.channels, [
      {
        name: "Direct",
        revenue: 500,
        grossProfit: 300,
        contribution: 200,
        ltv: 300,
        cac: 20,
        ltvToCac: 15,
        payback: 20 / 60,
      },
      {
        name: "Partner",
        revenue: 500,
        grossProfit: 200,
        contribution: 100,
        ltv: 200,
        cac: 20,
        ltvToCac: 10,
        payback: 0.5,
      },
    ]);
    expectClose(result.total, {
      revenue: 1000,
      grossProfit: 500,
      contribution: 300,
      ltv: 250,
      cac: 20,
      ltvToCac: 12.5,
      payback: 0.4,
    });
    expectClose(result.segments[0], { revenue: 1000, grossProfit: 500 });
  });
});

describe("elasticity", () => {
  // 100 leads (spend 1000, cost 10), T = 1, unlimited market: customers = 100 · r_ks.
  const customers = (seg: Record<string, unknown>, conversion = 0.3): number | null =>
    run(tiny(1, channel({ conversion }), segment(seg))).total.customers;

  test("π = (P/P0)^−e scales the conversion rate", () => {
    // (120/100)^−2 = 1/1.44 → r = 0.3/1.44.
    expect(customers({ price: 120, refPrice: 100, elasticity: 2 })).toBeCloseTo(
      100 * (0.3 / 1.44),
      12
    );
    // (80/100)^−0.5 = 1/√0.8.
    expect(customers({ price: 80, refPrice: 100, elasticity: 0.5 })).toBeCloseTo(
      (100 * 0.3) / Math.sqrt(0.8),
      12
    );
  });

  test("a blank refPrice is the price as entered; elasticity 0 or blank means π = 1", () => {
    expect(customers({ price: 120, elasticity: 2 })).toBeCloseTo(30, 12);
    expect(customers({ price: 200, refPrice: 100 })).toBeCloseTo(30, 12);
    expect(customers({ price: 200, refPrice: 100, elasticity: 0 })).toBeCloseTo(30, 12);
  });

  test("r_ks is capped at 1; a price of 0 against a positive P0 gives 1", () => {
    // (50/100)^−2 = 4 → 0.5·4 = 2 → 1.
    expect(customers({ price: 50, refPrice: 100, elasticity: 2 }, 0.5)).toBeCloseTo(100, 12);
    expect(customers({ price: 0, refPrice: 100, elasticity: 1 }, 0.2)).toBeCloseTo(100, 12);
  });

  test("a conversion of 0 stays 0 at a price of 0 (docs/model.md decision)", () => {
    expect(customers({ price: 0, refPrice: 100, elasticity: 1 }, 0)).toBe(0);
  });

  test("a price driver moves the price but not P0 (the price as entered)", () => {
    // Entered price 100, refPrice blank → P0 = 100. Driver sets price 120: r = 0.3·1.2^−2, revenue = 120·won.
    const m = model(tiny(1, channel({ conversion: 0.3 }), segment({ price: 100, elasticity: 2 })));
    const price = {
      driver: parseDriver("segment[S].price", m),
      mode: "value" as const,
      value: 120,
    };
    expect(evaluateMetric(m, "customers", [price])).toBeCloseTo(100 * (0.3 / 1.44), 12);
    expect(evaluateMetric(m, "revenue", [price])).toBeCloseTo(120 * 100 * (0.3 / 1.44), 9);
    // Scale 1.2 is the same price.
    expect(evaluateMetric(m, "customers", [{ ...price, mode: "scale", value: 1.2 }])).toBeCloseTo(
      100 * (0.3 / 1.44),
      12
    );
  });
});

describe("discounting", () => {
  test("npv discounts each period's contribution at the end of the period; ltv = P(g − m)/(c + d)", () => {
    // d = 0.1, T = 2; pipeline 10 a period (spend 100, cost 1), churn 0.1, fixed cost 20.
    // active 10, 19 → GP 50, 95 → contribution 50 − 120 = −70, 95 − 120 = −25.
    // npv = −70/1.1 − 25/1.1². ltv = 10·0.5 / (0.1 + 0.1) = 25. acquisition cost = 2·100 + 2·20 = 240, cac 12.
    const json = tiny(
      2,
      channel({ spend: 100, costPerLead: 1, fixedCost: 20 }),
      segment({ churn: 0.1 })
    );
    json.assumptions = { horizon: 2, discountRate: 0.1 };
    const result = run(json);
    expectClose(result.periods.total.contribution, [-70, -25]);
    expectClose(result.total, {
      contribution: -95,
      npv: -70 / 1.1 - 25 / 1.21,
      ltv: 25,
      spend: 200,
      fixedCost: 40,
      acquisitionCost: 240,
      cac: 12,
      ltvToCac: 25 / 12,
      payback: 12 / 5,
    });
  });

  test("with no churn a positive discount rate still gives an LTV: P·g / d", () => {
    const json = tiny(1, channel(), segment());
    json.assumptions = { horizon: 1, discountRate: 0.05 };
    // 10 × 0.5 / 0.05 = 100.
    expectClose(run(json).total.ltv, 100);
  });
});

describe("launch revenue", () => {
  // Pipeline 10 a period, no churn, price 1: revenue_t = 10t.
  const launch = (horizon: number, launchPeriods?: number): number | null => {
    const json = tiny(horizon, channel({ spend: 100, costPerLead: 1 }), segment({ price: 1 }));
    json.assumptions = launchPeriods === undefined ? { horizon } : { horizon, launchPeriods };
    return run(json).total.launchRevenue;
  };

  test("L defaults to min(3, T)", () => {
    expect(launch(5)).toBeCloseTo(10 + 20 + 30, 12);
    expect(launch(2)).toBeCloseTo(10 + 20, 12);
  });

  test("an entered L counts periods 1..L", () => {
    expect(launch(5, 1)).toBeCloseTo(10, 12);
    expect(launch(5, 5)).toBeCloseTo(150, 12);
  });
});

describe("mix", () => {
  const segments = [segment({ name: "A" }), segment({ name: "B" }), segment({ name: "C" })];

  test("each row is normalised; a segment missing from a row counts 0", () => {
    // Weights A 2, B 6, C missing → 0.25, 0.75, 0. Pipeline 10 → A 2.5, B 7.5, C 0. T = 1.
    const result = run({
      assumptions: { horizon: 1 },
      segments,
      channels: [channel()],
      mix: { C: { A: 2, B: 6 } },
    });
    expectClose(
      result.segments.map((s) => s.customers),
      [2.5, 7.5, 0]
    );
  });

  test("mix names match ignoring case; a channel without spend may be left out", () => {
    const result = run({
      assumptions: { horizon: 1 },
      segments,
      channels: [channel(), channel({ name: "Idle", spend: 0, fixedCost: 5 })],
      mix: { c: { a: 1, c: 3 } },
    });
    expectClose(
      result.segments.map((s) => s.customers),
      [2.5, 0, 7.5]
    );
    expectClose(result.channels[1], { leads: 0, customers: 0, contribution: -5 });
  });
});

describe("default mix (no mix given)", () => {
  const customersBySegment = (segs: Record<string, unknown>[]): number[] =>
    run({ assumptions: { horizon: 1 }, segments: segs, channels: [channel()] }).segments.map(
      (s) => s.customers
    );

  test("in proportion to M·a (adoption blank = 1)", () => {
    // Potentials 100·0.5 = 50 and 300·1 = 300 → shares 1/7, 6/7 of pipeline 10; both below the market.
    expectClose(
      customersBySegment([
        segment({ name: "A", accounts: 100, adoption: 0.5 }),
        segment({ name: "B", accounts: 300 }),
      ]),
      [10 / 7, 60 / 7]
    );
  });

  test("equally when any segment is unlimited", () => {
    expectClose(
      customersBySegment([segment({ name: "A", accounts: 100 }), segment({ name: "B" })]),
      [5, 5]
    );
  });

  test("equally when every potential is 0 (then saturation cuts it all)", () => {
    // M·a = 0 and 50·0 = 0 → 5 + 5 of pipeline, avail 0 → won 0, lost 10; penetration 0/M (null for M = 0).
    const result = run({
      assumptions: { horizon: 1 },
      segments: [
        segment({ name: "A", accounts: 0 }),
        segment({ name: "B", accounts: 50, adoption: 0 }),
      ],
      channels: [channel()],
    });
    expectClose(result.total, { customers: 0, lostToSaturation: 10, leads: 100, conversion: 0 });
    expectClose(
      result.segments.map((s) => s.penetration),
      [null, 0]
    );
  });
});
