/**
 * What the add-in tells the user when it refuses or fails outside the model's input problems
 * (issue 11, point 4): the what-if runs' refusals, cancel and restore, the values typed in the
 * What-if panel, points that could not be computed, and the pane's own failures (a sheet too
 * large, live formulas without tables, settings not saved, a simulation stopped). One table,
 * `[code, English, Simplified Chinese]`, parameters as `{0}`, `{1}`…; an error carries its code
 * and parameters (`Message`) and its English text stays `error.message` (tests, logs). Cell
 * addresses, formulas, Excel error codes and the user's own text are parameters, never translated.
 */
import { fillTemplate, templatePattern, type Locale } from "../model";

export const MESSAGE_TEMPLATES = [
  // The cells of a what-if request.
  ["role.output", "output", "输出单元格"],
  ["role.input", "input", "输入单元格"],
  ["role.inputX", "input X", "输入 X（横向）"],
  ["role.inputY", "input Y", "输入 Y（纵向）"],
  ["role.inputN", "input {0}", "第 {0} 个输入单元格"],
  [
    "badAddress",
    'The {0} must be one cell with its sheet, like Inputs!B2 (got "{1}").',
    "{0}必须是带工作表名称的单个单元格，例如 Inputs!B2（收到的是“{1}”）。",
  ],
  [
    "valuesEmpty",
    "The values of {0} are empty: give at least one number.",
    "{0} 的取值为空：请至少填写一个数字。",
  ],
  [
    "valuesNotNumbers",
    "The values of {0} must be numbers (got {1}).",
    "{0} 的取值必须是数字（收到的是 {1}）。",
  ],
  ["tornadoEmpty", "A tornado needs at least one input cell.", "龙卷风图至少需要一个输入单元格。"],
  [
    "badInterval",
    "The search interval of {0} must have low < high (got {1} and {2}).",
    "{0} 的搜索区间必须满足下限 < 上限（收到的是 {1} 和 {2}）。",
  ],
  ["inputTwice", "{0} is given twice as an input.", "{0} 作为输入单元格出现了两次。"],
  [
    "outputIsInput",
    "{0} is both the output and an input: pick another output cell.",
    "{0} 既是输出单元格又是输入单元格：请另选一个输出单元格。",
  ],
  // What the cells hold.
  ["missingSheet", "The sheet of {0} does not exist.", "{0} 所在的工作表不存在。"],
  [
    "protected",
    "Sheet {0} is protected: unprotect it to sweep {1}.",
    "工作表 {0} 受保护：请先撤销工作表保护，再扫描 {1}。",
  ],
  ["holds.text", "text", "文本"],
  ["holds.error", "an error", "错误值"],
  ["holds.logical", "a logical value", "逻辑值"],
  [
    "textInput",
    "{0} holds {1} ({2}): an input must be a number or empty.",
    "{0} 包含{1}（{2}）：输入单元格必须是数字或为空。",
  ],
  ["cellHolding", "{0} ({1})", "{0}（{1}）"],
  // The list of cells ends with a full-width bracket (`cellHolding`): no space before the verb.
  [
    "formulaInput",
    "{0} holds a formula: confirm that it may be replaced by the sweep values and restored after.",
    "{0}包含公式：请确认扫描时可以用扫描值替换它，结束后再还原。",
  ],
  [
    "formulaInputs",
    "{0} hold formulas: confirm that they may be replaced by the sweep values and restored after.",
    "{0}包含公式：请确认扫描时可以用扫描值替换它们，结束后再还原。",
  ],
  // The run.
  [
    "tooManyPoints",
    "This sweep has {0} points (more than {1}): confirm to run it.",
    "此次扫描有 {0} 个点（超过 {1} 个）：请确认后再运行。",
  ],
  [
    "pendingRestore",
    "An earlier what-if run was not restored: restore or discard it first.",
    "上一次假设分析的输入单元格尚未还原：请先点击“还原单元格”或“保持现状”。",
  ],
  [
    "cancelled",
    "The what-if run was cancelled; the input cells were restored.",
    "假设分析已取消；输入单元格已还原。",
  ],
  ["mismatch", "{0}: expected {1}, found {2}", "{0}：应为 {1}，实际为 {2}"],
  [
    "notRestored",
    "THE INPUT CELLS WERE NOT RESTORED: {0}. Use Restore in the What-if panel, or put these cells back by hand.",
    "输入单元格未能还原：{0}。请在“假设分析”页点击“还原单元格”，或手动恢复这些单元格。",
  ],
  [
    "notRestoredBecause",
    "THE INPUT CELLS WERE NOT RESTORED ({0}). Use Restore in the What-if panel, or put these cells back by hand.",
    "输入单元格未能还原（{0}）。请在“假设分析”页点击“还原单元格”，或手动恢复这些单元格。",
  ],
  [
    "notRestoredBare",
    "THE INPUT CELLS WERE NOT RESTORED. Use Restore in the What-if panel, or put these cells back by hand.",
    "输入单元格未能还原。请在“假设分析”页点击“还原单元格”，或手动恢复这些单元格。",
  ],
  // Why a point could not be computed (its output was not a number).
  ["reason.empty", "empty", "空"],
  ["reason.text", 'text "{0}"', "文本“{0}”"],
  ["reason.logical", "logical {0}", "逻辑值 {0}"],
  ["reason.busy", "still #BUSY! after {0} s", "{0} 秒后仍为 #BUSY!"],
  // Values typed in the What-if panel.
  [
    "values.type",
    "Type the values: a list (1, 2, 5%) or a range (10:20:2).",
    "请输入取值：列表（1, 2, 5%）或区间（10:20:2）。",
  ],
  ["values.notNumber", '"{0}" is not a number.', "“{0}”不是数字。"],
  [
    "values.notRange",
    '"{0}" is not a range: write start:end:step, like 10:20:2.',
    "“{0}”不是区间：请写成 起点:终点:步长，例如 10:20:2。",
  ],
  [
    "values.badStep",
    'In "{0}" the step must be above 0 and the end not below the start.',
    "“{0}”中的步长必须大于 0，且终点不能小于起点。",
  ],
  [
    "values.tooMany",
    '"{0}" gives {1} values: at most {2} per input.',
    "“{0}”会产生 {1} 个值：每个输入单元格最多 {2} 个。",
  ],
  // The pane's other failures.
  [
    "sheetTooLarge",
    "{0}: the sheet would need {1} rows × {2} columns — Excel holds {3} rows × {4} columns; use fewer values, channels or periods",
    "{0}：该工作表需要 {1} 行 × {2} 列——Excel 最多容纳 {3} 行 × {4} 列；请减少取值、渠道或期数",
  ],
  ["cellTextProblem", "{0}: the text {1}", "{0}：文本{1}"],
  [
    "text.character",
    "holds the character {0}, which an Excel cell cannot hold — remove it",
    "包含 Excel 单元格无法容纳的字符 {0}——请删除该字符",
  ],
  [
    "text.long",
    "is {0} characters long — an Excel cell holds at most {1}",
    "长度为 {0} 个字符——Excel 单元格最多容纳 {1} 个字符",
  ],
  ["table.channels", "channels", "渠道"],
  ["table.segments", "segments", "客户细分"],
  [
    "liveTable",
    "Live formulas need the {0} table in the workbook; write values instead",
    "实时公式需要工作簿中的{0}表；请改为写入数值",
  ],
  [
    "liveTables",
    "Live formulas need the {0} and {1} tables in the workbook; write values instead",
    "实时公式需要工作簿中的{0}表和{1}表；请改为写入数值",
  ],
  [
    "settingsNotSaved",
    "The workbook could not remember the inputs: {0}",
    "工作簿无法记住输入表的位置：{0}",
  ],
  ["unknownError", "unknown error", "未知错误"],
  ["simulationStopped", "The simulation stopped: {0}", "模拟已停止：{0}"],
  ["workerFailed", "a worker failed", "一个后台计算进程出错"],
] as const;

export type MessageCode = (typeof MESSAGE_TEMPLATES)[number][0];

/** A list inside a message: `, ` between items in English, `、` in Chinese (`; ` and `；` when `semicolons`). */
export interface MessageList {
  items: readonly MessageParam[];
  semicolons?: boolean;
}

/** A parameter: words as they are (a cell, a formula, the user's text), a number, a message or a list. */
export type MessageParam = string | number | Message | MessageList;

/** A code of the table and its parameters. */
export interface Message {
  code: MessageCode;
  params?: readonly MessageParam[];
}

const BY_CODE = new Map<string, readonly [string, string, string]>(
  MESSAGE_TEMPLATES.map((row) => [row[0], row])
);

export function message(code: MessageCode, ...params: MessageParam[]): Message {
  return { code, params };
}

export function list(items: readonly MessageParam[], semicolons = false): MessageList {
  return { items, semicolons };
}

function renderParam(param: MessageParam, locale: Locale): string {
  if (typeof param === "string") return param;
  if (typeof param === "number") return param.toLocaleString(locale === "en" ? "en-US" : "zh-CN");
  if ("items" in param) {
    const zh = locale === "zh-CN";
    const separator = param.semicolons === true ? (zh ? "；" : "; ") : zh ? "、" : ", ";
    return param.items.map((item) => renderParam(item, locale)).join(separator);
  }
  return renderMessage(param, locale);
}

/** A message in `locale` (English by default): numbers grouped, lists joined, nested messages rendered. */
export function renderMessage(text: Message, locale: Locale = "en"): string {
  const row = BY_CODE.get(text.code) as readonly [string, string, string];
  const template = locale === "zh-CN" ? row[2] : row[1];
  const params = text.params ?? [];
  return fillTemplate(template, (i) => {
    const param = params[i];
    return param === undefined ? "" : renderParam(param, locale);
  });
}

/** An error that says what happened in words of the table: `text` is rendered, `message` is its English. */
export interface MessageError extends Error {
  readonly text: Message;
}

function isMessage(value: unknown): value is Message {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    BY_CODE.has((value as { code: string }).code)
  );
}

/** Whether `error` carries a message of the table (any error, whatever its class). */
export function hasMessage(error: unknown): error is MessageError {
  return error instanceof Error && isMessage((error as { text?: unknown }).text);
}

/** An `Error` whose message is the English of `text`, carrying `text` for the other languages. */
export function messageError(text: Message): MessageError {
  return Object.assign(new Error(renderMessage(text)), { text });
}

/**
 * The message of an English text written by one of `codes`' templates (parameters read back as
 * words), or null: for texts made where no code is kept, such as a point's failure reason.
 */
export function parseMessage(english: string, codes: readonly MessageCode[]): Message | null {
  for (const code of codes) {
    const template = (BY_CODE.get(code) as readonly [string, string, string])[1];
    const pattern = templatePattern(template);
    const match = pattern.exec(english);
    if (match !== null) return { code, params: match.slice(1) };
  }
  return null;
}

/** A point's failure reason in `locale` (an Excel error code such as `#DIV/0!` stays as it is). */
export function reasonIn(reason: string, locale: Locale = "en"): string {
  if (locale === "en") return reason;
  const found = parseMessage(reason, [
    "reason.empty",
    "reason.text",
    "reason.logical",
    "reason.busy",
  ]);
  return found === null ? reason : renderMessage(found, locale);
}
