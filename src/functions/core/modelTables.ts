/**
 * The tables behind GTM.MODEL, METRIC, SERIES, SENSITIVITY and TORNADO: thin over the engine's
 * public API (src/model). Pure: validated inputs in, plain rows out, `null` where the model has
 * no value (the function layer decides how an empty value shows).
 */
import {
  CHANNEL_HEADER,
  CHANNEL_RESULT_COLUMNS,
  gridProblem,
  SERIES_FIELDS,
  metricInfo,
  metricOf,
  parseMetric,
  parseTables,
  runModel,
  sensitivityGrid,
  tornado,
} from "../../model";
import type { ChannelResult, DriverMode, ModelInput, SeriesField, TablesInput } from "../../model";
import { fragment, GtmError, modelProblem } from "./errors";
import type { Bilingual } from "./errors";

export type Row = (string | number | null)[];

/** The validated model from sheet tables, or a GtmError with the engine's first input errors. */
export function loadModel(tables: TablesInput): ModelInput {
  const outcome = parseTables(tables);
  if (outcome.model === null) {
    throw new GtmError("modelInput", { issues: outcome.errors });
  }
  return outcome.model;
}

/** GTM.MODEL's columns (custom-functions.md): the presentation table's summary columns. */
const SUMMARY_COLUMNS = CHANNEL_RESULT_COLUMNS.filter((column) => column.inSummary);

/** GTM.MODEL: a header row, one row per channel, then Total. */
export function summaryTable(model: ModelInput): Row[] {
  const result = runModel(model);
  const row = (channel: ChannelResult, name: string): Row => [
    name,
    ...SUMMARY_COLUMNS.map((column) => channel[column.field]),
  ];
  return [
    [CHANNEL_HEADER, ...SUMMARY_COLUMNS.map((column) => column.header)],
    ...result.channels.map((channel) => row(channel, channel.name)),
    row(result.total, "Total"),
  ];
}

/** GTM.METRIC: the total of one metric; a metric the model leaves empty is a `metricEmpty` error (#N/A). */
export function metricTotal(model: ModelInput, metricName: string): number {
  const metric = parseMetric(metricName, model);
  const value = metricOf(runModel(model), metric);
  if (value === null) throw new GtmError("metricEmpty", { metric: metricLabels(metric) });
  return value;
}

/** The plain-word name of a metric in both languages, e.g. `NPV` and `净现值 (NPV)`. */
export function metricLabels(metricName: string): Bilingual {
  const metric = parseMetric(metricName);
  return { en: metricInfo(metric).label, zh: metricInfo(metric, "zh-CN").label };
}

/** Names compare ignoring case, spaces, underscores, hyphens and dots, like table headers. */
const nameKey = (name: string): string => name.toLowerCase().replace(/[\s_.-]/g, "");

function seriesField(name: string): SeriesField {
  const field = SERIES_FIELDS.find((candidate) => nameKey(candidate) === nameKey(name));
  if (field === undefined)
    throw new GtmError("unknownName", { param: "field", value: name, allowed: SERIES_FIELDS });
  return field;
}

/** GTM.SERIES: the per-period values of a field, for one channel or in total. */
export function seriesValues(
  model: ModelInput,
  fieldName: string,
  channel: string | null
): number[] {
  const field = seriesField(fieldName);
  const periods = runModel(model).periods;
  if (channel === null) return periods.total[field];
  const index = model.channels.findIndex((row) => row.name.toLowerCase() === channel.toLowerCase());
  if (index < 0) {
    const allowed = model.channels.map((row) => row.name);
    throw new GtmError("unknownName", { param: "channel", value: channel, allowed });
  }
  return periods.channels[index][field];
}

export interface SensitivityRequest {
  metric: string;
  x: { driver: string; values: number[] };
  y: { driver: string; values: number[] } | null;
  mode: DriverMode;
}

const MODES: readonly DriverMode[] = ["value", "scale"];

/** Check GTM.SENSITIVITY's arguments: values for X, Y only as a driver with its values, a known mode. */
export function sensitivityRequest(args: {
  metric: string;
  x: { driver: string; values: number[] };
  y: { driver: string | null; values: number[] };
  mode: string | null;
}): SensitivityRequest {
  if (args.x.values.length === 0) throw new GtmError("noNumbers", { param: "valuesX" });
  const { driver, values } = args.y;
  if (driver !== null && values.length === 0)
    throw new GtmError("needsPartner", { param: "driverY", partner: "valuesY" });
  if (driver === null && values.length > 0)
    throw new GtmError("needsPartner", { param: "valuesY", partner: "driverY" });
  // Capped before the model is read: a 1,000 × 1,000 grid would hold the shared runtime for minutes.
  const tooLarge = gridProblem(args.x.values.length * Math.max(1, values.length));
  if (tooLarge !== null)
    throw new GtmError("tooLarge", {
      param: values.length > 0 ? "valuesX, valuesY" : "valuesX",
      problem: modelProblem(tooLarge),
    });
  const mode = MODES.find((candidate) => candidate === (args.mode ?? "value").toLowerCase());
  if (mode === undefined)
    throw new GtmError("unknownName", { param: "mode", value: args.mode ?? "", allowed: MODES });
  return { metric: args.metric, x: args.x, y: driver === null ? null : { driver, values }, mode };
}

/**
 * GTM.SENSITIVITY. One-way: `[driverX, metric]` then `[x, value]` rows. Two-way: the metric's
 * name top-left, X values across the first row, Y values down the first column.
 */
export function sensitivityTable(model: ModelInput, request: SensitivityRequest): Row[] {
  const grid = sensitivityGrid(model, request);
  const label = metricInfo(grid.metric).label;
  if (request.y === null) {
    return [[request.x.driver, label], ...request.x.values.map((x, j) => [x, grid.values[0][j]])];
  }
  return [[label, ...request.x.values], ...request.y.values.map((y, i) => [y, ...grid.values[i]])];
}

export const TORNADO_HEADER: readonly string[] = ["Driver", "Low", "Base", "High", "Swing"];

/** GTM.TORNADO: a header row, then one row per driver in tornado order. */
export function tornadoTable(
  model: ModelInput,
  metric: string,
  drivers: string[] | null,
  swing: number | null
): Row[] {
  if (swing !== null && !(swing > 0 && swing < 1)) {
    throw new GtmError("outOfRange", {
      param: "swing",
      value: swing,
      rule: fragment("swingRange"),
    });
  }
  const result = tornado(model, { metric, drivers, swing });
  return [
    [...TORNADO_HEADER],
    ...result.rows.map((row) => [row.driver, row.low, row.base, row.high, row.swing]),
  ];
}
