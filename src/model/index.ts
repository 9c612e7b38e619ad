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
 * - `sensitivityGrid`, `tornado`, `defaultTornadoDrivers`: spec §4.
 */
export * from "./types";
export { ModelInputError, makeIssue } from "./errors";
export { parseTables, parseJson, loadTables, loadJson, columnLetter, cellAddress } from "./tables";
export type { TablesInput, ParseOutcome, CellValue } from "./tables";
export { runModel } from "./engine";
export { parseDriver, parseMetric, metricOf } from "./drivers";
export { Evaluator, evaluateMetric } from "./evaluator";
export { bassShare } from "./bass";
export { sensitivityGrid, tornado, defaultTornadoDrivers } from "./sensitivity";
export { METRIC_LABELS, FIELD_LABELS } from "./labels";
export type { FigureKind } from "./labels";
