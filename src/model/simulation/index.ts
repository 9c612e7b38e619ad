/** Monte Carlo on the model (spec §9): tables, distributions, sampling, chunks and statistics. */
export * from "./types";
export { DISTRIBUTIONS, samplerOf, pertShape, lognormalShape } from "./distributions";
export type { Distribution, DistributionName, Sampler } from "./distributions";
export {
  parseUncertaintyTables,
  parseUncertaintyJson,
  driverKey,
  PARAMETER_LABELS,
} from "./uncertainty";
export {
  checkSettings,
  DEFAULT_ITERATIONS,
  MIN_ITERATIONS,
  MAX_ITERATIONS,
  iterationsProblem,
  seedProblem,
} from "./settings";
export { percentileInc, averageRanks, spearman, pearson, histogram, binCount } from "./statistics";
export {
  planSimulation,
  simulateChunk,
  summarize,
  collect,
  simulate,
  simulateAsync,
  planSteps,
  clampSample,
} from "./simulate";
export type { SimulationPlan, ChunkResult, AsyncControl } from "./simulate";
