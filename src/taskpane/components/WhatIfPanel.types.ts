import type { WhatIfOperations } from "../whatIfOperations";
import type { WhatIfStrings } from "../whatIfStrings";

export interface WhatIfPanelProps {
  strings: WhatIfStrings;
  operations: WhatIfOperations;
  /** Another action of the pane is running (the panel waits). */
  busy?: boolean;
  /** Errors in plain words (the pane's `describeError` with its strings); the error's message otherwise. */
  describeError?: (error: unknown) => string;
  /** Whether the panel is shown; each time it is, it looks for an unfinished run to restore. */
  active?: boolean;
  /** Called when an unfinished run is found (the pane shows the panel). */
  onPendingRestore?: () => void;
}

export type WhatIfKind = "table" | "tornado" | "goalSeek";

export interface TornadoRowState {
  cell: string;
  low: string;
  high: string;
}
