/**
 * The errors a GTM.* function can end in: a closed set of kinds, each with its Excel error class
 * and ONE message template. Pure data: no Office, no CustomFunctions (args.ts maps the class to
 * `CustomFunctions.ErrorCode`). Every message exists in English and Simplified Chinese (issue 11,
 * point 4): one table per language, the fragments the cores pass in both languages.
 */
import { fillTemplate, issueMessage, problemIn } from "../../model";
import type { InputIssue, Locale } from "../../model";

/**
 * The Excel error a kind ends in: #VALUE!, #NUM!, #DIV/0! or #N/A. Excel shows a custom function's
 * message only with #VALUE! and #N/A (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors):
 * #NUM! and #DIV/0! show bare, so a kind whose message the user needs (`percentAsWhole`: "enter 25%
 * or 0.25") ends in #VALUE!; the others keep the spec's #NUM!/#DIV/0! and docs/functions.md says
 * what each means per function.
 */
export type ExcelErrorClass = "value" | "num" | "div0" | "na";

/** A piece of a message in both languages: English exactly as before, Simplified Chinese. */
export interface Bilingual {
  en: string;
  zh: string;
}

/**
 * The fixed fragments the cores pass as `rule` or `reason`: `[English, Simplified Chinese]`,
 * parameters as `{0}`. Names the user types (arpa, churn, discountRate…) stay as typed.
 */
export const FRAGMENTS = {
  rateRange: ["is not between 0 and 1", "不在 0 与 1 之间"],
  negative: ["is negative — enter 0 or more", "为负数——请输入 0 或以上的数"],
  swingRange: [
    "is not between 0 and 1 — enter e.g. 20% or 0.2",
    "不在 0 与 1 之间——请输入例如 20% 或 0.2",
  ],
  churnOne: ["is 1 or more — every customer leaves at once", "为 1 或以上——所有客户会立即流失"],
  pNotPositive: [
    "is not above 0 — enter the innovation coefficient, e.g. 0.01",
    "不大于 0——请输入创新系数，例如 0.01",
  ],
  periodsRange: ["is not a whole number from 1 to {0}", "不是 1 到 {0} 之间的整数"],
  ltvUnbounded: [
    "churn + discountRate is 0: the margin never ends, so the LTV is unbounded",
    "churn + discountRate 为 0：毛利永不终止，因此 LTV 没有上限",
  ],
  neverRepaid: [
    "arpa · grossMargin is 0: the CAC is never repaid",
    "arpa · grossMargin 为 0：CAC 永远无法收回",
  ],
  churnNeverRepays: [
    "with this churn the margin never repays the CAC",
    "在此流失率下，毛利永远无法收回 CAC",
  ],
  overflowCac: [
    "The CAC is larger than the largest number Excel holds (about 1.8E+308) — check the inputs for a typing error",
    "CAC 超过了 Excel 能容纳的最大数字（约 1.8E+308）——请检查输入是否有输入错误",
  ],
  overflowLtv: [
    "The LTV is larger than the largest number Excel holds (about 1.8E+308) — check the inputs for a typing error",
    "LTV 超过了 Excel 能容纳的最大数字（约 1.8E+308）——请检查输入是否有输入错误",
  ],
  overflowPayback: [
    "The payback is larger than the largest number Excel holds (about 1.8E+308) — check the inputs for a typing error",
    "回收期超过了 Excel 能容纳的最大数字（约 1.8E+308）——请检查输入是否有输入错误",
  ],
  cancelled: ["the recalculation was cancelled", "重新计算已取消"],
} as const satisfies Record<string, readonly [string, string]>;

export type FragmentCode = keyof typeof FRAGMENTS;

/** A fixed fragment in both languages, its `{0}`… filled with `args`. */
export function fragment(code: FragmentCode, ...args: (string | number)[]): Bilingual {
  const fill = (template: string): string => fillTemplate(template, (i) => String(args[i] ?? ""));
  const [en, zh] = FRAGMENTS[code];
  return { en: fill(en), zh: fill(zh) };
}

/** A problem the model words (a grid or a setting past its limits) in both languages. */
export function modelProblem(problem: string): Bilingual {
  return { en: problem, zh: problemIn(problem, "zh-CN") };
}

/** An input issue of the model, as much of it as `issueMessage` reads. */
export type ModelIssue = Pick<InputIssue, "message"> & Partial<InputIssue>;

/** The details each kind's message needs. `param` is the argument's name as Excel shows it. */
export interface ErrorDetails {
  /** Text, a boolean or another non-number where a number belongs. */
  notNumber: { param: string; value: Bilingual; text: boolean };
  /** An Excel error value (#N/A, #REF!, …) in an argument. */
  errorValue: { param: string; code: string };
  /** A required argument left blank. */
  required: { param: string };
  /** A range without a single number. */
  noNumbers: { param: string };
  /** Something other than text where text belongs. */
  notText: { param: string; value: Bilingual };
  /** Something other than TRUE/FALSE where a yes/no belongs. */
  notBoolean: { param: string; value: Bilingual };
  /** A number outside its valid range; `rule` says what is wrong and what is valid. */
  outOfRange: { param: string; value: number; rule: Bilingual };
  /** A rate typed as a whole percentage (25 for 25%): the one out-of-range case whose hint matters. */
  percentAsWhole: { param: string; value: number };
  /** A division by a zero total. */
  zeroTotal: { param: string };
  /** A result that does not exist for these numbers. */
  noResult: { reason: Bilingual };
  /** A name that is not one of the allowed ones (metric, field, mode, channel). */
  unknownName: { param: string; value: string; allowed: readonly string[] };
  /** Two arguments that only make sense together. */
  needsPartner: { param: string; partner: string };
  /** The model's own input errors, worded by the engine in either language (`issueMessage`). */
  modelInput: { issues: readonly ModelIssue[] };
  /** A metric the model leaves empty (its label in both languages). */
  metricEmpty: { metric: Bilingual };
  /** A break-even search whose interval holds no break-even (spec §7): the metric's range over it. */
  noBreakEven: {
    metric: Bilingual;
    low: string;
    high: string;
    min: string | null;
    max: string | null;
  };
  /** A request past a size limit (a sensitivity grid): #VALUE!, so that Excel shows the message. */
  tooLarge: { param: string; problem: Bilingual };
}

export type ErrorKind = keyof ErrorDetails;

const MAX_MODEL_MESSAGES = 3;

type MessageTable = { [K in ErrorKind]: (detail: ErrorDetails[K]) => string };

/** The first model messages, and how many more there are. */
function modelMessages(issues: readonly ModelIssue[], locale: Locale): [string, number] {
  const shown = issues.slice(0, MAX_MODEL_MESSAGES).map((issue) => issueMessage(issue, locale));
  return [shown.join(locale === "en" ? "; " : "；"), issues.length - MAX_MODEL_MESSAGES];
}

/** The English messages (tests assert them byte for byte). */
const MESSAGES_EN: MessageTable = {
  notNumber: ({ param, value, text }) =>
    `${param}: ${value.en} is ${text ? "text, " : ""}not a number`,
  errorValue: ({ param, code }) =>
    `${param}: the cell holds the error ${code} — fix it or clear the cell`,
  required: ({ param }) => `${param}: enter a value`,
  noNumbers: ({ param }) => `${param}: no number found — enter at least one`,
  notText: ({ param, value }) => `${param}: ${value.en} is not text`,
  notBoolean: ({ param, value }) => `${param}: ${value.en} is not TRUE or FALSE`,
  outOfRange: ({ param, value, rule }) => `${param}: ${value} ${rule.en}`,
  percentAsWhole: ({ param, value }) =>
    `${param}: ${value} is not between 0 and 1 — enter ${value}% or ${value / 100}`,
  zeroTotal: ({ param }) => `${param}: the total is 0`,
  noResult: ({ reason }) => reason.en,
  unknownName: ({ param, value, allowed }) =>
    `${param}: "${value}" is not one of ${allowed.join(", ")}`,
  needsPartner: ({ param, partner }) => `${param} needs ${partner} as well`,
  modelInput: ({ issues }) => {
    const [shown, more] = modelMessages(issues, "en");
    return more > 0 ? `${shown} (and ${more} more)` : shown;
  },
  metricEmpty: ({ metric }) => `${metric.en} has no value for this model`,
  noBreakEven: ({ metric, low, high, min, max }) =>
    `no break-even between ${low} and ${high}: ${metric.en} stays between ${min ?? "no value"} and ${max ?? "no value"}`,
  tooLarge: ({ param, problem }) => `${param}: ${problem.en}`,
};

/** A value before a Chinese word: a space after digits or Latin letters, none after Chinese. */
const before = (text: string): string => (/[\u4e00-\u9fff]$/.test(text) ? text : `${text} `);

/** The same messages in Simplified Chinese. */
const MESSAGES_ZH: MessageTable = {
  notNumber: ({ param, value, text }) =>
    `${param}：${before(value.zh)}${text ? "是文本，" : ""}不是数字`,
  errorValue: ({ param, code }) => `${param}：单元格包含错误 ${code}——请修正或清空该单元格`,
  required: ({ param }) => `${param}：请输入一个值`,
  noNumbers: ({ param }) => `${param}：未找到数字——请至少输入一个`,
  notText: ({ param, value }) => `${param}：${before(value.zh)}不是文本`,
  notBoolean: ({ param, value }) => `${param}：${before(value.zh)}不是 TRUE 或 FALSE`,
  outOfRange: ({ param, value, rule }) => `${param}：${value} ${rule.zh}`,
  percentAsWhole: ({ param, value }) =>
    `${param}：${value} 不在 0 与 1 之间——请输入 ${value}% 或 ${value / 100}`,
  zeroTotal: ({ param }) => `${param}：合计为 0`,
  noResult: ({ reason }) => reason.zh,
  unknownName: ({ param, value, allowed }) =>
    `${param}："${value}" 不是以下之一：${allowed.join("、")}`,
  needsPartner: ({ param, partner }) => `${param} 还需要 ${partner}`,
  modelInput: ({ issues }) => {
    const [shown, more] = modelMessages(issues, "zh-CN");
    return more > 0 ? `${shown}（另有 ${more} 条）` : shown;
  },
  metricEmpty: ({ metric }) => `此模型中${metric.zh}没有值`,
  noBreakEven: ({ metric, low, high, min, max }) =>
    `${low} 到 ${high} 之间没有盈亏平衡点：${metric.zh}始终在 ${min ?? "无值"} 到 ${max ?? "无值"} 之间`,
  tooLarge: ({ param, problem }) => `${param}：${problem.zh}`,
};

/** The message tables by locale. */
export const MESSAGES: Record<Locale, MessageTable> = { en: MESSAGES_EN, "zh-CN": MESSAGES_ZH };

const CLASSES: Record<ErrorKind, ExcelErrorClass> = {
  notNumber: "value",
  errorValue: "value",
  required: "value",
  noNumbers: "value",
  notText: "value",
  notBoolean: "value",
  outOfRange: "num",
  percentAsWhole: "value",
  zeroTotal: "div0",
  noResult: "num",
  unknownName: "value",
  needsPartner: "value",
  modelInput: "value",
  metricEmpty: "na",
  noBreakEven: "na",
  tooLarge: "value",
};

/**
 * A GTM.* function's error: its kind, the Excel error it ends in and the message a user reads,
 * in English (`message`) or in any locale (`messageIn`).
 */
export class GtmError<K extends ErrorKind = ErrorKind> extends Error {
  readonly kind: K;
  readonly excel: ExcelErrorClass;
  readonly detail: ErrorDetails[K];

  constructor(kind: K, detail: ErrorDetails[K]) {
    super(MESSAGES.en[kind](detail));
    this.name = "GtmError";
    this.kind = kind;
    this.excel = CLASSES[kind];
    this.detail = detail;
  }

  /** The message in `locale`. */
  messageIn(locale: Locale): string {
    return locale === "en" ? this.message : MESSAGES[locale][this.kind](this.detail);
  }
}

/** A rate must lie in 0..1 (a #NUM! naming the parameter, worded like the model's input errors). */
export function requireRate(param: string, value: number): number {
  if (value > 1 && value <= 100) throw new GtmError("percentAsWhole", { param, value });
  if (value < 0 || value > 1)
    throw new GtmError("outOfRange", { param, value, rule: fragment("rateRange") });
  return value;
}

/** A count, price or cost must be 0 or more (a #NUM! naming the parameter). */
export function requireNonNegative(param: string, value: number): number {
  if (value < 0) throw new GtmError("outOfRange", { param, value, rule: fragment("negative") });
  return value;
}
