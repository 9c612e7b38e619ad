/**
 * Figure and field names in every locale (issue 11, point 4). English comes from labels.ts
 * (METRIC_LABELS, FIELD_LABELS) and the simulation's PARAMETER_LABELS; Chinese from the table
 * here, keyed by the same keys. Pure.
 */
import type { Locale } from "../locale";
import { FIELD_LABELS, METRIC_LABELS } from "../labels";
import type { Metric } from "../types";

/** Figures shown beside the metrics (break-downs by channel): English names. */
export const EXTRA_FIGURE_LABELS: Record<string, string> = {
  spend: "Spend",
  fixedCost: "Fixed cost",
  acquisitionCost: "Acquisition cost",
  lostToCapacity: "Lost to capacity",
  lostToSaturation: "Lost to saturation",
  penetration: "Penetration",
};

/** Simplified Chinese names of the metrics (spec §4), keyed as METRIC_LABELS. */
export const METRIC_LABELS_ZH: Record<Metric, string> = {
  customers: "新增客户",
  activeCustomers: "期末活跃客户",
  revenue: "收入",
  grossProfit: "毛利",
  contribution: "贡献利润",
  npv: "净现值 (NPV)",
  launchRevenue: "上市期收入",
  cac: "获客成本 (CAC)",
  ltv: "客户终身价值 (LTV)",
  ltvToCac: "LTV:CAC 比率",
  payback: "回收期",
  conversion: "转化率",
  leads: "潜在客户",
};

/** Simplified Chinese names of the input fields (spec §1), keyed as FIELD_LABELS. */
export const FIELD_LABELS_ZH: Record<string, string> = {
  name: "名称",
  type: "类型",
  horizon: "期数",
  periodUnit: "期间单位",
  currency: "货币",
  discountRate: "折现率",
  launchPeriods: "上市期数",
  accounts: "客户数",
  adoption: "采用率",
  bassP: "Bass 创新系数 p",
  bassQ: "Bass 模仿系数 q",
  price: "价格",
  grossMargin: "毛利率",
  churn: "流失率",
  elasticity: "价格弹性",
  refPrice: "参考价格",
  spend: "支出",
  costPerLead: "单个潜在客户成本",
  conversion: "转化率",
  cycle: "销售周期",
  capacity: "产能",
  ramp: "爬坡期",
  partnerMargin: "合作伙伴分成",
  fixedCost: "固定成本",
};

/** Simplified Chinese names of the extra figures, keyed as EXTRA_FIGURE_LABELS. */
export const EXTRA_FIGURE_LABELS_ZH: Record<string, string> = {
  spend: "支出",
  fixedCost: "固定成本",
  acquisitionCost: "获客支出",
  lostToCapacity: "因产能流失",
  lostToSaturation: "因市场饱和流失",
  penetration: "渗透率",
};

/** Simplified Chinese names of distribution parameters, keyed as PARAMETER_LABELS. */
export const PARAMETER_LABELS_ZH: Record<string, string> = {
  min: "最小值",
  mostLikely: "最可能值",
  max: "最大值",
  mean: "均值",
  sd: "标准差",
};

/** A metric's name in `locale` (its key when unknown). */
export function metricLabelIn(metric: string, locale: Locale = "en"): string {
  const en =
    (METRIC_LABELS as Partial<Record<string, { label: string }>>)[metric]?.label ??
    EXTRA_FIGURE_LABELS[metric];
  if (locale === "zh-CN")
    return (
      (METRIC_LABELS_ZH as Partial<Record<string, string>>)[metric] ??
      EXTRA_FIGURE_LABELS_ZH[metric] ??
      en ??
      metric
    );
  return en ?? metric;
}

/** An input field's name in `locale` (its key when unknown). */
export function fieldLabelIn(field: string, locale: Locale = "en"): string {
  const en = FIELD_LABELS[field]?.label ?? EXTRA_FIGURE_LABELS[field];
  if (locale === "zh-CN")
    return FIELD_LABELS_ZH[field] ?? EXTRA_FIGURE_LABELS_ZH[field] ?? en ?? field;
  return en ?? field;
}

/** A label of a channel's or segment's row: `CAC (Partners)`, `获客成本 (CAC)（Partners）`. */
export function ofRow(label: string, row: string, locale: Locale = "en"): string {
  return locale === "zh-CN" ? `${label}（${row}）` : `${label} (${row})`;
}

/** `(all channels)` / `（所有渠道）`, after a field's name. */
export function allRows(kind: "channel" | "segment", locale: Locale = "en"): string {
  if (locale === "zh-CN") return kind === "channel" ? "（所有渠道）" : "（所有客户细分）";
  return `(all ${kind}s)`;
}
