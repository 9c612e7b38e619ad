/**
 * How large a model and a sensitivity grid may be (stated in README and docs/functions.md), so
 * that every host answers in bounded time and memory, and every sheet written fits Excel
 * (the per-period block is 6 × (channels + 2) columns wide: 1,000 channels fit its 16,384).
 */
import type { ModelInput } from "./types";

export const MODEL_LIMITS = {
  /** Channel rows. */
  channels: 1_000,
  /** Segment rows. */
  segments: 1_000,
  /** Channels × segments (the mix, and the engine's work per period). */
  channelSegments: 100_000,
  /** Cells of one sensitivity grid (X values × Y values). */
  gridCells: 40_000,
  /**
   * Runs × channels × segments × periods of one sensitivity grid or tornado: about 10 s of the
   * engine on one core (~20 ns a channel-segment-period).
   */
  work: 500_000_000,
} as const;

const grouped = (n: number): string => n.toLocaleString("en-US");

/** Rows of a table past its limit, or null. */
export function rowsProblem(rows: number, what: "channels" | "segments"): string | null {
  const limit = MODEL_LIMITS[what];
  return rows > limit
    ? `the table has ${grouped(rows)} rows — a model takes at most ${grouped(limit)} ${what}`
    : null;
}

/** Channels × segments past the limit, or null. */
export function sizeProblem(channels: number, segments: number): string | null {
  return channels * segments > MODEL_LIMITS.channelSegments
    ? `${grouped(channels)} channels × ${grouped(segments)} segments is more than the ${grouped(MODEL_LIMITS.channelSegments)} channel-segment pairs a model may have`
    : null;
}

/** The engine's work for one run of the model: channels × segments × periods. */
export function runWork(model: ModelInput): number {
  return (
    Math.max(1, model.channels.length) *
    Math.max(1, model.segments.length) *
    model.assumptions.horizon
  );
}

/** A grid of `cells` over `model` past the limits (cells alone, or cells × the model's size), or null. */
export function gridProblem(cells: number, model?: ModelInput): string | null {
  if (cells > MODEL_LIMITS.gridCells)
    return `the grid has ${grouped(cells)} cells — at most ${grouped(MODEL_LIMITS.gridCells)} (e.g. 200 × 200): use fewer values`;
  if (model !== undefined && cells * runWork(model) > MODEL_LIMITS.work) {
    const most = Math.max(1, Math.floor(MODEL_LIMITS.work / runWork(model)));
    return `the grid has ${grouped(cells)} cells, and this model (${grouped(model.channels.length)} channels × ${grouped(model.segments.length)} segments × ${grouped(model.assumptions.horizon)} periods) allows at most ${grouped(most)} — use fewer values`;
  }
  return null;
}

/**
 * `runs` runs of `model` past the work limit, or null: for any analysis that runs the model many
 * times (scenarios, simulations…). `what` names them in the message ("simulations").
 */
export function runsProblem(runs: number, model: ModelInput, what = "runs"): string | null {
  if (runs * runWork(model) <= MODEL_LIMITS.work) return null;
  const most = Math.max(0, Math.floor(MODEL_LIMITS.work / runWork(model)));
  return `${grouped(runs)} ${what} on this model (${grouped(model.channels.length)} channels × ${grouped(model.segments.length)} segments × ${grouped(model.assumptions.horizon)} periods) are too many — at most ${grouped(most)}`;
}

/** A tornado of `drivers` over `model` past the work limit (two runs a driver), or null. */
export function tornadoProblem(drivers: number, model: ModelInput): string | null {
  const runs = 2 * drivers + 1;
  if (runs * runWork(model) <= MODEL_LIMITS.work) return null;
  const most = Math.max(0, Math.floor((MODEL_LIMITS.work / runWork(model) - 1) / 2));
  return `${grouped(drivers)} drivers on this model (${grouped(model.channels.length)} channels × ${grouped(model.segments.length)} segments × ${grouped(model.assumptions.horizon)} periods) are too many — at most ${grouped(most)}`;
}
