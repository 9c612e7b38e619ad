/**
 * The model as flat numeric arrays: the form every evaluation reads and every driver writes.
 * Blanks are NaN, so that a `scale` driver keeps a blank blank and defaults apply at run time.
 * A grid reuses one working copy (`copyParams`) instead of copying the input objects per cell.
 */
import { CHANNEL_FIELDS, SEGMENT_FIELDS } from "./schema";
import type { ChannelNumericField, ModelInput, SegmentNumericField } from "./types";
import { copyInto, zeros, type Vec } from "./vec";

export interface Params {
  channelCount: number;
  segmentCount: number;
  channel: Record<ChannelNumericField, Vec>;
  segment: Record<SegmentNumericField, Vec>;
  /** horizon, discountRate, launchPeriods (NaN = blank). */
  assumption: Vec;
  /** Each segment's price as entered: the reference price P0 when `refPrice` is blank. */
  enteredPrice: Vec;
  /** Raw mix weights `[k * S + s]`, or null without a mix; `mixRow[k]` is 1 when channel k has a row. */
  mix: Vec | null;
  mixRow: Vec;
}

export const HORIZON = 0;
export const DISCOUNT_RATE = 1;
export const LAUNCH_PERIODS = 2;
export const ASSUMPTION_SLOTS = {
  horizon: HORIZON,
  discountRate: DISCOUNT_RATE,
  launchPeriods: LAUNCH_PERIODS,
} as const;

const blankToNaN = (value: number | null): number => (value === null ? Number.NaN : value);

/** One column of a table as numbers, a blank as NaN. */
function column<Row>(rows: readonly Row[], read: (row: Row) => number | null): Vec {
  const out: Vec = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = blankToNaN(read(rows[i] as Row));
  return out;
}

/**
 * The fields are spelled out (the types make sure none is missed): a read by a fixed name is far
 * cheaper than `row[field]` over every field, and this runs at the start of every run.
 */
export function paramsFromModel(model: ModelInput): Params {
  const K = model.channels.length;
  const S = model.segments.length;
  const rows = model.channels;
  const channel: Record<ChannelNumericField, Vec> = {
    spend: column(rows, (row) => row.spend),
    costPerLead: column(rows, (row) => row.costPerLead),
    conversion: column(rows, (row) => row.conversion),
    cycle: column(rows, (row) => row.cycle),
    capacity: column(rows, (row) => row.capacity),
    ramp: column(rows, (row) => row.ramp),
    partnerMargin: column(rows, (row) => row.partnerMargin),
    fixedCost: column(rows, (row) => row.fixedCost),
  };
  const segs = model.segments;
  const segment: Record<SegmentNumericField, Vec> = {
    accounts: column(segs, (row) => row.accounts),
    adoption: column(segs, (row) => row.adoption),
    bassP: column(segs, (row) => row.bassP),
    bassQ: column(segs, (row) => row.bassQ),
    price: column(segs, (row) => row.price),
    grossMargin: column(segs, (row) => row.grossMargin),
    churn: column(segs, (row) => row.churn),
    elasticity: column(segs, (row) => row.elasticity),
    refPrice: column(segs, (row) => row.refPrice),
  };
  const { horizon, discountRate, launchPeriods } = model.assumptions;
  let mix: Vec | null = null;
  const mixRow = zeros(K);
  if (model.mix !== null) {
    mix = zeros(K * S);
    model.mix.forEach((row, k) => {
      if (row === null) return;
      mixRow[k] = 1;
      row.forEach((weight, s) => ((mix as Vec)[k * S + s] = weight));
    });
  }
  return {
    channelCount: K,
    segmentCount: S,
    channel,
    segment,
    assumption: [horizon, discountRate, blankToNaN(launchPeriods)],
    enteredPrice: column(segs, (row) => row.price),
    mix,
    mixRow,
  };
}

export function cloneParams(source: Params): Params {
  const channel = {} as Record<ChannelNumericField, Vec>;
  for (const { field } of CHANNEL_FIELDS) channel[field] = source.channel[field].slice();
  const segment = {} as Record<SegmentNumericField, Vec>;
  for (const { field } of SEGMENT_FIELDS) segment[field] = source.segment[field].slice();
  return {
    ...source,
    channel,
    segment,
    assumption: source.assumption.slice(),
    enteredPrice: source.enteredPrice.slice(),
    mix: source.mix && source.mix.slice(),
    mixRow: source.mixRow.slice(),
  };
}

/** Reset a working copy to the baseline without allocating. */
export function copyParams(target: Params, source: Params): void {
  for (const { field } of CHANNEL_FIELDS) copyInto(target.channel[field], source.channel[field]);
  for (const { field } of SEGMENT_FIELDS) copyInto(target.segment[field], source.segment[field]);
  copyInto(target.assumption, source.assumption);
}
