import { METRICS } from "../../src/model";
import {
  fieldFormat,
  formatForKind,
  metricFormat,
  moneyFormat,
  periodLabels,
  periodsFormat,
  scaleFormat,
} from "../../src/workbook/formats";
import { FIELD_LABELS } from "../../src/model";

describe("number formats", () => {
  it("money, rates, counts, ratios, periods", () => {
    expect(moneyFormat()).toBe('"$"#,##0;-"$"#,##0');
    expect(moneyFormat("€", 2)).toBe('"€"#,##0.00;-"€"#,##0.00');
    expect(formatForKind("rate")).toBe("0.0%");
    expect(formatForKind("count")).toBe("#,##0.0");
    expect(formatForKind("ratio")).toBe('0.00"x"');
    expect(periodsFormat("month")).toBe('0.0" months"');
    expect(periodsFormat("quarter")).toBe('0.0" quarters"');
    expect(periodsFormat("year", 0)).toBe('[=1]0" year";0" years"');
  });

  it("metrics: CAC and LTV with cents, totals whole, payback in the model's unit", () => {
    expect(metricFormat("cac")).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(metricFormat("ltv")).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(metricFormat("npv")).toBe('"$"#,##0;-"$"#,##0');
    expect(metricFormat("payback", { periodUnit: "quarter" })).toBe('0.0" quarters"');
    expect(metricFormat("conversion")).toBe("0.0%");
    expect(metricFormat("ltvToCac")).toBe('0.00"x"');
    expect(metricFormat("customers")).toBe("#,##0.0");
  });

  it("fields", () => {
    expect(fieldFormat("price")).toBe('"$"#,##0.00;-"$"#,##0.00');
    expect(fieldFormat("spend")).toBe('"$"#,##0;-"$"#,##0');
    expect(fieldFormat("churn")).toBe("0.0%");
    expect(fieldFormat("accounts")).toBe("#,##0");
    expect(fieldFormat("horizon", { periodUnit: "year" })).toBe('[=1]0" year";0" years"');
    expect(fieldFormat("ramp")).toBe('0.0" months"');
    expect(fieldFormat("bassP")).toBe("0.000");
    expect(() => fieldFormat("colour")).toThrow('Unknown input field "colour"');
  });

  it("scale multipliers as percentages", () => {
    expect(scaleFormat([0.8, 0.9, 1, 1.1, 1.2])).toBe("0%");
    expect(scaleFormat([0.85, 0.875])).toBe("0.0%");
  });

  it("period labels", () => {
    expect(periodLabels("quarter", 3)).toEqual(["Quarter 1", "Quarter 2", "Quarter 3"]);
  });

  it("no format is scientific or General", () => {
    const all = [
      ...METRICS.flatMap((m) =>
        (["month", "quarter", "year"] as const).map((u) => metricFormat(m, { periodUnit: u }))
      ),
      ...Object.keys(FIELD_LABELS).map((f) => fieldFormat(f)),
    ];
    for (const f of all) expect(f.replace(/"[^"]*"/g, "")).not.toMatch(/E[+-]|General/i);
  });
});
