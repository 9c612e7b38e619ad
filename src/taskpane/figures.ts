/**
 * Figures the pane itself shows (in its messages), in the model's currency and the pane's language:
 * money with the currency and accounting negatives, rates as percentages.
 */
import type { FigureKind } from "../model";

const locale = (lang: string): string => (lang === "zh-Hans" ? "zh-CN" : "en-US");

export function formatMoney(value: number, currency: string, lang: string): string {
  return new Intl.NumberFormat(locale(lang), {
    style: "currency",
    currency,
    currencySign: "accounting",
    maximumFractionDigits: Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 2,
  }).format(value);
}

/** A figure of the given kind: money, a rate (%), a count, a ratio (×) or periods. */
export function formatFigure(
  value: number,
  kind: FigureKind,
  context: { currency: string; periodUnit: string; lang: string }
): string {
  const { currency, periodUnit, lang } = context;
  const plain = (digits: number): string =>
    new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
  switch (kind) {
    case "money":
      return formatMoney(value, currency, lang);
    case "rate":
      return new Intl.NumberFormat(locale(lang), {
        style: "percent",
        maximumFractionDigits: 2,
      }).format(value);
    case "ratio":
      return `${plain(2)}x`;
    case "periods":
      return `${plain(1)} ${periodUnit}${value === 1 ? "" : "s"}`;
    default:
      return plain(Math.abs(value) >= 100 ? 0 : 2);
  }
}
