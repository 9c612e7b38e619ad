/**
 * Every input problem the model reports: `[code, English, Simplified Chinese]`, parameters as
 * `{0}`, `{1}`… The English text is exactly what the model writes in `InputIssue.problem`; more
 * specific templates come before general ones (the first match wins). Words the user types
 * (value, scale, month, USD, channel[Name].field…) stay as they are typed.
 */
export const ISSUE_TEMPLATES: readonly (readonly [string, string, string])[] = [
  // Nested: a scenario or override that makes an input invalid.
  ["makesInvalid", "makes the {0} of {1} invalid: {2}", "使 {1} 的{0}无效：{2}"],
  ["makesInvalidField", "makes the {0} invalid: {1}", "使{0}无效：{1}"],
  // Limits of a grid (sensitivity).
  [
    "gridTooLarge",
    "the grid has {0} cells — at most {1} (e.g. 200 × 200): use fewer values",
    "网格有 {0} 个单元格——最多 {1} 个（例如 200 × 200）：请减少取值",
  ],
  [
    "gridTooLargeForModel",
    "the grid has {0} cells, and this model ({1} channels × {2} segments × {3} periods) allows at most {4} — use fewer values",
    "网格有 {0} 个单元格，而此模型（{1} 个渠道 × {2} 个客户细分 × {3} 期）最多允许 {4} 个——请减少取值",
  ],
  // Cells and tables.
  [
    "cellError",
    "the cell holds the error {0} — fix it or clear the cell",
    "单元格包含错误 {0}——请修正或清空该单元格",
  ],
  ["textNotNumber", "{0} is text, not a number", "{0} 是文本，不是数字"],
  ["columnTwice", "the column {0} is given twice — keep one", "列 {0} 出现了两次——请只保留一列"],
  [
    "columnMissingSpend",
    "the column {0} is missing — channels with spend need it",
    "缺少列 {0}——有支出的渠道需要此列",
  ],
  [
    "columnIgnored",
    "the column {0} is not a model field; it is ignored",
    "列 {0} 不是模型字段，已忽略",
  ],
  ["requiredColumn", "the required column {0} is missing", "缺少必需的列 {0}"],
  ["noRows", "the table has no rows — add at least one {0}", "表中没有行——请至少添加一个{0}"],
  [
    "uncertaintyTableEmpty",
    "the table is missing or empty — it needs a header row (Driver, Distribution, Min, Most likely, Max, Mean, SD, Apply) and at least one row",
    "表缺失或为空——需要标题行（Driver、Distribution、Min、Most likely、Max、Mean、SD、Apply）和至少一行",
  ],
  [
    "tableEmpty",
    "the table is missing or empty — it needs a header row and at least one row",
    "表缺失或为空——需要标题行和至少一行",
  ],
  ["nameBlank", "the name is blank — every row needs a name", "名称为空——每一行都需要名称"],
  [
    "nameTwice",
    "{0} is used twice (also {1}) — names must be unique, ignoring case",
    "{0} 重复使用（另有 {1}）——名称必须唯一（不区分大小写）",
  ],
  ["notAName", "{0} is not a name", "{0} 不是有效名称"],
  // Required values.
  [
    "blankCostPerLead",
    "is blank — a cost per lead is required when spend is above 0",
    "为空——支出大于 0 时必须填写单个潜在客户成本",
  ],
  [
    "blankNormal",
    "is blank — a normal distribution needs Mean and SD",
    "为空——正态分布需要 Mean 和 SD",
  ],
  ["blankNeeds", "is blank — a {0} distribution needs {1}", "为空——{0}分布需要 {1}"],
  [
    "blankCorrelation",
    "is blank — enter a rank correlation between −1 and 1",
    "为空——请输入 −1 到 1 之间的秩相关系数",
  ],
  ["blankDriverNumber", "is blank — give the driver's number", "为空——请填写驱动因素的数值"],
  ["blankScenarioName", "is blank — give the scenario a name", "为空——请为情景命名"],
  [
    "blankBoundsChannel",
    "is blank — name the channel the bounds are for",
    "为空——请填写限额所对应的渠道",
  ],
  ["blankDriver", "is blank — name a driver such as {0}", "为空——请填写驱动因素，例如 {0}"],
  ["blankChoose", "is blank — choose {0}", "为空——请选择 {0}"],
  ["blankRequired", "is blank — a {0} is required", "为空——必须填写{0}"],
  [
    "driverBlank",
    "the driver is blank — name a driver such as {0}",
    "驱动因素为空——请填写驱动因素，例如 {0}",
  ],
  // Numbers and ranges.
  [
    "notBetweenExcludedPct",
    "{0} is not between 0 and 1 (both excluded) — enter 20% or 0.2",
    "{0} 不在 0 与 1 之间（不含两端）——请输入 20% 或 0.2",
  ],
  [
    "notRatePct",
    "{0} is not between 0 and 1 — enter {1} or {2}",
    "{0} 不在 0 与 1 之间——请输入 {1} 或 {2}",
  ],
  [
    "notBetweenMinMax",
    "{0} is not between Min ({1}) and Max ({2})",
    "{0} 不在 Min（{1}）与 Max（{2}）之间",
  ],
  ["notBetween", "{0} is not between {1} and {2}", "{0} 不在 {1} 与 {2} 之间"],
  [
    "notBelowMax",
    "{0} is not below Max ({1}) — Min must be below Max",
    "{0} 不小于 Max（{1}）——Min 必须小于 Max",
  ],
  [
    "notBelowHigh",
    "{0} is not below the high end {1} — give low < high",
    "{0} 不小于上限 {1}——下限必须小于上限",
  ],
  [
    "sdPositive",
    "{0} is not above 0 — a standard deviation must be positive",
    "{0} 不大于 0——标准差必须为正数",
  ],
  [
    "lognormalMean",
    "{0} is not above 0 — the mean of a lognormal must be positive",
    "{0} 不大于 0——对数正态分布的均值必须为正数",
  ],
  ["notPositive", "{0} is not above 0 — enter a positive number", "{0} 不大于 0——请输入正数"],
  [
    "negativeBudget",
    "{0} is negative — give a budget of 0 or more",
    "{0} 为负数——预算必须为 0 或以上",
  ],
  ["negative", "{0} is negative — enter 0 or more", "{0} 为负数——请输入 0 或以上的数"],
  [
    "iterations",
    "{0} is not a whole number of iterations from {1} to {2}",
    "{0} 不是 {1} 到 {2} 之间的整数运行次数",
  ],
  [
    "periodsHorizon",
    "{0} is not a whole number of periods between 1 and {1} (the horizon)",
    "{0} 不是 1 到 {1}（期数）之间的整数期数",
  ],
  [
    "periodsBetween",
    "{0} is not a whole number of periods between {1} and {2}",
    "{0} 不是 {1} 到 {2} 之间的整数期数",
  ],
  ["periodsZero", "{0} is not a whole number of periods, 0 or more", "{0} 不是 0 或以上的整数期数"],
  ["notWhole", "{0} is not a whole number", "{0} 不是整数"],
  [
    "budgetNotNumber",
    "{0} is not a number — give the budget per period",
    "{0} 不是数字——请填写每期预算",
  ],
  ["notNumber", "{0} is not a number", "{0} 不是数字"],
  [
    "tooLargeValue",
    "{0} makes the figures too large to compute — check it for a typing error",
    "{0} 使计算结果过大——请检查是否输入有误",
  ],
  [
    "tooLarge",
    "the figures are too large to compute — check spend, cost per lead, capacity, accounts and price for a typing error",
    "计算结果过大——请检查支出、单个潜在客户成本、产能、客户数和价格是否输入有误",
  ],
  // Words the user types.
  [
    "channelType",
    "{0} is not a channel type — use direct, partner, online or other",
    "{0} 不是渠道类型——请使用 direct、partner、online 或 other",
  ],
  [
    "currency",
    "{0} is not a currency code — use three letters such as USD, EUR or CNY",
    "{0} 不是货币代码——请使用三个字母，例如 USD、EUR 或 CNY",
  ],
  [
    "periodUnit",
    "{0} is not a period unit — use month, quarter or year",
    "{0} 不是期间单位——请使用 month、quarter 或 year",
  ],
  [
    "notAssumption",
    "{0} is not an assumption (horizon, period unit, discount rate, launch periods, currency); the row is ignored",
    "{0} 不是假设项（horizon、period unit、discount rate、launch periods、currency），该行已忽略",
  ],
  ["givenTwice", "{0} is given twice — keep one", "{0} 出现了两次——请只保留一个"],
  ["twoRows", "{0} has two rows — keep one", "{0} 有两行——请只保留一行"],
  ["boundsTwice", "{0} has bounds twice — keep one row", "{0} 的限额出现了两次——请只保留一行"],
  ["distribution", "{0} is not a distribution — use {1}", "{0} 不是分布——请使用 {1}"],
  [
    "applyMode",
    "{0} is not a way to apply a sample — use value or scale (or leave it blank)",
    "{0} 不是样本的应用方式——请使用 value 或 scale（或留空）",
  ],
  [
    "modeBlank",
    "{0} is not a mode — use value or scale (blank means value)",
    "{0} 不是方式——请使用 value 或 scale（留空表示 value）",
  ],
  ["mode", "{0} is not a mode — use value or scale", "{0} 不是方式——请使用 value 或 scale"],
  [
    "sampling",
    "{0} is not a sampling method — use latin or random",
    "{0} 不是抽样方式——请使用 latin 或 random",
  ],
  [
    "driver",
    "{0} is not a driver — write channel[Name].field, segment[Name].field (Name or * for every row), discountRate, horizon or launchPeriods",
    "{0} 不是驱动因素——请写 channel[Name].field、segment[Name].field（Name 或 * 表示所有行）、discountRate、horizon 或 launchPeriods",
  ],
  [
    "metricOrRow",
    "{0} is not a metric — use one of {1}, or channel[Name].field or segment[Name].field",
    "{0} 不是指标——请使用以下之一：{1}，或 channel[Name].field、segment[Name].field",
  ],
  ["metric", "{0} is not a metric — use one of {1}", "{0} 不是指标——请使用以下之一：{1}"],
  [
    "channelField",
    "{0} is not a number field of a channel — use {1}",
    "{0} 不是渠道的数值字段——请使用 {1}",
  ],
  [
    "segmentField",
    "{0} is not a number field of a segment — use {1}",
    "{0} 不是客户细分的数值字段——请使用 {1}",
  ],
  [
    "segmentResult",
    "{0} is not a result of a segment — use {1}",
    "{0} 不是客户细分的结果——请使用 {1}",
  ],
  ["channelResult", "{0} is not a result of a channel — use {1}", "{0} 不是渠道的结果——请使用 {1}"],
  [
    "everyChannel",
    "{0} names every channel — a metric takes one channel: write {1}",
    "{0} 指向所有渠道——指标只能针对一个渠道：请写 {1}",
  ],
  [
    "everySegment",
    "{0} names every segment — a metric takes one segment: write {1}",
    "{0} 指向所有客户细分——指标只能针对一个客户细分：请写 {1}",
  ],
  ["notChannelIn", "{0} is not a channel in the Channels table", "{0} 不是渠道表中的渠道"],
  ["notSegmentIn", "{0} is not a segment in the Segments table", "{0} 不是客户细分表中的客户细分"],
  ["noChannelNamed", "there is no channel named {0}", "没有名为 {0} 的渠道"],
  ["noSegmentNamed", "there is no segment named {0}", "没有名为 {0} 的客户细分"],
  [
    "baseName",
    "{0} is the baseline's name — call the scenario something else",
    "{0} 是基准的名称——请为情景另取名称",
  ],
  [
    "wholeOnly",
    "{0} takes whole numbers only — a break-even needs a field that can take any value, such as spend, conversion or price",
    "{0}只能取整数——盈亏平衡需要可取任意值的字段，例如支出、转化率或价格",
  ],
  [
    "noInterval",
    "every row it names is blank or 0, so there is no default interval — give the low and high ends",
    "所指的每一行都为空或为 0，因此没有默认区间——请填写下限和上限",
  ],
  // Mix and channels.
  [
    "noMixRow",
    "has spend but no row in the mix — add a row for it",
    "有支出但组合表中没有对应行——请为其添加一行",
  ],
  [
    "weightsZero",
    "the weights add up to 0 — give at least one segment a weight above 0",
    "权重之和为 0——请至少为一个客户细分设置大于 0 的权重",
  ],
  ["weightNoSegment", "a weight has no segment name above it", "某个权重上方没有客户细分名称"],
  [
    "partnerMargin",
    "the partner margin {0} is above the gross margin {1} of {2}: each such customer loses money",
    "合作伙伴分成 {0} 高于 {2} 的毛利率 {1}：每个此类客户都会亏损",
  ],
  [
    "bassQ",
    "Bass q is set without Bass p, so it is ignored (no diffusion timing)",
    "设置了 Bass q 但未设置 Bass p，因此已忽略（无扩散时间）",
  ],
  // Bounds and budgets.
  [
    "minAboveMax",
    "{0} is above the max of {1}{2} — give min ≤ max",
    "{0} 高于最大值 {1}{2}——最小值必须 ≤ 最大值",
  ],
  [
    "minNoLeads",
    "{0} is above 0, but {1} has no cost per lead, so it cannot buy leads — its spend stays 0",
    "{0} 大于 0，但 {1} 没有单个潜在客户成本，无法获得潜在客户——其支出保持为 0",
  ],
  [
    "minNoMix",
    "{0} is above 0, but {1} has no row in the mix, so it wins no customers — its spend stays 0",
    "{0} 大于 0，但 {1} 在组合表中没有行，无法赢得客户——其支出保持为 0",
  ],
  [
    "maximumsBelow",
    "the maximums add up to {0} ({1}), below the budget of {2} — raise a maximum, lower the budget or allow unspent budget",
    "最大值之和为 {0}（{1}），低于预算 {2}——请提高某个最大值、降低预算或允许未花费预算",
  ],
  [
    "minimumsAbove",
    "the minimums add up to {0} ({1}), above the budget of {2} — lower a minimum or raise the budget",
    "最小值之和为 {0}（{1}），高于预算 {2}——请降低某个最小值或提高预算",
  ],
  // Simulation.
  [
    "namedTwice",
    "{0} is named twice (also as {1}) — give each uncertain driver one row",
    "{0} 出现了两次（另有 {1}）——每个不确定驱动因素只写一行",
  ],
  [
    "notUncertain",
    "{0} is not an uncertain driver — add it to the Uncertainty table, or remove this row",
    "{0} 不是不确定驱动因素——请将其添加到不确定性表，或删除此行",
  ],
  [
    "pairSelf",
    "pairs a driver with itself — its correlation with itself is always 1",
    "将驱动因素与其自身配对——自身相关系数总是 1",
  ],
  ["pairTwice", "this pair is named twice — keep one row for it", "这一对出现了两次——请只保留一行"],
  ["notUsedBy", "is not used by a {0} distribution; it is ignored", "{0}分布不使用此值，已忽略"],
  [
    "noRoom",
    "Min and Max leave no room for this {0} distribution (almost all of it lies outside them) — widen them or move the mean",
    "Min 和 Max 之间没有容纳此{0}分布的空间（几乎全部落在其外）——请放宽范围或调整均值",
  ],
  [
    "clamped",
    "{0} of its samples ({1} of {2}) were outside the field's valid range and were clamped to it",
    "其 {0} 的样本（{2} 个中的 {1} 个）超出字段的有效范围，已截断到该范围",
  ],
  [
    "nearestCorrelations",
    "the correlations cannot all hold together (the matrix is not positive semi-definite), so the nearest ones that can are used — the largest change is {0}, for {1} with {2}",
    "这些相关系数无法同时成立（矩阵不是半正定的），因此改用最接近的可行值——最大变化为 {0}，在 {1} 与 {2} 之间",
  ],
  // JSON and tables in the workbook.
  [
    "notModel",
    'the input is not a model: give a JSON object with "channels", "segments" and optionally "mix" and "assumptions"',
    '输入不是模型：请提供包含 "channels"、"segments"，以及可选的 "mix" 和 "assumptions" 的 JSON 对象',
  ],
  ["missingList", "is missing — give {0} as a list of {1}", "缺失——请以{1}列表的形式提供 {0}"],
  [
    "listOfRows",
    "{0} must be a list of rows, each an object of field names and values",
    "{0} 必须是行的列表，每行是字段名与值的对象",
  ],
  [
    "mustBeRows",
    "must be a list of rows, each an object of field names and values",
    "必须是行的列表，每行是字段名与值的对象",
  ],
  [
    "rowNotObject",
    "row {0} is not an object of field names and values",
    "第 {0} 行不是字段名与值的对象",
  ],
  ["noOverrides", "has no list of {0}", "没有 {0} 列表"],
  ["mapAssumptions", "must map each assumption name to its value", "必须将每个假设名称映射到其值"],
  [
    "mapChannels",
    "must map each channel name to its segment weights",
    "必须将每个渠道名称映射到其客户细分权重",
  ],
  ["mapSegments", "must map each segment name to a weight", "必须将每个客户细分名称映射到权重"],
  ["mapChannelsTo", "must map channel names to {0}", "必须将渠道名称映射到 {0}"],
  ["noValues", "has no values — give at least one number", "没有数值——请至少输入一个数字"],
  [
    "tableExists",
    "the workbook has a {0} table already — add the rows to it there",
    "工作簿中已有{0}表——请在该表中添加行",
  ],
  [
    "tableExistsAn",
    "the workbook has an {0} table already — add the rows to it there",
    "工作簿中已有{0}表——请在该表中添加行",
  ],
];
