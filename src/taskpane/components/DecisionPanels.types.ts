import type {
  BudgetRequest,
  GoalSeekRequest,
  ModelChoices,
  SimulationRequest,
  UncertaintyRequest,
} from "../operations";
import type { Strings } from "../strings";

interface PanelBase {
  strings: Strings;
  choices: ModelChoices | null;
  busy: boolean;
}

export interface GoalSeekPanelProps extends PanelBase {
  onRun(request: GoalSeekRequest): void;
}

export interface BudgetPanelProps extends PanelBase {
  onRun(request: BudgetRequest): void;
}

export interface SimulationPanelProps extends PanelBase {
  onRun(request: SimulationRequest): void;
  onAddUncertainty(request: UncertaintyRequest): void;
}

export interface AddUncertaintyProps {
  strings: Strings;
  choices: ModelChoices;
  busy: boolean;
  onAdd(request: UncertaintyRequest): void;
}
