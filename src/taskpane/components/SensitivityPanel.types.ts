import type { ModelChoices, SensitivityRequest } from "../operations";
import type { Strings } from "../strings";

export interface SensitivityPanelProps {
  strings: Strings;
  /** Null while the inputs are not valid: the form is then disabled. */
  choices: ModelChoices | null;
  busy: boolean;
  onRun(request: SensitivityRequest): void;
}
