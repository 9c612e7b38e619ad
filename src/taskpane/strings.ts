/**
 * Every text the task pane shows, in English and Simplified Chinese, chosen from Office's display
 * language. Figures' names come from the model's labels (METRIC_LABELS, FIELD_LABELS) in English,
 * and the model's input errors are the engine's English sentences.
 */
import type { InputName } from "../workbook/port";
import { ANALYSIS_EN, ANALYSIS_ZH, type AnalysisStrings } from "./analysisStrings";

export interface Strings extends AnalysisStrings {
  lang: "en" | "zh-Hans";
  appTitle: string;
  appSubtitle: string;
  tabs: {
    inputs: string;
    run: string;
    sensitivity: string;
    tornado: string;
    scenarios: string;
    goalSeek: string;
    budget: string;
    simulation: string;
    whatif: string;
  };
  inputs: {
    heading: string;
    names: Record<InputName, string>;
    optional: string;
    notFound: string;
    rows: (count: number) => string;
    useSelection: string;
    useSelectionFor: (input: string) => string;
    reset: string;
    resetFor: (input: string) => string;
    refresh: string;
    insertSample: string;
    insertSampleHint: string;
    errorsHeading: (count: number) => string;
    warningsHeading: (count: number) => string;
    selectCell: (address: string) => string;
    valid: string;
  };
  run: {
    heading: string;
    output: string;
    values: string;
    formulas: string;
    chart: string;
    revenue: string;
    customers: string;
    button: string;
  };
  sensitivity: {
    heading: string;
    metric: string;
    driverX: string;
    driverY: string;
    none: string;
    range: string;
    percent: string;
    explicit: string;
    plusMinus: string;
    steps: string;
    valuesX: string;
    valuesY: string;
    valuesHint: string;
    output: string;
    button: string;
    badNumber: (text: string) => string;
    noValues: string;
    badSteps: string;
    badPercent: string;
    tooMany: (max: number) => string;
  };
  tornado: {
    heading: string;
    metric: string;
    swing: string;
    drivers: (count: number) => string;
    button: string;
    badSwing: string;
    noDrivers: string;
  };
  progress: {
    working: string;
    computing: (done: number, total: number) => string;
    writing: string;
    cancel: string;
  };
  messages: {
    needInputs: string;
    needValidInputs: string;
    invalid: (count: number) => string;
    sampleInserted: (sheets: string) => string;
    resultsWritten: (sheet: string) => string;
    sensitivityWritten: (sheet: string, cells: number) => string;
    tornadoWritten: (sheet: string) => string;
    cancelled: string;
    bound: (input: string, address: string) => string;
    failed: string;
    dismiss: string;
  };
  /**
   * A sentence per error code an Office.js call rejects with (`Excel.ErrorCodes`,
   * https://learn.microsoft.com/javascript/api/excel/excel.errorcodes), plus the pane's own codes
   * (MultipleAreas…). Office's own `error.message` is not meant for end users
   * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   */
  excelErrors: Record<string, string>;
}

const en: Strings = {
  ...ANALYSIS_EN,
  lang: "en",
  appTitle: "GTM Modeler",
  appSubtitle: "Go-to-market model: channels, segments and what drives the results",
  tabs: {
    inputs: "Inputs",
    run: "Run",
    sensitivity: "Sensitivity",
    tornado: "Tornado",
    scenarios: "Scenarios",
    goalSeek: "Break-even",
    budget: "Budget",
    simulation: "Simulation",
    whatif: "What-if",
  },
  inputs: {
    heading: "Model inputs",
    names: { channels: "Channels", segments: "Segments", mix: "Mix", assumptions: "Assumptions" },
    optional: "optional",
    notFound: "Not found",
    rows: (count) => (count === 1 ? "1 row" : `${count.toLocaleString("en-US")} rows`),
    useSelection: "Use selection",
    useSelectionFor: (input) => `Use selection for ${input}`,
    reset: "Reset",
    resetFor: (input) => `Reset ${input}`,
    refresh: "Check inputs",
    insertSample: "Insert sample model",
    insertSampleHint: "Adds the direct sales versus partners example as new sheets.",
    errorsHeading: (count) => (count === 1 ? "1 problem to fix" : `${count} problems to fix`),
    warningsHeading: (count) => (count === 1 ? "1 warning" : `${count} warnings`),
    selectCell: (address) => `Go to ${address}`,
    valid: "Inputs are valid.",
  },
  run: {
    heading: "Run the model",
    output: "Write",
    values: "Values (a snapshot)",
    formulas: "Live formulas (GTM functions)",
    chart: "Chart by channel over time",
    revenue: "Revenue",
    customers: "Customers won",
    button: "Run model",
  },
  sensitivity: {
    heading: "Sensitivity table",
    metric: "Metric",
    driverX: "Driver across (X)",
    driverY: "Driver down (Y)",
    none: "None (one-way table)",
    range: "Range",
    percent: "± % of the current value",
    explicit: "Exact values",
    plusMinus: "± %",
    steps: "Steps",
    valuesX: "X values",
    valuesY: "Y values",
    valuesHint: "Numbers separated by commas, e.g. 0.05, 0.1, 0.15",
    output: "Write",
    button: "Make sensitivity table",
    badNumber: (text) => `"${text}" is not a number.`,
    noValues: "Enter at least one number.",
    badSteps: "Steps must be a whole number from 2 to 101.",
    badPercent: "The ± % must be above 0 and below 100.",
    tooMany: (max) => `At most ${max} values per axis.`,
  },
  tornado: {
    heading: "Tornado chart",
    metric: "Metric",
    swing: "Swing ± %",
    drivers: (count) => `Drivers (${count})`,
    button: "Make tornado",
    badSwing: "The swing must be above 0 and below 100 %.",
    noDrivers: "Choose at least one driver.",
  },
  progress: {
    working: "Working…",
    computing: (done, total) => `Computing ${done} of ${total}`,
    writing: "Writing to the workbook…",
    cancel: "Cancel",
  },
  messages: {
    needInputs: "Add Channels and Segments tables (or insert the sample model) to start.",
    needValidInputs: "The choices appear once the inputs are valid: see the Inputs tab.",
    invalid: (count) =>
      `Nothing was computed or written: ${count === 1 ? "1 input needs" : `${count} inputs need`} fixing. Select a problem to go to its cell.`,
    sampleInserted: (sheets) => `Sample model inserted: ${sheets}.`,
    resultsWritten: (sheet) => `Results written to the sheet ${sheet}.`,
    sensitivityWritten: (sheet, cells) =>
      `Sensitivity table of ${cells.toLocaleString("en-US")} cells written to the sheet ${sheet}.`,
    tornadoWritten: (sheet) => `Tornado written to the sheet ${sheet}.`,
    cancelled: "Cancelled. Nothing was written.",
    bound: (input, address) => `${input} now reads ${address}.`,
    failed: "That did not work",
    dismiss: "Dismiss",
  },
  excelErrors: {
    ItemAlreadyExists:
      "A sheet or table of that name already exists. Nothing of yours was changed.",
    RequestPayloadSizeLimitExceeded: "Excel refused a request as too large. Try fewer values.",
    InvalidArgument: "Excel could not accept a value the add-in wrote.",
    ItemNotFound: "A sheet or range the add-in needs is gone. Check the inputs again.",
    InvalidOperation: "Excel could not do that now. Leave cell editing mode and try again.",
    GeneralException: "Excel reported an error. Try again.",
    AccessDenied:
      "Excel refused the change: the sheet or workbook is protected or read-only. Unprotect it, then try again.",
    InvalidOperationInCellEditMode:
      "Excel is editing a cell. Press Enter or Esc to leave cell editing mode, then try again.",
    ResponsePayloadSizeLimitExceeded:
      "Excel could not send that much data back at once. Use a smaller table or fewer values.",
    InvalidReference: "A reference the add-in uses is not valid for this. Check the inputs again.",
    InsertDeleteConflict:
      "Other content is in the way: Excel could not insert or delete cells there.",
    MergedRangeConflict: "Merged cells are in the way. Unmerge them, then try again.",
    RequestAborted: "Excel stopped the request before it finished. Try again.",
    MultipleAreas:
      "Several ranges are selected. Select one block of cells, then press Use selection again.",
    InvalidSelection:
      "The selection is not a range of cells (a chart or a shape?). Select cells, then try again.",
    SingleCellSelected:
      "One cell is selected. Select the whole table, its header row included, then press Use selection again.",
    AddinSheetSelected:
      "That sheet is one GTM Modeler wrote (its results). Select your own input table, then press Use selection again.",
  },
};

const zh: Strings = {
  ...ANALYSIS_ZH,
  lang: "zh-Hans",
  appTitle: "GTM 建模器",
  appSubtitle: "市场进入模型：渠道、客户细分及影响结果的因素",
  tabs: {
    inputs: "输入",
    run: "运行",
    sensitivity: "敏感性",
    tornado: "龙卷风图",
    scenarios: "情景",
    goalSeek: "盈亏平衡",
    budget: "预算",
    simulation: "模拟",
    whatif: "假设分析",
  },
  inputs: {
    heading: "模型输入",
    names: { channels: "渠道", segments: "客户细分", mix: "组合", assumptions: "假设" },
    optional: "可选",
    notFound: "未找到",
    rows: (count) => `${count.toLocaleString("zh-CN")} 行`,
    useSelection: "使用所选区域",
    useSelectionFor: (input) => `使用所选区域：${input}`,
    reset: "重置",
    resetFor: (input) => `重置：${input}`,
    refresh: "检查输入",
    insertSample: "插入示例模型",
    insertSampleHint: "以新工作表添加“直销与合作伙伴”示例。",
    errorsHeading: (count) => `${count} 个问题需要修正`,
    warningsHeading: (count) => `${count} 个警告`,
    selectCell: (address) => `转到 ${address}`,
    valid: "输入有效。",
  },
  run: {
    heading: "运行模型",
    output: "写入",
    values: "数值（快照）",
    formulas: "实时公式（GTM 函数）",
    chart: "按渠道随时间变化的图表",
    revenue: "收入",
    customers: "新增客户",
    button: "运行模型",
  },
  sensitivity: {
    heading: "敏感性表",
    metric: "指标",
    driverX: "横向驱动因素 (X)",
    driverY: "纵向驱动因素 (Y)",
    none: "无（单因素表）",
    range: "范围",
    percent: "当前值的 ± %",
    explicit: "指定数值",
    plusMinus: "± %",
    steps: "步数",
    valuesX: "X 数值",
    valuesY: "Y 数值",
    valuesHint: "以逗号分隔的数字，例如 0.05, 0.1, 0.15",
    output: "写入",
    button: "生成敏感性表",
    badNumber: (text) => `“${text}”不是数字。`,
    noValues: "请至少输入一个数字。",
    badSteps: "步数必须是 2 到 101 之间的整数。",
    badPercent: "± % 必须大于 0 且小于 100。",
    tooMany: (max) => `每个轴最多 ${max} 个数值。`,
  },
  tornado: {
    heading: "龙卷风图",
    metric: "指标",
    swing: "变动 ± %",
    drivers: (count) => `驱动因素（${count}）`,
    button: "生成龙卷风图",
    badSwing: "变动必须大于 0 且小于 100%。",
    noDrivers: "请至少选择一个驱动因素。",
  },
  progress: {
    working: "正在处理…",
    computing: (done, total) => `正在计算 ${done} / ${total}`,
    writing: "正在写入工作簿…",
    cancel: "取消",
  },
  messages: {
    needInputs: "请添加“渠道”和“客户细分”表（或插入示例模型）后开始。",
    needValidInputs: "输入有效后才会显示选项：请查看“输入”选项卡。",
    invalid: (count) =>
      `未计算也未写入任何内容：有 ${count} 处输入需要修正。选择问题可转到对应单元格。`,
    sampleInserted: (sheets) => `已插入示例模型：${sheets}。`,
    resultsWritten: (sheet) => `结果已写入工作表 ${sheet}。`,
    sensitivityWritten: (sheet, cells) =>
      `包含 ${cells.toLocaleString("zh-CN")} 个单元格的敏感性表已写入工作表 ${sheet}。`,
    tornadoWritten: (sheet) => `龙卷风图已写入工作表 ${sheet}。`,
    cancelled: "已取消，未写入任何内容。",
    bound: (input, address) => `${input}现在读取 ${address}。`,
    failed: "操作未成功",
    dismiss: "关闭",
  },
  excelErrors: {
    ItemAlreadyExists: "已存在同名的工作表或表格。您的内容未被更改。",
    RequestPayloadSizeLimitExceeded: "Excel 因请求过大而拒绝。请减少数值个数。",
    InvalidArgument: "Excel 无法接受加载项写入的某个值。",
    ItemNotFound: "加载项需要的工作表或区域已不存在。请重新检查输入。",
    InvalidOperation: "Excel 当前无法执行此操作。请退出单元格编辑模式后重试。",
    GeneralException: "Excel 报告了错误。请重试。",
    AccessDenied: "Excel 拒绝了此更改：工作表或工作簿受保护或为只读。请撤销保护后重试。",
    InvalidOperationInCellEditMode:
      "Excel 正在编辑单元格。请按 Enter 或 Esc 退出单元格编辑模式，然后重试。",
    ResponsePayloadSizeLimitExceeded:
      "Excel 无法一次返回这么多数据。请使用更小的表格或更少的数值。",
    InvalidReference: "加载项使用的某个引用对此操作无效。请重新检查输入。",
    InsertDeleteConflict: "有其他内容阻挡：Excel 无法在该处插入或删除单元格。",
    MergedRangeConflict: "有合并单元格妨碍操作。请取消合并后重试。",
    RequestAborted: "Excel 在请求完成前将其中止。请重试。",
    MultipleAreas: "选择了多个区域。请只选择一个连续的单元格区域，然后再次点击“使用所选区域”。",
    InvalidSelection: "所选内容不是单元格区域（可能是图表或形状）。请选择单元格后重试。",
    SingleCellSelected:
      "只选择了一个单元格。请选择整个表格（包括标题行），然后再次点击“使用所选区域”。",
    AddinSheetSelected:
      "该工作表由 GTM 建模器写入（其结果）。请选择您自己的输入表，然后再次点击“使用所选区域”。",
  },
};

/** The strings for an Office display language such as `en-US`, `zh-CN`, `zh-Hans-CN`. */
export function stringsFor(displayLanguage: string): Strings {
  const lang = displayLanguage.toLowerCase();
  const traditional = /^zh-(tw|hk|mo|hant)/.test(lang);
  return lang.startsWith("zh") && !traditional ? zh : en;
}

export const ENGLISH = en;
export const CHINESE = zh;
