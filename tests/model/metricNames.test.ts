/**
 * Names a finance user types for metrics and drivers, with no model at hand: a metric by its label
 * (`LTV:CAC`, `Launch revenue`) as well as its code name, in every host; a driver's form and field
 * checked before its rows are known; each field's valid range in words (the hints of the CLI).
 */
import {
  driverRule,
  metricByName,
  METRIC_LABELS,
  METRICS,
  parseDriverName,
  parseMetric,
  ruleWords,
} from "../../src/model";

describe("metricByName", () => {
  it("takes every metric's code name and label, any case", () => {
    for (const metric of METRICS) {
      expect(metricByName(metric)).toBe(metric);
      expect(metricByName(METRIC_LABELS[metric].label.toUpperCase())).toBe(metric);
    }
    expect(metricByName("LTV:CAC")).toBe("ltvToCac");
    expect(metricByName("launch revenue")).toBe("launchRevenue");
    expect(metricByName("LTV to CAC")).toBeNull();
    expect(metricByName("")).toBeNull();
  });

  it("parseMetric accepts labels, total or in a row", () => {
    expect(parseMetric("LTV:CAC")).toBe("ltvToCac");
    expect(parseMetric("Launch revenue")).toBe("launchRevenue");
    expect(parseMetric("channel[Partners].LTV:CAC")).toBe("channel[Partners].ltvToCac");
    expect(() => parseMetric("segment[Enterprise].LTV:CAC")).toThrow(
      '"LTV:CAC" is not a result of a segment'
    );
  });
});

describe("parseDriverName", () => {
  it("checks the form and field, not the row", () => {
    expect(parseDriverName("channel[Anything].conversion")).toEqual({
      kind: "channel",
      row: "Anything",
      field: "conversion",
      text: "channel[Anything].conversion",
    });
    expect(parseDriverName("Discount rate")).toMatchObject({
      kind: "assumption",
      field: "discountRate",
    });
    expect(() => parseDriverName("segment[*].prise")).toThrow(
      '"prise" is not a number field of a segment'
    );
  });

  it("each driver's rule, in words", () => {
    expect(ruleWords(driverRule(parseDriverName("channel[*].conversion")))).toBe("between 0 and 1");
    expect(ruleWords(driverRule(parseDriverName("segment[*].price")))).toBe("0 or more");
    expect(ruleWords(driverRule(parseDriverName("channel[*].costPerLead")))).toBe("above 0");
    expect(ruleWords(driverRule(parseDriverName("horizon")))).toBe(
      "a whole number of periods between 1 and 600"
    );
  });
});
