/** The two ways a command fails, and their exit codes. */
import { issueMessage, type InputIssue, type Locale } from "../model";
import { words, type MessageCode } from "./i18n/messages";
import { say, type Text, type Words } from "./i18n/words";

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * The command line itself is wrong (unknown command or option, missing argument): exit 2. Built
 * from a message code and its parameters (src/cli/i18n/messages.ts); `message` is the English.
 */
export class UsageError extends Error {
  /** The command whose `--help` the hint points to, when known. */
  readonly command: string | undefined;
  readonly code: MessageCode;
  /** The message in both languages. */
  readonly words: Words;

  constructor(code: MessageCode, params: readonly Text[], command?: string) {
    const text = words(code, ...params);
    super(text.en);
    this.name = "UsageError";
    this.code = code;
    this.words = text;
    this.command = command;
  }

  /** The message in `locale`. */
  messageIn(locale: Locale = "en"): string {
    return say(this.words, locale);
  }
}

/** The input cannot be used (invalid model, missing sheet, unreadable file): exit 1, one line per problem. */
export class InputFailure extends Error {
  /** The lines in English. */
  readonly lines: string[];
  /** The model's issues the lines say, when they are issues (said again in `--lang` when printed). */
  readonly issues: readonly InputIssue[] | undefined;
  private readonly texts: readonly Text[];

  /** One line per problem: words in both languages (src/cli/i18n/messages.ts), or English text. */
  constructor(lines: readonly Text[], issues?: readonly InputIssue[]) {
    const english = lines.map((line) => say(line, "en"));
    super(english.join("\n"));
    this.name = "InputFailure";
    this.lines = english;
    this.texts = lines;
    this.issues = issues;
  }

  /** The lines in `locale`: the model's issues in it, the command line's own words in it. */
  linesIn(locale: Locale = "en"): string[] {
    if (this.issues !== undefined) return this.issues.map((issue) => issueMessage(issue, locale));
    return this.texts.map((line) => say(line, locale));
  }

  /** One line per issue, in `locale` (English by default). */
  static fromIssues(issues: readonly InputIssue[], locale: Locale = "en"): InputFailure {
    return new InputFailure(
      issues.map((issue) => issueMessage(issue, locale)),
      issues
    );
  }
}

const NAMED_ESCAPES: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * User text as one safe terminal line: control characters (C0, DEL, C1, line and paragraph
 * separators), lone surrogates and non-characters shown escaped (`\n`, `\x1B`, `\uFFFE`), so a
 * name typed with Alt+Enter or holding an ANSI escape sequence can neither split a message into
 * two lines nor reach the terminal as a command.
 */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (char) => {
      const named = NAMED_ESCAPES[char];
      if (named !== undefined) return named;
      const code = char.charCodeAt(0);
      return code < 0x100
        ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`
        : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
    }
  );
}
