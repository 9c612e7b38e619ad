import type { RunRequest } from "../operations";
import type { Strings } from "../strings";

export interface RunPanelProps {
  strings: Strings;
  busy: boolean;
  onRun(request: RunRequest): void;
}
