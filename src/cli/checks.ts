/**
 * Option values that name something of the model — metrics, drivers — and the numbers a driver
 * is set to, checked before any file is read: a wrong one is a usage error (exit 2) naming the
 * option, with the closest valid name when one is close.
 */
import {
  CHANNEL_METRIC_FIELDS,
  checkRule,
  driverRule,
  FIELD_LABELS,
  formatNumber,
  MAX_HORIZON,
  METRIC_LABELS,
  METRICS,
  ModelInputError,
  fieldLabelIn,
  parseDriverName,
  problemIn,
  resolveMetric,
  SEGMENT_METRIC_FIELDS,
  type Driver,
  type DriverMode,
} from "../model";
import { CHANNEL_FIELDS, SEGMENT_FIELDS, ASSUMPTION_FIELDS, type Rule } from "../model/schema";
import { UsageError } from "./errors";
import { words, type MessageCode } from "./i18n/messages";
import type { Words } from "./i18n/words";
import { didYouMean } from "./suggest";

const ROW_FORM = /^(channel|segment)s?\s*\[(.*)\]\s*\.\s*(.+)$/i;

/** A problem the model words (its input-problem table), in both languages. */
export function modelProblem(problem: string): Words {
  return { en: problem, zh: problemIn(problem, "zh-CN") };
}

/** The problem of a model error (without its `Drivers (metric):` place), or rethrow. */
function problemOf(error: unknown): Words {
  if (!(error instanceof ModelInputError)) throw error;
  const problems = error.issues.map((issue) => modelProblem(issue.problem));
  return {
    en: problems.map((problem) => problem.en).join("; "),
    zh: problems.map((problem) => problem.zh).join("；"),
  };
}

/** The names a metric's text could have meant: total metrics and their labels, or a row's fields. */
function metricNames(text: string): { typed: string; names: readonly string[] } {
  const row = ROW_FORM.exec(text.trim());
  if (row === null)
    return {
      typed: text.trim(),
      names: [...METRICS, ...METRICS.map((metric) => METRIC_LABELS[metric].label)],
    };
  const names = row[1].toLowerCase() === "channel" ? CHANNEL_METRIC_FIELDS : SEGMENT_METRIC_FIELDS;
  return { typed: row[3].trim(), names };
}

/** A metric's name (code, label, or row form) → its canonical text; a usage error otherwise. */
export function metricOption(text: string, option: string, command: string): string {
  try {
    return resolveMetric(text).text;
  } catch (error) {
    const problem = problemOf(error);
    const { typed, names } = metricNames(text);
    throw new UsageError(
      "optionProblem",
      [`--${option}`, problem, didYouMean(typed, names)],
      command
    );
  }
}

/** The fields a driver's text could have meant. */
function driverNames(text: string): { typed: string; names: readonly string[] } {
  const row = ROW_FORM.exec(text.trim());
  if (row === null) return { typed: text.trim(), names: ASSUMPTION_FIELDS.map((f) => f.field) };
  const fields = row[1].toLowerCase() === "channel" ? CHANNEL_FIELDS : SEGMENT_FIELDS;
  return { typed: row[3].trim(), names: fields.map((field) => field.field) };
}

/** A driver's name, its form and field checked (its row is checked against the model later). */
export function driverOption(text: string, option: string, command: string): Driver {
  try {
    return parseDriverName(text);
  } catch (error) {
    const problem = problemOf(error);
    const { typed, names } = driverNames(text);
    throw new UsageError(
      "optionProblem",
      [`--${option}`, problem, didYouMean(typed, names)],
      command
    );
  }
}

/** `a conversion`, `an adoption` / `转化率`: the field's label as a noun. */
function fieldNoun(field: string): Words {
  const label = (FIELD_LABELS[field]?.label ?? field).toLowerCase();
  return {
    en: `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`,
    zh: fieldLabelIn(field, "zh-CN"),
  };
}

/** A rule's words (as the model's `ruleWords`), in both languages. */
function ruleText(rule: Rule): Words {
  const codes: Record<Rule, MessageCode> = {
    rate: "ruleRate",
    nonNegative: "ruleNonNegative",
    positive: "rulePositive",
    wholeNonNegative: "ruleWholeNonNegative",
    horizon: "ruleHorizon",
    launch: "ruleLaunch",
  };
  return words(codes[rule], MAX_HORIZON);
}

/**
 * In `value` mode every number becomes the driver's field, so each must pass the field's rule
 * (the model's own check, spec §1): the first that does not is a usage error naming the option.
 * A launch-periods value is checked against the largest horizon here; the model checks the rest.
 */
export function checkDriverValues(
  driver: Driver,
  values: readonly number[],
  mode: DriverMode,
  option: string,
  command: string,
  /** Whether the command has a `--mode scale` to suggest for a positive value out of range. */
  scaleHint = true
): void {
  if (mode !== "value") return;
  const rule = driverRule(driver);
  const bad = values.find((value) => checkRule(rule, value, MAX_HORIZON) !== null);
  if (bad === undefined) return;
  const scale = scaleHint && bad > 0 ? words("scaleHint") : "";
  throw new UsageError(
    "driverValueOutOfRange",
    [`--${option}`, formatNumber(bad), fieldNoun(driver.field), ruleText(rule), scale],
    command
  );
}
