/** The pane's own figures: money in the model's currency with accounting negatives, rates in %. */
import { formatFigure, formatMoney } from "../../src/taskpane/figures";
import {
  driverPresentation,
  foundPresentation,
  metricPresentation,
} from "../../src/taskpane/outcomeText";
import { CHINESE, ENGLISH } from "../../src/taskpane/strings";

const en = { currency: "USD", periodUnit: "month", lang: "en" };

test("money: whole amounts, accounting negatives, the model's currency's symbol", () => {
  expect(formatMoney(0, "USD", "en")).toBe("$0");
  expect(formatMoney(2958607.94, "USD", "en")).toBe("$2,958,608");
  expect(formatMoney(-55000, "USD", "en")).toBe("($55,000)");
  expect(formatMoney(12500, "EUR", "en")).toBe("€12,500");
  expect(formatMoney(-12500, "CNY", "en")).toBe("(¥12,500)");
});

test("rates, ratios and periods with the presentation table's decimals; one periods style", () => {
  expect(formatFigure(0.0760911, "rate", en)).toBe("7.6%");
  expect(formatFigure(16.52173, "ratio", en)).toBe("16.52x");
  expect(formatFigure(1, "periods", en)).toBe("1.0 months");
  expect(formatFigure(2.8, "periods", en)).toBe("2.8 months");
  expect(formatFigure(2, "periods", { ...en, periodUnit: "quarter" })).toBe("2.0 quarters");
});

test("counts in the pane's messages have thousands separators, in both languages", () => {
  expect(ENGLISH.messages.sensitivityWritten("GTM Sensitivity", 10201)).toBe(
    "Sensitivity table of 10,201 cells written to the sheet GTM Sensitivity."
  );
  expect(CHINESE.messages.sensitivityWritten("GTM Sensitivity", 10201)).toBe(
    "包含 10,201 个单元格的敏感性表已写入工作表 GTM Sensitivity。"
  );
});

test("the pane's outcome figures take the presentation table's decimals", () => {
  expect(formatFigure(4201.65, metricPresentation("channel[Direct sales].cac"), en)).toBe(
    "$4,201.65"
  );
  expect(formatFigure(-58.95, metricPresentation("cac"), { ...en, currency: "EUR" })).toBe(
    "(€58.95)"
  );
  expect(formatFigure(4201.65, metricPresentation("cac"), { ...en, currency: "JPY" })).toBe(
    "¥4,202"
  );
  expect(formatFigure(0.0125, driverPresentation("discountRate"), en)).toBe("1.25%");
  expect(formatFigure(2958607.94, metricPresentation("npv"), en)).toBe("$2,958,608");
});

describe("a found value (break-even) shows one digit more than its field", () => {
  const context = { currency: "USD", periodUnit: "month" as const, lang: "en" as const };
  it("a conversion of 0.07612 reads 7.61%, a price of 2512.345 reads $2,512.35", () => {
    const rate = foundPresentation(driverPresentation("channel[Partners].conversion"));
    expect(formatFigure(0.07612, rate, context)).toBe("7.61%");
    const price = foundPresentation(driverPresentation("segment[Enterprise].price"));
    expect(formatFigure(2512.345, price, context)).toBe("$2,512.35");
  });
});
