import type { WhatIfOperations } from "../whatIfOperations";
import type { WhatIfStrings } from "../whatIfStrings";

export interface WhatIfPanelProps {
  strings: WhatIfStrings;
  operations: WhatIfOperations;
  /** Another action of the pane is running (the panel waits). */
  busy?: boolean;
  /** Errors in plain words (the pane's `describeError` with its strings); the error's message otherwise. */
  describeError?: (error: unknown) => string;
}

export type WhatIfKind = "table" | "tornado" | "goalSeek";

export interface TornadoRowState {
  cell: string;
  low: string;
  high: string;
}
