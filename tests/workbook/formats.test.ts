/**
 * Number formats from the presentation table (issue 15) in finance style (issue 11 point 6):
 * accounting negatives in parentheses and red, the model's currency, rates as %, one periods style.
 * Each code is also rendered with numfmt, as Excel would show it.
 */
import { CHANNEL_RESULT_COLUMNS, FIELD_LABELS, fieldLabel, METRICS } from "../../src/model";
import {
  currencyDecimals,
  fieldFormat,
  localizedFormat,
  metricFormat,
  moneyFormat,
  periodLabels,
  periodsFormat,
  presentationFormat,
  scaleFormat,
} from "../../src/workbook/formats";
import { renderColor, renderNumber } from "../../src/workbook/render";
import { GTM_MODEL_HEADERS } from "../functions/examples";

describe("number formats", () => {
  it("money in accounting style: parentheses and red for negatives, USD by default", () => {
    expect(moneyFormat()).toBe("[$$-409]#,##0_);[Red]([$$-409]#,##0)");
    expect(moneyFormat(null, 2)).toBe("[$$-409]#,##0.00_);[Red]([$$-409]#,##0.00)");
    expect(renderNumber(moneyFormat(), -55000)).toBe("($55,000)");
    expect(renderColor(moneyFormat(), -55000)).toBe("red");
    expect(renderNumber(moneyFormat(), 55000)).toBe("$55,000 ");
    expect(renderColor(moneyFormat(), 55000)).toBeNull();
  });

  it("the model's currency: its symbol, placement and decimals", () => {
    expect(moneyFormat("EUR", 2)).toBe("[$€-x-euro2] #,##0.00_);[Red]([$€-x-euro2] #,##0.00)");
    expect(renderNumber(moneyFormat("EUR", 2), -1234.5)).toBe("(€ 1,234.50)");
    expect(renderNumber(moneyFormat("CNY"), 55000)).toBe("¥55,000 ");
    expect(renderNumber(moneyFormat("CNY", 2), -55000)).toBe("(¥55,000.00)");
    // The yen has no minor unit: unit economics show no decimals.
    expect(currencyDecimals("JPY")).toBe(0);
    expect(moneyFormat("JPY", 2)).toBe("[$¥-411]#,##0_);[Red]([$¥-411]#,##0)");
    expect(renderNumber(moneyFormat("GBP", 2), 12.345)).toBe("£12.35 ");
    // Any other ISO code is shown as the code, as Excel's currency list writes it.
    expect(moneyFormat("CHF")).toBe("[$CHF] #,##0_);[Red]([$CHF] #,##0)");
    expect(renderNumber(moneyFormat("CHF"), -900)).toBe("(CHF 900)");
  });

  it("rates, counts, ratios and one periods style in the model's unit", () => {
    expect(presentationFormat({ kind: "rate", decimals: 1 })).toBe("0.0%");
    expect(renderNumber("0.0%", 0.084403952)).toBe("8.4%");
    expect(presentationFormat({ kind: "count", decimals: 1 })).toBe("#,##0.0");
    expect(presentationFormat({ kind: "ratio", decimals: 2 })).toBe('0.00"x"');
    expect(periodsFormat("month")).toBe('0.0" months"');
    expect(periodsFormat("quarter")).toBe('0.0" quarters"');
    expect(renderNumber(periodsFormat("year"), 2)).toBe("2.0 years");
  });

  it("metrics: CAC and LTV with cents, totals whole, payback in the model's unit", () => {
    expect(metricFormat("cac")).toBe(moneyFormat(null, 2));
    expect(metricFormat("ltv", { currency: "EUR" })).toBe(moneyFormat("EUR", 2));
    expect(metricFormat("npv")).toBe(moneyFormat(null, 0));
    expect(metricFormat("payback", { periodUnit: "quarter" })).toBe('0.0" quarters"');
    expect(metricFormat("conversion")).toBe("0.0%");
    expect(metricFormat("ltvToCac")).toBe('0.00"x"');
    expect(metricFormat("customers")).toBe("#,##0.0");
    expect(metricFormat("channel[Partners].lostToCapacity")).toBe("#,##0.0");
  });

  it("fields: every periods field one style (ramp and cycle alike), the discount rate per period", () => {
    expect(fieldFormat("price")).toBe(moneyFormat(null, 2));
    expect(fieldFormat("spend", { currency: "CNY" })).toBe(moneyFormat("CNY", 0));
    expect(fieldFormat("churn")).toBe("0.0%");
    expect(fieldFormat("discountRate")).toBe("0.00%");
    expect(fieldFormat("accounts")).toBe("#,##0");
    for (const field of ["ramp", "cycle", "horizon", "launchPeriods"])
      expect(fieldFormat(field, { periodUnit: "quarter" })).toBe('0.0" quarters"');
    expect(renderNumber(fieldFormat("ramp"), 6)).toBe("6.0 months");
    expect(renderNumber(fieldFormat("cycle"), 2)).toBe("2.0 months");
    expect(fieldFormat("bassP")).toBe("#,##0.000");
    expect(fieldLabel("discountRate", "month")).toBe("Discount rate per month");
    expect(fieldLabel("discountRate", "quarter")).toBe("Discount rate per quarter");
    expect(fieldLabel("churn", "month")).toBe("Churn");
    expect(() => fieldFormat("colour")).toThrow('Unknown input field "colour"');
  });

  it("the channel results' columns: GTM.MODEL's, in the spec's order", () => {
    const summary = CHANNEL_RESULT_COLUMNS.filter((c) => c.inSummary).map((c) => c.header);
    expect(summary).toEqual(GTM_MODEL_HEADERS);
  });

  it("scale multipliers as percentages", () => {
    expect(scaleFormat([0.8, 0.9, 1, 1.1, 1.2])).toBe("0%");
    expect(scaleFormat([0.85, 0.875])).toBe("0.0%");
  });

  it("period labels", () => {
    expect(periodLabels("quarter", 3)).toEqual(["Quarter 1", "Quarter 2", "Quarter 3"]);
  });

  it("no format is scientific or General; none renders NaN or an exponent", () => {
    const all = [
      ...METRICS.flatMap((m) =>
        (["month", "quarter", "year"] as const).map((u) => metricFormat(m, { periodUnit: u }))
      ),
      ...Object.keys(FIELD_LABELS).map((f) => fieldFormat(f)),
    ];
    for (const f of all) {
      expect(f.replace(/"[^"]*"/g, "")).not.toMatch(/E[+-]|General/i);
      if (f !== "@") expect(renderNumber(f, 123456789.125)).not.toMatch(/E|NaN/);
    }
  });
});

describe("localizedFormat: the period word of a format in the sheet's language", () => {
  it("reads 6.0 个月 / 2.0 个季度 / 1.5 年 in Chinese and leaves English and other formats alone", () => {
    expect(renderNumber(localizedFormat(periodsFormat("month"), "zh-CN"), 6)).toBe("6.0 个月");
    expect(renderNumber(localizedFormat(periodsFormat("quarter"), "zh-CN"), 2)).toBe("2.0 个季度");
    expect(renderNumber(localizedFormat(periodsFormat("year"), "zh-CN"), 1.5)).toBe("1.5 年");
    expect(localizedFormat(periodsFormat("month"), "en")).toBe(periodsFormat("month"));
    expect(localizedFormat("0.0%", "zh-CN")).toBe("0.0%");
  });
});
