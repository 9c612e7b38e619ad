/**
 * Everything the command line says itself, in both languages (issue 11, point 4): `[code,
 * English, Simplified Chinese]`, parameters as `{0}`, `{1}`… — usage errors, input problems that
 * are not the model's, the lines it prints, its summaries' headings and the help's own texts.
 * Option names, command names, code names and the user's values stay as typed (they are syntax).
 * The model's input problems have their own table (src/model/i18n/issueTemplates.ts).
 */
import { fillTemplate, type Locale } from "../../model";
import { say, type Text, type Words } from "./words";

export const CLI_MESSAGES = [
  // Usage errors: the command line itself.
  ["seeHelp", "gtm: {0} — see {1}", "gtm：{0}——参见 {1}"],
  ["didYouMean", " — did you mean {0}?", "——您是指 {0} 吗？"],
  ["missingCommand", "missing command ({0})", "缺少命令（{0}）"],
  ["unknownCommand", 'unknown command "{0}"{1} ({2})', "未知命令“{0}”{1}（{2}）"],
  [
    "unknownGlobalOption",
    "unknown option {0}{1} (gtm's options: {2}; a command's options come after its name)",
    "未知选项 {0}{1}（gtm 本身的选项：{2}；命令的选项写在命令名之后）",
  ],
  [
    "unknownOption",
    "unknown option {0} for gtm {1}{2} (its options: {3})",
    "gtm {1} 没有选项 {0}{2}（它的选项：{3}）",
  ],
  ["takesNoValue", "{0} takes no value", "{0} 不带值"],
  ["needsValue", "{0} needs a value", "{0} 需要一个值"],
  ["badCommandLine", "{0}", "命令行有误：{0}"],
  ["givenTwice", "{0} is given twice", "{0} 给出了两次"],
  ["emptyValue", "{0} is empty: give it a value", "{0} 为空：请给出一个值"],
  ["missingArgument", "missing argument <{0}>", "缺少参数 <{0}>"],
  ["unexpectedArgument", 'unexpected argument "{0}"', "多余的参数“{0}”"],
  ["missingOption", "missing option {0}", "缺少选项 {0}"],
  ["notAChoice", '{0} "{1}" is not {2}{3}', "{0} “{1}” 不是 {2}{3}"],
  ["optionProblem", "{0}: {1}{2}", "{0}：{1}{2}"],
  ["optionValueProblem", "{0} {1}", "{0}：{1}"],
  ["driverValueOutOfRange", "{0} {1}: {2} is {3}{4}", "{0} {1}：{2}必须{3}{4}"],
  ["scaleHint", "; use --mode scale for multipliers", "；如要按倍数调整，请使用 --mode scale"],
  ["ruleRate", "between 0 and 1", "介于 0 与 1 之间"],
  ["ruleNonNegative", "0 or more", "大于或等于 0"],
  ["rulePositive", "above 0", "大于 0"],
  ["ruleWholeNonNegative", "a whole number of periods, 0 or more", "是大于或等于 0 的整数期数"],
  ["ruleHorizon", "a whole number of periods between 1 and {0}", "是 1 到 {0} 之间的整数期数"],
  [
    "ruleLaunch",
    "a whole number of periods between 1 and the horizon",
    "是 1 到期数之间的整数期数",
  ],
  [
    "badCurrency",
    '--currency "{0}" is not a currency code — use three letters such as USD, EUR or CNY',
    "--currency “{0}” 不是货币代码——请使用三个字母，例如 USD、EUR 或 CNY",
  ],
  [
    "unknownLang",
    '--lang "{0}" is not a language — use {1}',
    "--lang “{0}” 不是可用的语言——请使用 {1}",
  ],
  [
    "emptyName",
    '{0} "{1}" has an empty name — separate names with single commas',
    "{0} “{1}” 中有空名称——名称之间只用一个逗号分隔",
  ],
  ["notANumber", '{0} "{1}" is not a number', "{0} “{1}” 不是数字"],
  ["lowNotBelowHigh", "--low {0} is not below --high {1}", "--low {0} 不小于 --high {1}"],
  [
    "badSwing",
    '--swing "{0}" is not a number — use a share such as 0.2, or 20%, for ±20%',
    "--swing “{0}” 不是数字——请用比例（如 0.2）或百分比（如 20%）表示 ±20%",
  ],
  [
    "sameOption",
    "--x-values and --values are the same option: give one",
    "--x-values 与 --values 是同一个选项：只需给出其中一个",
  ],
  ["yNeedsValues", "--y needs --y-values", "--y 需要同时给出 --y-values"],
  [
    "yValuesNeedY",
    "--y-values needs --y (the second driver)",
    "--y-values 需要同时给出 --y（第二个驱动因素）",
  ],
  ["bothOptions", "{0} and {1}", "{0} 和 {1}"],
  [
    "valueListHint",
    "use numbers separated by commas (0.8,1,1.2) or from:to:count (0.8:1.2:5 gives 5 points)",
    "请使用逗号分隔的数字（0.8,1,1.2）或 from:to:count（0.8:1.2:5 表示 5 个点）",
  ],
  ["notARange", '{0} "{1}" is not from:to:count — {2}', "{0} “{1}” 不是 from:to:count 形式——{2}"],
  [
    "badPointCount",
    '{0} "{1}": the count of points must be a whole number from 2 to 10000',
    "{0} “{1}”：点数必须是 2 到 10000 之间的整数",
  ],
  ["notANumberList", '{0} "{1}" is not a list of numbers — {2}', "{0} “{1}” 不是数字列表——{2}"],
  [
    "bindingForJson",
    '--{0} names a table in an .xlsx workbook; a JSON model carries "{0}" itself',
    "--{0} 指定的是 .xlsx 工作簿中的表；JSON 模型自带“{0}”",
  ],
  [
    "bindingsForJson",
    "--channels, --segments, --mix and --assumptions name tables in an .xlsx workbook, not in JSON input",
    "--channels、--segments、--mix 和 --assumptions 指定的是 .xlsx 工作簿中的表，不能用于 JSON 输入",
  ],
  [
    "outIsInput",
    "--out {0} is the input file: the input is never modified — write to another file",
    "--out {0} 就是输入文件：输入文件从不修改——请写入另一个文件",
  ],
  ["noFolder", "--out {0}: the folder {1} does not exist", "--out {0}：文件夹 {1} 不存在"],
  [
    "outExists",
    "{0} already exists — add --force to replace it",
    "{0} 已存在——如要替换，请加上 --force",
  ],
  [
    "notRegularFile",
    "--out {0} is {1}: only a regular file is replaced — choose another path",
    "--out {0} {1}：只会替换普通文件——请选择其他路径",
  ],
  ["kindFolder", "a folder", "是文件夹"],
  ["kindLink", "a symbolic link", "是符号链接"],
  [
    "kindOther",
    "not a regular file (a device, pipe or socket)",
    "不是普通文件（而是设备、管道或套接字）",
  ],
  [
    "internalError",
    "gtm: internal error — please report it with the command you ran ({0})",
    "gtm：内部错误——请连同所运行的命令一起报告（{0}）",
  ],
  // Input problems that are not the model's (exit 1).
  ["noSuchFile", "{0}: no such file", "{0}：文件不存在"],
  ["isFolder", "{0}: is a folder, not a workbook", "{0}：是文件夹，不是工作簿"],
  ["permissionDenied", "{0}: permission denied", "{0}：没有权限"],
  ["cannotRead", "{0}: cannot be read ({1})", "{0}：无法读取（{1}）"],
  [
    "tooLargeFile",
    "{0}: too large to read — the file is more than {1} ({2} so far), the limit",
    "{0}：文件过大，无法读取——超过了 {1} 的上限（已读到 {2}）",
  ],
  ["tooLarge", "{0}: too large to read — {1}", "{0}：文件过大，无法读取——{1}"],
  [
    "oldOrProtected",
    "{0}: an Excel 97-2003 (.xls) or password-protected workbook — save it as an Excel Workbook (.xlsx) without a password",
    "{0}：这是 Excel 97-2003（.xls）或受密码保护的工作簿——请另存为不带密码的 Excel 工作簿（.xlsx）",
  ],
  [
    "notXlsx",
    "{0}: not an .xlsx workbook — save it from Excel or LibreOffice as an Excel Workbook (.xlsx)",
    "{0}：不是 .xlsx 工作簿——请在 Excel 或 LibreOffice 中另存为 Excel 工作簿（.xlsx）",
  ],
  [
    "damaged",
    "{0}: the workbook is damaged and cannot be read ({1})",
    "{0}：工作簿已损坏，无法读取（{1}）",
  ],
  [
    "noWorksheets",
    "{0}: not an .xlsx workbook (the zip file holds no worksheets)",
    "{0}：不是 .xlsx 工作簿（zip 文件中没有工作表）",
  ],
  ["badJson", "{0}: not valid JSON ({1})", "{0}：不是有效的 JSON（{1}）"],
  ["cannotWrite", "{0}: cannot be written ({1})", "{0}：无法写入（{1}）"],
  ["cannotCopy", "{0}: the workbook cannot be copied ({1})", "{0}：无法复制工作簿（{1}）"],
  [
    "noTable",
    '{0}: no Excel table or sheet named "{1}" (the workbook has sheets {2})',
    "{0}：没有名为“{1}”的 Excel 表或工作表（工作簿中的工作表：{2}）",
  ],
  [
    "noUncertaintyTable",
    '{0}: no Excel table or sheet named "{1}" (the workbook has sheets {2}) — the simulation needs an Uncertainty table (Driver, Distribution, Min, Most likely, Max, Mean, SD, Apply)',
    "{0}：没有名为“{1}”的 Excel 表或工作表（工作簿中的工作表：{2}）——模拟需要 Uncertainty 表（Driver、Distribution、Min、Most likely、Max、Mean、SD、Apply）",
  ],
  [
    "jsonLacks",
    '{0}: the model has no "{1}" — add them as the examples do (shared/examples)',
    "{0}：模型中没有“{1}”——请按示例（shared/examples）添加",
  ],
  [
    "uncalculated",
    "{0}: the formula ={1} has {2} — open the workbook in Excel or LibreOffice, let it calculate, and save it",
    "{0}：公式 ={1} {2}——请在 Excel 或 LibreOffice 中打开工作簿，待其计算完毕后保存",
  ],
  [
    "savedStale",
    "a saved value that may be out of date (the workbook asks to be recalculated when opened)",
    "保存的值可能已过时（工作簿要求在打开时重新计算）",
  ],
  ["savedNone", "no saved value", "没有保存的值"],
  [
    "tableTooLarge",
    "{0} ({1}): the table spans {2} rows × {3} columns, more than the {4} cells a table may have — it reaches a value at {5}: clear stray cells far from the table, or give its range (--{6} 'Sheet'!A1:J20)",
    "{0}（{1}）：表跨越 {2} 行 × {3} 列，超过了一个表最多可有的 {4} 个单元格——它一直延伸到 {5} 处的值：请清除远离表的零散单元格，或给出表的区域（--{6} '工作表'!A1:J20）",
  ],
  [
    "sheetTooLarge",
    "{0}: the sheet would hold {1} cells — the command line writes at most {2} to a sheet (the per-period results hold 6 × channels × periods); use --json, or fewer channels, periods or values",
    "{0}：该工作表将包含 {1} 个单元格——命令行最多向一个工作表写入 {2} 个（每期结果占 6 × 渠道数 × 期数）；请使用 --json，或减少渠道、期数或取值",
  ],
  // Where a decision sheet's table came from, when not from a range (written on the sheet).
  ["jsonScenarios", "the JSON model's scenarios", "JSON 模型中的情景"],
  ["jsonBounds", "the JSON model's bounds", "JSON 模型中的限额"],
  ["noScenarios", "none", "无"],
  ["noBounds", "none (each channel 0 to the budget)", "无（每个渠道 0 至预算）"],
  // What the zip reader says about a workbook's package (inside a line above).
  [
    "zipNoDirectory",
    "the zip file has no central directory — it is truncated or not a zip file",
    "zip 文件没有中央目录——文件被截断或不是 zip 文件",
  ],
  [
    "zip64",
    "the workbook is a zip64 archive, which is larger than the limits",
    "工作簿是 zip64 归档，超出了上限",
  ],
  [
    "zipParts",
    "the workbook holds {0} parts — the limit is {1}",
    "工作簿包含 {0} 个部件——上限为 {1} 个",
  ],
  [
    "zipDirectoryDamaged",
    "the zip file's central directory is damaged",
    "zip 文件的中央目录已损坏",
  ],
  ["zipEntryDamaged", "the zip entry {0} is damaged", "zip 条目 {0} 已损坏"],
  ["zipEntryTruncated", "the zip entry {0} is truncated", "zip 条目 {0} 被截断"],
  [
    "zipEntryChecksum",
    "the zip entry {0} is damaged (its checksum does not match)",
    "zip 条目 {0} 已损坏（校验和不符）",
  ],
  [
    "zipEntryMethod",
    "the zip entry {0} uses an unknown compression method",
    "zip 条目 {0} 使用了未知的压缩方法",
  ],
  ["zipFileSize", "the file is {0} — the limit is {1}", "文件大小为 {0}——上限为 {1}"],
  [
    "zipPartSize",
    "the part {0} inflates to {1} — the limit is {2} a part",
    "部件 {0} 解压后为 {1}——每个部件的上限为 {2}",
  ],
  [
    "zipTotalSize",
    "the parts to read inflate to more than {0}, the limit",
    "要读取的部件解压后超过了 {0} 的上限",
  ],
  [
    "zipMoreThanDeclared",
    "the part {0} inflates to more than it declares",
    "部件 {0} 解压后大于其声明的大小",
  ],
  [
    "zipSizeMismatch",
    "the part {0} does not inflate to the size it declares",
    "部件 {0} 解压后的大小与其声明的不符",
  ],
  ["sheetsLimit", "it has more than {0} worksheets, the limit", "工作表超过了 {0} 个的上限"],
  [
    "worksheetsLimit",
    "its worksheets hold {0} (reached in {1}), the limit",
    "其工作表包含{0}（在 {1} 中达到），超出上限",
  ],
  ["overCells", "more than {0} cells", "超过 {0} 个单元格"],
  ["overRows", "more than {0} rows", "超过 {0} 行"],
  ["overMerged", "merged areas covering more than {0} cells", "覆盖超过 {0} 个单元格的合并区域"],
  // Lines the commands print.
  ["wroteSheet", 'Wrote {0}: sheet "{1}" ({2})', "已写入 {0}：工作表“{1}”（{2}）"],
  ["wroteSheets", "Wrote {0}: sheets {1}", "已写入 {0}：工作表 {1}"],
  ["wroteRows", "Wrote {0}: {1} rows", "已写入 {0}：{1} 行"],
  [
    "chartNotDrawn",
    'note: chart "{0}" on sheet "{1}" is not drawn — the command line cannot create Excel charts; its data is on the sheet',
    "注意：工作表“{1}”上的图表“{0}”未绘制——命令行无法创建 Excel 图表；图表的数据在工作表上",
  ],
  // The readable summaries (without --json or --out).
  ["runTitle", "GTM model over {0}", "GTM 模型，共 {0}"],
  ["channels", "Channels", "渠道"],
  ["gridTitle", "{0} by {1}", "{0}随{1}变化"],
  ["gridTitle2", "{0} by {1} across, {2} down", "{0}：横向为{1}，纵向为{2}"],
  ["driver", "Driver", "驱动因素"],
  ["low", "Low (−{0}%)", "低（−{0}%）"],
  ["base", "Base", "基准"],
  ["high", "High (+{0}%)", "高（+{0}%）"],
  ["swing", "Swing", "变动幅度"],
  [
    "tornadoTitle",
    "{0} tornado: each driver scaled by {1} and {2}",
    "{0}龙卷风分析：每个驱动因素分别乘以 {1} 和 {2}",
  ],
  ["metric", "Metric", "指标"],
  ["vsBase", "{0} vs Base", "{0} 相对基准"],
  ["scenariosOne", "Scenarios: Base and 1 scenario", "情景：基准和 1 个情景"],
  ["scenariosMany", "Scenarios: Base and {0} scenarios", "情景：基准和 {0} 个情景"],
  ["fromTo", "{0} to {1}", "{0} 至 {1}"],
  [
    "breakEvenTitle",
    "Break-even: {0} = {1} by {2}, searched from {3}",
    "盈亏平衡：通过 {2} 使{0} = {1}，搜索区间 {3}",
  ],
  [
    "noBreakEven",
    "No break-even in the interval: {0} stays between {1} and {2}.",
    "区间内没有盈亏平衡点：{0}始终介于 {1} 与 {2} 之间。",
  ],
  ["inStep", " (in the step {0} to {1})", "（位于步长区间 {0} 至 {1}）"],
  ["overInterval", "{0} over the interval: {1} to {2}", "区间内的{0}：{1} 至 {2}"],
  ["atBaseline", "{0} at the baseline: {1}", "基准{0}：{1}"],
  [
    "stopFixed",
    "cannot buy leads (no cost per lead or no mix row)",
    "无法获得潜在客户（无单个潜在客户成本或无组合行）",
  ],
  ["stopMin", "at its minimum", "处于下限"],
  ["stopMax", "at its maximum", "处于上限"],
  ["stopCapacity", "held by its capacity", "受产能限制"],
  ["stopMargin", "the next dollar earns less elsewhere", "下一笔支出在其他渠道的收益更低"],
  ["channel", "Channel", "渠道"],
  ["spendNow", "Spend now", "当前支出"],
  ["bestSpend", "Best spend", "最佳支出"],
  ["change", "Change", "变化"],
  ["whyStops", "Why it stops there", "停止原因"],
  ["total", "Total", "合计"],
  ["unspent", "Unspent", "未花费"],
  ["atMost", "at most", "至多"],
  ["exactly", "exactly", "恰好"],
  [
    "allocationTitle",
    "Best split of a budget of {0} per {1} ({2}) for {3}",
    "{3}的最佳分配：每{1}预算 {0}（{2}）",
  ],
  ["simulationTitle", "{0}: {1} runs, seed {2}, {3}", "{0}：{1} 次运行，随机种子 {2}，{3}"],
  ["latin", "Latin hypercube", "拉丁超立方抽样"],
  ["random", "random sampling", "简单随机抽样"],
  ["statistic", "Statistic", "统计量"],
  ["value", "Value", "数值"],
  ["mean", "Mean", "均值"],
  ["sd", "Standard deviation", "标准差"],
  ["min", "Min", "最小值"],
  ["max", "Max", "最大值"],
  ["noValue", "No value", "无值的运行次数"],
  ["rankCorrelation", "Rank correlation", "秩相关系数"],
  ["sentenceEnd", "{0}.", "{0}。"],
  // The help's own texts (the options' are declared with them: src/cli/options.ts).
  [
    "helpTitle",
    "gtm — GTM Modeler on the command line: the go-to-market model on .xlsx workbooks.",
    "gtm——命令行版 GTM Modeler：在 .xlsx 工作簿上运行市场进入（GTM）模型。",
  ],
  ["helpUsage", "Usage: {0}", "用法：{0}"],
  ["helpUsageHeading", "Usage:", "用法："],
  ["helpCommands", "Commands:", "命令："],
  ["helpOptions", "Options:", "选项："],
  ["helpInputOptions", "Input options (.xlsx):", "输入选项（.xlsx）："],
  ["helpOutputOptions", "Output options:", "输出选项："],
  ["helpOptional", "[options]", "[选项]"],
  ["helpHelp", "this help", "显示此帮助"],
  [
    "helpInput",
    `Input: an .xlsx workbook with Excel tables (or sheets) named Channels, Segments and, optionally,
Mix and Assumptions — headers in the first row, the table anywhere on its sheet — or a .json file
in the form of the examples (shared/examples/*.input.json). The input file is never modified.`,
    `输入：一个 .xlsx 工作簿，其中含有名为 Channels、Segments 以及（可选的）Mix 和 Assumptions
的 Excel 表（或工作表）——标题在第一行，表可位于工作表的任意位置；或一个与示例格式相同的
.json 文件（shared/examples/*.input.json）。输入文件从不修改。`,
  ],
  [
    "helpExit",
    `Exit codes: 0 success; 1 input errors (one line each on stderr, naming sheet!cell, table, row
and field) or an unreadable file; 2 usage errors (unknown command or option, missing argument, a
bad option value, an --out file that exists without --force), always before any file is read.`,
    `退出码：0 成功；1 输入错误（每个错误在标准错误输出中占一行，指明 工作表!单元格、表、行
和字段）或文件无法读取；2 用法错误（未知的命令或选项、缺少参数、选项值有误、未加 --force
而 --out 文件已存在），总是在读取任何文件之前报告。`,
  ],
] as const satisfies readonly (readonly [string, string, string])[];

export type MessageCode = (typeof CLI_MESSAGES)[number][0];

const BY_CODE = new Map<string, readonly [string, string, string]>(
  CLI_MESSAGES.map((entry) => [entry[0], entry])
);

function fill(template: string, params: readonly Text[], locale: Locale): string {
  return fillTemplate(template, (i) => say(params[i] ?? "", locale));
}

/** A message in both languages, its parameters (themselves words or text) filled in. */
export function words(code: MessageCode, ...params: readonly Text[]): Words {
  const entry = BY_CODE.get(code) as readonly [string, string, string];
  return { en: fill(entry[1], params, "en"), zh: fill(entry[2], params, "zh-CN") };
}

/** A message in `locale`. */
export function message(code: MessageCode, locale: Locale, ...params: readonly Text[]): string {
  return say(words(code, ...params), locale);
}
