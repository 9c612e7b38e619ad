/**
 * The workbook layer: the port every host implements, the pure helpers hosts share, and the
 * services (insert sample, write results, sensitivity, tornado) every host calls.
 */
export * from "./port";
export * from "./a1";
export * from "./blocks";
export * from "./formats";
export * from "./ownership";
export * from "./text";
export { tablesInput } from "./inputs";
export { SAMPLE_INPUT, SAMPLE_TABLES } from "./sampleData";
export * from "./services/types";
export {
  insertSample,
  buildSamplePlans,
  sampleGrids,
  tablePlan,
  writeNewSheets,
  SAMPLE_MODEL_SHEET,
} from "./services/sample";
export { writeResults, buildResultsPlan, LIVE_SPARE_ROWS } from "./services/results";
export { CHANNEL_COLUMNS, SEGMENT_COLUMNS, SERIES_GROUPS } from "./services/columns";
export { writeSensitivity, buildSensitivityPlan, sensitivityLayout } from "./services/sensitivity";
export { writeTornado, buildTornadoPlan, tornadoHeaders, tornadoLayout } from "./services/tornado";
export {
  writeScenarios,
  buildScenariosPlan,
  scenariosLayout,
  scenarioHeaders,
  chartMetricOf,
} from "./services/scenarios";
export { writeBreakEven, buildBreakEvenPlan, breakEvenLayout } from "./services/breakEven";
export {
  writeAllocation,
  buildAllocationPlan,
  allocationLayout,
  ALLOCATION_HEADERS,
  STOP_WORDS,
} from "./services/allocation";
export { sheetNames, metricShort, driverShort, outputTarget } from "./services/sheetNames";
export { LiveFormulaError } from "./services/formulas";
export {
  driverWords,
  driverAxisTitle,
  driverBaseline,
  axisDisplay,
  CHANGE_WORDS,
} from "./services/labels";
export type { AxisDisplay } from "./services/labels";
export { sheetText, SHEET_TEXT } from "./services/sheetText";
export type { SheetText } from "./services/sheetText";
export { formatTimestamp } from "./services/layout";
export { writeSimulation, buildSimulationPlan, simulationLayout } from "./services/simulation";
export {
  belowTargetWords,
  distributionWords,
  figureText,
  simulationMetric,
} from "./services/simulationText";
export {
  writeWhatIf,
  buildWhatIfPlan,
  cellFormat,
  cellWords,
  PLAIN_FORMAT,
} from "./services/whatIf";
export type { WriteWhatIfOptions } from "./services/whatIf";
export * from "./whatIf";
export {
  MESSAGE_TEMPLATES,
  message,
  renderMessage,
  hasMessage,
  messageError,
  parseMessage,
  reasonIn,
} from "./messages";
export type { Message, MessageCode, MessageError, MessageParam } from "./messages";
