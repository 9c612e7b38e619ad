import type { TaskpaneOperations } from "../operations";
import type { Strings } from "../strings";

export interface AppProps {
  strings: Strings;
  operations: TaskpaneOperations;
}

export type TabName = "inputs" | "run" | "sensitivity" | "tornado";
