/**
 * Property tests over random valid models (tests/model/arbitraries.ts), with a fixed seed so a
 * failure reproduces: market caps, no-cap identity, row order, scale 1, value drivers = typed
 * values, finite results, and the JSON and sheet-table forms giving the same model.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import {
  Evaluator,
  loadJson,
  loadTables,
  METRICS,
  ModelInputError,
  parseDriver,
  runModel,
  sensitivityGrid,
  tornado,
  type ModelResult,
  type Override,
} from "../../src/model";
import { between, jsonModel, toTables } from "./arbitraries";
import { close, expectClose, model, nonFinitePaths, run, type JsonModel } from "./helpers";

const SETTINGS = { seed: 20261122, numRuns: 120 };

/** The numeric fields of spec §1 that a driver can name. */
const CHANNEL_FIELDS = [
  "spend",
  "costPerLead",
  "conversion",
  "cycle",
  "capacity",
  "ramp",
  "partnerMargin",
  "fixedCost",
];
const SEGMENT_FIELDS = [
  "accounts",
  "adoption",
  "bassP",
  "bassQ",
  "price",
  "grossMargin",
  "churn",
  "elasticity",
  "refPrice",
];
const ASSUMPTION_FIELDS = ["horizon", "discountRate", "launchPeriods"];

function allDrivers(json: JsonModel): string[] {
  const rows = (kind: string, names: unknown[], fields: string[]): string[] =>
    fields.flatMap((field) => [
      `${kind}[*].${field}`,
      ...names.map((name) => `${kind}[${String(name)}].${field}`),
    ]);
  return [
    ...rows(
      "channel",
      json.channels.map((c) => c.name),
      CHANNEL_FIELDS
    ),
    ...rows(
      "segment",
      json.segments.map((s) => s.name),
      SEGMENT_FIELDS
    ),
    ...ASSUMPTION_FIELDS,
  ];
}

test("customers never exceed accounts·adoption in any segment", () => {
  fc.assert(
    fc.property(jsonModel, (json) => {
      const result = run(json);
      json.segments.forEach((segment, s) => {
        if (segment.accounts === null) return;
        const market = (segment.accounts as number) * ((segment.adoption as number | null) ?? 1);
        expect(result.segments[s]?.customers).toBeLessThanOrEqual(
          market + 1e-9 * Math.max(1, market)
        );
        expect(result.segments[s]?.customers).toBeGreaterThanOrEqual(0);
      });
    }),
    SETTINGS
  );
});

test("with no capacity, no accounts, cycle 0 and no elasticity, customers = Σ leads·rate", () => {
  const uncapped = jsonModel.map((json): JsonModel => ({
    ...json,
    channels: json.channels.map((c) => ({
      ...c,
      capacity: null,
      cycle: c.cycle === null ? null : 0,
    })),
    segments: json.segments.map((s) => ({ ...s, accounts: null, elasticity: null })),
  }));
  fc.assert(
    fc.property(uncapped, (json) => {
      const result = run(json);
      json.channels.forEach((channel, k) => {
        const rate = channel.conversion as number;
        const series = result.periods.channels[k];
        expectClose(
          series?.customers,
          series?.leads.map((leads) => leads * rate),
          `channel ${k} per period`
        );
        expectClose(
          result.channels[k]?.customers,
          (result.channels[k]?.leads ?? Number.NaN) * rate,
          `channel ${k}`
        );
        expect(result.channels[k]?.lostToCapacity).toBe(0);
        expect(result.channels[k]?.lostToSaturation).toBe(0);
      });
    }),
    SETTINGS
  );
});

test("results do not depend on the order of channel and segment rows", () => {
  const permuted = jsonModel.chain((json) =>
    fc.tuple(
      fc.constant(json),
      fc.shuffledSubarray([...json.channels.keys()], { minLength: json.channels.length }),
      fc.shuffledSubarray([...json.segments.keys()], { minLength: json.segments.length })
    )
  );
  fc.assert(
    fc.property(permuted, ([json, channelOrder, segmentOrder]) => {
      const mix = json.mix
        ? Object.fromEntries(
            Object.entries(json.mix)
              .reverse()
              .map(([k, row]) => [k, Object.fromEntries(Object.entries(row).reverse())])
          )
        : null;
      const other: JsonModel = {
        assumptions: json.assumptions,
        channels: channelOrder.map((k) => json.channels[k] as Record<string, unknown>),
        segments: segmentOrder.map((s) => json.segments[s] as Record<string, unknown>),
        mix,
      };
      const a = run(json);
      const b = run(other);
      expectClose(b.total, a.total, "total");
      channelOrder.forEach((k, i) => {
        expectClose(b.channels[i], a.channels[k], `channel ${k}`);
        expectClose(b.periods.channels[i], a.periods.channels[k], `series ${k}`);
      });
      segmentOrder.forEach((s, i) => expectClose(b.segments[i], a.segments[s], `segment ${s}`));
      expectClose(b.periods.total, a.periods.total, "series total");
    }),
    { ...SETTINGS, numRuns: 80 }
  );
});

test("scale 1 on any driver leaves every metric unchanged", () => {
  // Up to 10 drivers of each model, every metric, through both evaluation paths (result and metric).
  const withDrivers = jsonModel.chain((json) =>
    fc.tuple(fc.constant(json), fc.subarray(allDrivers(json), { minLength: 1, maxLength: 10 }))
  );
  fc.assert(
    fc.property(withDrivers, ([json, drivers]) => {
      const m = model(json);
      const baseline = runModel(m);
      const evaluator = new Evaluator(m);
      for (const text of drivers) {
        const override: Override = { driver: parseDriver(text, m), mode: "scale", value: 1 };
        const result = evaluator.result([override]);
        // isDeepStrictEqual is fast; toEqual only to explain a difference.
        if (!isDeepStrictEqual(result, baseline)) expect(result).toEqual(baseline);
        for (const metric of METRICS) {
          const value = evaluator.metric(metric, [override]);
          const expected = baseline.total[metric];
          if (expected === null || value === null) expect(value).toBe(expected);
          else expect(close(value, expected, 1e-12)).toBe(true);
        }
      }
    }),
    { ...SETTINGS, numRuns: 60 }
  );
});

/** A valid value for a field (launchPeriods may exceed a smaller horizon: then both ways are an error). */
const VALUES: Record<string, fc.Arbitrary<number>> = {
  spend: fc.integer({ min: 0, max: 50000 }),
  costPerLead: fc.integer({ min: 1, max: 500 }),
  conversion: between(0, 1),
  cycle: fc.integer({ min: 0, max: 6 }),
  capacity: fc.integer({ min: 0, max: 500 }),
  ramp: between(0, 6),
  partnerMargin: between(0, 0.6),
  fixedCost: fc.integer({ min: 0, max: 5000 }),
  accounts: fc.integer({ min: 0, max: 50000 }),
  adoption: between(0, 1),
  bassP: between(0.001, 0.5),
  bassQ: between(0, 1),
  price: fc.integer({ min: 0, max: 1000 }),
  grossMargin: between(0, 1),
  churn: between(0, 0.3),
  elasticity: between(0, 3),
  refPrice: fc.integer({ min: 1, max: 1000 }),
  horizon: fc.integer({ min: 1, max: 36 }),
  discountRate: between(0, 0.05),
  launchPeriods: fc.integer({ min: 1, max: 36 }),
};

/** How a driver changes one row's field: from its baseline (null = blank) to the new value (null = stays blank). */
type Edit = (baseline: number | null, field: string, horizon: number) => number | null;

/**
 * The JSON model with a driver typed in: a smaller horizon cuts an entered launchPeriods, and a
 * moved price keeps a blank reference price at the price as entered (spec §4). Null when that
 * cannot be typed (a price moved off 0 with elasticity and no reference price).
 */
function editedIn(json: JsonModel, driver: string, edit: Edit): JsonModel | null {
  const match = /^(channel|segment)\[(.*)\]\.(\w+)$/.exec(driver);
  const copy: JsonModel = JSON.parse(JSON.stringify(json)) as JsonModel;
  const assumptions = (copy.assumptions ??= {});
  const horizon = (assumptions.horizon as number | undefined) ?? 12;
  if (match === null) {
    // a blank assumption stands for its default (spec §4: "scaled from its default")
    const defaults: Record<string, number> = {
      discountRate: 0,
      launchPeriods: Math.min(3, horizon),
    };
    const baseline = (assumptions[driver] as number | undefined) ?? defaults[driver] ?? null;
    const value = edit(baseline, driver, horizon);
    if (value === null) return copy;
    assumptions[driver] = value;
    const launch = assumptions.launchPeriods;
    if (driver === "horizon" && typeof launch === "number" && launch > value)
      assumptions.launchPeriods = value;
    return copy;
  }
  const [, kind, row, field] = match as unknown as [string, string, string, string];
  for (const item of kind === "channel" ? copy.channels : copy.segments) {
    if (row !== "*" && item.name !== row) continue;
    const value = edit((item[field] as number | null | undefined) ?? null, field, horizon);
    if (value === null) continue;
    if (field === "price" && (item.refPrice ?? null) === null) {
      // P0 = 0 cannot be typed (refPrice must be above 0); with elasticity a move off 0 gives π = 0.
      if (item.price === 0 && value !== 0 && ((item.elasticity as number | null) ?? 0) > 0)
        return null;
      if (item.price !== 0) item.refPrice = item.price;
    }
    item[field] = value;
  }
  return copy;
}

const RATE_FIELDS = new Set([
  "conversion",
  "partnerMargin",
  "adoption",
  "grossMargin",
  "churn",
  "discountRate",
]);
const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));
const clamp = (x: number, low: number, high: number): number => Math.min(high, Math.max(low, x));

/** Spec §4 scale mode for one row: baseline × factor, rates clamped, whole numbers rounded then clamped. */
const scaled =
  (factor: number): Edit =>
  (baseline, field, horizon) => {
    if (baseline === null) return null;
    const x = baseline * factor;
    if (RATE_FIELDS.has(field)) return clamp(x, 0, 1);
    if (field === "cycle") return Math.max(0, roundHalfAway(x));
    if (field === "horizon") return clamp(roundHalfAway(x), 1, 600);
    if (field === "launchPeriods") return clamp(roundHalfAway(x), 1, horizon);
    return x;
  };

type Outcome = { error: string } | { result: ModelResult };
const outcome = (compute: () => ModelResult): Outcome => {
  try {
    return { result: compute() };
  } catch (error) {
    if (error instanceof ModelInputError) return { error: error.issues[0]?.message ?? "" };
    throw error;
  }
};

test("a value driver gives what typing the value in gives, evaluation after evaluation", () => {
  const edits = jsonModel.chain((json) =>
    fc.tuple(
      fc.constant(json),
      fc.array(
        fc
          .constantFrom(...allDrivers(json))
          .chain((driver) =>
            fc.tuple(
              fc.constant(driver),
              VALUES[driver.replace(/^.*\./, "")] as fc.Arbitrary<number>
            )
          ),
        { minLength: 1, maxLength: 6 }
      )
    )
  );
  fc.assert(
    fc.property(edits, ([json, changes]) => {
      const m = model(json);
      const evaluator = new Evaluator(m);
      for (const [driver, value] of changes) {
        const actual = outcome(() =>
          evaluator.result([{ driver: parseDriver(driver, m), mode: "value", value }])
        );
        const expected = outcome(() =>
          runModel(loadJson(editedIn(json, driver, () => value)).model)
        );
        if ("error" in expected) expect(actual).toEqual(expected);
        else expectClose(actual, expected, driver);
      }
    }),
    { ...SETTINGS, numRuns: 60 }
  );
});

test("a scale driver gives what typing baseline × number (rounded, clamped) gives", () => {
  const factor = fc.oneof(fc.constantFrom(0, 0.5, 1.5, 2.5, -1, 1 / 3, 1e-3), between(0, 3));
  const edits = jsonModel.chain((json) =>
    fc.tuple(
      fc.constant(json),
      fc.array(fc.tuple(fc.constantFrom(...allDrivers(json)), factor), {
        minLength: 1,
        maxLength: 6,
      })
    )
  );
  fc.assert(
    fc.property(edits, ([json, changes]) => {
      const m = model(json);
      const evaluator = new Evaluator(m);
      for (const [driver, value] of changes) {
        const actual = outcome(() =>
          evaluator.result([{ driver: parseDriver(driver, m), mode: "scale", value }])
        );
        const expected = outcome(() =>
          runModel(loadJson(editedIn(json, driver, scaled(value))).model)
        );
        if ("error" in expected) expect(actual).toEqual(expected);
        else expectClose(actual, expected, `${driver} × ${value}`);
      }
    }),
    { ...SETTINGS, numRuns: 60 }
  );
});

test("no NaN, Infinity or undefined ever reaches a result, a tornado or a grid", () => {
  const withMetric = fc.tuple(jsonModel, fc.constantFrom(...METRICS));
  fc.assert(
    fc.property(withMetric, ([json, metric]) => {
      const m = model(json);
      expect(nonFinitePaths(runModel(m))).toEqual([]);
      expect(nonFinitePaths(tornado(m, { metric }))).toEqual([]);
      const grid = sensitivityGrid(m, {
        metric,
        mode: "scale",
        x: { driver: "segment[*].price", values: [0, 0.5, 2] },
        y: { driver: "channel[*].conversion", values: [0, 3] },
      });
      expect(nonFinitePaths(grid)).toEqual([]);
    }),
    { ...SETTINGS, numRuns: 80 }
  );
});

test("the JSON form and the same model as sheet tables give identical models and results", () => {
  fc.assert(
    fc.property(jsonModel, (json) => {
      const fromJson = loadJson(json);
      const fromTables = loadTables(toTables(json));
      expect(fromTables.model).toEqual(fromJson.model);
      expect(fromTables.warnings.map((w) => w.message)).toEqual(
        fromJson.warnings.map((w) => w.message)
      );
      expect(runModel(fromTables.model)).toEqual(runModel(fromJson.model));
    }),
    SETTINGS
  );
});

test("tiny but valid rates give no Infinity (CAC, LTV, payback)", () => {
  // Each quotient's true value is above the largest double: 100 / (100 × 1e-310) = 1e310,
  // 5 / 1e-320 = 5e320, 10 / (10 × 1e-320) = 1e320. Spec: no Infinity reaches a result.
  const channel = { name: "C", spend: 100, costPerLead: 1, conversion: 0.1 };
  const segment = { name: "S", price: 10, grossMargin: 0.5 };
  const cases: JsonModel[] = [
    {
      assumptions: { horizon: 1 },
      segments: [segment],
      channels: [{ ...channel, conversion: 1e-310 }],
    },
    { assumptions: { horizon: 1 }, segments: [{ ...segment, churn: 1e-320 }], channels: [channel] },
    {
      assumptions: { horizon: 1 },
      segments: [{ ...segment, grossMargin: 1e-320 }],
      channels: [channel],
    },
  ];
  expect(cases.flatMap((json) => nonFinitePaths(run(json)))).toEqual([]);
});
