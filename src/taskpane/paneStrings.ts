/**
 * The pane's texts for the sensitivity axes, the tornado's driver list and the binding preview,
 * in English and Simplified Chinese (chosen with the rest by `Strings.lang`). Counts are grouped
 * (1,234) in the pane's language.
 */
import type { Strings } from "./strings";

export interface PaneStrings {
  /** `Values separated by commas, e.g. $2,000, $2,500, $3,000`. */
  valuesHint: (example: string) => string;
  /** The X or Y axis as it will be written: `X: $2,000 … $3,000`. */
  axisPreview: (axis: "X" | "Y", from: string, to: string) => string;
  /** The same for a driver over several rows: each row moves from its own value. */
  changePreview: (axis: "X" | "Y", from: string, to: string) => string;
  selectAll: string;
  selectNone: string;
  bind: {
    title: (input: string) => string;
    where: (address: string, kind: "table" | "sheet" | "range" | null) => string;
    size: (rows: number, columns: number, dataRows: number) => string;
    header: string;
    firstRows: string;
    problems: (count: number) => string;
    clean: string;
    confirm: string;
    cancel: string;
  };
}

const grouped = (lang: string) => (n: number) => n.toLocaleString(lang);
const enCount = grouped("en-US");
const zhCount = grouped("zh-CN");

const KIND_EN = { table: "Excel table", sheet: "sheet", range: "range" } as const;
const KIND_ZH = { table: "Excel 表格", sheet: "工作表", range: "区域" } as const;

export const PANE_EN: PaneStrings = {
  valuesHint: (example) => `Values separated by commas, e.g. ${example}`,
  axisPreview: (axis, from, to) => `${axis}: ${from} … ${to}`,
  changePreview: (axis, from, to) => `${axis}: ${from} … ${to}, change from each row's value`,
  selectAll: "Select all",
  selectNone: "Select none",
  bind: {
    title: (input) => `Read ${input} from the selection?`,
    where: (address, kind) => (kind === null ? address : `${address} (${KIND_EN[kind]})`),
    size: (rows, columns, data) =>
      `${enCount(rows)} ${rows === 1 ? "row" : "rows"} × ${enCount(columns)} ${columns === 1 ? "column" : "columns"}, ${enCount(data)} with data`,
    header: "Header row",
    firstRows: "First rows",
    problems: (count) =>
      count === 1 ? "1 problem once read:" : `${enCount(count)} problems once read:`,
    clean: "Reads without problems.",
    confirm: "Use this range",
    cancel: "Cancel",
  },
};

export const PANE_ZH: PaneStrings = {
  valuesHint: (example) => `以逗号分隔的数值，例如 ${example}`,
  axisPreview: (axis, from, to) => `${axis}：${from} … ${to}`,
  changePreview: (axis, from, to) => `${axis}：${from} … ${to}（相对各行当前值的变化）`,
  selectAll: "全选",
  selectNone: "全不选",
  bind: {
    title: (input) => `从所选区域读取${input}？`,
    where: (address, kind) => (kind === null ? address : `${address}（${KIND_ZH[kind]}）`),
    size: (rows, columns, data) =>
      `${zhCount(rows)} 行 × ${zhCount(columns)} 列，其中 ${zhCount(data)} 行有数据`,
    header: "标题行",
    firstRows: "前几行",
    problems: (count) => `读取后有 ${zhCount(count)} 个问题：`,
    clean: "读取无问题。",
    confirm: "使用此区域",
    cancel: "取消",
  },
};

export function paneStrings(strings: Pick<Strings, "lang">): PaneStrings {
  return strings.lang === "zh-Hans" ? PANE_ZH : PANE_EN;
}
