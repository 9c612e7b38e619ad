/** Sensitivity (spec §4): one- and two-way grids, and the tornado. */
import { inputError } from "./errors";
import { Evaluator } from "./evaluator";
import { parseDriver, parseMetric } from "./drivers";
import { gridProblem, tornadoProblem } from "./limits";
import { ASSUMPTION_FIELDS, CHANNEL_FIELDS, formatNumber, SEGMENT_FIELDS } from "./schema";
import { slicer, type AsyncControl } from "./simulation/simulate";
import type {
  ChannelNumericField,
  DriverMode,
  GridResult,
  GridSpec,
  ModelInput,
  Override,
  SegmentNumericField,
  TornadoResult,
  TornadoRow,
  TornadoSpec,
} from "./types";

function parseMode(mode: unknown): DriverMode {
  if (mode === undefined || mode === null || mode === "") return "value";
  const text = String(mode).trim().toLowerCase();
  if (text === "value" || text === "scale") return text;
  throw inputError(
    { table: "Drivers", field: "mode" },
    `"${String(mode)}" is not a mode — use value or scale`
  );
}

function checkValues(values: readonly number[], axis: string): void {
  if (values.length === 0)
    throw inputError({ table: "Drivers", field: axis }, "has no values — give at least one number");
  for (const value of values) {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw inputError({ table: "Drivers", field: axis }, `${String(value)} is not a number`);
    }
  }
}

/** How far a grid has got: rows of Y done (one row without Y). */
export interface GridProgress {
  done: number;
  total: number;
}

/**
 * The value a driver's row takes at each step, in the field's own unit: the values themselves in
 * value mode; in scale mode the baseline × multiplier the model applies (rounded and clamped as
 * it applies it) when the driver names one row (or an assumption); null when it covers several
 * rows in scale mode, or its one row is blank.
 */
function appliedValues(
  evaluator: Evaluator,
  driver: Override["driver"],
  mode: DriverMode,
  values: readonly number[]
): number[] | null {
  if (mode === "value") return values.slice();
  const applied: number[] = [];
  for (const value of values) {
    const one = evaluator.applied({ driver, mode, value });
    if (one === null) return null;
    applied.push(one);
  }
  return applied;
}

/**
 * The grid in steps, on one Evaluator, metric and drivers parsed once: every input error first
 * (before the first step), then one step per row of Y with the rows done; returns the grid.
 * `sensitivityGrid` runs it through; a host that must stay responsive yields between steps
 * (`sensitivityGridAsync`). The numbers do not depend on how it is run.
 */
export function* sensitivitySteps(
  model: ModelInput,
  spec: GridSpec
): Generator<GridProgress, GridResult, void> {
  const metric = parseMetric(spec.metric, model);
  const mode = parseMode(spec.mode);
  const x = parseDriver(spec.x.driver, model);
  checkValues(spec.x.values, "x values");
  const y = spec.y ? parseDriver(spec.y.driver, model) : null;
  if (spec.y) checkValues(spec.y.values, "y values");
  const tooLarge = gridProblem(spec.x.values.length * (spec.y ? spec.y.values.length : 1), model);
  if (tooLarge !== null) throw inputError({ table: "Drivers", field: "values" }, tooLarge);
  const evaluator = new Evaluator(model);
  const xAxis = { driver: spec.x.driver, values: spec.x.values.slice() };
  const xApplied = appliedValues(evaluator, x, mode, xAxis.values);
  const yAxis = spec.y ? { driver: spec.y.driver, values: spec.y.values.slice() } : null;
  const yApplied =
    y === null || yAxis === null ? null : appliedValues(evaluator, y, mode, yAxis.values);
  const xOverride: Override = { driver: x, mode, value: 0 };
  const yOverride: Override | null = y === null ? null : { driver: y, mode, value: 0 };
  const overrides = yOverride === null ? [xOverride] : [xOverride, yOverride];
  const yValues = yAxis === null ? [Number.NaN] : yAxis.values;
  const values: (number | null)[][] = [];
  for (const yValue of yValues) {
    if (yOverride !== null) yOverride.value = yValue;
    values.push(
      xAxis.values.map((xValue) => {
        xOverride.value = xValue;
        return evaluator.metric(metric, overrides);
      })
    );
    yield { done: values.length, total: yValues.length };
  }
  return {
    metric,
    mode,
    x: { ...xAxis, applied: xApplied },
    y: yAxis === null ? null : { ...yAxis, applied: yApplied },
    values,
  };
}

/** The metric over driver X (and Y): `values[i][j]` at y_i, x_j; one row without Y. */
export function sensitivityGrid(model: ModelInput, spec: GridSpec): GridResult {
  const steps = sensitivitySteps(model, spec);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/**
 * The grid giving the host control every `sliceMs` (progress after each row, cancel between
 * rows); null when cancelled. Exactly the numbers of `sensitivityGrid`.
 */
export async function sensitivityGridAsync(
  model: ModelInput,
  spec: GridSpec,
  control: AsyncControl = {}
): Promise<GridResult | null> {
  const breathe = slicer(control);
  const steps = sensitivitySteps(model, spec);
  let step = steps.next();
  while (step.done !== true) {
    control.onProgress?.(step.value.done, step.value.total);
    if (await breathe()) return null;
    step = steps.next();
  }
  return step.value;
}

const TORNADO_CHANNEL_FIELDS: ChannelNumericField[] = [
  "spend",
  "costPerLead",
  "conversion",
  "capacity",
  "partnerMargin",
  "fixedCost",
];
const TORNADO_SEGMENT_FIELDS: SegmentNumericField[] = [
  "accounts",
  "adoption",
  "price",
  "grossMargin",
  "churn",
];

/** Rows whose names a driver can name (a bracket would end the name early). */
function nameable(rows: readonly { name: string }[]): string[] {
  return rows.map((row) => row.name).filter((name) => !/[[\]]/.test(name));
}

function fieldDrivers(
  kind: "channel" | "segment",
  field: string,
  rows: readonly { name: string }[],
  filled: (row: number) => boolean,
  skipBlank: boolean
): string[] {
  const named = nameable(rows).flatMap((name) => {
    const i = rows.findIndex((row) => row.name === name);
    return skipBlank && !filled(i) ? [] : [`${kind}[${name}].${field}`];
  });
  if (skipBlank && named.length === 0 && !rows.some((_, i) => filled(i))) return [];
  return [`${kind}[*].${field}`, ...named];
}

/**
 * Every driver of a model (spec §4), from the schema's number fields: per field all rows
 * (`channel[*].spend`) then each row by name; then the assumptions. `skipBlank` leaves out a
 * driver whose rows are all blank (a scale has nothing to move there): the tornado's choices.
 */
export function modelDrivers(model: ModelInput, options: { skipBlank?: boolean } = {}): string[] {
  const skip = options.skipBlank === true;
  const channels = CHANNEL_FIELDS.flatMap(({ field }) =>
    fieldDrivers("channel", field, model.channels, (i) => model.channels[i]?.[field] != null, skip)
  );
  const segments = SEGMENT_FIELDS.flatMap(({ field }) =>
    fieldDrivers("segment", field, model.segments, (i) => model.segments[i]?.[field] != null, skip)
  );
  return [...channels, ...segments, ...ASSUMPTION_FIELDS.map(({ field }) => field)];
}

/** The spec's default tornado drivers, leaving out a field that is blank in every row. */
export function defaultTornadoDrivers(model: ModelInput): string[] {
  return [
    ...TORNADO_CHANNEL_FIELDS.filter((field) =>
      model.channels.some((row) => row[field] !== null)
    ).map((field) => `channel[*].${field}`),
    ...TORNADO_SEGMENT_FIELDS.filter((field) =>
      model.segments.some((row) => row[field] !== null)
    ).map((field) => `segment[*].${field}`),
  ];
}

/** Sort key: swings equal to 12 significant digits tie (and keep the given order); null sorts last. */
const swingKey = (swing: number | null): number =>
  swing === null ? Number.NEGATIVE_INFINITY : Number(swing.toPrecision(12));

/** What is wrong with a tornado's swing (a share strictly between 0 and 1), or null. */
export function swingProblem(swing: unknown): string | null {
  if (typeof swing === "number" && swing > 0 && swing < 1) return null;
  return `${typeof swing === "number" ? formatNumber(swing) : String(swing)} is not between 0 and 1 (both excluded) — enter 20% or 0.2`;
}

export function tornado(model: ModelInput, spec: TornadoSpec): TornadoResult {
  const metric = parseMetric(spec.metric, model);
  const swing = spec.swing ?? 0.2;
  const problem = swingProblem(swing);
  if (problem !== null) throw inputError({ table: "Drivers", field: "swing" }, problem);
  const texts =
    spec.drivers && spec.drivers.length > 0
      ? spec.drivers.map((text) => text.trim())
      : defaultTornadoDrivers(model);
  const tooMany = tornadoProblem(texts.length, model);
  if (tooMany !== null) throw inputError({ table: "Drivers", field: "drivers" }, tooMany);
  const drivers = texts.map((text) => parseDriver(text, model));
  const evaluator = new Evaluator(model);
  const base = evaluator.metric(metric);
  const rows: TornadoRow[] = drivers.map((driver, i) => {
    const low = evaluator.metric(metric, [{ driver, mode: "scale", value: 1 - swing }]);
    const high = evaluator.metric(metric, [{ driver, mode: "scale", value: 1 + swing }]);
    return {
      driver: texts[i] ?? driver.text,
      low,
      base,
      high,
      swing: low === null || high === null ? null : Math.abs(high - low),
    };
  });
  const order = rows.map((row, i) => ({ row, i, key: swingKey(row.swing) }));
  order.sort((a, b) => (b.key === a.key ? a.i - b.i : b.key - a.key));
  return { metric, swing, rows: order.map((entry) => entry.row) };
}

/**
 * `count` points evenly from `from` to `to`, both ends included as given; the points between are
 * rounded to 12 significant digits so they read as typed (0.9, not 0.9000000000000001). The one
 * rule for an axis's generated values: the pane's "± % in N steps" and the CLI's `from:to:count`.
 */
export function evenlySpaced(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) =>
    i === 0
      ? from
      : i === count - 1
        ? to
        : Number((from + ((to - from) * i) / (count - 1)).toPrecision(12))
  );
}
