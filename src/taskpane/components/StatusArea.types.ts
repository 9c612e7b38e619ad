import type { Strings } from "../strings";
import type { TaskState } from "../useTask";

export interface Notice {
  intent: "success" | "error" | "warning" | "info";
  title?: string;
  text: string;
}

export interface StatusAreaProps {
  strings: Strings;
  notice: Notice | null;
  running: TaskState | null;
  onDismiss(): void;
  onCancel(): void;
}
