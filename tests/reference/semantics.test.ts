/**
 * The reference's reading of §4 (drivers, override modes, metrics), §6, §7 and §8 on small
 * models worked by hand, so that a disagreement with the product can be traced to a rule.
 */
import { allocationSetup, checkAllocation, optimise } from "./allocation";
import { breakEven, breakEvenInterval } from "./breakEven";
import { applyAll, applyOverride, type RefOverride } from "./drivers";
import { resolveMetric } from "./metrics";
import { fromJson, ReferenceInputError, runRef, type JsonInput, type RefModel } from "./model";
import { compareOn } from "./scenarios";

/** T = 1, d = 0: 100 leads × 0.25 = 25 customers at price P, margin ½: npv = 12.5P − 100. */
const one = (extra: Partial<JsonInput> = {}): RefModel =>
  fromJson({
    assumptions: { horizon: 1 },
    segments: [{ name: "S", price: 10, grossMargin: 0.5 }],
    channels: [{ name: "C", spend: 100, costPerLead: 1, conversion: 0.25 }],
    ...extra,
  });

/** Two channels into one unlimited segment, T = 1: customers = 0.1·A + 0.2·B; C cannot buy leads. */
const pair = (price = 10): RefModel =>
  fromJson({
    assumptions: { horizon: 1 },
    segments: [{ name: "S", price, grossMargin: 0.5 }],
    channels: [
      { name: "A", spend: 50, costPerLead: 1, conversion: 0.1 },
      { name: "B", spend: 50, costPerLead: 1, conversion: 0.2 },
      { name: "C", conversion: 0.5 },
    ],
  });

const refused = (run: () => unknown) => expect(run).toThrow(ReferenceInputError);
const set = (ref: RefModel, ...o: RefOverride[]) => applyAll(ref, o).input;

describe("§4 override modes", () => {
  const base = fromJson({
    assumptions: { launchPeriods: 3 },
    segments: [
      { name: "Ent", price: 10, grossMargin: 0.5, churn: 0.4 },
      { name: "SMB", price: 5, grossMargin: 0.4, elasticity: 1 },
    ],
    channels: [
      { name: "Direct", spend: 100, costPerLead: 10, conversion: 0.6, cycle: 1, capacity: 3 },
      { name: "Partner sales", spend: 50, costPerLead: 5, conversion: 0.2, cycle: 3 },
    ],
  });
  test("scale: rates clamped to 0..1, whole numbers rounded half away from zero, blanks stay blank", () => {
    const m = set(base, { driver: "channel[*].conversion", value: 2, mode: "scale" });
    expect(m.channels.map((c) => c.conversion)).toEqual([1, 0.4]);
    expect(
      set(base, { driver: "channel[*].cycle", value: 0.5, mode: "scale" }).channels.map(
        (c) => c.cycle
      )
    ).toEqual([1, 2]);
    expect(
      set(base, { driver: "channel[*].capacity", value: 2, mode: "scale" }).channels.map(
        (c) => c.capacity
      )
    ).toEqual([6, null]);
    expect(
      set(base, { driver: "segment[*].churn", value: 3, mode: "scale" }).segments.map(
        (s) => s.churn
      )
    ).toEqual([1, null]);
  });
  test("a blank assumption scales from its default; launchPeriods is cut to a shorter horizon", () => {
    expect(set(base, { driver: "horizon", value: 1.5, mode: "scale" }).assumptions.horizon).toBe(
      18
    );
    expect(set(base, { driver: "horizon", value: 2 }).assumptions.launchPeriods).toBe(2);
    const blankL = fromJson({
      ...(base as unknown as JsonInput),
      assumptions: {},
      segments: [{ name: "S", price: 1, grossMargin: 1 }],
      channels: [{ name: "C", conversion: 0.1 }],
    });
    expect(set(blankL, { driver: "horizon", value: 2 }).assumptions.launchPeriods).toBeNull();
    expect(
      set(blankL, { driver: "launchPeriods", value: 2, mode: "scale" }).assumptions.launchPeriods
    ).toBe(6);
    expect(set(blankL, { driver: "horizon", value: 0.04, mode: "scale" }).assumptions.horizon).toBe(
      1
    ); // 0.48 → 0 → clamped to 1
  });
  test("in one list, a scale multiplies the baseline (docs/model.md): it replaces an earlier value or scale", () => {
    const convs = (...o: RefOverride[]) => set(base, ...o).channels.map((c) => c.conversion);
    expect(
      convs(
        { driver: "channel[*].conversion", value: 2, mode: "scale" },
        { driver: "channel[*].conversion", value: 0.5, mode: "scale" }
      )
    ).toEqual([0.3, 0.1]);
    expect(
      convs(
        { driver: "channel[Direct].conversion", value: 0.9 },
        { driver: "channel[*].conversion", value: 0.5, mode: "scale" }
      )
    ).toEqual([0.3, 0.1]);
    // a row blank at baseline keeps what an earlier override made it
    const capacity = set(
      base,
      { driver: "channel[*].capacity", value: 7 },
      { driver: "channel[*].capacity", value: 0, mode: "scale" }
    ).channels.map((c) => c.capacity);
    expect(capacity).toEqual([0, 7]);
  });
  test("rules between fields are checked on the finished list: a spend given and taken back is no error", () => {
    const noCost = fromJson({
      segments: [{ name: "S", price: 10, grossMargin: 0.5 }],
      channels: [
        { name: "A", spend: 50, costPerLead: 1, conversion: 0.1 },
        { name: "C", spend: 0, conversion: 0.5 },
      ],
    });
    const spend = (value: number, mode: "value" | "scale" = "value") => ({
      driver: "channel[C].spend",
      value,
      mode,
    });
    expect(set(noCost, spend(100), spend(3, "scale")).channels[1].spend).toBe(0);
    refused(() => set(noCost, spend(0), spend(100)));
  });
  test("value mode sets every named row; row names ignore case, field names case and separators", () => {
    const m = set(base, { driver: "CHANNEL[partner SALES].Cost_Per-Lead", value: 7 });
    expect(m.channels.map((c) => c.costPerLead)).toEqual([10, 7]);
    expect(
      set(base, { driver: "segment[*].accounts", value: 100 }).segments.map((s) => s.accounts)
    ).toEqual([100, 100]);
  });
  test("out-of-range values and fields the scale puts out of range are input errors", () => {
    refused(() => applyOverride(base, { driver: "channel[Direct].conversion", value: 25 }));
    refused(() =>
      applyOverride(base, { driver: "channel[Direct].costPerLead", value: 0, mode: "scale" })
    );
    refused(() =>
      applyOverride(base, { driver: "channel[Direct].spend", value: -1, mode: "scale" })
    );
    refused(() => applyOverride(base, { driver: "channel[Direct].cycle", value: 1.5 }));
    refused(() => applyOverride(base, { driver: "launchPeriods", value: 13 }));
    refused(() => applyOverride(base, { driver: "horizon", value: 601 }));
    refused(() => applyOverride(base, { driver: "channel[Nobody].spend", value: 1 }));
    refused(() => applyOverride(base, { driver: "channel[Direct].colour", value: 1 }));
    refused(() => applyOverride(base, { driver: "segment[Direct].price", value: 1 }));
  });
  test("a price move leaves a blank reference price at the price as entered", () => {
    // elasticity 1: doubling the price halves the conversion, (20/10)^−1; the scale too
    const ref = one({ segments: [{ name: "S", price: 10, grossMargin: 0.5, elasticity: 1 }] });
    expect(runRef(ref).total.customers).toBe(25);
    const doubled = applyOverride(ref, { driver: "segment[S].price", value: 20 });
    expect(runRef(doubled).total.customers).toBe(12.5);
    const scaled = applyOverride(doubled, { driver: "segment[S].price", value: 2, mode: "scale" });
    expect(runRef(scaled).total.customers).toBe(6.25);
    // a blank reference price stays blank under a scale
    expect(
      applyOverride(ref, { driver: "segment[S].refPrice", value: 2, mode: "scale" }).input
        .segments[0].refPrice
    ).toBeNull();
  });
});

describe("§4 metrics", () => {
  test("names ignore case and separators; lower is better only for cac and payback", () => {
    const ref = pair();
    const r = runRef(ref);
    expect(resolveMetric("Channel[b].Customers", ref).read(r)).toBeCloseTo(10, 12);
    expect(resolveMetric("ltv_to_cac", ref).field).toBe("ltvToCac");
    expect(resolveMetric("segment[s].PENETRATION", ref).read(r)).toBeNull();
    expect(
      ["cac", "payback", "channel[A].cac", "channel[A].payback", "npv", "segment[S].revenue"].map(
        (m) => resolveMetric(m, ref).lowerIsBetter
      )
    ).toEqual([true, true, true, true, false, false]);
  });
  test("*, an unknown row or field, a segment-only field on a channel are input errors", () => {
    const ref = pair();
    for (const m of [
      "channel[*].cac",
      "channel[Z].cac",
      "segment[S].cac",
      "channel[A].penetration",
      "spend",
      "profit",
    ])
      refused(() => resolveMetric(m, ref));
  });
});

describe("§6 scenarios", () => {
  test("Base first, changes against it (null where either is null), names merged ignoring case", () => {
    const ref = pair();
    const c = compareOn(
      ref,
      [
        { name: "No A", overrides: [{ driver: "channel[A].spend", value: 0 }] },
        { name: "Nothing", overrides: [{ driver: "channel[*].spend", value: 0 }] },
        { name: "no a", overrides: [{ driver: "channel[B].spend", value: 2, mode: "scale" }] },
      ],
      ["customers", "cac"]
    );
    expect(c.scenarios).toEqual(["No A", "Nothing"]);
    expect(c.comparison[0].base).toBeCloseTo(15, 12);
    expect(c.comparison[0].values[0]).toBeCloseTo(20, 12); // 0.2 × 100
    expect(c.comparison[0].change[1]).toBeCloseTo(-15, 12);
    expect(c.comparison[1].values[1]).toBeNull();
    expect(c.comparison[1].change[1]).toBeNull();
  });
  test("Base, blank names, drivers or values, unknown modes and invalid overrides are refused", () => {
    const ref = pair();
    const o = { driver: "channel[A].spend", value: 1 };
    refused(() => compareOn(ref, [{ name: " base ", overrides: [o] }]));
    refused(() => compareOn(ref, [{ name: "", overrides: [o] }]));
    refused(() => compareOn(ref, [{ name: "X", overrides: [{ ...o, driver: "" }] }]));
    refused(() => compareOn(ref, [{ name: "X", overrides: [{ ...o, value: null }] }]));
    refused(() => compareOn(ref, [{ name: "X", overrides: [{ ...o, mode: "times" }] }]));
    refused(() =>
      compareOn(ref, [{ name: "X", overrides: [{ driver: "channel[C].spend", value: 5 }] }])
    ); // no cost per lead
  });
});

describe("§7 break-even", () => {
  test("npv = 12.5P − 100: exact hits on the scan, else the bisected root; no bracket: min and max", () => {
    const ref = one();
    const q = { metric: "npv", target: 0, driver: "segment[S].price" };
    // f(7) < 0 = f(8): the first bracketing step is [7, 8], and its root is 8
    expect(breakEven(ref, q)).toMatchObject({
      value: 8,
      step: [7, 8],
      low: 0,
      high: 100,
      baseline: 25,
      min: -100,
      max: 1150,
    });
    // f(v_0) = 0: the answer is v_0, in the step that starts there
    expect(breakEven(ref, { ...q, low: 8, high: 108 })).toMatchObject({ value: 8, step: [8, 9] });
    const mid = breakEven(ref, { ...q, target: 406.25, driver: "segment[*].price" });
    expect(mid.step).toEqual([40, 41]);
    expect(Math.abs((mid.value as number) - 40.5)).toBeLessThan(1e-12 * 40.5);
    expect(breakEven(ref, { ...q, target: 2000 })).toMatchObject({
      value: null,
      step: null,
      min: -100,
      max: 1150,
    });
  });
  test("default intervals: [0, 1] for rates, 1 % of the smallest for fields above 0, blank rows left out", () => {
    const ref = fromJson({
      segments: [
        { name: "S", price: 10, grossMargin: 0.5, bassP: 0.02 },
        { name: "T", price: 20, grossMargin: 0.5 },
      ],
      channels: [
        { name: "A", spend: 1, costPerLead: 10, conversion: 0.1 },
        { name: "B", spend: 1, costPerLead: 4, conversion: 0.1 },
        { name: "C", conversion: 0.1, fixedCost: 0 },
      ],
    });
    expect(breakEvenInterval(ref, { driver: "channel[*].costPerLead" })).toEqual([0.04, 100]);
    expect(breakEvenInterval(ref, { driver: "segment[*].bassP" })).toEqual([0.0002, 0.2]);
    expect(breakEvenInterval(ref, { driver: "segment[*].price" })).toEqual([0, 200]);
    expect(breakEvenInterval(ref, { driver: "channel[A].conversion" })).toEqual([0, 1]);
    expect(breakEvenInterval(ref, { driver: "discountRate" })).toEqual([0, 1]);
    expect(breakEvenInterval(ref, { driver: "channel[A].spend", high: 5 })).toEqual([0, 5]);
    refused(() => breakEvenInterval(ref, { driver: "segment[*].refPrice" })); // every row blank
    refused(() => breakEvenInterval(ref, { driver: "channel[C].fixedCost" })); // 0
    expect(breakEvenInterval(ref, { driver: "segment[*].refPrice", low: 1, high: 2 })).toEqual([
      1, 2,
    ]);
    refused(() => breakEvenInterval(ref, { driver: "segment[*].refPrice", low: 0, high: 2 }));
    refused(() => breakEvenInterval(ref, { driver: "channel[A].conversion", low: 0.5, high: 0.5 }));
    refused(() => breakEvenInterval(ref, { driver: "channel[A].conversion", low: 0, high: 2 }));
    for (const d of ["channel[A].cycle", "horizon", "launchPeriods"])
      refused(() => breakEvenInterval(ref, { driver: d }));
  });
});

describe("§8 allocation", () => {
  test("customers = 0.1·A + 0.2·B: everything above A's min goes to B; the checker names each violation", () => {
    const ref = pair();
    const setup = allocationSetup(ref, { metric: "customers", bounds: { A: { min: 30 } } });
    expect(setup.budget).toBe(100);
    expect(checkAllocation(ref, setup, [30, 70, 0])).toEqual([]);
    const base = checkAllocation(ref, setup, [50, 50, 0]);
    expect(base.filter((v) => v.startsWith("(b) the all to B"))).toHaveLength(1);
    expect(base.filter((v) => v.startsWith("(c) moving A → B by 1 "))).toHaveLength(1);
    expect(checkAllocation(ref, setup, [30, 60, 0])[0]).toMatch(/^\(a\) spends sum to 90/);
    expect(checkAllocation(ref, setup, [20, 80, 0])).toEqual(["(a) A: 20 is below its min 30"]);
    expect(checkAllocation(ref, setup, [30, 69, 1])).toEqual(["(a) C cannot buy leads but gets 1"]);
    const best = optimise(ref, setup);
    expect(best?.spends[0]).toBeCloseTo(30, 6);
    expect(best?.metric).toBeCloseTo(17, 6);
  });
  test("unspent allowed: money that loses keeps out (price 4: each $ returns 0.2 or 0.4)", () => {
    const ref = pair(4);
    const setup = allocationSetup(ref, {
      metric: "npv",
      bounds: { A: { min: 30 } },
      unspent: true,
    });
    expect(
      checkAllocation(ref, setup, [30, 70, 0]).some((v) => v.startsWith("(c) moving B → unspent"))
    ).toBe(true);
    const best = optimise(ref, setup);
    expect(best?.spends.map((b) => Math.round(b * 1e6) / 1e6)).toEqual([30, 0, 0]);
    expect(checkAllocation(ref, setup, best!.spends)).toEqual([]);
  });
  test("impossible or invalid constraints are input errors", () => {
    const ref = pair();
    refused(() => allocationSetup(ref, { metric: "npv", budget: -1 }));
    refused(() =>
      allocationSetup(ref, { metric: "npv", bounds: { A: { min: 60 }, B: { min: 50 } } })
    );
    refused(() =>
      allocationSetup(ref, { metric: "npv", bounds: { A: { max: 40 }, B: { max: 40 } } })
    );
    expect(
      allocationSetup(ref, {
        metric: "npv",
        bounds: { A: { max: 40 }, B: { max: 40 } },
        unspent: true,
      }).max
    ).toEqual([40, 40, 0]);
    refused(() => allocationSetup(ref, { metric: "npv", bounds: { A: { min: 20, max: 10 } } }));
    refused(() => allocationSetup(ref, { metric: "npv", bounds: { C: { min: 1 } } }));
    refused(() => allocationSetup(ref, { metric: "npv", bounds: { Z: { min: 1 } } }));
  });
});
