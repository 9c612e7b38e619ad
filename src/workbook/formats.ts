/**
 * Number formats a finance user expects, derived from the presentation table's kind and decimals
 * (src/model/labels.ts): money in the model's currency with accounting negatives — in parentheses
 * and red — rates as percentages, counts with thousands separators, ratios as `4.2x`, every periods
 * figure as `0.0" months"` in the model's period unit. Never `General` for a figure, never
 * scientific notation. The codes follow Excel's "Number format codes" page
 * (https://support.microsoft.com/en-us/office/number-format-codes-5026bbd6-04bc-48cd-bf33-80f18b4eae68):
 * a second section for negatives, `[Red]` for its colour, `_)` for a space as wide as `)` so
 * positives line up with parenthesised negatives, `[$€-x-euro2]` for a currency symbol with its
 * locale, as Excel's Format Cells › Currency writes it.
 */
import { FIELD_LABELS, metricInfo } from "../model";
import type { Presentation } from "../model";
import type { Locale, PeriodUnit } from "../model";
import type { NumberFormat } from "./port";

export interface FormatOptions {
  /**
   * The model's currency, an ISO 4217 code (`assumptions.currency`); USD when blank: the declared
   * requirement sets (ExcelApi 1.9) offer no workbook culture to default to (docs/excel.md).
   */
  currency?: string | null;
  /** The model's period unit (labels periods); `month` by default. */
  periodUnit?: PeriodUnit;
}

/** The currency of a model whose `currency` assumption is blank (docs/excel.md). */
export const DEFAULT_CURRENCY = "USD";

/** Text format: what a host sets on cells that must stay text. */
export const TEXT_FORMAT: NumberFormat = "@";
/** Multipliers of a `scale` driver: 0.8 → 80%. */
export const SCALE_FORMAT: NumberFormat = "0%";
export const PERCENT_FORMAT: NumberFormat = "0.0%";
export const RATIO_FORMAT: NumberFormat = '0.00"x"';

/**
 * The symbol of a currency as Excel's Format Cells › Currency writes it: the symbol with the
 * locale whose placement it takes (`[$¥-804]` Chinese (PRC), `[$¥-411]` Japanese); any other code
 * as the ISO code itself followed by a space (`[$CHF] `), Excel's own style for ISO codes.
 */
const CURRENCY_SYMBOLS: Partial<Record<string, string>> = {
  USD: "[$$-409]",
  EUR: "[$€-x-euro2] ",
  GBP: "[$£-809]",
  JPY: "[$¥-411]",
  CNY: "[$¥-804]",
};

/** The model's currency code, USD when blank. */
export function currencyCode(currency: string | null | undefined): string {
  return currency === null || currency === undefined || currency === ""
    ? DEFAULT_CURRENCY
    : currency;
}

/** Digits of the currency's minor unit (2 for USD and EUR, 0 for JPY), at most 2. */
export function currencyDecimals(currency: string): number {
  try {
    const digits = new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits;
    return Math.min(2, digits ?? 2);
  } catch {
    return 2;
  }
}

const digits = (decimals: number): string => (decimals > 0 ? `.${"0".repeat(decimals)}` : "");

/**
 * Money in accounting style: `[$$-409]#,##0_);[Red]([$$-409]#,##0)` shows 55000 as `$55,000 ` and
 * -55000 as `($55,000)` in red. `decimals` 2 (unit economics) is capped by the currency's minor unit.
 */
export function moneyFormat(currency?: string | null, decimals = 0): NumberFormat {
  const code = currencyCode(currency);
  const symbol = CURRENCY_SYMBOLS[code] ?? `[$${code}] `;
  const body = `#,##0${digits(Math.min(decimals, currencyDecimals(code)))}`;
  return `${symbol}${body}_);[Red](${symbol}${body})`;
}

/** `#,##0.0` or `#,##0`. */
export function countFormat(decimals = 1): NumberFormat {
  return `#,##0${digits(decimals)}`;
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

/** Every periods figure: `0.0" months"` (ramp, cycle, payback, horizon alike). */
export function periodsFormat(unit: PeriodUnit = "month"): NumberFormat {
  return `0.0" ${periodPlural(unit)}"`;
}

/** The format of a figure as the presentation table gives it (kind and decimals). */
export function presentationFormat(
  presentation: Pick<Presentation<string>, "kind" | "decimals">,
  options: FormatOptions = {}
): NumberFormat {
  const { kind, decimals } = presentation;
  switch (kind) {
    case "money":
      return moneyFormat(options.currency, decimals);
    case "rate":
      return `0${digits(decimals)}%`;
    case "count":
      return countFormat(decimals);
    case "ratio":
      return `0${digits(decimals)}"x"`;
    case "periods":
      return periodsFormat(options.periodUnit);
    case "number":
      return `#,##0${digits(decimals)}`;
    default:
      return TEXT_FORMAT;
  }
}

/** The format of a metric (spec §4, total or one row's): CAC and LTV with cents, totals without. */
export function metricFormat(metric: string, options: FormatOptions = {}): NumberFormat {
  return presentationFormat(metricInfo(metric), options);
}

/** The format of an input field's value (spec §1), e.g. for sensitivity axes and the sample tables. */
export function fieldFormat(field: string, options: FormatOptions = {}): NumberFormat {
  const entry = FIELD_LABELS[field];
  if (entry === undefined) throw new Error(`Unknown input field "${field}"`);
  return presentationFormat(entry, options);
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

/** The period words a periods format ends with, in Simplified Chinese (`0.0" 个月"`). */
const PERIOD_WORDS_ZH: Record<string, string> = {
  '" months"': '" 个月"',
  '" quarters"': '" 个季度"',
  '" years"': '" 年"',
};

/**
 * A number format in the sheet's language: the period word a periods format carries
 * (`0.0" months"`) is the only word in the add-in's formats (money carries a currency symbol,
 * rates a `%`); in Chinese it reads `0.0" 个月"`. Other formats are returned as they are.
 */
export function localizedFormat(format: NumberFormat, locale: Locale = "en"): NumberFormat {
  if (locale === "en") return format;
  let out = format;
  for (const [en, zh] of Object.entries(PERIOD_WORDS_ZH)) out = out.split(en).join(zh);
  return out;
}
