import { formatCell, formatCellStyled } from "../../src/preview/formatCell";
import { fieldFormat, metricFormat, moneyFormat } from "../../src/workbook/formats";

describe("the preview shows cells with their number formats", () => {
  it("money, negatives, percentages, counts, ratios and periods", () => {
    expect(formatCell(1941633.1251422253, '"$"#,##0;-"$"#,##0')).toBe("$1,941,633");
    expect(formatCell(-1234.5, '"$"#,##0.00;-"$"#,##0.00')).toBe("-$1,234.50");
    expect(formatCell(0.084403952, "0.0%")).toBe("8.4%");
    expect(formatCell(0.8, "0%")).toBe("80%");
    expect(formatCell(379.8177878917585, "#,##0.0")).toBe("379.8");
    expect(formatCell(10.679760211399843, '0.00"x"')).toBe("10.68x");
    expect(formatCell(4.297409710692207, '0.0" months"')).toBe("4.3 months");
    expect(formatCell(1, '[=1]0" month";0" months"')).toBe("1 month");
    expect(formatCell(2, '[=1]0" month";0" months"')).toBe("2 months");
    expect(formatCell(0, '[=1]0" quarter";0" quarters"')).toBe("0 quarters");
  });

  it("General numbers as Excel shows them; text, booleans and blanks as they are", () => {
    // Excel's General switches to scientific past 11 digits; the add-in never writes General on a figure.
    expect(formatCell(1e21, "General")).toBe("1E+21");
    expect(formatCell(1234567.5, "General")).toBe("1234567.5");
    expect(formatCell(0.1 + 0.2, "General")).toBe("0.3");
    expect(formatCell("=SUM(A1)", "@")).toBe("=SUM(A1)");
    expect(formatCell(true, "General")).toBe("TRUE");
    expect(formatCell(null, "General")).toBe("");
  });
});

describe("finance formats: accounting negatives, red, a zero section, currencies", () => {
  it("negatives in parentheses and red, positives with the parenthesis' space", () => {
    const format = '"$"#,##0_);[Red]("$"#,##0)';
    expect(formatCellStyled(-55000, format)).toEqual({ text: "($55,000)", color: "#C00000" });
    expect(formatCellStyled(1234.4, format)).toEqual({ text: "$1,234 ", color: null });
    expect(formatCell(-0.125, "0.0%;(0.0%)")).toBe("(12.5%)");
  });

  it("a zero section and Excel's accounting format with fills and digit placeholders", () => {
    expect(formatCell(0, '"$"#,##0;("$"#,##0);"-"')).toBe("-");
    const accounting = '_("$"* #,##0_);_("$"* (#,##0);_("$"* "-"??_);_(@_)';
    expect(formatCell(1234, accounting)).toBe(" $1,234 ");
    expect(formatCell(-1234, accounting)).toBe(" $(1,234)");
    expect(formatCell(0, accounting).trim()).toBe("$-");
  });

  it("currency symbols of other locales, in brackets", () => {
    expect(formatCell(1234.5, "[$€-x-euro2] #,##0.00")).toBe("€ 1,234.50");
    expect(formatCell(-99, "#,##0 [$¥-804];-#,##0 [$¥-804]")).toBe("-99 ¥");
    expect(formatCell(5, '[Blue]0" months"')).toBe("5 months");
  });
});

describe("the add-in's own codes, rendered by numfmt as Excel renders them", () => {
  it("accounting money in the model's currency: parentheses and red for negatives", () => {
    expect(formatCellStyled(-55000, moneyFormat())).toEqual({
      text: "($55,000)",
      color: "#C00000",
    });
    expect(formatCellStyled(55000, moneyFormat())).toEqual({ text: "$55,000 ", color: null });
    expect(formatCell(-1234.5, moneyFormat("EUR", 2))).toBe("(€ 1,234.50)");
    expect(formatCell(98765.4, moneyFormat("CNY"))).toBe("¥98,765 ");
    expect(formatCell(4201.65, metricFormat("cac", { currency: "JPY" }))).toBe("¥4,202 ");
  });

  it("rates, ratios and every periods figure in one style", () => {
    expect(formatCell(0.01, fieldFormat("discountRate"))).toBe("1.00%");
    expect(formatCell(0.0844, metricFormat("conversion"))).toBe("8.4%");
    expect(formatCell(1.6667, metricFormat("ltvToCac"))).toBe("1.67x");
    expect(formatCell(6, fieldFormat("ramp"))).toBe("6.0 months");
    expect(formatCell(2, fieldFormat("cycle"))).toBe("2.0 months");
    expect(formatCell(4.3, metricFormat("payback", { periodUnit: "quarter" }))).toBe(
      "4.3 quarters"
    );
  });
});
