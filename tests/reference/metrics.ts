/**
 * §4 metrics over the reference result: the 13 total metrics, `channel[Name].field` (any
 * channel field of §3) and `segment[Name].field` (customers, activeCustomers, revenue,
 * grossProfit, penetration). Row and field names match ignoring case and separators; `*`, an
 * unknown row or field is an input error. Lower is better for cac and payback.
 */
import type { ReferenceResult } from "../model/reference";
import { fail, norm, type RefModel } from "./model";

export const TOTAL_METRICS = [
  "customers",
  "activeCustomers",
  "revenue",
  "grossProfit",
  "contribution",
  "npv",
  "launchRevenue",
  "cac",
  "ltv",
  "ltvToCac",
  "payback",
  "conversion",
  "leads",
] as const;

export const CHANNEL_METRICS = [
  "leads",
  "customers",
  "conversion",
  "spend",
  "fixedCost",
  "acquisitionCost",
  "cac",
  "ltv",
  "ltvToCac",
  "payback",
  "revenue",
  "grossProfit",
  "contribution",
  "npv",
  "launchRevenue",
  "activeCustomers",
  "lostToCapacity",
  "lostToSaturation",
] as const;

export const SEGMENT_METRICS = [
  "customers",
  "activeCustomers",
  "revenue",
  "grossProfit",
  "penetration",
] as const;

export interface RefMetric {
  text: string;
  field: string;
  lowerIsBetter: boolean;
  read: (result: ReferenceResult) => number | null;
}

const find = (fields: readonly string[], text: string): string | undefined =>
  fields.find((f) => norm(f) === norm(text));

const rowOf = (rows: { name: string }[], name: string): number =>
  rows.findIndex((r) => norm(r.name) === norm(name));

/** A metric of §4 against a model (names checked against its rows). */
export function resolveMetric(text: string, ref: RefModel): RefMetric {
  if (text.includes("*")) return fail(`${text}: a metric names one row, not *`);
  const match = /^\s*(channel|segment)\s*\[(.*)\]\s*\.\s*(.+?)\s*$/i.exec(text);
  if (match === null) {
    const field = find(TOTAL_METRICS, text);
    if (field === undefined) return fail(`${text}: not a metric`);
    const key = field as (typeof TOTAL_METRICS)[number];
    return { text, field, lowerIsBetter: isLower(field), read: (r) => r.total[key] };
  }
  const kind = match[1].toLowerCase();
  if (kind === "channel") {
    const k = rowOf(ref.input.channels, match[2]);
    if (k < 0) return fail(`${text}: ${match[2]} is not a channel`);
    const field = find(CHANNEL_METRICS, match[3]);
    if (field === undefined) return fail(`${text}: ${match[3]} is not a channel result`);
    const key = field as (typeof CHANNEL_METRICS)[number];
    return { text, field, lowerIsBetter: isLower(field), read: (r) => r.channels[k][key] };
  }
  const s = rowOf(ref.input.segments, match[2]);
  if (s < 0) return fail(`${text}: ${match[2]} is not a segment`);
  const field = find(SEGMENT_METRICS, match[3]);
  if (field === undefined) return fail(`${text}: ${match[3]} is not a segment result`);
  const key = field as (typeof SEGMENT_METRICS)[number];
  return { text, field, lowerIsBetter: false, read: (r) => r.segments[s][key] };
}

const isLower = (field: string): boolean => field === "cac" || field === "payback";

/**
 * Is metric value `a` better than `b` by more than the tolerance (relative 1e-9, absolute
 * 1e-9 near zero)? A null is the worst: any number beats it, nothing beats a number with it.
 */
export function better(a: number | null, b: number | null, lowerIsBetter: boolean, tol = 1e-9) {
  if (a === null) return false;
  if (b === null) return true;
  const margin = tol * Math.max(1, Math.abs(b));
  return lowerIsBetter ? a < b - margin : a > b + margin;
}
