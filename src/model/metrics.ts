/**
 * Metrics (spec §4): a total metric (`npv`), one channel's result (`channel[Partners].cac`) or one
 * segment's (`segment[Enterprise].penetration`). Names match ignoring case and separators; a
 * parsed metric has one canonical text (the row's name as the model spells it, the field's name as
 * §3 does), which is what every analysis reports. Labels and figure kinds for sheets and tables.
 */
import { inputError, type ModelInputError } from "./errors";
import { metricByName, resultPresentation, type FigureKind } from "./labels";
import { metricLabelIn, ofRow } from "./i18n/labels";
import type { Locale } from "./locale";
import { normalizeHeader } from "./schema";
import { METRICS, type Metric, type ModelInput } from "./types";

/** The fields of one channel's result (spec §3) a metric can name. */
export const CHANNEL_METRIC_FIELDS = [
  ...METRICS,
  "spend",
  "fixedCost",
  "acquisitionCost",
  "lostToCapacity",
  "lostToSaturation",
] as const;
export type ChannelMetricField = (typeof CHANNEL_METRIC_FIELDS)[number];

/** The fields of one segment's result (spec §3) a metric can name. */
export const SEGMENT_METRIC_FIELDS = [
  "customers",
  "activeCustomers",
  "revenue",
  "grossProfit",
  "penetration",
] as const;
export type SegmentMetricField = (typeof SEGMENT_METRIC_FIELDS)[number];

/** A metric resolved against a model: which figure of which row. */
export type MetricRef =
  | { scope: "total"; field: Metric; text: string }
  | { scope: "channel"; row: string; index: number; field: ChannelMetricField; text: string }
  | { scope: "segment"; row: string; index: number; field: SegmentMetricField; text: string };

const byName = <F extends string>(fields: readonly F[]): Map<string, F> =>
  new Map(fields.map((field) => [normalizeHeader(field), field]));
const TOTAL_NAMES = byName(METRICS);
const CHANNEL_NAMES = byName(CHANNEL_METRIC_FIELDS);
const SEGMENT_NAMES = byName(SEGMENT_METRIC_FIELDS);

const ROW_FORM = /^(channel|segment)s?\s*\[(.*)\]\s*\.\s*(.+)$/i;

function metricError(name: string, problem: string): ModelInputError {
  return inputError({ table: "Drivers", field: "metric" }, problem.replace("%s", name));
}

function unknownTotal(name: string): ModelInputError {
  return metricError(
    name,
    `"%s" is not a metric — use one of ${METRICS.join(", ")}, or channel[Name].field or segment[Name].field`
  );
}

/** The row a metric names, matched ignoring case (then ignoring separators too). */
function findRow(names: readonly string[], text: string): number {
  const lower = text.toLowerCase();
  const exact = names.findIndex((name) => name.toLowerCase() === lower);
  if (exact >= 0) return exact;
  const key = normalizeHeader(text);
  return names.findIndex((name) => normalizeHeader(name) === key);
}

/**
 * Resolve a metric's name. With a model, the row must exist in it (the canonical text takes the
 * model's spelling); without one, the row is taken as written (index −1).
 */
export function resolveMetric(input: unknown, model?: ModelInput): MetricRef {
  const name = (typeof input === "string" ? input : String(input ?? "")).trim();
  const match = ROW_FORM.exec(name);
  if (match === null) {
    const field = TOTAL_NAMES.get(normalizeHeader(name)) ?? metricByName(name) ?? undefined;
    if (field === undefined) throw unknownTotal(name);
    return { scope: "total", field, text: field };
  }
  const scope = match[1].toLowerCase() as "channel" | "segment";
  const rowText = match[2].trim();
  const fieldText = match[3].trim();
  if (rowText === "*" || rowText.includes("*")) {
    throw metricError(
      name,
      `"%s" names every ${scope} — a metric takes one ${scope}: write ${scope}[Name].${fieldText}`
    );
  }
  if (rowText === "") throw metricError(name, `"%s" names no ${scope} between the brackets`);
  const fields = scope === "channel" ? CHANNEL_NAMES : SEGMENT_NAMES;
  const byLabel = metricByName(fieldText);
  const field =
    fields.get(normalizeHeader(fieldText)) ??
    (byLabel !== null ? fields.get(normalizeHeader(byLabel)) : undefined);
  if (field === undefined) {
    const list = scope === "channel" ? CHANNEL_METRIC_FIELDS : SEGMENT_METRIC_FIELDS;
    throw metricError(
      name,
      `"${fieldText}" is not a result of a ${scope} — use ${list.join(", ")}`
    );
  }
  let row = rowText;
  let index = -1;
  if (model !== undefined) {
    const rows = (scope === "channel" ? model.channels : model.segments).map((r) => r.name);
    index = findRow(rows, rowText);
    if (index < 0) throw metricError(name, `there is no ${scope} named "${rowText}"`);
    row = rows[index] as string;
  }
  const text = `${scope}[${row}].${field}`;
  return scope === "channel"
    ? { scope, row, index, field: field as ChannelMetricField, text }
    : { scope, row, index, field: field as SegmentMetricField, text };
}

/** How to show a metric: its label ("NPV", "CAC (Partners)"), figure kind, and which way is better. */
export interface MetricInfo {
  label: string;
  kind: FigureKind;
  /** Digits after the point (the presentation table's). */
  decimals: number;
  /** The field of §3 it reads (`cac`), whatever its row. */
  field: string;
  /** Lower is better for CAC and payback, of the total or of a channel (spec §4). */
  lowerIsBetter: boolean;
}

/** Label, kind and direction of a metric's name (total or row form); throws for an unknown metric. */
export function metricInfo(metric: string | MetricRef, locale: Locale = "en"): MetricInfo {
  const ref = typeof metric === "string" ? resolveMetric(metric) : metric;
  const base = resultPresentation(ref.field) ?? { label: ref.field, kind: "count", decimals: 1 };
  const name = locale === "en" ? base.label : metricLabelIn(ref.field, locale);
  const label = ref.scope === "total" ? name : ofRow(name, ref.row, locale);
  const lowerIsBetter = ref.scope !== "segment" && (ref.field === "cac" || ref.field === "payback");
  return { label, kind: base.kind, decimals: base.decimals, field: ref.field, lowerIsBetter };
}

/** Whether `candidate` is better than `current` by more than `tolerance` relative; null is the worst. */
export function improves(
  candidate: number | null,
  current: number | null,
  lowerIsBetter: boolean,
  tolerance = 0
): boolean {
  if (candidate === null) return false;
  if (current === null) return true;
  const gain = lowerIsBetter ? current - candidate : candidate - current;
  return gain > tolerance * Math.abs(current);
}
