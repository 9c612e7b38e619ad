/**
 * The presentation table (issue 15): the label, figure kind and decimals of every metric, input
 * field and result column, in one place. Sheets (number format codes derived from kind + decimals
 * in src/workbook/formats.ts), the custom functions' header rows, the command line, the preview and
 * the task pane all read it. Labels are English and keyed by the field's name: a translation is a
 * lookup by the same key beside this table, never a second copy of it.
 */
import { METRICS } from "./types";
import type { ChannelResult, Metric, PeriodUnit, SegmentResult, SeriesField } from "./types";

/** How a figure is shown to a finance user: the number format family for sheets and the task pane. */
export type FigureKind = "money" | "rate" | "count" | "ratio" | "periods" | "number";

/**
 * How one figure is shown. `decimals`: digits after the point (money: 0 for totals, 2 for unit
 * economics — capped by the currency's own minor unit, e.g. 0 for JPY; rate: digits of the
 * percentage). `perPeriod`: a rate per model period (the discount rate), labelled "per month".
 */
export interface Presentation<K extends string = FigureKind> {
  label: string;
  kind: K;
  decimals: number;
  perPeriod?: boolean;
}

const money = (label: string, decimals = 0): Presentation => ({ label, kind: "money", decimals });
const rate = (label: string, decimals = 1): Presentation => ({ label, kind: "rate", decimals });
const count = (label: string, decimals = 1): Presentation => ({ label, kind: "count", decimals });
const periods = (label: string): Presentation => ({ label, kind: "periods", decimals: 1 });

/** The metrics (spec §4), for headers, dropdowns and axis titles. */
export const METRIC_LABELS: Record<Metric, Presentation> = {
  customers: count("Customers won"),
  activeCustomers: count("Active customers at end"),
  revenue: money("Revenue"),
  grossProfit: money("Gross profit"),
  contribution: money("Contribution"),
  npv: money("NPV"),
  launchRevenue: money("Launch revenue"),
  cac: money("CAC", 2),
  ltv: money("LTV", 2),
  ltvToCac: { label: "LTV:CAC", kind: "ratio", decimals: 2 },
  payback: periods("Payback"),
  conversion: rate("Conversion"),
  leads: count("Leads", 0),
};

/**
 * A total metric named by its code (`ltvToCac`) or its label (`LTV:CAC`, `Launch revenue`),
 * ignoring case and surrounding blanks; null when it names none.
 */
export function metricByName(text: string): Metric | null {
  const key = text.trim().toLowerCase();
  return (
    METRICS.find(
      (metric) => metric.toLowerCase() === key || METRIC_LABELS[metric].label.toLowerCase() === key
    ) ?? null
  );
}

/** Results of a channel or segment (spec §3) that are not total metrics. */
export const RESULT_LABELS: Record<
  "spend" | "fixedCost" | "acquisitionCost" | "lostToCapacity" | "lostToSaturation" | "penetration",
  Presentation
> = {
  spend: money("Spend"),
  fixedCost: money("Fixed cost"),
  acquisitionCost: money("Acquisition cost"),
  lostToCapacity: count("Customers lost to capacity"),
  lostToSaturation: count("Customers lost to saturation"),
  penetration: rate("Penetration"),
};

/** The presentation of a result field (a metric or another result); null for an unknown one. */
export function resultPresentation(field: string): Presentation | null {
  return (
    (METRIC_LABELS as Partial<Record<string, Presentation>>)[field] ??
    (RESULT_LABELS as Partial<Record<string, Presentation>>)[field] ??
    null
  );
}

/** The input fields (spec §1), as a user types them as table headers. */
export const FIELD_LABELS: Record<string, Presentation<FigureKind | "text">> = {
  name: { label: "Name", kind: "text", decimals: 0 },
  type: { label: "Type", kind: "text", decimals: 0 },
  horizon: periods("Horizon"),
  periodUnit: { label: "Period unit", kind: "text", decimals: 0 },
  currency: { label: "Currency", kind: "text", decimals: 0 },
  discountRate: { ...rate("Discount rate", 2), perPeriod: true },
  launchPeriods: periods("Launch periods"),
  accounts: count("Accounts", 0),
  adoption: rate("Adoption"),
  bassP: { label: "Bass p", kind: "number", decimals: 3 },
  bassQ: { label: "Bass q", kind: "number", decimals: 3 },
  price: money("Price", 2),
  grossMargin: rate("Gross margin"),
  churn: rate("Churn"),
  elasticity: { label: "Elasticity", kind: "number", decimals: 2 },
  refPrice: money("Ref price", 2),
  spend: money("Spend"),
  costPerLead: money("Cost per lead", 2),
  conversion: rate("Conversion"),
  cycle: periods("Cycle"),
  capacity: count("Capacity"),
  ramp: periods("Ramp"),
  partnerMargin: rate("Partner margin"),
  fixedCost: money("Fixed cost"),
};

/** An input field's label in words: a per-period rate says its period (`Discount rate per month`). */
export function fieldLabel(field: string, unit: PeriodUnit): string {
  const entry = FIELD_LABELS[field];
  if (entry === undefined) return field;
  return entry.perPeriod === true ? `${entry.label} per ${unit}` : entry.label;
}

/** A column of a result table: the field it reads and its header (the figure's label unless given). */
export interface ResultColumn<F extends string> {
  field: F;
  header: string;
  presentation: Presentation;
  /** One of GTM.MODEL's columns (custom-functions.md), which the results sheet writes too. */
  inSummary: boolean;
}

function column<F extends string>(field: F, inSummary: boolean, header?: string): ResultColumn<F> {
  const presentation = resultPresentation(field);
  if (presentation === null) throw new Error(`No presentation for the result "${field}"`);
  return { field, header: header ?? presentation.label, presentation, inSummary };
}

/**
 * The channel results, in GTM.MODEL's column order (custom-functions.md) with the other results
 * between: GTM.MODEL and the results sheet show the `inSummary` ones, the command line all.
 */
export const CHANNEL_RESULT_COLUMNS: readonly ResultColumn<keyof Omit<ChannelResult, "name">>[] = [
  column("leads", true),
  column("customers", true, "Customers"),
  column("conversion", true),
  column("spend", true),
  column("fixedCost", true),
  column("activeCustomers", false),
  column("cac", true),
  column("ltv", true),
  column("ltvToCac", true),
  column("payback", true),
  column("revenue", true),
  column("launchRevenue", false),
  column("grossProfit", true),
  column("contribution", true),
  column("npv", true),
  column("lostToCapacity", false),
  column("lostToSaturation", false),
];

/** The header of the name column of a channel table. */
export const CHANNEL_HEADER = "Channel";
export const SEGMENT_HEADER = "Segment";

/** The segment results, in the results sheet's order. */
export const SEGMENT_RESULT_COLUMNS: readonly ResultColumn<keyof Omit<SegmentResult, "name">>[] = [
  column("customers", true),
  column("activeCustomers", true),
  column("revenue", true),
  column("grossProfit", true),
  column("penetration", true),
];

/** The per-period series (GTM.SERIES' fields), in the order of their column groups. */
export const SERIES_LABELS: readonly { field: SeriesField; presentation: Presentation }[] = [
  { field: "revenue", presentation: money("Revenue") },
  { field: "customers", presentation: count("Customers won") },
  { field: "activeCustomers", presentation: count("Active customers") },
  { field: "grossProfit", presentation: money("Gross profit") },
  { field: "contribution", presentation: money("Contribution") },
  { field: "leads", presentation: count("Leads", 0) },
];
