/**
 * The errors a GTM.* function can end in: a closed set of kinds, each with its Excel error class
 * and ONE message template. Pure data: no Office, no CustomFunctions (args.ts maps the class to
 * `CustomFunctions.ErrorCode`).
 */

/**
 * The Excel error a kind ends in: #VALUE!, #NUM!, #DIV/0! or #N/A. Excel shows a custom function's
 * message only with #VALUE! and #N/A (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors):
 * #NUM! and #DIV/0! show bare, so a kind whose message the user needs (`percentAsWhole`: "enter 25%
 * or 0.25") ends in #VALUE!; the others keep the spec's #NUM!/#DIV/0! and docs/functions.md says
 * what each means per function.
 */
export type ExcelErrorClass = "value" | "num" | "div0" | "na";

/** The details each kind's message needs. `param` is the argument's name as Excel shows it. */
export interface ErrorDetails {
  /** Text, a boolean or another non-number where a number belongs. */
  notNumber: { param: string; value: string; text: boolean };
  /** An Excel error value (#N/A, #REF!, …) in an argument. */
  errorValue: { param: string; code: string };
  /** A required argument left blank. */
  required: { param: string };
  /** A range without a single number. */
  noNumbers: { param: string };
  /** Something other than text where text belongs. */
  notText: { param: string; value: string };
  /** Something other than TRUE/FALSE where a yes/no belongs. */
  notBoolean: { param: string; value: string };
  /** A number outside its valid range; `rule` says what is wrong and what is valid. */
  outOfRange: { param: string; value: number; rule: string };
  /** A rate typed as a whole percentage (25 for 25%): the one out-of-range case whose hint matters. */
  percentAsWhole: { param: string; value: number };
  /** A division by a zero total. */
  zeroTotal: { param: string };
  /** A result that does not exist for these numbers. */
  noResult: { reason: string };
  /** A name that is not one of the allowed ones (metric, field, mode, channel). */
  unknownName: { param: string; value: string; allowed: readonly string[] };
  /** Two arguments that only make sense together. */
  needsPartner: { param: string; partner: string };
  /** The model's own input errors, already worded by the engine. */
  modelInput: { messages: readonly string[] };
  /** A metric the model leaves empty. */
  metricEmpty: { metric: string };
  /** A break-even search whose interval holds no break-even (spec §7): the metric's range over it. */
  noBreakEven: { metric: string; low: string; high: string; min: string; max: string };
  /** A request past a size limit (a sensitivity grid): #VALUE!, so that Excel shows the message. */
  tooLarge: { param: string; problem: string };
}

export type ErrorKind = keyof ErrorDetails;

const MAX_MODEL_MESSAGES = 3;

const listed = (names: readonly string[]): string => names.join(", ");

/** The one message table. */
const MESSAGES: { [K in ErrorKind]: (detail: ErrorDetails[K]) => string } = {
  notNumber: ({ param, value, text }) =>
    `${param}: ${value} is ${text ? "text, " : ""}not a number`,
  errorValue: ({ param, code }) =>
    `${param}: the cell holds the error ${code} — fix it or clear the cell`,
  required: ({ param }) => `${param}: enter a value`,
  noNumbers: ({ param }) => `${param}: no number found — enter at least one`,
  notText: ({ param, value }) => `${param}: ${value} is not text`,
  notBoolean: ({ param, value }) => `${param}: ${value} is not TRUE or FALSE`,
  outOfRange: ({ param, value, rule }) => `${param}: ${value} ${rule}`,
  percentAsWhole: ({ param, value }) =>
    `${param}: ${value} is not between 0 and 1 — enter ${value}% or ${value / 100}`,
  zeroTotal: ({ param }) => `${param}: the total is 0`,
  noResult: ({ reason }) => reason,
  unknownName: ({ param, value, allowed }) =>
    `${param}: "${value}" is not one of ${listed(allowed)}`,
  needsPartner: ({ param, partner }) => `${param} needs ${partner} as well`,
  modelInput: ({ messages }) => {
    const shown = messages.slice(0, MAX_MODEL_MESSAGES).join("; ");
    const more = messages.length - MAX_MODEL_MESSAGES;
    return more > 0 ? `${shown} (and ${more} more)` : shown;
  },
  metricEmpty: ({ metric }) => `${metric} has no value for this model`,
  noBreakEven: ({ metric, low, high, min, max }) =>
    `no break-even between ${low} and ${high}: ${metric} stays between ${min} and ${max}`,
  tooLarge: ({ param, problem }) => `${param}: ${problem}`,
};

const CLASSES: Record<ErrorKind, ExcelErrorClass> = {
  notNumber: "value",
  errorValue: "value",
  required: "value",
  noNumbers: "value",
  notText: "value",
  notBoolean: "value",
  outOfRange: "num",
  percentAsWhole: "value",
  zeroTotal: "div0",
  noResult: "num",
  unknownName: "value",
  needsPartner: "value",
  modelInput: "value",
  metricEmpty: "na",
  noBreakEven: "na",
  tooLarge: "value",
};

/** A GTM.* function's error: its kind, the Excel error it ends in and the message a user reads. */
export class GtmError<K extends ErrorKind = ErrorKind> extends Error {
  readonly kind: K;
  readonly excel: ExcelErrorClass;

  constructor(kind: K, detail: ErrorDetails[K]) {
    super(MESSAGES[kind](detail));
    this.name = "GtmError";
    this.kind = kind;
    this.excel = CLASSES[kind];
  }
}

/** A rate must lie in 0..1 (a #NUM! naming the parameter, worded like the model's input errors). */
export function requireRate(param: string, value: number): number {
  if (value > 1 && value <= 100) throw new GtmError("percentAsWhole", { param, value });
  if (value < 0 || value > 1)
    throw new GtmError("outOfRange", { param, value, rule: "is not between 0 and 1" });
  return value;
}

/** A count, price or cost must be 0 or more (a #NUM! naming the parameter). */
export function requireNonNegative(param: string, value: number): number {
  if (value < 0)
    throw new GtmError("outOfRange", { param, value, rule: "is negative — enter 0 or more" });
  return value;
}
