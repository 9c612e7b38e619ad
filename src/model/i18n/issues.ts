/**
 * Input problems in every language (issue 11, point 4). Each problem the model reports has a code
 * and parameters: the English text (`InputIssue.problem`, kept for compatibility) is one
 * template of the table below, so `issueCode` reads the code and parameters back from it, and
 * `issueMessage(issue, locale)` writes the issue in `locale` from the same table. A problem no
 * template matches (none in the tests: tests/i18n/issues.test.ts) is shown in English.
 */
import { FIELD_LABELS } from "../labels";
import type { Locale } from "../locale";
import type { InputIssue } from "../types";
import { fieldLabelIn } from "./labels";
import { ISSUE_TEMPLATES } from "./issueTemplates";
import { fillTemplate, templatePattern } from "./template";

export interface IssueCode {
  code: string;
  params: string[];
}

interface Compiled {
  code: string;
  pattern: RegExp;
  zh: string;
}

let compiled: Compiled[] | null = null;

function templates(): Compiled[] {
  compiled ??= ISSUE_TEMPLATES.map(([code, en, zh]) => ({
    code,
    pattern: templatePattern(en),
    zh,
  }));
  return compiled;
}

/** The code and parameters of an English problem text, or null when no template matches. */
export function issueCode(problem: string): IssueCode | null {
  for (const entry of templates()) {
    const match = entry.pattern.exec(problem);
    if (match !== null) return { code: entry.code, params: match.slice(1) };
  }
  return null;
}

/** English words the Chinese templates take as parameters, in Chinese. */
const WORDS_ZH: Record<string, string> = {
  channel: "渠道",
  segment: "客户细分",
  "uncertain driver": "不确定驱动因素",
  uniform: "均匀",
  triangular: "三角",
  pert: "PERT",
  normal: "正态",
  lognormal: "对数正态",
  rows: "行",
  "uncertain drivers": "不确定驱动因素",
  Scenarios: "“情景”",
  Uncertainty: "“不确定性”",
};

function paramZh(param: string): string {
  const word = WORDS_ZH[param];
  if (word !== undefined) return word;
  const field = Object.entries(FIELD_LABELS).find(
    ([key, entry]) => entry.label.toLowerCase() === param.toLowerCase() || key === param
  );
  return field === undefined ? param : fieldLabelIn(field[0], "zh-CN");
}

/** A problem text in `locale` (English as given when no template matches). */
export function problemIn(problem: string, locale: Locale = "en"): string {
  if (locale === "en") return problem;
  const found = issueCode(problem);
  if (found === null) return problem;
  const entry = templates().find((item) => item.code === found.code) as Compiled;
  return fillTemplate(entry.zh, (i) => {
    const param = found.params[i] ?? "";
    // A nested problem ("makes the price of X invalid: <problem>") is translated too.
    return issueCode(param) !== null ? problemIn(param, locale) : paramZh(param);
  });
}

/** The whole message of an issue in `locale`: `Channels!E3（Partners，转化率）：…`. */
export function issueMessage(
  issue: Pick<InputIssue, "message"> & Partial<InputIssue>,
  locale: Locale = "en"
): string {
  if (locale === "en" || issue.problem === undefined || issue.table === undefined)
    return issue.message;
  const what = [
    issue.row,
    issue.field === undefined ? undefined : fieldLabelIn(issue.field, locale),
  ].filter((part): part is string => part !== undefined && part !== "");
  const where = issue.address ?? TABLES_ZH[issue.table] ?? issue.table;
  const problem = problemIn(issue.problem, locale);
  return what.length > 0 ? `${where}（${what.join("，")}）：${problem}` : `${where}：${problem}`;
}

/** The tables an issue names, in Chinese. */
export const TABLES_ZH: Record<string, string> = {
  Channels: "渠道表",
  Segments: "客户细分表",
  Mix: "组合表",
  Assumptions: "假设表",
  Drivers: "驱动因素",
  Scenarios: "情景表",
  Bounds: "限额表",
  Uncertainty: "不确定性表",
  Correlations: "相关性表",
  Simulation: "模拟设置",
  Model: "模型",
};
