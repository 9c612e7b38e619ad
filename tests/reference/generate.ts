/**
 * A seeded generator of small valid models in the JSON form of §1 (2–4 channels, 1–3 segments,
 * with and without mix, capacity, accounts and Bass timing) with random §6 scenario lists, §7
 * break-even questions and a §8 allocation question, for a cross-check of the product against
 * the reference. `referenceAnswers` gives the reference's answer to each question (or the
 * input error it raises: a few generated overrides are out of range on purpose, and those must
 * be refused by both). Same seed, same case.
 */
import type { ReferenceResult } from "../model/reference";
import { allocationSetup, checkAllocation, optimise, type AllocationQuestion } from "./allocation";
import {
  breakEven,
  breakEvenInterval,
  type BreakEvenAnswer,
  type BreakEvenQuestion,
} from "./breakEven";
import { applyOverride, parseRefDriver, type Mode, type RefOverride } from "./drivers";
import { resolveMetric } from "./metrics";
import {
  CHANNEL_FIELDS,
  SEGMENT_FIELDS,
  fromJson,
  ReferenceInputError,
  runRef,
  type JsonInput,
  type Kind,
  type RefModel,
} from "./model";
import { mulberry32, type Rng } from "./random";
import { compareOn, type Comparison, type JsonScenario } from "./scenarios";
import {
  simulate,
  type CorrelationRow,
  type SimulationAnswer,
  type SimulationSettings,
  type UncertainRow,
} from "./simulation";

export { mulberry32, type Rng } from "./random";

const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const chance = (rng: Rng, p: number): boolean => rng() < p;
/** A number in [lo, hi] rounded to `digits` decimals. */
const num = (rng: Rng, lo: number, hi: number, digits = 2): number =>
  Number((lo + rng() * (hi - lo)).toFixed(digits));
const blankOr = <T>(rng: Rng, p: number, make: () => T): T | null =>
  chance(rng, p) ? null : make();

export const CHANNEL_NAMES = ["Direct sales", "Partners", "Online", "Events"];
export const SEGMENT_NAMES = ["Enterprise", "Mid-market", "SMB"];

export interface ModelFlags {
  mix: boolean;
  capacity: boolean;
  accounts: boolean;
  bass: boolean;
}

function channelRow(rng: Rng, name: string, flags: ModelFlags, spending: boolean) {
  const type = pick(rng, ["direct", "partner", "online", "other"] as const);
  const spend = spending ? int(rng, 10, 500) * 100 : pick(rng, [0, null]);
  return {
    name,
    type,
    spend,
    costPerLead: spending || chance(rng, 0.7) ? num(rng, 20, 1500) : null,
    conversion: num(rng, 0.01, 0.5, 4),
    cycle: blankOr(rng, 0.4, () => int(rng, 0, 3)),
    capacity: flags.capacity && chance(rng, 0.7) ? num(rng, 1, 60, 1) : null,
    ramp: blankOr(rng, 0.4, () => (chance(rng, 0.5) ? int(rng, 0, 6) : num(rng, 0, 6))),
    partnerMargin: type === "partner" ? num(rng, 0, 0.3) : null,
    fixedCost: blankOr(rng, 0.5, () => int(rng, 0, 50) * 100),
  };
}

function segmentRow(rng: Rng, name: string, flags: ModelFlags) {
  const price = num(rng, 10, 3000);
  const accounts = flags.accounts && chance(rng, 0.8) ? int(rng, 20, 5000) : null;
  const bass = flags.bass && chance(rng, 0.8);
  return {
    name,
    accounts,
    adoption: blankOr(rng, 0.4, () => num(rng, 0.1, 1)),
    bassP: bass ? num(rng, 0.002, 0.05, 4) : null,
    bassQ: bass ? blankOr(rng, 0.3, () => num(rng, 0, 0.5)) : null,
    price,
    grossMargin: num(rng, 0.4, 0.9),
    churn: blankOr(rng, 0.3, () => num(rng, 0, 0.1, 3)),
    elasticity: blankOr(rng, 0.5, () => num(rng, 0, 1.5)),
    refPrice: chance(rng, 0.25) ? Number((price * num(rng, 0.8, 1.2)).toFixed(2)) : null,
  };
}

/** Drop the blank (null) fields, as a user leaves cells blank. */
const compact = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));

export function generateModel(rng: Rng, flags?: Partial<ModelFlags>): JsonInput {
  const f: ModelFlags = {
    mix: flags?.mix ?? chance(rng, 0.5),
    capacity: flags?.capacity ?? chance(rng, 0.5),
    accounts: flags?.accounts ?? chance(rng, 0.6),
    bass: flags?.bass ?? chance(rng, 0.5),
  };
  const K = int(rng, 2, 4);
  const S = int(rng, 1, 3);
  const spendingFirst = int(rng, 0, K - 1);
  const channels = CHANNEL_NAMES.slice(0, K).map((n, k) =>
    channelRow(rng, n, f, k === spendingFirst || chance(rng, 0.7))
  );
  const segments = SEGMENT_NAMES.slice(0, S).map((n) => segmentRow(rng, n, f));
  const T = int(rng, 3, 24);
  const json: JsonInput = {
    assumptions: compact({
      horizon: chance(rng, 0.15) ? null : T,
      periodUnit: pick(rng, ["month", "quarter", "year"]),
      discountRate: blankOr(rng, 0.3, () => num(rng, 0, 0.03, 4)),
      launchPeriods: blankOr(rng, 0.5, () => int(rng, 1, Math.min(3, T))),
    }),
    segments: segments.map(compact),
    channels: channels.map(compact),
  };
  if (f.mix) {
    json.mix = {};
    for (const c of channels) {
      // every channel that can buy leads has a row; the others sometimes do
      if (c.costPerLead === null && chance(rng, 0.5)) continue;
      const weights: number[] = segments.map(() => (chance(rng, 0.3) ? 0 : num(rng, 0.1, 5)));
      if (!weights.some((w) => w > 0)) weights[int(rng, 0, S - 1)] = 1;
      json.mix[c.name] = Object.fromEntries(segments.map((s, i) => [s.name, weights[i]]));
    }
  }
  return json;
}

const VALUE_OF: Record<string, (rng: Rng) => number> = {
  rate: (rng) => num(rng, 0, 1, 3),
  min0: (rng) => int(rng, 0, 2000),
  above0: (rng) => num(rng, 0.01, 500),
  int0: (rng) => int(rng, 0, 4),
  horizon: (rng) => int(rng, 1, 36),
  launch: (rng) => int(rng, 1, 3),
};

/** A random override: mostly valid, about 1 in 20 out of range on purpose. */
function randomOverride(rng: Rng, json: JsonInput): RefOverride {
  const r = rng();
  const mode: Mode = chance(rng, 0.5) ? "scale" : "value";
  let driver: string;
  let kind: string;
  if (r < 0.5) {
    const field = pick(rng, Object.keys(CHANNEL_FIELDS) as (keyof typeof CHANNEL_FIELDS)[]);
    const row = chance(rng, 0.3) ? "*" : String(pick(rng, json.channels).name);
    driver = `channel[${chance(rng, 0.2) ? row.toUpperCase() : row}].${field}`;
    kind = CHANNEL_FIELDS[field];
  } else if (r < 0.85) {
    const field = pick(rng, Object.keys(SEGMENT_FIELDS) as (keyof typeof SEGMENT_FIELDS)[]);
    const row = chance(rng, 0.3) ? "*" : String(pick(rng, json.segments).name);
    driver = `segment[${row}].${field}`;
    kind = SEGMENT_FIELDS[field];
  } else {
    driver = pick(rng, ["horizon", "discountRate", "launchPeriods"]);
    kind = { horizon: "horizon", discountRate: "rate", launchPeriods: "launch" }[driver] as string;
  }
  if (chance(rng, 0.05)) return { driver, value: pick(rng, [-1, 1.5, 0, 700, 2.5]), mode: "value" };
  const value =
    mode === "scale"
      ? pick(rng, [0.5, 0.8, 0.95, 1.05, 1.2, 1.5, 2, 3, kind === "above0" ? 0.7 : 0])
      : VALUE_OF[kind](rng);
  return { driver, value, mode };
}

export function generateScenarios(rng: Rng, json: JsonInput): JsonScenario[] {
  const names = ["Plan A", "Plan B", "Stretch", "Downside"];
  return names.slice(0, int(rng, 1, 3)).map((name) => ({
    name,
    overrides: Array.from({ length: int(rng, 1, 3) }, () => {
      const o = randomOverride(rng, json);
      // blank mode stands for value (§6), written three ways
      const mode = o.mode === "scale" ? "scale" : pick(rng, ["value", null, undefined]);
      return mode === undefined ? { driver: o.driver, value: o.value } : { ...o, mode };
    }),
  }));
}

const metricChoices = (json: JsonInput): string[] => {
  const c = String(json.channels[0].name);
  const s = String(json.segments[json.segments.length - 1].name);
  return [
    "npv",
    "contribution",
    "revenue",
    "customers",
    "cac",
    "payback",
    "ltvToCac",
    "launchRevenue",
    `channel[${c}].cac`,
    `channel[${c}].npv`,
    `channel[${c}].customers`,
    `segment[${s}].customers`,
    `segment[${s}].penetration`,
  ];
};

/** Now and then a metric written in capitals (names match ignoring case). */
const vary = (rng: Rng, metric: string): string =>
  chance(rng, 0.15) ? metric.toUpperCase() : metric;

const CONTINUOUS = [
  "channel[*].spend",
  "channel[*].costPerLead",
  "channel[*].conversion",
  "channel[*].capacity",
  "channel[*].ramp",
  "channel[*].partnerMargin",
  "channel[*].fixedCost",
  "segment[*].price",
  "segment[*].grossMargin",
  "segment[*].churn",
  "segment[*].adoption",
  "segment[*].accounts",
  "segment[*].bassP",
  "segment[*].elasticity",
  "discountRate",
];

/** The metric at driver = v (null also where that input is invalid). */
function metricAt(ref: RefModel, metric: string, driver: string, v: number): number | null {
  try {
    return resolveMetric(metric, ref).read(runRef(applyOverride(ref, { driver, value: v })));
  } catch (error) {
    if (!(error instanceof ReferenceInputError)) throw error;
    return null;
  }
}

/** A metric and a driver (tried up to 6 times for a pair where the driver moves the metric). */
function breakEvenPair(rng: Rng, json: JsonInput, ref: RefModel) {
  let found = {
    metric: "npv",
    driver: "segment[*].price",
    interval: [0, 1] as [number, number],
    moves: false,
  };
  for (let attempt = 0; attempt < 6 && !found.moves; attempt++) {
    const metric = vary(rng, pick(rng, metricChoices(json)));
    let driver = pick(rng, CONTINUOUS);
    if (driver.includes("[*]") && chance(rng, 0.5)) {
      const rows = driver.startsWith("channel") ? json.channels : json.segments;
      driver = driver.replace("*", String(pick(rng, rows).name));
    }
    let interval: [number, number] | null = null;
    try {
      interval = breakEvenInterval(ref, { driver });
    } catch (error) {
      if (!(error instanceof ReferenceInputError)) throw error;
    }
    const [lo, hi] = interval ?? [1, 1000];
    const ends = [lo, (lo + hi) / 2, hi].map((v) => metricAt(ref, metric, driver, v));
    const moves = ends.some((m) => m !== null && m !== ends[0]);
    found = { metric, driver, interval: [lo, hi], moves };
    if (interval === null) found = { ...found, ...{ low: 1, high: 1000 } };
  }
  return found as typeof found & { low?: number; high?: number };
}

export function generateBreakEven(rng: Rng, json: JsonInput, ref: RefModel): BreakEvenQuestion[] {
  const base = runRef(ref);
  return Array.from({ length: int(rng, 1, 3) }, () => {
    const { metric, driver, interval, low, high } = breakEvenPair(rng, json, ref);
    const q: BreakEvenQuestion = {
      metric,
      target: 0,
      driver,
      ...(low === undefined ? {} : { low, high }),
    };
    // mostly the metric somewhere inside the interval (so that a break-even often exists),
    // else the baseline's value moved by up to ±50 %; rounded to 6 digits
    const baseAt = resolveMetric(metric, ref).read(base);
    const at = chance(rng, 0.7)
      ? metricAt(ref, metric, driver, interval[0] + rng() * (interval[1] - interval[0]))
      : baseAt === null
        ? null
        : baseAt * num(rng, 0.5, 1.5);
    return { ...q, target: Number((at ?? 1000).toPrecision(6)) };
  });
}

export function generateAllocation(rng: Rng, json: JsonInput, ref: RefModel): AllocationQuestion {
  const metric = vary(
    rng,
    pick(
      rng,
      metricChoices(json).filter((m) => !m.endsWith("penetration"))
    )
  );
  const baseline = ref.input.channels.reduce((a, c) => a + (c.spend ?? 0), 0);
  const budget = chance(rng, 0.6) ? null : Math.round(baseline * num(rng, 0.5, 1.5));
  const B = budget ?? baseline;
  const K = json.channels.length;
  const bounds: NonNullable<AllocationQuestion["bounds"]> = {};
  ref.input.channels.forEach((c) => {
    if (c.costPerLead === null || !chance(rng, 0.5)) return;
    const min = chance(rng, 0.5) ? Math.round((B * rng()) / (2 * K)) : null;
    const max = chance(rng, 0.5) ? Math.round(B * num(rng, 0.3, 1)) : null;
    bounds[c.name] = { min, max };
  });
  // now and then constraints no allocation meets (an input error both must raise)
  if (chance(rng, 0.05)) bounds[String(json.channels[0].name)] = { min: B + 1 };
  return { metric, budget, bounds, unspent: chance(rng, 0.3) };
}

/** A distribution around a baseline value b (> 0), for a field of this kind. */
function distributionAround(rng: Rng, b: number, kind: Kind): Omit<UncertainRow, "driver"> {
  const lo = kind === "rate" ? Math.max(0, b * 0.6) : b * 0.6;
  const hi = kind === "rate" ? Math.min(1, b * 1.3) : b * 1.3;
  const ml = Number((lo + (hi - lo) * num(rng, 0.2, 0.8)).toPrecision(6));
  const [min, max] = [Number(lo.toPrecision(6)), Number(hi.toPrecision(6))];
  const sd = Number((b * num(rng, 0.05, 0.3)).toPrecision(6));
  switch (pick(rng, ["uniform", "triangular", "pert", "normal", "lognormal"] as const)) {
    case "uniform":
      return { distribution: "uniform", min, max };
    case "triangular":
      return { distribution: "triangular", min, mostLikely: ml, max };
    case "pert":
      return { distribution: "pert", min, mostLikely: ml, max };
    case "normal":
      return chance(rng, 0.5)
        ? { distribution: "normal", mean: b, sd }
        : { distribution: "normal", mean: b, sd, min: Number((b * 0.5).toPrecision(6)) };
    case "lognormal":
      return { distribution: "lognormal", mean: b, sd };
  }
}

/** 1–3 uncertain drivers (value mode around a row's baseline, or scale around 1). */
export function generateUncertainty(rng: Rng, ref: RefModel) {
  const uncertainty: UncertainRow[] = [];
  const pool = [
    ...ref.input.channels.flatMap((c) => [
      { driver: `channel[${c.name}].conversion`, value: c.conversion, kind: "rate" as Kind },
      { driver: `channel[${c.name}].costPerLead`, value: c.costPerLead, kind: "above0" as Kind },
    ]),
    ...ref.input.segments.flatMap((s) => [
      { driver: `segment[${s.name}].price`, value: s.price, kind: "min0" as Kind },
      { driver: `segment[${s.name}].churn`, value: s.churn, kind: "rate" as Kind },
    ]),
    { driver: "segment[*].adoption", value: null, kind: "rate" as Kind },
    { driver: "channel[*].spend", value: null, kind: "min0" as Kind },
  ].filter((p) => p.value === null || p.value > 0);
  for (let i = int(rng, 1, 3); i > 0 && pool.length > 0; i--) {
    const p = pool.splice(int(rng, 0, pool.length - 1), 1)[0];
    if (p.value === null)
      uncertainty.push({ driver: p.driver, ...distributionAround(rng, 1, "min0"), apply: "scale" });
    else
      uncertainty.push({
        driver: p.driver,
        ...distributionAround(rng, p.value, p.kind),
        apply: pick(rng, ["value", null]),
      });
  }
  const correlations: CorrelationRow[] =
    uncertainty.length > 1 && chance(rng, 0.6)
      ? [
          {
            driver: uncertainty[0].driver,
            with: uncertainty[1].driver,
            correlation: num(rng, -0.8, 0.8, 2),
          },
        ]
      : [];
  return { uncertainty, correlations };
}

/** The reference's §9 run of a generated case (slow: ~0.1 ms an iteration). */
export function referenceSimulation(
  c: GeneratedCase,
  settings: SimulationSettings
): Outcome<SimulationAnswer> {
  return attempt(() => simulate(fromJson(c.model), c.uncertainty, c.correlations, settings));
}

export interface GeneratedCase {
  seed: number;
  model: JsonInput;
  scenarios: JsonScenario[];
  breakEven: BreakEvenQuestion[];
  allocation: AllocationQuestion;
  /** §9 tables: 1–3 uncertain drivers of the five distributions, sometimes a correlation. */
  uncertainty: UncertainRow[];
  correlations: CorrelationRow[];
}

export function generateCase(seed: number, flags?: Partial<ModelFlags>): GeneratedCase {
  const rng = mulberry32(seed);
  const model = generateModel(rng, flags);
  const ref = fromJson(model);
  return {
    seed,
    model,
    scenarios: generateScenarios(rng, model),
    breakEven: generateBreakEven(rng, model, ref),
    allocation: generateAllocation(rng, model, ref),
    ...generateUncertainty(rng, ref),
  };
}

export type Outcome<T> = { ok: T } | { error: string };

const attempt = <T>(run: () => T): Outcome<T> => {
  try {
    return { ok: run() };
  } catch (error) {
    if (error instanceof ReferenceInputError) return { error: error.message };
    throw error;
  }
};

export interface ReferenceAnswers {
  result: ReferenceResult;
  scenarios: Outcome<Comparison>;
  breakEven: Outcome<BreakEvenAnswer>[];
  allocation: Outcome<{
    spends: Record<string, number>;
    metric: number | null;
    baselineMetric: number | null;
    /** The reference checker's verdict on its own allocation (empty: meets (a)–(c)). */
    violations: string[];
  } | null>;
}

/** The reference's answers to a generated case (input errors as `{ error }`). */
export function referenceAnswers(c: GeneratedCase): ReferenceAnswers {
  const ref = fromJson(c.model);
  return {
    result: runRef(ref),
    scenarios: attempt(() => compareOn(ref, c.scenarios)),
    breakEven: c.breakEven.map((q) => attempt(() => breakEven(ref, q))),
    allocation: attempt(() => {
      const setup = allocationSetup(ref, c.allocation);
      const best = optimise(ref, setup);
      if (best === null) return null;
      return {
        spends: Object.fromEntries(setup.names.map((n, k) => [n, best.spends[k]])),
        metric: best.metric,
        baselineMetric: setup.metric.read(runRef(ref)),
        violations: checkAllocation(ref, setup, best.spends),
      };
    }),
  };
}

/** Is this override's driver one the reference knows for this model? (for tests of the generator) */
export const knownDriver = (ref: RefModel, driver: string): boolean => {
  try {
    parseRefDriver(driver, ref);
    return true;
  } catch {
    return false;
  }
};
