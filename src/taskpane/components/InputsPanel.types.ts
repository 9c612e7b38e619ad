import type { InputName } from "../../workbook";
import type { InputStatus, SelectionPreview } from "../operations";
import type { Strings } from "../strings";

export interface InputsPanelProps {
  strings: Strings;
  /** Null until the first check. */
  inputs: InputStatus[] | null;
  busy: boolean;
  onCheck(): void;
  onInsertSample(): void;
  /** What binding to the selection would read (null: refused, the reason is shown). */
  onPreviewSelection(input: InputName): Promise<SelectionPreview | null>;
  /** Bind to the previewed address, once the user confirmed. */
  onBindSelection(input: InputName, address: string): void;
  onResetBinding(input: InputName): void;
}
