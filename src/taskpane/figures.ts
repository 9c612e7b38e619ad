/**
 * Figures the pane itself shows (in its messages), in the model's currency and the pane's language:
 * the presentation table's kinds and decimals (src/model/labels.ts) through the same text the
 * sheets' sentences use — money with the currency and accounting negatives, rates as percentages.
 */
import type { FigureKind, Presentation } from "../model";
import { figureText, KIND_DECIMALS } from "../workbook/services/simulationText";

const locale = (lang: string): string => (lang === "zh-Hans" ? "zh-CN" : "en-US");

/** Money as spend figures show it: whole amounts, `($55,000)` for a negative. */
export function formatMoney(value: number, currency: string, lang: string): string {
  return figureText(value, { kind: "money", decimals: 0 }, { currency, locale: locale(lang) });
}

/** A figure by its presentation (the table's kind and decimals), or by its kind alone. */
export function formatFigure(
  value: number,
  shown: FigureKind | Pick<Presentation, "kind" | "decimals">,
  context: { currency: string; periodUnit: string; lang: string }
): string {
  const { currency, periodUnit, lang } = context;
  const presentation =
    typeof shown === "string" ? { kind: shown, decimals: KIND_DECIMALS[shown] } : shown;
  return figureText(value, presentation, { currency, periodUnit, locale: locale(lang) });
}
