import {
  FIELD_LABELS,
  FIELD_LABELS_ZH,
  METRIC_LABELS,
  METRIC_LABELS_ZH,
  PARAMETER_LABELS,
  PARAMETER_LABELS_ZH,
  fieldLabelIn,
  metricInfo,
  metricLabelIn,
  parseDriver,
} from "../../src/model";
import { driverAxisTitle, driverWords } from "../../src/workbook";
import { CJK, loadExampleModel } from "./helpers";

describe("labels in Simplified Chinese", () => {
  it("names every metric, field and distribution parameter, keyed as the English tables", () => {
    expect(Object.keys(METRIC_LABELS_ZH).sort()).toEqual(Object.keys(METRIC_LABELS).sort());
    expect(Object.keys(FIELD_LABELS_ZH).sort()).toEqual(Object.keys(FIELD_LABELS).sort());
    expect(Object.keys(PARAMETER_LABELS_ZH).sort()).toEqual(Object.keys(PARAMETER_LABELS).sort());
    for (const text of [
      ...Object.values(METRIC_LABELS_ZH),
      ...Object.values(FIELD_LABELS_ZH),
      ...Object.values(PARAMETER_LABELS_ZH),
    ])
      expect(text).toMatch(CJK);
  });

  it("looks labels up by locale, English by default", () => {
    expect(metricLabelIn("npv")).toBe("NPV");
    expect(metricLabelIn("npv", "zh-CN")).toBe("净现值 (NPV)");
    expect(metricLabelIn("lostToCapacity", "zh-CN")).toBe("因产能流失");
    expect(fieldLabelIn("churn", "zh-CN")).toBe("流失率");
    expect(fieldLabelIn("churn", "en")).toBe("Churn");
    expect(metricInfo("channel[Partners].cac", "zh-CN").label).toBe("获客成本 (CAC)（Partners）");
    expect(metricInfo("channel[Partners].cac").label).toBe("CAC (Partners)");
  });

  it("words drivers in Chinese, keeping the user's row names", () => {
    const model = loadExampleModel();
    const channel = model.channels[0]?.name as string;
    expect(driverWords(parseDriver(`channel[${channel}].conversion`, model), model, "zh-CN")).toBe(
      `转化率（${channel}）`
    );
    expect(driverWords(parseDriver("segment[*].price", model), model, "zh-CN")).toBe(
      "价格（所有客户细分）"
    );
    expect(driverWords(parseDriver("segment[*].price", model), model)).toBe("Price (all segments)");
    expect(driverAxisTitle("segment[*].price", model, "scale", "zh-CN")).toBe(
      "价格（所有客户细分），× 基准值"
    );
  });
});
