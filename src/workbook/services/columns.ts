/**
 * The columns of the results sheet: the channel summary (GTM.MODEL's columns, in its order), the
 * segment summary, and the per-period series, each with its label, figure and number format.
 */
import { metricLabelIn } from "../../model";
import type { ChannelResult, Locale, PeriodUnit, SegmentResult, SeriesField } from "../../model";
import { countFormat, moneyFormat, PERCENT_FORMAT, periodsFormat, RATIO_FORMAT } from "../formats";
import type { CellWrite, NumberFormat } from "../port";
import type { DefinedFigure } from "./definitions";

export type Money = (decimals: 0 | 2) => NumberFormat;

export interface Column<R> {
  label: string;
  figure: DefinedFigure | null;
  value: (row: R) => number | string | null;
  format: (money: Money, unit: PeriodUnit) => NumberFormat | null;
}

const money0 = (money: Money): NumberFormat => money(0);
const money2 = (money: Money): NumberFormat => money(2);

/** The GTM.MODEL columns, in its order (custom-functions.md). */
export const CHANNEL_COLUMNS: readonly Column<ChannelResult>[] = [
  { label: "Channel", figure: null, value: (r) => r.name, format: () => null },
  { label: "Leads", figure: "leads", value: (r) => r.leads, format: () => countFormat(0) },
  {
    label: "Customers",
    figure: "customers",
    value: (r) => r.customers,
    format: () => countFormat(1),
  },
  {
    label: "Conversion",
    figure: "conversion",
    value: (r) => r.conversion,
    format: () => PERCENT_FORMAT,
  },
  { label: "Spend", figure: "spend", value: (r) => r.spend, format: money0 },
  { label: "Fixed cost", figure: "fixedCost", value: (r) => r.fixedCost, format: money0 },
  { label: "CAC", figure: "cac", value: (r) => r.cac, format: money2 },
  { label: "LTV", figure: "ltv", value: (r) => r.ltv, format: money2 },
  { label: "LTV:CAC", figure: "ltvToCac", value: (r) => r.ltvToCac, format: () => RATIO_FORMAT },
  {
    label: "Payback",
    figure: "payback",
    value: (r) => r.payback,
    format: (_m, unit) => periodsFormat(unit),
  },
  { label: "Revenue", figure: "revenue", value: (r) => r.revenue, format: money0 },
  { label: "Gross profit", figure: "grossProfit", value: (r) => r.grossProfit, format: money0 },
  { label: "Contribution", figure: "contribution", value: (r) => r.contribution, format: money0 },
  { label: "NPV", figure: "npv", value: (r) => r.npv, format: money0 },
];

export const SEGMENT_COLUMNS: readonly Column<SegmentResult>[] = [
  { label: "Segment", figure: null, value: (r) => r.name, format: () => null },
  {
    label: "Customers won",
    figure: "customers",
    value: (r) => r.customers,
    format: () => countFormat(1),
  },
  {
    label: "Active customers at end",
    figure: "activeCustomers",
    value: (r) => r.activeCustomers,
    format: () => countFormat(1),
  },
  { label: "Revenue", figure: "revenue", value: (r) => r.revenue, format: money0 },
  { label: "Gross profit", figure: "grossProfit", value: (r) => r.grossProfit, format: money0 },
  {
    label: "Penetration",
    figure: "penetration",
    value: (r) => r.penetration,
    format: () => PERCENT_FORMAT,
  },
];

/** The per-period series, in the order of their column groups. */
export const SERIES_GROUPS: readonly { field: SeriesField; label: string; money: boolean }[] = [
  { field: "revenue", label: "Revenue", money: true },
  { field: "customers", label: "Customers won", money: false },
  { field: "activeCustomers", label: "Active customers", money: false },
  { field: "grossProfit", label: "Gross profit", money: true },
  { field: "contribution", label: "Contribution", money: true },
  { field: "leads", label: "Leads", money: false },
];

/** A column's header in `locale`: the figure's name, or `Channel` / `Segment` for the name column. */
export function columnLabel<R>(column: Column<R>, locale: Locale = "en"): string {
  if (locale === "en") return column.label;
  if (column.figure !== null) return metricLabelIn(column.figure, locale);
  return column.label === "Segment" ? "客户细分" : "渠道";
}

/** A series group's title in `locale`. */
export function seriesLabel(group: (typeof SERIES_GROUPS)[number], locale: Locale = "en"): string {
  return locale === "en" ? group.label : metricLabelIn(group.field, locale);
}

export function rowCells<R>(columns: readonly Column<R>[], row: R): CellWrite[] {
  return columns.map((column) => column.value(row));
}

export function columnFormats<R>(
  columns: readonly Column<R>[],
  money: Money,
  unit: PeriodUnit
): (NumberFormat | null)[] {
  return columns.map((column) => column.format(money, unit));
}

/** Formats of the channel summary's columns. */
export function channelColumnFormats(currency: string, unit: PeriodUnit): (NumberFormat | null)[] {
  return columnFormats(CHANNEL_COLUMNS, (decimals) => moneyFormat(currency, decimals), unit);
}
