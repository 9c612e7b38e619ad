import type { TaskpaneOperations } from "../operations";
import type { Strings } from "../strings";
import type { WhatIfOperations } from "../whatIfOperations";
import type { WhatIfStrings } from "../whatIfStrings";

export interface AppProps {
  strings: Strings;
  operations: TaskpaneOperations;
  /** The What-if tab (issue 14), when the host provides it. */
  whatIf?: { strings: WhatIfStrings; operations: WhatIfOperations };
}

export type TabName = "inputs" | "run" | "sensitivity" | "tornado" | "whatif";
