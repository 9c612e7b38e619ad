/**
 * fast-check generators of valid models in the JSON form of spec §1 (1–4 channels, 1–4 segments,
 * horizon 1–36, with and without a mix, random blanks), and the same model as sheet tables.
 */
import fc from "fast-check";
import type { TablesInput } from "../../src/model";
import type { JsonModel } from "./helpers";

type Row = Record<string, string | number | null>;

export const CHANNEL_NAMES = ["Direct", "Partners", "Online", "Events"];
export const SEGMENT_NAMES = ["Enterprise", "Mid-market", "SMB", "Public"];

const blankOr = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.option(arb, { nil: null, freq: 3 });

/** Sometimes the edge 0, mostly a value drawn evenly from the range. */
const orZero = (arb: fc.Arbitrary<number>): fc.Arbitrary<number> =>
  fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: arb, weight: 5 });
/** An even draw in (0, 1], in millionths: realistic numbers (subnormal rates have their own test). */
const fraction = fc.noBias(fc.integer({ min: 1, max: 1_000_000 })).map((v) => v / 1_000_000);
export const between = (min: number, max: number): fc.Arbitrary<number> =>
  min > 0 ? fraction.map((f) => min + f * (max - min)) : orZero(fraction.map((f) => f * max));
const rate = fc.oneof(
  { arbitrary: fc.constant(1), weight: 1 },
  { arbitrary: between(0, 1), weight: 5 }
);
/** Money in cents, 0..max. */
const money = (max: number): fc.Arbitrary<number> =>
  orZero(fc.noBias(fc.integer({ min: 1, max: max * 100 })).map((cents) => cents / 100));

const channelFields = fc.record({
  type: fc.constantFrom("direct", "partner", "online", "other"),
  spend: blankOr(money(100000)),
  costPerLead: blankOr(fc.noBias(fc.integer({ min: 50, max: 50000 })).map((cents) => cents / 100)),
  conversion: rate,
  cycle: blankOr(fc.integer({ min: 0, max: 6 })),
  capacity: blankOr(money(1000)),
  ramp: blankOr(fc.oneof(fc.integer({ min: 0, max: 6 }), between(0, 6))),
  partnerMargin: blankOr(between(0, 0.6)),
  fixedCost: blankOr(money(10000)),
});

const segmentFields = fc.record({
  // Small markets too, so that saturation binds.
  accounts: blankOr(
    orZero(
      fc.oneof(
        fc.noBias(fc.integer({ min: 1, max: 300 })),
        fc.noBias(fc.integer({ min: 1, max: 100000 }))
      )
    )
  ),
  adoption: blankOr(rate),
  bassP: blankOr(between(0.001, 0.5)),
  bassQ: blankOr(between(0, 1)),
  price: money(1000),
  grossMargin: rate,
  churn: blankOr(between(0, 0.3)),
  elasticity: blankOr(between(0, 3)),
  refPrice: blankOr(between(1, 1000)),
});

/** A mix row: a weight (or blank: left out) per segment, and whether a channel without spend is left out. */
const mixRow = (
  S: number
): fc.Arbitrary<{ weights: (number | null)[]; omit: boolean; upper: boolean }> =>
  fc.record({
    weights: fc.array(blankOr(fc.integer({ min: 0, max: 10 })), { minLength: S, maxLength: S }),
    omit: fc.boolean(),
    upper: fc.boolean(),
  });

export const jsonModel: fc.Arbitrary<JsonModel> = fc
  .record({
    K: fc.integer({ min: 1, max: 4 }),
    S: fc.integer({ min: 1, max: 4 }),
    horizon: fc.integer({ min: 1, max: 36 }),
  })
  .chain(({ K, S, horizon }) =>
    fc.record({
      channels: fc.array(channelFields, { minLength: K, maxLength: K }),
      segments: fc.array(segmentFields, { minLength: S, maxLength: S }),
      mix: fc.option(fc.array(mixRow(S), { minLength: K, maxLength: K }), { nil: null }),
      discountRate: fc.option(between(0, 0.05), { nil: undefined }),
      launchPeriods: fc.option(fc.integer({ min: 1, max: horizon }), { nil: undefined }),
      periodUnit: fc.option(fc.constantFrom("month", "quarter", "year"), { nil: undefined }),
      horizon: fc.constant(horizon),
    })
  )
  .map((drawn) => {
    const channels: Row[] = drawn.channels.map((fields, k) => ({
      name: CHANNEL_NAMES[k] as string,
      ...fields,
      // Spend needs a cost per lead.
      costPerLead:
        (fields.spend ?? 0) > 0 && fields.costPerLead === null ? 12.5 : fields.costPerLead,
    }));
    const segments: Row[] = drawn.segments.map((fields, s) => ({
      name: SEGMENT_NAMES[s] as string,
      ...fields,
    }));
    let mix: Record<string, Record<string, number>> | null = null;
    if (drawn.mix !== null) {
      mix = {};
      drawn.mix.forEach((row, k) => {
        const channel = channels[k] as Row;
        const spend = (channel.spend as number | null) ?? 0;
        if (row.omit && !(spend > 0)) return;
        const segmentKey = (s: number): string =>
          row.upper ? (SEGMENT_NAMES[s] as string).toUpperCase() : (SEGMENT_NAMES[s] as string);
        const weights: Record<string, number> = {};
        row.weights.forEach((weight, s) => {
          if (weight !== null) weights[segmentKey(s)] = weight;
        });
        // A row must add up to more than 0.
        if (!Object.values(weights).some((weight) => weight > 0)) weights[segmentKey(0)] = 1;
        const channelKey = row.upper
          ? (channel.name as string).toLowerCase()
          : (channel.name as string);
        (mix as Record<string, Record<string, number>>)[channelKey] = weights;
      });
    }
    const assumptions: Record<string, unknown> = { horizon: drawn.horizon };
    if (drawn.discountRate !== undefined) assumptions.discountRate = drawn.discountRate;
    if (drawn.launchPeriods !== undefined) assumptions.launchPeriods = drawn.launchPeriods;
    if (drawn.periodUnit !== undefined) assumptions.periodUnit = drawn.periodUnit;
    return { assumptions, channels, segments, mix };
  });

const CHANNEL_HEADERS: [string, string][] = [
  ["Channel", "name"],
  ["Type", "type"],
  ["Spend", "spend"],
  ["Cost per lead", "costPerLead"],
  ["Conversion", "conversion"],
  ["Cycle", "cycle"],
  ["Capacity", "capacity"],
  ["Ramp", "ramp"],
  ["Partner margin", "partnerMargin"],
  ["Fixed cost", "fixedCost"],
];
const SEGMENT_HEADERS: [string, string][] = [
  ["Segment", "name"],
  ["Accounts", "accounts"],
  ["Adoption", "adoption"],
  ["Bass p", "bassP"],
  ["Bass q", "bassQ"],
  ["Price", "price"],
  ["Gross margin", "grossMargin"],
  ["Churn", "churn"],
  ["Elasticity", "elasticity"],
  ["Ref price", "refPrice"],
];

const cell = (value: unknown): string | number =>
  value === null || value === undefined ? "" : (value as string | number);
const table = (
  rows: Record<string, unknown>[],
  headers: [string, string][]
): (string | number)[][] => [
  headers.map(([header]) => header),
  ...rows.map((row) => headers.map(([, field]) => cell(row[field]))),
];

/** The same model as sheet tables (headers in words, "" for blanks). */
export function toTables(json: JsonModel): TablesInput {
  const segmentNames = json.segments.map((segment) => String(segment.name));
  let mix: (string | number)[][] | null = null;
  if (json.mix) {
    mix = [["", ...segmentNames]];
    for (const [channel, weights] of Object.entries(json.mix)) {
      const byName = new Map(
        Object.entries(weights).map(([segment, weight]) => [segment.toLowerCase(), weight])
      );
      mix.push([channel, ...segmentNames.map((name) => cell(byName.get(name.toLowerCase())))]);
    }
  }
  return {
    channels: table(json.channels, CHANNEL_HEADERS),
    segments: table(json.segments, SEGMENT_HEADERS),
    assumptions: Object.entries(json.assumptions ?? {}).map(([name, value]) => [name, cell(value)]),
    mix,
  };
}
