/**
 * The preview page's own texts (the workbook beside the task pane), in English and Simplified
 * Chinese, chosen like the pane's from Office's display language.
 */
import type { ChartKind } from "./chartModel";

export interface PreviewStrings {
  heading: string;
  intro: string;
  paneLabel: string;
  settings: string;
  language: string;
  theme: string;
  light: string;
  dark: string;
  sheets: string;
  cells: (sheet: string) => string;
  nameBox: string;
  formulaBar: string;
  emptyTitle: string;
  emptyText: string;
  insertSample: string;
  inserting: string;
  insertFailed: (message: string) => string;
  chartKinds: Record<ChartKind, string>;
  chartLabel: (title: string, kind: string) => string;
}

const en: PreviewStrings = {
  heading: "Workbook (in the browser)",
  intro:
    "The sheets the add-in writes, as Excel would hold them. GTM formulas are calculated with the add-in's functions; select a cell to see its formula.",
  paneLabel: "Task pane",
  settings: "Preview settings",
  language: "Language",
  theme: "Theme",
  light: "Light",
  dark: "Dark",
  sheets: "Sheets",
  cells: (sheet) => `Cells of ${sheet}`,
  nameBox: "Selected cell",
  formulaBar: "Contents of the selected cell",
  emptyTitle: "This workbook is empty.",
  emptyText:
    "Insert the sample model (direct sales versus partners) to try the add-in, or type your own Channels and Segments tables.",
  insertSample: "Insert sample model",
  inserting: "Inserting…",
  insertFailed: (message) => `The sample could not be inserted: ${message}`,
  chartKinds: {
    line: "line chart",
    column: "column chart",
    bar: "bar chart",
    tornado: "tornado chart",
    scatter: "scatter chart",
  },
  chartLabel: (title, kind) => `${title} (${kind})`,
};

const zh: PreviewStrings = {
  heading: "工作簿（在浏览器中）",
  intro:
    "加载项写入的工作表，与 Excel 中保存的一致。GTM 公式由加载项的函数计算；选择单元格可查看其公式。",
  paneLabel: "任务窗格",
  settings: "预览设置",
  language: "语言",
  theme: "主题",
  light: "浅色",
  dark: "深色",
  sheets: "工作表",
  cells: (sheet) => `${sheet} 的单元格`,
  nameBox: "所选单元格",
  formulaBar: "所选单元格的内容",
  emptyTitle: "此工作簿为空。",
  emptyText: "插入示例模型（直销与合作伙伴）以试用加载项，或自行输入渠道和细分市场表。",
  insertSample: "插入示例模型",
  inserting: "正在插入…",
  insertFailed: (message) => `无法插入示例：${message}`,
  chartKinds: {
    line: "折线图",
    column: "柱形图",
    bar: "条形图",
    tornado: "龙卷风图",
    scatter: "散点图",
  },
  chartLabel: (title, kind) => `${title}（${kind}）`,
};

/** The preview's strings for an Office display language (`en-US`, `zh-CN`…). */
export function previewStringsFor(displayLanguage: string): PreviewStrings {
  const lang = displayLanguage.toLowerCase();
  return lang.startsWith("zh") && !/^zh-(tw|hk|mo|hant)/.test(lang) ? zh : en;
}

export const PREVIEW_ENGLISH = en;
export const PREVIEW_CHINESE = zh;
