import type { TaskpaneOperations } from "../operations";
import type { Strings } from "../strings";
import type { WhatIfOperations } from "../whatIfOperations";
import type { WhatIfStrings } from "../whatIfStrings";

export interface AppProps {
  strings: Strings;
  operations: TaskpaneOperations;
  /** The What-if page (issue 14), when the host provides it. */
  whatIf?: { strings: WhatIfStrings; operations: WhatIfOperations };
}

/** The pane's pages, in the order of its navigation (What-if only when the host provides it). */
export const PAGES = [
  "inputs",
  "run",
  "sensitivity",
  "tornado",
  "scenarios",
  "goalSeek",
  "budget",
  "simulation",
  "whatif",
] as const;

export type PageName = (typeof PAGES)[number];
