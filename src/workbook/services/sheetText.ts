/**
 * Every text a written sheet carries, one table per language (issue 11, point 4): titles, audit
 * rows, section titles, headers, notes, chart and axis titles, period labels. The services pick
 * the table of `RunContext.locale` (English by default). Figure and field names come from the
 * model's label tables (`metricLabelIn`, `fieldLabelIn`); the user's own words (channel, segment
 * and scenario names, addresses) are written as they are. The ownership marker stays
 * language-independent: A1 starts with `GTM Modeler · ` in both, and the written-range row is
 * recognised in either language (ownership.ts).
 */
import type { Locale, PeriodUnit } from "../../model";
import type { InputName } from "../port";
import { SHEET_TEXT_ZH } from "./sheetTextZh";

/** Things a sheet counts: `2 channels`, `24 months`. */
export type Noun =
  | "channel"
  | "segment"
  | "value"
  | "driver"
  | "scenario"
  | "metric"
  | "point"
  | "round trip"
  | "input"
  | "uncertain driver"
  | PeriodUnit;

export interface SheetText {
  count: (n: number, noun: Noun) => string;
  /** A whole number with grouping: `10,000`. */
  integer: (n: number) => string;
  period: {
    /** `Month`. */
    title: (unit: PeriodUnit) => string;
    /** `months`. */
    plural: (unit: PeriodUnit) => string;
    /** `Month 3`. */
    label: (unit: PeriodUnit, n: number) => string;
    /** `By month`. */
    by: (unit: PeriodUnit) => string;
  };
  audit: {
    run: string;
    when: string;
    inputs: string;
    /** The question in the model's own names (sensitivity, tornado). */
    question: string;
    version: string;
    writtenRange: string;
    warnings: string;
    note: string;
    noteText: string;
    /** Label of the row whose value is the analysis code (`tornado`), never translated. */
    analysis: string;
    none: string;
    tables: Record<InputName, string>;
    moreWarnings: (n: number) => string;
    definitions: string;
    /** Joins warnings in one cell. */
    separator: string;
  };
  definition: Record<string, (unit: PeriodUnit) => string>;
  common: {
    setUp: string;
    metric: string;
    mode: string;
    driver: string;
    driverInFormulas: string;
    total: string;
    question: string;
    answer: string;
    target: string;
    none: string;
    yes: string;
    no: string;
    channel: string;
    segment: string;
    emptyCell: string;
    /** ` (text)` after a name. */
    paren: (text: string) => string;
  };
  results: {
    title: string;
    channelSummary: string;
    segmentSummary: string;
    live: string;
    segmentsSnapshot: string;
    byChannel: (label: string) => string;
    run: (live: boolean, channels: string, segments: string, periods: string) => string;
    /** The launch-and-limits table: its title, its three figure headers, its note (formulas mode). */
    limits: string;
    limitHeaders: { launchRevenue: string; lostToCapacity: string; lostToSaturation: string };
    limitsSnapshot: string;
  };
  /** The sample's model sheet: live GTM.MODEL, GTM.SCENARIOS, GTM.ALLOCATE and GTM.SIMULATE. */
  sample: {
    title: string;
    run: string;
    editNote: string;
    scenarios: string;
    scenariosNote: string;
    allocation: string;
    allocationNote: string;
    simulation: string;
    /** `iterations` already grouped (`5,000`). */
    simulationNote: (iterations: string) => string;
  };
  sensitivity: {
    across: string;
    xValues: string;
    down: string;
    yValues: string;
    scaleMode: string;
    valueMode: string;
    acrossTitle: (title: string) => string;
    downTitle: (title: string) => string;
    outlined: string;
    noBaseline: string;
    title: (label: string) => string;
    run: (label: string, x: string, y: string | null, live: boolean) => string;
  };
  tornado: {
    swing: string;
    swingWords: string;
    headers: (pct: string) => string[];
    title: (label: string) => string;
    sorted: string;
    chart: (label: string, pct: string) => string;
    run: (label: string, drivers: string, pct: string) => string;
  };
  scenarios: {
    title: string;
    base: string;
    vsBase: (name: string) => string;
    comparison: string;
    metricInFormulas: string;
    note: string;
    asRead: string;
    asReadHeaders: string[];
    source: string;
    chart: string;
    chartTitle: (label: string) => string;
    run: (scenarios: string, names: string, source: string, metrics: string) => string;
  };
  breakEven: {
    setupLabels: string[];
    answerLabels: (label: string) => string[];
    noneInInterval: string;
    found: (words: string, label: string) => string;
    notFound: (label: string) => string;
    overInterval: (label: string, points: number) => string;
    chart: (label: string, words: string) => string;
    title: (label: string) => string;
    run: (label: string, target: string, driver: string, low: string, high: string) => string;
  };
  allocation: {
    stop: Record<"fixed" | "min" | "max" | "capacity" | "margin", string>;
    headers: string[];
    questionLabels: (unit: string) => string[];
    bestSplit: (label: string) => string;
    nowAndBest: string;
    noMove: string;
    unspent: string;
    unspentWords: string;
    chart: (unit: string, label: string) => string;
    spendNow: string;
    bestSpend: string;
    spendPer: (unit: string) => string;
    title: (label: string) => string;
    /** Where the bounds came from when there is no Bounds table. */
    noBounds: string;
    run: (
      budget: string,
      unit: string,
      atMost: boolean,
      channels: string,
      label: string,
      bounds: string
    ) => string;
  };
  simulation: {
    setupLabels: string[];
    latin: string;
    random: string;
    statistics: Record<"mean" | "sd" | "min" | "p50" | "max", string>;
    over: (label: string, runs: string) => string;
    statistic: string;
    shareBelow: string;
    withValue: string;
    withoutValue: string;
    drivesSpread: string;
    driverHeaders: string[];
    spearmanNote: string;
    distribution: string;
    histogramHeaders: string[];
    pairWith: (a: string, b: string) => string;
    auditTitle: string;
    auditLabels: Record<
      | "seed"
      | "iterations"
      | "sampling"
      | "distributions"
      | "correlations"
      | "warnings"
      | "readFrom",
      string
    >;
    readFrom: (
      uncertainty: string | null,
      correlations: string | null,
      modelPairs: boolean
    ) => string;
    runsPerRange: (label: string) => string;
    upTo: (label: string) => string;
    runs: string;
    sCurve: (label: string) => string;
    shareAtOrBelow: string;
    shareOfRuns: string;
    drives: (label: string) => string;
    rankCorrelation: string;
    title: (label: string) => string;
    run: (label: string, runs: string, seed: number, latin: boolean, drivers: number) => string;
    belowTarget: (label: string, target: string, share: string, runs: string) => string;
    noValue: (label: string) => string;
    distributionName: (name: string) => string;
    scaled: string;
    listSeparator: string;
  };
  whatIf: {
    roles: Record<"output" | "input" | "x" | "y", string>;
    setUpHeaders: string[];
    noLabel: string;
    empty: string;
    by: (output: string, x: string, y: string | null) => string;
    tornadoTitle: (output: string) => string;
    tornadoHeaders: string[];
    tornadoChart: (output: string) => string;
    goalSeekLabels: Record<
      "target" | "interval" | "answer" | "atAnswer" | "step" | "smallest" | "largest",
      string
    >;
    noAnswer: (output: string) => string;
    goalSeekTitle: (input: string, output: string) => string;
    scanNote: string;
    notComputed: string;
    failureHeaders: string[];
    flat: (output: string, inputs: string) => string;
    failed: (points: string) => string;
    run: (
      kind: "one" | "two" | "tornado" | "goalSeek",
      output: string,
      points: string,
      extra: string
    ) => string;
    pointsIn: (points: string, trips: string) => string;
    title: (output: string) => string;
  };
}

const plural = (n: number, noun: string): string => `${n} ${n === 1 ? noun : `${noun}s`}`;
const title = (unit: string): string => unit.charAt(0).toUpperCase() + unit.slice(1);

const SHEET_TEXT_EN: SheetText = {
  count: (n, noun) => plural(n, noun),
  integer: (n) => n.toLocaleString("en-US"),
  period: {
    title,
    plural: (unit) => `${unit}s`,
    label: (unit, n) => `${title(unit)} ${n}`,
    by: (unit) => `By ${unit}`,
  },
  audit: {
    run: "Run",
    when: "When",
    inputs: "Inputs",
    question: "Question",
    version: "Version",
    writtenRange: "Written range",
    warnings: "Warnings",
    note: "Note",
    noteText:
      "GTM Modeler may replace this sheet when asked to; once you edit it, it is yours and never replaced.",
    analysis: "Analysis",
    none: "none",
    tables: { channels: "Channels", segments: "Segments", mix: "Mix", assumptions: "Assumptions" },
    moreWarnings: (more) =>
      `… and ${more} more warning${more === 1 ? "" : "s"} (the run lists them all)`,
    definitions: "Definitions",
    separator: " | ",
  },
  definition: {
    leads: (u) =>
      `Leads generated: spend ÷ cost per lead, scaled by the ramp, summed over the ${u}s`,
    customers: () => "New customers won, after capacity and market saturation limits",
    activeCustomers: (u) => `Customers still active at the end of the last ${u}, after churn`,
    conversion: () => "Customers won ÷ leads",
    spend: (u) => `Acquisition spend over all ${u}s`,
    fixedCost: (u) => `Fixed cost (team, programmes) over all ${u}s`,
    acquisitionCost: () => "Spend + fixed cost",
    cac: () => "Customer acquisition cost: (spend + fixed cost) ÷ customers won",
    ltv: (u) => `Lifetime value: margin per customer per ${u} ÷ (churn + discount rate)`,
    ltvToCac: () => "LTV ÷ CAC",
    payback: (u) => `CAC ÷ margin per customer per ${u}, in ${u}s (no churn)`,
    revenue: (u) => `Active customers × price, summed over the ${u}s`,
    grossProfit: () => "Revenue × (gross margin − partner margin)",
    contribution: () => "Gross profit − spend − fixed cost",
    npv: (u) => `Contribution discounted at the discount rate per ${u} (end of each ${u})`,
    launchRevenue: (u) => `Revenue in the launch ${u}s`,
    lostToCapacity: () => "Pipeline cut by the channel's capacity (customers not won)",
    lostToSaturation: () =>
      "Pipeline cut because the segment's market is exhausted (customers not won)",
    penetration: () =>
      "Customers acquired ÷ addressable accounts (blank when the market is unlimited)",
  },
  common: {
    setUp: "Set-up",
    metric: "Metric",
    mode: "Mode",
    driver: "Driver",
    driverInFormulas: "Driver in formulas",
    total: "Total",
    question: "Question",
    answer: "Answer",
    target: "Target",
    none: "none",
    yes: "Yes",
    no: "No",
    channel: "Channel",
    segment: "Segment",
    emptyCell: "Empty cell: the metric does not exist there.",
    paren: (text) => ` (${text})`,
  },
  results: {
    title: "Model results",
    channelSummary: "Channel summary",
    segmentSummary: "Segment summary",
    live: "Live: GTM.MODEL recalculates whenever the input tables change.",
    segmentsSnapshot: "Values at the time of the run (no live function covers segments).",
    byChannel: (label) => `${label} by channel`,
    run: (live, channels, segments, periods) =>
      `Model run, ${live ? "live formulas (GTM.MODEL, GTM.SERIES)" : "values snapshot"}: ${channels}, ${segments}, ${periods}`,

    limits: "Launch and limits",
    limitHeaders: {
      launchRevenue: "Launch revenue",
      lostToCapacity: "Customers lost to capacity",
      lostToSaturation: "Customers lost to saturation",
    },
    limitsSnapshot: "Values at the time of the run (GTM.MODEL does not return them).",
  },
  sample: {
    title: "Sample model",
    run: "Inserted the direct-vs-partner sample model (live GTM.MODEL, GTM.SCENARIOS and GTM.ALLOCATE over its tables)",
    editNote:
      "Edit the Channels, Segments, Mix and Assumptions tables: this summary follows. Run the model for the full results sheet.",
    scenarios: "Scenarios side by side (live)",
    scenariosNote:
      "Live: GTM.SCENARIOS recalculates when the Scenarios table or the inputs change.",
    allocation: "Best split of the budget for NPV (live)",
    allocationNote:
      "Live: GTM.ALLOCATE splits the channels' current total spend within the Bounds table.",
    simulation: "How sure is the NPV? Monte Carlo over the Uncertainty table (live)",
    simulationNote: (iterations) =>
      `Live: GTM.SIMULATE draws the Uncertainty table's inputs ${iterations} times (seed 1); the same seed gives the same numbers.`,
  },
  sensitivity: {
    across: "Across (X)",
    xValues: "X values",
    down: "Down (Y)",
    yValues: "Y values",
    scaleMode: "each step moves the input by a percentage of its current value",
    valueMode: "each value replaces the input",
    acrossTitle: (t) => `Across: ${t}`,
    downTitle: (t) => `Down: ${t}`,
    outlined:
      "Outlined: the baseline (current inputs). Empty cell: the metric does not exist there.",
    noBaseline:
      "No cell of this grid is at the baseline inputs. Empty cell: the metric does not exist there.",
    title: (label) => `Sensitivity of ${label}`,
    run: (label, x, y, live) =>
      `Sensitivity of ${label} to ${x}${y === null ? "" : ` and ${y}`}, ${live ? "live formula (GTM.SENSITIVITY)" : "values snapshot"}`,
  },
  tornado: {
    swing: "Swing",
    swingWords: "each driver moved down and up by this share of its current value, one at a time",
    headers: (pct) => [
      "Driver",
      `Low (−${pct})`,
      "Base",
      `High (+${pct})`,
      "Swing",
      "Driver in formulas",
    ],
    title: (label) => `Tornado of ${label}`,
    sorted: "Sorted by swing, largest first. Empty cell: the metric does not exist there.",
    chart: (label, pct) => `Tornado: ${label} (±${pct})`,
    run: (label, drivers, pct) => `Tornado of ${label}: ${drivers}, each scaled by 1 ± ${pct}%`,
  },
  scenarios: {
    title: "Scenarios",
    base: "Base",
    vsBase: (name) => `${name} vs Base`,
    comparison: "Comparison",
    metricInFormulas: "Metric in formulas",
    note: 'Each scenario is a full run of the model with its overrides; "vs Base" is scenario − Base. Empty cell: the metric does not exist there.',
    asRead: "Scenarios as read",
    asReadHeaders: ["Scenario", "Driver", "Value", "Mode"],
    source: "Scenarios",
    chart: "Chart",
    chartTitle: (label) => `${label} by scenario`,
    run: (scenarios, names, source, metrics) =>
      `Scenarios: Base and ${scenarios} (${names}) from ${source}, ${metrics}`,
  },
  breakEven: {
    setupLabels: ["Metric", "Target", "Driver", "Interval low", "Interval high"],
    answerLabels: (label) => [
      "Break-even value",
      "Bracketing step",
      `${label} at baseline`,
      `Smallest ${label}`,
      `Largest ${label}`,
    ],
    noneInInterval: "none in the interval",
    found: (words, label) =>
      `${words} at which ${label} equals the target, refined to 12 significant digits inside the first step that brackets it.`,
    notFound: (label) =>
      `No step of the interval brackets the target: ${label} stays between the smallest and largest values above.`,
    overInterval: (label, points) => `${label} over the interval (${points} points)`,
    chart: (label, words) => `${label} by ${words}`,
    title: (label) => `Break-even of ${label}`,
    run: (label, target, driver, low, high) =>
      `Break-even: ${label} = ${target} by ${driver} (value mode), searched from ${low} to ${high}`,
  },
  allocation: {
    stop: {
      fixed: "Cannot buy leads (no cost per lead or no mix row): stays at 0",
      min: "At its minimum: less would earn more elsewhere",
      max: "At its maximum",
      capacity: "Held by its capacity: more spend wins no more customers",
      margin: "The next dollar earns less here than elsewhere",
    },
    headers: ["Channel", "Min", "Max", "Spend now", "Best spend", "Change", "Why it stops there"],
    questionLabels: (unit) => ["Metric", `Budget per ${unit}`, "Unspent allowed", "Bounds"],
    bestSplit: (label) => `Best split for ${label}`,
    nowAndBest: "now, and at the best split",
    noMove:
      "No move of 1% of the budget (or what the bounds allow) between two channels improves the metric.",
    unspent: "Unspent",
    unspentWords: "budget left unspent",
    chart: (unit, label) => `Spend per ${unit}: now and at the best split for ${label}`,
    spendNow: "Spend now",
    bestSpend: "Best spend",
    spendPer: (unit) => `Spend per ${unit}`,
    title: (label) => `Budget allocation for ${label}`,
    noBounds: "none (0 to the budget)",
    run: (budget, unit, atMost, channels, label, bounds) =>
      `Allocation of a budget of ${budget} per ${unit} (${atMost ? "at most" : "exactly"}) over ${channels} for ${label}; bounds: ${bounds}`,
  },
  simulation: {
    setupLabels: ["Metric", "Iterations", "Seed", "Sampling", "Target"],
    latin: "Latin hypercube",
    random: "Random",
    statistics: {
      mean: "Mean",
      sd: "Standard deviation",
      min: "Min",
      p50: "P50 (median)",
      max: "Max",
    },
    over: (label, runs) => `${label} over ${runs} runs`,
    statistic: "Statistic",
    shareBelow: "Share below target",
    withValue: "Runs with a value",
    withoutValue: "Runs without a value",
    drivesSpread: "What drives the spread: rank correlation with the metric",
    driverHeaders: ["Driver", "Rank correlation", "Driver in formulas"],
    spearmanNote:
      "Spearman rank correlation of each driver's samples (as drawn) with the metric, largest first.",
    distribution: "Distribution of the metric",
    histogramHeaders: ["From", "To", "Runs", "Share at or below To"],
    pairWith: (a, b) => `${a} with ${b}`,
    auditTitle: "Audit: what was run",
    auditLabels: {
      seed: "Seed",
      iterations: "Iterations",
      sampling: "Sampling",
      distributions: "Distributions",
      correlations: "Correlations",
      warnings: "Warnings",
      readFrom: "Read from",
    },
    readFrom: (uncertainty, correlations, modelPairs) =>
      `Uncertainty: ${uncertainty ?? "the model's uncertainty"}; Correlations: ${correlations ?? (modelPairs ? "the model's correlations" : "none")}`,
    runsPerRange: (label) => `${label}: runs per range`,
    upTo: (label) => `${label} (up to)`,
    runs: "Runs",
    sCurve: (label) => `${label}: share of runs at or below (S-curve)`,
    shareAtOrBelow: "Share at or below",
    shareOfRuns: "Share of runs",
    drives: (label) => `What drives ${label}: rank correlation`,
    rankCorrelation: "Rank correlation",
    title: (label) => `Simulation of ${label}`,
    run: (label, runs, seed, latin, drivers) =>
      `Monte Carlo of ${label}: ${runs} runs, seed ${seed}, ${latin ? "Latin hypercube" : "random sampling"}, ${plural(drivers, "uncertain driver")}`,
    belowTarget: (label, target, share, runs) =>
      `${label} below ${target} in ${share} of ${runs} runs`,
    noValue: (label) => `${label} has no value in any of the runs`,
    distributionName: (name) =>
      name === "pert" ? "PERT" : (name[0]?.toUpperCase() ?? "") + name.slice(1),
    scaled: " (× baseline)",
    listSeparator: ", ",
  },
  whatIf: {
    roles: { output: "Output", input: "Input", x: "Input X (across)", y: "Input Y (down)" },
    setUpHeaders: ["Role", "Label", "Cell", "Before the run"],
    noLabel: "(no label)",
    empty: "empty",
    by: (output, x, y) => `${output} by ${x}${y === null ? "" : ` and ${y}`}`,
    tornadoTitle: (output) => `Tornado of ${output}`,
    tornadoHeaders: ["Input", "Cell", "Low", "High", "Output at low", "Output at high", "Swing"],
    tornadoChart: (output) => `Tornado: ${output}`,
    goalSeekLabels: {
      target: "Target",
      interval: "Search interval",
      answer: "Answer",
      atAnswer: "Output at the answer",
      step: "Bracketing step",
      smallest: "Smallest output seen",
      largest: "Largest output seen",
    },
    noAnswer: (output) => `none: ${output} does not reach the target between the two ends`,
    goalSeekTitle: (input, output) => `Goal seek: ${input} for ${output}`,
    scanNote:
      "Scan of 101 points from low to high; the first step where the output crosses the target is narrowed to 1e-12 of the answer (gtm-model.md §7).",
    notComputed: "Not computed",
    failureHeaders: ["Inputs", "Why"],
    flat: (output, inputs) => `The output did not change: does ${output} depend on ${inputs}?`,
    failed: (points) => `${points} not computed (listed under Not computed)`,
    run: (kind, output, points, extra) =>
      kind === "one" || kind === "two"
        ? `${kind === "one" ? "One" : "Two"}-way table of ${output}: ${points}`
        : kind === "tornado"
          ? `Tornado of ${output}: ${extra}, ${points}`
          : `Goal seek of ${output} on ${extra}: ${points}`,
    pointsIn: (points, trips) => `${points} in ${trips}`,
    title: (output) => `What-if of ${output}`,
  },
};

/** The sheet texts of `locale` (English by default). */
export function sheetText(locale: Locale | undefined): SheetText {
  return locale === "zh-CN" ? SHEET_TEXT_ZH : SHEET_TEXT_EN;
}

export const SHEET_TEXT: Record<Locale, SheetText> = { en: SHEET_TEXT_EN, "zh-CN": SHEET_TEXT_ZH };
