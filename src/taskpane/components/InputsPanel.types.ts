import type { InputName } from "../../workbook";
import type { InputStatus } from "../operations";
import type { Strings } from "../strings";

export interface InputsPanelProps {
  strings: Strings;
  /** Null until the first check. */
  inputs: InputStatus[] | null;
  busy: boolean;
  onCheck(): void;
  onInsertSample(): void;
  onBindSelection(input: InputName): void;
  onResetBinding(input: InputName): void;
}
