/** Sensitivity (spec §4): one- and two-way grids, and the tornado. */
import { inputError } from "./errors";
import { Evaluator } from "./evaluator";
import { parseDriver, parseMetric } from "./drivers";
import { gridProblem, tornadoProblem } from "./limits";
import { formatNumber } from "./schema";
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

/** The metric over driver X (and Y): `values[i][j]` at y_i, x_j; one row without Y. */
export function sensitivityGrid(model: ModelInput, spec: GridSpec): GridResult {
  const metric = parseMetric(spec.metric, model);
  const mode = parseMode(spec.mode);
  const x = parseDriver(spec.x.driver, model);
  checkValues(spec.x.values, "x values");
  const y = spec.y ? parseDriver(spec.y.driver, model) : null;
  if (spec.y) checkValues(spec.y.values, "y values");
  const tooLarge = gridProblem(spec.x.values.length * (spec.y ? spec.y.values.length : 1), model);
  if (tooLarge !== null) throw inputError({ table: "Drivers", field: "values" }, tooLarge);
  const evaluator = new Evaluator(model);
  const xOverride: Override = { driver: x, mode, value: 0 };
  const yOverride: Override | null = y === null ? null : { driver: y, mode, value: 0 };
  const overrides = yOverride === null ? [xOverride] : [xOverride, yOverride];
  const yValues = spec.y ? spec.y.values : [Number.NaN];
  const values = yValues.map((yValue) => {
    if (yOverride !== null) yOverride.value = yValue;
    return spec.x.values.map((xValue) => {
      xOverride.value = xValue;
      return evaluator.metric(metric, overrides);
    });
  });
  return {
    metric,
    mode,
    x: { driver: spec.x.driver, values: spec.x.values.slice() },
    y: spec.y ? { driver: spec.y.driver, values: spec.y.values.slice() } : null,
    values,
  };
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
