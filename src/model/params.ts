/**
 * The model as flat numeric arrays: the form every evaluation reads and every driver writes.
 * Blanks are NaN, so that a `scale` driver keeps a blank blank and defaults apply at run time.
 * A grid reuses one working copy (`copyParams`) instead of copying the input objects per cell.
 */
import { CHANNEL_FIELDS, SEGMENT_FIELDS } from "./schema";
import type { ChannelNumericField, ModelInput, SegmentNumericField } from "./types";

export interface Params {
  channelCount: number;
  segmentCount: number;
  channel: Record<ChannelNumericField, Float64Array>;
  segment: Record<SegmentNumericField, Float64Array>;
  /** horizon, discountRate, launchPeriods (NaN = blank). */
  assumption: Float64Array;
  /** Each segment's price as entered: the reference price P0 when `refPrice` is blank. */
  enteredPrice: Float64Array;
  /** Raw mix weights `[k * S + s]`, or null without a mix; `mixRow[k]` is 1 when channel k has a row. */
  mix: Float64Array | null;
  mixRow: Uint8Array;
}

export const HORIZON = 0;
export const DISCOUNT_RATE = 1;
export const LAUNCH_PERIODS = 2;
export const ASSUMPTION_SLOTS = { horizon: HORIZON, discountRate: DISCOUNT_RATE, launchPeriods: LAUNCH_PERIODS } as const;

const blankToNaN = (value: number | null): number => (value === null ? Number.NaN : value);

export function paramsFromModel(model: ModelInput): Params {
  const K = model.channels.length;
  const S = model.segments.length;
  const channel = {} as Record<ChannelNumericField, Float64Array>;
  for (const { field } of CHANNEL_FIELDS) channel[field] = Float64Array.from(model.channels, (row) => blankToNaN(row[field]));
  const segment = {} as Record<SegmentNumericField, Float64Array>;
  for (const { field } of SEGMENT_FIELDS) segment[field] = Float64Array.from(model.segments, (row) => blankToNaN(row[field]));
  const { horizon, discountRate, launchPeriods } = model.assumptions;
  let mix: Float64Array | null = null;
  const mixRow = new Uint8Array(K);
  if (model.mix !== null) {
    mix = new Float64Array(K * S);
    model.mix.forEach((row, k) => {
      if (row === null) return;
      mixRow[k] = 1;
      row.forEach((weight, s) => ((mix as Float64Array)[k * S + s] = weight));
    });
  }
  return {
    channelCount: K,
    segmentCount: S,
    channel,
    segment,
    assumption: Float64Array.of(horizon, discountRate, blankToNaN(launchPeriods)),
    enteredPrice: Float64Array.from(model.segments, (row) => row.price),
    mix,
    mixRow,
  };
}

export function cloneParams(source: Params): Params {
  const channel = {} as Record<ChannelNumericField, Float64Array>;
  for (const { field } of CHANNEL_FIELDS) channel[field] = source.channel[field].slice();
  const segment = {} as Record<SegmentNumericField, Float64Array>;
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
  for (const { field } of CHANNEL_FIELDS) target.channel[field].set(source.channel[field]);
  for (const { field } of SEGMENT_FIELDS) target.segment[field].set(source.segment[field]);
  target.assumption.set(source.assumption);
}
