import type { ModelChoices, TornadoRequest } from "../operations";
import type { Strings } from "../strings";

export interface TornadoPanelProps {
  strings: Strings;
  choices: ModelChoices | null;
  busy: boolean;
  onRun(request: TornadoRequest): void;
}
