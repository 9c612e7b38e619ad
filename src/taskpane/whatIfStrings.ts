/**
 * The What-if panel's words, in English and Simplified Chinese (chosen as the pane's other
 * strings). Its refusals and the problems of typed values are in src/workbook/messages.ts,
 * rendered in `lang`.
 */
import type { Locale } from "../model";

export interface WhatIfStrings {
  lang: Locale;
  heading: string;
  intro: string;
  kind: string;
  kinds: { table: string; tornado: string; goalSeek: string };
  output: string;
  outputHint: string;
  inputX: string;
  inputY: string;
  inputYHint: string;
  /** `Values (X)`: the values of an axis. */
  values: (axis: "X" | "Y") => string;
  valuesHint: string;
  /** The hint with how many values were read: `…: 3 values`. */
  valuesHintCount: (n: number) => string;
  input: string;
  target: string;
  low: string;
  high: string;
  useSelection: string;
  addSelection: string;
  remove: (cell: string) => string;
  noTornadoInputs: string;
  run: string;
  /** The "Replace the earlier sheet" option and what it does. */
  replace: string;
  replaceHint: string;
  running: string;
  progress: (done: number, total: number) => string;
  cancel: string;
  confirmRun: string;
  notANumber: string;
  pendingTitle: string;
  pending: (cells: number, started: string) => string;
  restore: string;
  discard: string;
  restored: (cells: string) => string;
  discarded: string;
  written: (sheet: string, points: number) => string;
  goalFound: (value: string) => string;
  goalNone: string;
  notComputed: (n: number) => string;
  flat: string;
  cancelled: string;
  failed: string;
  dismiss: string;
}

const en: WhatIfStrings = {
  lang: "en",
  heading: "What-if on your own cells",
  intro:
    "Sweeps any cells of this workbook with Excel's own calculation (GTM functions included). Every input cell is put back exactly afterwards.",
  kind: "Analysis",
  kinds: { table: "Data table", tornado: "Tornado", goalSeek: "Goal seek" },
  output: "Output cell",
  outputHint: "A formula cell, e.g. Model!B9",
  inputX: "Input X (across)",
  inputY: "Input Y (down, optional)",
  inputYHint: "Leave empty for a one-way table",
  values: (axis) => `Values (${axis})`,
  valuesHint: "A list (1, 2, 5%) or start:end:step (10:20:2)",
  valuesHintCount: (n) =>
    `A list (1, 2, 5%) or start:end:step (10:20:2): ${n === 1 ? "1 value" : `${n} values`}`,
  input: "Input cell",
  target: "Target output",
  low: "Low",
  high: "High",
  useSelection: "Use selection",
  addSelection: "Add selected cell",
  remove: (cell) => `Remove ${cell}`,
  noTornadoInputs: "Select an input cell on the sheet, then Add selected cell.",
  run: "Run what-if",
  replace: "Replace the earlier sheet",
  replaceHint:
    "Off: every run adds a new sheet. On: the run replaces the last what-if sheet, unless you edited it.",
  running: "Sweeping…",
  progress: (done, total) => `${done} of ${total} points`,
  cancel: "Cancel",
  confirmRun: "Run anyway",
  notANumber: "Type a number",
  pendingTitle: "An earlier what-if run did not finish",
  pending: (cells, started) =>
    `${cells === 1 ? "1 input cell still holds" : `${cells} input cells still hold`} a sweep value (run started ${started}).`,
  restore: "Restore the cells",
  discard: "Keep as is",
  restored: (cells) => `Restored: ${cells}.`,
  discarded: "The record of the earlier run was removed; the cells were left as they are.",
  written: (sheet, points) => `${points} points computed; written to ${sheet}.`,
  goalFound: (value) => `Answer: ${value}.`,
  goalNone: "No value in the interval reaches the target.",
  notComputed: (n) =>
    n === 1 ? "1 point could not be computed." : `${n} points could not be computed.`,
  flat: "The output did not change: check that it depends on the inputs.",
  cancelled: "Cancelled. The input cells were restored.",
  failed: "The what-if run failed",
  dismiss: "Dismiss",
};

const zh: WhatIfStrings = {
  lang: "zh-CN",
  heading: "对您自己的单元格做假设分析",
  intro:
    "用 Excel 自身的计算对本工作簿的任意单元格进行扫描（包括 GTM 函数）。结束后每个输入单元格都会被精确还原。",
  kind: "分析",
  kinds: { table: "数据表", tornado: "龙卷风图", goalSeek: "单变量求解" },
  output: "输出单元格",
  outputHint: "一个公式单元格，例如 Model!B9",
  inputX: "输入 X（横向）",
  inputY: "输入 Y（纵向，可选）",
  inputYHint: "留空则为单变量数据表",
  values: (axis) => `取值（${axis}）`,
  valuesHint: "列表（1, 2, 5%）或 起点:终点:步长（10:20:2）",
  valuesHintCount: (n) => `列表（1, 2, 5%）或 起点:终点:步长（10:20:2）：${n} 个值`,
  input: "输入单元格",
  target: "目标输出",
  low: "下限",
  high: "上限",
  useSelection: "使用所选单元格",
  addSelection: "添加所选单元格",
  remove: (cell) => `移除 ${cell}`,
  noTornadoInputs: "在工作表上选择一个输入单元格，然后点击“添加所选单元格”。",
  run: "运行假设分析",
  replace: "替换之前的工作表",
  replaceHint:
    "关闭：每次运行都新建一个工作表。打开：替换上次写入的假设分析工作表（除非您已编辑过它）。",
  running: "正在扫描…",
  progress: (done, total) => `${done} / ${total} 个点`,
  cancel: "取消",
  confirmRun: "仍然运行",
  notANumber: "请输入数字",
  pendingTitle: "上一次假设分析没有完成",
  pending: (cells, started) => `${cells} 个输入单元格仍是扫描值（开始于 ${started}）。`,
  restore: "还原单元格",
  discard: "保持现状",
  restored: (cells) => `已还原：${cells}。`,
  discarded: "已删除上一次运行的记录；单元格保持现状。",
  written: (sheet, points) => `已计算 ${points} 个点；写入 ${sheet}。`,
  goalFound: (value) => `结果：${value}。`,
  goalNone: "区间内没有值能达到目标。",
  notComputed: (n) => `${n} 个点无法计算。`,
  flat: "输出没有变化：请检查它是否依赖这些输入。",
  cancelled: "已取消。输入单元格已还原。",
  failed: "假设分析失败",
  dismiss: "关闭",
};

/** The same rule as `stringsFor`: Chinese except Traditional Chinese, English otherwise. */
export function whatIfStringsFor(displayLanguage: string): WhatIfStrings {
  const lang = displayLanguage.toLowerCase();
  const traditional = /^zh-(tw|hk|mo|hant)/.test(lang);
  return lang.startsWith("zh") && !traditional ? zh : en;
}
