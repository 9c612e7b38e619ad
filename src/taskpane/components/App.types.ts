import type { TaskpaneOperations } from "../operations";
import type { Strings } from "../strings";

export interface AppProps {
  strings: Strings;
  operations: TaskpaneOperations;
}

/** The pane's pages, in the order of its navigation. */
export const PAGES = [
  "inputs",
  "run",
  "sensitivity",
  "tornado",
  "scenarios",
  "goalSeek",
  "budget",
  "simulation",
] as const;

export type PageName = (typeof PAGES)[number];
