/** The two ways a command fails, and their exit codes. */
import type { InputIssue } from "../model";

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** The command line itself is wrong (unknown command or option, missing argument): exit 2. */
export class UsageError extends Error {
  /** The command whose `--help` the hint points to, when known. */
  readonly command: string | undefined;

  constructor(message: string, command?: string) {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}

/** The input cannot be used (invalid model, missing sheet, unreadable file): exit 1, one line per problem. */
export class InputFailure extends Error {
  readonly lines: string[];

  constructor(lines: string[]) {
    super(lines.join("\n"));
    this.name = "InputFailure";
    this.lines = lines;
  }

  static fromIssues(issues: readonly InputIssue[]): InputFailure {
    return new InputFailure(issues.map((issue) => issue.message));
  }
}
