/**
 * The texts of the decision panels (scenarios, break-even, budget split, simulation) in English and
 * Simplified Chinese. `strings.ts` composes them into the pane's one table per language.
 */

export interface AnalysisStrings {
  nav: { more: string; moreLabel: (count: number) => string };
  scenarios: {
    heading: string;
    intro: string;
    found: (scenarios: number) => string;
    notFound: string;
    metrics: string;
    allTotals: string;
    onlyChart: string;
    chart: string;
    button: string;
    buildHeading: string;
    name: string;
    driver: string;
    value: string;
    mode: string;
    modeValue: string;
    modeScale: string;
    add: string;
    remove: (what: string) => string;
    pending: (rows: number) => string;
    save: string;
    badName: string;
    badValue: string;
  };
  goalSeek: {
    heading: string;
    intro: string;
    metric: string;
    target: string;
    driver: string;
    low: string;
    high: string;
    intervalHint: string;
    button: string;
    badNumber: string;
    badInterval: string;
  };
  budget: {
    heading: string;
    intro: string;
    metric: string;
    budget: string;
    budgetHint: (baseline: string) => string;
    unspent: string;
    button: string;
    badBudget: string;
  };
  simulation: {
    heading: string;
    intro: string;
    metric: string;
    iterations: string;
    seed: string;
    sampling: string;
    latin: string;
    random: string;
    target: string;
    button: string;
    badIterations: string;
    badSeed: string;
    badTarget: string;
    addHeading: string;
    addIntro: string;
    addDriver: string;
    spread: string;
    badSpread: string;
    addButton: string;
  };
  outcomes: {
    scenariosWritten: (sheet: string) => string;
    scenariosSaved: (rows: number, sheet: string) => string;
    breakEven: (driver: string, value: string, sheet: string) => string;
    noBreakEven: (metric: string, min: string, max: string, sheet: string) => string;
    allocation: (metric: string, before: string, after: string, sheet: string) => string;
    simulation: (metric: string, target: string, share: string, runs: string) => string;
    uncertaintyAdded: (sheet: string) => string;
  };
}

export const ANALYSIS_EN: AnalysisStrings = {
  nav: { more: "More", moreLabel: (count) => `${count} more pages` },
  scenarios: {
    heading: "Scenarios side by side",
    intro:
      "Each scenario changes some inputs of the baseline. The comparison shows Base and every scenario, and each one's change against Base.",
    found: (n) =>
      n === 1
        ? "The Scenarios table holds 1 scenario."
        : `The Scenarios table holds ${n} scenarios.`,
    notFound: "No Scenarios table yet: build scenarios below and save them.",
    metrics: "Compare",
    allTotals: "All 13 total metrics",
    onlyChart: "Only the charted metric",
    chart: "Chart",
    button: "Compare scenarios",
    buildHeading: "Build a scenario",
    name: "Scenario name",
    driver: "Change",
    value: "To",
    mode: "As",
    modeValue: "A value",
    modeScale: "× the current value",
    add: "Add change",
    remove: (what) => `Remove ${what}`,
    pending: (rows) => (rows === 1 ? "1 change to save" : `${rows} changes to save`),
    save: "Save as Scenarios table",
    badName: "Enter a name other than Base.",
    badValue: "Enter a number, e.g. 0, 1.5 or 25%.",
  },
  goalSeek: {
    heading: "Break-even (goal seek)",
    intro:
      "Finds the value of one input at which a metric reaches a target, searching the interval from low to high.",
    metric: "Metric",
    target: "Target",
    driver: "Input to move",
    low: "From (optional)",
    high: "To (optional)",
    intervalHint: "Leave blank for 0 to 1 for rates, else 0 to 10 × the current value.",
    button: "Find break-even",
    badNumber: "Enter a number, e.g. 3000, $3,000 or 7.5%.",
    badInterval: "The start of the interval must be below its end.",
  },
  budget: {
    heading: "Best split of the budget",
    intro:
      "Splits the spend per period between the channels to make the metric as good as possible. Limits per channel come from the Bounds table (Channel, Min, Max) when there is one.",
    metric: "Make the best",
    budget: "Budget per period",
    budgetHint: (baseline) => `Blank: today's total spend, ${baseline}.`,
    unspent: "Part of the budget may stay unspent",
    button: "Find the best split",
    badBudget: "Enter an amount of 0 or more, e.g. 60000 or $60,000.",
  },
  simulation: {
    heading: "Simulation (Monte Carlo)",
    intro:
      "Draws the uncertain inputs of the Uncertainty table many times and shows the spread of the metric and how likely it is to fall below the target.",
    metric: "Metric",
    iterations: "Runs",
    seed: "Seed",
    sampling: "Sampling",
    latin: "Latin hypercube",
    random: "Plain random",
    target: "Target",
    button: "Run simulation",
    badIterations: "Runs must be a whole number from 100 to 1,000,000.",
    badSeed: "The seed must be a whole number.",
    badTarget: "Enter a number, e.g. 0.",
    addHeading: "Add uncertainty",
    addIntro: "Adds a row to the Uncertainty table: a triangular range around the current value.",
    addDriver: "Input",
    spread: "± %",
    badSpread: "The ± % must be above 0 and below 100.",
    addButton: "Add to Uncertainty table",
  },
  outcomes: {
    scenariosWritten: (sheet) => `Scenario comparison written to the sheet ${sheet}.`,
    scenariosSaved: (rows, sheet) =>
      `${rows === 1 ? "1 change" : `${rows} changes`} saved in the Scenarios table on ${sheet}.`,
    breakEven: (driver, value, sheet) =>
      `Break-even at ${driver} = ${value}. Written to the sheet ${sheet}.`,
    noBreakEven: (metric, min, max, sheet) =>
      `No break-even in that interval: ${metric} goes from ${min} to ${max} there. Written to the sheet ${sheet}.`,
    allocation: (metric, before, after, sheet) =>
      `${metric} goes from ${before} to ${after} with the best split. Written to the sheet ${sheet}.`,
    simulation: (metric, target, share, runs) =>
      `${metric} below ${target} in ${share} of ${runs} runs.`,
    uncertaintyAdded: (sheet) => `Added to the Uncertainty table on ${sheet}.`,
  },
};

export const ANALYSIS_ZH: AnalysisStrings = {
  nav: { more: "更多", moreLabel: (count) => `更多：另外 ${count} 个页面` },
  scenarios: {
    heading: "情景对比",
    intro: "每个情景改变基准的部分输入。对比表列出基准和每个情景，以及各情景相对基准的变化。",
    found: (n) => `“情景”表中有 ${n} 个情景。`,
    notFound: "尚无“情景”表：请在下方创建情景并保存。",
    metrics: "对比",
    allTotals: "全部 13 个总计指标",
    onlyChart: "仅图表中的指标",
    chart: "图表",
    button: "对比情景",
    buildHeading: "创建情景",
    name: "情景名称",
    driver: "更改",
    value: "为",
    mode: "方式",
    modeValue: "数值",
    modeScale: "× 当前值",
    add: "添加更改",
    remove: (what) => `删除 ${what}`,
    pending: (rows) => `${rows} 项更改待保存`,
    save: "保存为“情景”表",
    badName: "请输入 Base 以外的名称。",
    badValue: "请输入数字，例如 0、1.5 或 25%。",
  },
  goalSeek: {
    heading: "盈亏平衡（单变量求解）",
    intro: "在从下限到上限的区间内，求某个输入取何值时指标达到目标。",
    metric: "指标",
    target: "目标",
    driver: "要调整的输入",
    low: "下限（可选）",
    high: "上限（可选）",
    intervalHint: "留空时：比率为 0 到 1，其他为 0 到当前值的 10 倍。",
    button: "求盈亏平衡点",
    badNumber: "请输入数字，例如 3000、$3,000 或 7.5%。",
    badInterval: "区间的下限必须小于上限。",
  },
  budget: {
    heading: "预算最佳分配",
    intro:
      "在各渠道之间分配每期支出，使指标达到最佳。如有“限额”表（渠道、最小值、最大值），则按其限制各渠道。",
    metric: "使其最佳",
    budget: "每期预算",
    budgetHint: (baseline) => `留空：当前总支出 ${baseline}。`,
    unspent: "允许部分预算不花费",
    button: "求最佳分配",
    badBudget: "请输入 0 或以上的金额，例如 60000 或 $60,000。",
  },
  simulation: {
    heading: "模拟（蒙特卡洛）",
    intro: "对“不确定性”表中的输入多次抽样，显示指标的分布及其低于目标的可能性。",
    metric: "指标",
    iterations: "运行次数",
    seed: "随机种子",
    sampling: "抽样方式",
    latin: "拉丁超立方",
    random: "简单随机",
    target: "目标",
    button: "运行模拟",
    badIterations: "运行次数必须是 100 到 1,000,000 之间的整数。",
    badSeed: "随机种子必须是整数。",
    badTarget: "请输入数字，例如 0。",
    addHeading: "添加不确定性",
    addIntro: "在“不确定性”表中添加一行：围绕当前值的三角分布。",
    addDriver: "输入",
    spread: "± %",
    badSpread: "± % 必须大于 0 且小于 100。",
    addButton: "添加到“不确定性”表",
  },
  outcomes: {
    scenariosWritten: (sheet) => `情景对比已写入工作表 ${sheet}。`,
    scenariosSaved: (rows, sheet) => `${rows} 项更改已保存到 ${sheet} 上的“情景”表。`,
    breakEven: (driver, value, sheet) =>
      `盈亏平衡点：${driver} = ${value}。已写入工作表 ${sheet}。`,
    noBreakEven: (metric, min, max, sheet) =>
      `该区间内没有盈亏平衡点：${metric} 在其中从 ${min} 到 ${max}。已写入工作表 ${sheet}。`,
    allocation: (metric, before, after, sheet) =>
      `采用最佳分配后，${metric} 从 ${before} 变为 ${after}。已写入工作表 ${sheet}。`,
    simulation: (metric, target, share, runs) =>
      `在 ${runs} 次运行中，${metric} 低于 ${target} 的比例为 ${share}。`,
    uncertaintyAdded: (sheet) => `已添加到 ${sheet} 上的“不确定性”表。`,
  },
};
