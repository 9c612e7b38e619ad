import type { ModelChoices, ScenarioRow, ScenariosRequest } from "../operations";
import type { Strings } from "../strings";

export interface ScenariosPanelProps {
  strings: Strings;
  choices: ModelChoices | null;
  busy: boolean;
  onCompare(request: ScenariosRequest): void;
  onSave(rows: ScenarioRow[]): void;
}

export interface ScenarioBuilderProps {
  strings: Strings;
  choices: ModelChoices;
  busy: boolean;
  onSave(rows: ScenarioRow[]): void;
}
