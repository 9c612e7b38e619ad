import type { InputIssue } from "../../model";
import type { Strings } from "../strings";

export interface IssueListProps {
  strings: Strings;
  errors: InputIssue[];
  warnings: InputIssue[];
  /** Select the offending cell (its sheet address, e.g. `Channels!E3`). */
  onSelectCell(address: string): void;
}
