/**
 * Number formats a finance user expects: money in a currency, rates as percentages, counts with
 * thousands separators, ratios as `4.2x`, periods labelled with the model's unit. Never `General`
 * for a figure, never scientific notation.
 */
import { FIELD_LABELS, metricInfo } from "../model";
import type { FigureKind } from "../model/labels";
import type { Metric, PeriodUnit } from "../model";
import type { NumberFormat } from "./port";

export interface FormatOptions {
  /** Currency symbol; `$` by default. */
  currency?: string;
  /** The model's period unit (labels periods); `month` by default. */
  periodUnit?: PeriodUnit;
  /** Decimals for money: 0 for totals (revenue, spend), 2 for unit economics (CAC, LTV, price). */
  moneyDecimals?: 0 | 2;
  /** Decimals for counts: 1 for fractional customers, 0 for accounts. */
  countDecimals?: 0 | 1;
}

/** Text format: what a host sets on cells that must stay text. */
export const TEXT_FORMAT: NumberFormat = "@";
/** Multipliers of a `scale` driver: 0.8 → 80%. */
export const SCALE_FORMAT: NumberFormat = "0%";
export const PERCENT_FORMAT: NumberFormat = "0.0%";
export const RATIO_FORMAT: NumberFormat = '0.00"x"';

/** Quote a literal for a number format: `$` → `"$"`. */
function literal(text: string): string {
  return `"${text.replace(/"/g, "")}"`;
}

/** `"$"#,##0` or `"$"#,##0.00`, negatives as `-$1,234`. */
export function moneyFormat(currency = "$", decimals: 0 | 2 = 0): NumberFormat {
  const body = decimals === 2 ? "#,##0.00" : "#,##0";
  const cur = literal(currency);
  return `${cur}${body};-${cur}${body}`;
}

/** `#,##0.0` or `#,##0`. */
export function countFormat(decimals: 0 | 1 = 1): NumberFormat {
  return decimals === 1 ? "#,##0.0" : "#,##0";
}

/** Plural label of a period unit: `months`, `quarters`, `years`. */
export function periodPlural(unit: PeriodUnit): string {
  return `${unit}s`;
}

/** `Month`, `Quarter`, `Year`. */
export function periodTitle(unit: PeriodUnit): string {
  return unit.charAt(0).toUpperCase() + unit.slice(1);
}

/** Period labels of a series: `Month 1` … `Month T`. */
export function periodLabels(unit: PeriodUnit, horizon: number): string[] {
  return Array.from({ length: horizon }, (_, i) => `${periodTitle(unit)} ${i + 1}`);
}

/** `0.0" months"`; for whole periods `[=1]0" month";0" months"` (1 month, 2 months). */
export function periodsFormat(unit: PeriodUnit = "month", decimals: 0 | 1 = 1): NumberFormat {
  if (decimals === 1) return `0.0" ${periodPlural(unit)}"`;
  return `[=1]0" ${unit}";0" ${periodPlural(unit)}"`;
}

/** The format of a figure of the given kind. */
export function formatForKind(kind: FigureKind, options: FormatOptions = {}): NumberFormat {
  switch (kind) {
    case "money":
      return moneyFormat(options.currency, options.moneyDecimals ?? 0);
    case "rate":
      return PERCENT_FORMAT;
    case "count":
      return countFormat(options.countDecimals ?? 1);
    case "ratio":
      return RATIO_FORMAT;
    case "periods":
      return periodsFormat(options.periodUnit);
  }
}

/** Metrics shown with cents: unit economics rather than totals. */
const UNIT_MONEY_METRICS: ReadonlySet<string> = new Set<Metric>(["cac", "ltv"]);

/** The format of a metric (spec §4, total or one row's): CAC and LTV with cents, totals without. */
export function metricFormat(metric: string, options: FormatOptions = {}): NumberFormat {
  const { kind, field } = metricInfo(metric);
  const moneyDecimals = UNIT_MONEY_METRICS.has(field) ? 2 : 0;
  return formatForKind(kind, { ...options, moneyDecimals });
}

/** Fields that are unit prices (cents shown), whole counts, and whole periods. */
const UNIT_MONEY_FIELDS: ReadonlySet<string> = new Set(["price", "refPrice", "costPerLead"]);
const WHOLE_FIELDS: ReadonlySet<string> = new Set([
  "accounts",
  "horizon",
  "launchPeriods",
  "cycle",
]);

/** The format of an input field's value (spec §1), e.g. for sensitivity axes and the sample tables. */
export function fieldFormat(field: string, options: FormatOptions = {}): NumberFormat {
  const entry = FIELD_LABELS[field];
  if (entry === undefined) throw new Error(`Unknown input field "${field}"`);
  if (entry.kind === "text") return TEXT_FORMAT;
  if (field === "bassP" || field === "bassQ") return "0.000";
  if (field === "elasticity") return "0.00";
  if (entry.kind === "periods")
    return periodsFormat(options.periodUnit, WHOLE_FIELDS.has(field) ? 0 : 1);
  return formatForKind(entry.kind, {
    ...options,
    moneyDecimals: UNIT_MONEY_FIELDS.has(field) ? 2 : 0,
    countDecimals: WHOLE_FIELDS.has(field) ? 0 : 1,
  });
}

/** A signed change from a value (−0.2 → `-20%`, 0.1 → `+10%`): a scale driver over several rows. */
export function changeFormat(values: readonly number[]): NumberFormat {
  return scaleFormat(values) === SCALE_FORMAT ? "+0%;-0%;0%" : "+0.0%;-0.0%;0.0%";
}

/** Multipliers a live GTM.SENSITIVITY echoes on its axes: 0.8 → `80% of current`. */
export function ofCurrentFormat(values: readonly number[]): NumberFormat {
  return `${scaleFormat(values)}" of current"`;
}

/** Multipliers of a `scale` driver: `0%` when every one is a whole percent, else `0.0%`. */
export function scaleFormat(values: readonly number[]): NumberFormat {
  return values.every((v) => Math.abs(Math.round(v * 100) - v * 100) <= 1e-9)
    ? SCALE_FORMAT
    : PERCENT_FORMAT;
}
