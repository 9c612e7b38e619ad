/** What-if over any workbook cells: the port, the planner and the runner (docs/whatif.md). */
export * from "./types";
export * from "./errors";
export { MAX_POINTS, SCAN_STEPS, normaliseCell, normaliseRequest, pointCount } from "./plan";
export { isBusy, DEFAULT_POINTS_PER_SYNC, DEFAULT_SETTLE_TIMEOUT_MS } from "./sweep";
export { firstBracket } from "./goalSeek";
export { runWhatIf, pendingRestore, restorePending, discardPending } from "./run";
export type { WhatIfOutcome } from "./run";
export { labelFrom } from "./labels";
