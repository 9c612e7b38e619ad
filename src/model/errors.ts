import type { InputIssue, Severity, TableName } from "./types";

export interface IssueAt {
  table: TableName;
  row?: string;
  field?: string;
  address?: string;
}

/** Build an issue with its full message: `Channels!E3 (Partners, conversion): problem`. */
export function makeIssue(severity: Severity, at: IssueAt, problem: string): InputIssue {
  const what = [at.row, at.field].filter(
    (part): part is string => part !== undefined && part !== ""
  );
  const where = at.address ?? at.table;
  const message =
    what.length > 0 ? `${where} (${what.join(", ")}): ${problem}` : `${where}: ${problem}`;
  const issue: InputIssue = { severity, table: at.table, problem, message };
  if (at.row !== undefined) issue.row = at.row;
  if (at.field !== undefined) issue.field = at.field;
  if (at.address !== undefined) issue.address = at.address;
  return issue;
}

/** Thrown when input is invalid: carries every issue found, in one pass. Nothing was computed. */
export class ModelInputError extends Error {
  readonly issues: InputIssue[];

  constructor(issues: InputIssue[]) {
    super(issues.map((issue) => issue.message).join("\n"));
    this.name = "ModelInputError";
    this.issues = issues;
  }
}

/** Throw a ModelInputError for a single problem. */
export function inputError(at: IssueAt, problem: string): ModelInputError {
  return new ModelInputError([makeIssue("error", at, problem)]);
}
