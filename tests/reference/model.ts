/**
 * The reference's own reading of spec §1 (JSON form) and of §4's drivers and override modes,
 * written from the spec alone (it does not use the product's parser or drivers): a JSON model
 * becomes a RefModel (the tests/model/reference.ts engine's ModelInput plus the price as
 * entered, which a blank reference price stands for), overrides are applied to it, and it is
 * checked after each one. Test-only code.
 */
import type { ModelInput } from "../../src/model";
import { referenceRun, type ReferenceResult } from "../model/reference";

/** The JSON form of §1 (and the examples' extra keys, which this file ignores). */
export interface JsonInput {
  assumptions?: Record<string, unknown> | null;
  segments: Record<string, unknown>[];
  channels: Record<string, unknown>[];
  mix?: Record<string, Record<string, unknown>> | null;
  [extra: string]: unknown;
}

/** Any input the reference refuses (an input error of the spec). */
export class ReferenceInputError extends Error {}

export const fail = (message: string): never => {
  throw new ReferenceInputError(message);
};

/** Header and metric-name matching: case, spaces, underscores, hyphens and dots ignored. */
export const norm = (text: string): string => text.toLowerCase().replace(/[\s_.-]/g, "");

/**
 * Valid ranges of §1: `rate` 0..1, `min0` ≥ 0, `above0` > 0, `int0` whole ≥ 0,
 * `horizon` whole 1..600, `launch` whole 1..T.
 */
export type Kind = "rate" | "min0" | "above0" | "int0" | "horizon" | "launch";

export const CHANNEL_FIELDS = {
  spend: "min0",
  costPerLead: "above0",
  conversion: "rate",
  cycle: "int0",
  capacity: "min0",
  ramp: "min0",
  partnerMargin: "rate",
  fixedCost: "min0",
} as const satisfies Record<string, Kind>;
export const SEGMENT_FIELDS = {
  accounts: "min0",
  adoption: "rate",
  bassP: "above0",
  bassQ: "min0",
  price: "min0",
  grossMargin: "rate",
  churn: "rate",
  elasticity: "min0",
  refPrice: "above0",
} as const satisfies Record<string, Kind>;
export const ASSUMPTION_FIELDS = {
  horizon: "horizon",
  discountRate: "rate",
  launchPeriods: "launch",
} as const satisfies Record<string, Kind>;

export type ChannelField = keyof typeof CHANNEL_FIELDS;
export type SegmentField = keyof typeof SEGMENT_FIELDS;
export type AssumptionField = keyof typeof ASSUMPTION_FIELDS;

export interface RefModel {
  input: ModelInput;
  /** Per segment, the price as entered: the reference price where that is blank. */
  enteredPrice: number[];
}

/** Is `v` valid for a field of this kind (T for `launch`)? */
export function validFor(kind: Kind, v: number, T: number): boolean {
  if (!Number.isFinite(v)) return false;
  switch (kind) {
    case "rate":
      return v >= 0 && v <= 1;
    case "min0":
      return v >= 0;
    case "above0":
      return v > 0;
    case "int0":
      return Number.isInteger(v) && v >= 0;
    case "horizon":
      return Number.isInteger(v) && v >= 1 && v <= 600;
    case "launch":
      return Number.isInteger(v) && v >= 1 && v <= T;
  }
}

function numberOrBlank(where: string, value: unknown): number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value !== "number" || !Number.isFinite(value))
    return fail(`${where}: ${JSON.stringify(value)} is not a number`);
  return value;
}

/** The object's entries keyed by their normalised names (a key given twice is an error). */
function byNorm(where: string, row: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(row)) {
    const k = norm(key) === "channel" || norm(key) === "segment" ? "name" : norm(key);
    if (out.has(k)) fail(`${where}: ${key} is given twice`);
    out.set(k, value);
  }
  return out;
}

function readRow<F extends string>(
  table: string,
  row: Record<string, unknown>,
  fields: readonly F[]
): { name: string; values: Record<F, number | null>; cells: Map<string, unknown> } {
  const cells = byNorm(table, row);
  const nameCell = cells.get("name");
  const name = typeof nameCell === "string" ? nameCell.trim() : "";
  if (name === "") fail(`${table}: a row without a name`);
  const values = {} as Record<F, number | null>;
  for (const f of fields) values[f] = numberOrBlank(`${table} (${name}, ${f})`, cells.get(norm(f)));
  return { name, values, cells };
}

function uniqueNames(table: string, names: string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n.toLowerCase())) fail(`${table}: ${n} is given twice`);
    seen.add(n.toLowerCase());
  }
}

/** Index of a row named `name` (ignoring case), or -1. */
export const rowIndex = (rows: { name: string }[], name: string): number =>
  rows.findIndex((r) => r.name.toLowerCase() === name.trim().toLowerCase());

function readMix(json: JsonInput, input: ModelInput): ModelInput["mix"] {
  if (json.mix === null || json.mix === undefined) return null;
  const mix: (number[] | null)[] = input.channels.map(() => null);
  for (const [channel, row] of Object.entries(json.mix)) {
    const k = rowIndex(input.channels, channel);
    if (k < 0) fail(`Mix: ${channel} is not a channel`);
    if (mix[k] !== null) fail(`Mix: ${channel} is given twice`);
    const weights = new Array<number>(input.segments.length).fill(0);
    for (const [segment, w] of Object.entries(row)) {
      const s = rowIndex(input.segments, segment);
      if (s < 0) fail(`Mix (${channel}): ${segment} is not a segment`);
      const v = numberOrBlank(`Mix (${channel}, ${segment})`, w) ?? 0;
      if (v < 0) fail(`Mix (${channel}, ${segment}): ${v} is below 0`);
      weights[s] = v;
    }
    mix[k] = weights;
  }
  return mix;
}

/** A JSON model (§1) as a checked RefModel; throws ReferenceInputError when invalid. */
export function fromJson(json: JsonInput): RefModel {
  const a = byNorm("Assumptions", json.assumptions ?? {});
  const horizon = numberOrBlank("Assumptions (horizon)", a.get("horizon")) ?? 12;
  const unit = a.get("periodunit");
  const periodUnit = unit === undefined || unit === null || unit === "" ? "month" : unit;
  if (periodUnit !== "month" && periodUnit !== "quarter" && periodUnit !== "year")
    return fail(`Assumptions (periodUnit): ${String(unit)} is not month, quarter or year`);
  const segments = json.segments.map((row) => {
    const { name, values } = readRow(
      "Segments",
      row,
      Object.keys(SEGMENT_FIELDS) as SegmentField[]
    );
    return { name, ...values } as ModelInput["segments"][number];
  });
  const channels = json.channels.map((row) => {
    const { name, values, cells } = readRow(
      "Channels",
      row,
      Object.keys(CHANNEL_FIELDS) as ChannelField[]
    );
    const type = cells.get("type") ?? "direct";
    if (!["direct", "partner", "online", "other"].includes(String(type)))
      fail(`Channels (${name}, type): ${String(type)} is not a channel type`);
    return { name, type, ...values } as ModelInput["channels"][number];
  });
  uniqueNames(
    "Segments",
    segments.map((s) => s.name)
  );
  uniqueNames(
    "Channels",
    channels.map((c) => c.name)
  );
  const input: ModelInput = {
    assumptions: {
      horizon,
      periodUnit,
      discountRate: numberOrBlank("Assumptions (discountRate)", a.get("discountrate")) ?? 0,
      currency: null,
      launchPeriods: numberOrBlank("Assumptions (launchPeriods)", a.get("launchperiods")),
    },
    segments,
    channels,
    mix: null,
  };
  input.mix = readMix(json, input);
  const ref = { input, enteredPrice: segments.map((s) => s.price) };
  check(ref);
  return ref;
}

function checkField(where: string, kind: Kind, v: number | null, T: number, required = false) {
  if (v === null) {
    if (required) fail(`${where}: required`);
    return;
  }
  if (!validFor(kind, v, T)) fail(`${where}: ${v} is not valid (${kind})`);
}

/** Every rule of §1 on the whole model (ranges, required fields, the mix). */
export function check(ref: RefModel): void {
  const { assumptions: a, segments, channels, mix } = ref.input;
  checkField("Assumptions (horizon)", "horizon", a.horizon, 600);
  const T = a.horizon;
  checkField("Assumptions (discountRate)", "rate", a.discountRate, T);
  checkField("Assumptions (launchPeriods)", "launch", a.launchPeriods, T);
  if (segments.length === 0) fail("Segments: no segment");
  if (channels.length === 0) fail("Channels: no channel");
  for (const s of segments)
    for (const [f, kind] of Object.entries(SEGMENT_FIELDS))
      checkField(
        `Segments (${s.name}, ${f})`,
        kind,
        s[f as SegmentField],
        T,
        f === "price" || f === "grossMargin"
      );
  channels.forEach((c, k) => {
    for (const [f, kind] of Object.entries(CHANNEL_FIELDS))
      checkField(`Channels (${c.name}, ${f})`, kind, c[f as ChannelField], T, f === "conversion");
    const spending = (c.spend ?? 0) > 0;
    if (spending && c.costPerLead === null) fail(`Channels (${c.name}, costPerLead): required`);
    if (mix !== null) {
      const row = mix[k];
      if (row === null && spending) fail(`Mix: ${c.name} has spend but no mix row`);
      if (row !== null && !(row.reduce((x, y) => x + y, 0) > 0))
        fail(`Mix (${c.name}): the weights sum to 0`);
    }
  });
}

/** The engine's input: a blank reference price stands for the price as entered. */
export function engineInput(ref: RefModel): ModelInput {
  return {
    ...ref.input,
    segments: ref.input.segments.map((s, i) => ({
      ...s,
      refPrice: s.refPrice ?? ref.enteredPrice[i],
    })),
  };
}

export const runRef = (ref: RefModel): ReferenceResult => referenceRun(engineInput(ref));

export const clone = (ref: RefModel): RefModel => ({
  input: {
    assumptions: { ...ref.input.assumptions },
    segments: ref.input.segments.map((s) => ({ ...s })),
    channels: ref.input.channels.map((c) => ({ ...c })),
    mix:
      ref.input.mix === null ? null : ref.input.mix.map((row) => (row === null ? null : [...row])),
  },
  enteredPrice: [...ref.enteredPrice],
});
