/**
 * The GTM model engine: the public API every host (custom functions, task pane, command line) calls.
 * Pure TypeScript: no Office, DOM or Node imports. See docs/model.md for the equations.
 *
 * - `parseTables` / `parseJson`: inputs (sheet tables as 2-D arrays, or the examples' JSON) → a
 *   validated `ModelInput`, or every input error found in one pass. `loadTables` / `loadJson`
 *   do the same but throw `ModelInputError`.
 * - `runModel`: spec §2–§3, the full result.
 * - `parseDriver`, `parseMetric`, `metricOf`, `Evaluator` / `evaluateMetric` (a metric under overrides):
 *   spec §4 building blocks.
 * - `sensitivityGrid`, `tornado`, `defaultTornadoDrivers`: spec §4; metrics may name one channel or
 *   segment (`resolveMetric`, `metricInfo`).
 * - `parseScenarios`, `compareScenarios`, `scenarioComparison`: spec §6.
 * - `breakEven`: spec §7.
 * - `allocate`, `readConstraints`, `meetsConstraints`, `referenceAllocations`: spec §8.
 * - `sensitivityGrid`, `tornado`, `defaultTornadoDrivers`: spec §4.
 * - `parseUncertaintyTables` / `parseUncertaintyJson`, `planSimulation` / `simulateChunk` /
 *   `summarize`, `simulate`, `simulateAsync`: Monte Carlo, spec §9 (./simulation).
 */
export * from "./types";
export { LOCALES, localeOf, isLocaleTag } from "./locale";
export type { Locale } from "./locale";
export { ModelInputError, makeIssue } from "./errors";
export { parseTables, parseJson, loadTables, loadJson, columnLetter, cellAddress } from "./tables";
export type { TablesInput, ParseOutcome, CellValue } from "./tables";
export { cellTextProblem, MAX_CELL_TEXT } from "./cells";
export { MODEL_LIMITS, gridProblem, runsProblem } from "./limits";
export { runModel } from "./engine";
export { parseDriver, parseDriverName, driverRule, parseMetric, metricOf } from "./drivers";
export { Evaluator, evaluateMetric } from "./evaluator";
export { bassShare } from "./bass";
export {
  sensitivityGrid,
  sensitivityGridAsync,
  sensitivitySteps,
  tornado,
  defaultTornadoDrivers,
  modelDrivers,
  swingProblem,
  evenlySpaced,
} from "./sensitivity";
export type { GridProgress } from "./sensitivity";
export {
  METRIC_LABELS,
  FIELD_LABELS,
  RESULT_LABELS,
  CHANNEL_RESULT_COLUMNS,
  SEGMENT_RESULT_COLUMNS,
  SERIES_LABELS,
  CHANNEL_HEADER,
  SEGMENT_HEADER,
  fieldLabel,
  resultPresentation,
  metricByName,
} from "./labels";
export {
  metricLabelIn,
  fieldLabelIn,
  ofRow,
  allRows,
  METRIC_LABELS_ZH,
  FIELD_LABELS_ZH,
  PARAMETER_LABELS_ZH,
  EXTRA_FIGURE_LABELS_ZH,
} from "./i18n/labels";
export { issueCode, issueMessage, problemIn, TABLES_ZH } from "./i18n/issues";
export type { IssueCode } from "./i18n/issues";
export { ISSUE_TEMPLATES } from "./i18n/issueTemplates";
export { fillTemplate, templatePattern } from "./i18n/template";
export {
  resolveMetric,
  metricInfo,
  improves,
  CHANNEL_METRIC_FIELDS,
  SEGMENT_METRIC_FIELDS,
} from "./metrics";
export type { MetricRef, MetricInfo, ChannelMetricField, SegmentMetricField } from "./metrics";
export { BASE_NAME, parseScenarios, compareScenarios, scenarioComparison } from "./scenarios";
export type {
  Scenario,
  ScenariosSource,
  ScenarioComparison,
  ScenarioComparisonRow,
} from "./scenarios";
export { breakEven, defaultInterval, BREAK_EVEN_POINTS } from "./breakEven";
export type { BreakEvenSpec, BreakEvenResult } from "./breakEven";
export { readConstraints } from "./bounds";
export { formatNumber, checkRule, ruleWords, MAX_HORIZON } from "./schema";
export type { BoundsSource, ChannelLimits, Constraints } from "./bounds";
export { allocate, meetsConstraints, referenceAllocations, IMPROVEMENT } from "./allocate";
export type { AllocationSpec, AllocationResult, AllocationChannel, StopReason } from "./allocate";
export * from "./simulation";
export type { FigureKind, Presentation, ResultColumn } from "./labels";
