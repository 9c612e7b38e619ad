/**
 * The input fields of spec §1 as one metadata table: their rule, whether they are required, and
 * how a finance user would name them. Parsing, validation and drivers all read this table.
 */
import type { AssumptionNumericField, ChannelNumericField, SegmentNumericField } from "./types";

/** A field's valid range, spec §1 "valid" column. */
export type Rule =
  | "rate" // 0..1
  | "nonNegative" // ≥ 0
  | "positive" // > 0
  | "wholeNonNegative" // integer ≥ 0
  | "horizon" // integer 1..600
  | "launch"; // integer 1..T

export interface FieldSpec<F extends string> {
  field: F;
  rule: Rule;
  /** `true`: always required; `"withSpend"`: required when the channel's spend is above 0. */
  required?: true | "withSpend";
}

export const MAX_HORIZON = 600;

export const SEGMENT_FIELDS: readonly FieldSpec<SegmentNumericField>[] = [
  { field: "accounts", rule: "nonNegative" },
  { field: "adoption", rule: "rate" },
  { field: "bassP", rule: "positive" },
  { field: "bassQ", rule: "nonNegative" },
  { field: "price", rule: "nonNegative", required: true },
  { field: "grossMargin", rule: "rate", required: true },
  { field: "churn", rule: "rate" },
  { field: "elasticity", rule: "nonNegative" },
  { field: "refPrice", rule: "positive" },
];

export const CHANNEL_FIELDS: readonly FieldSpec<ChannelNumericField>[] = [
  { field: "spend", rule: "nonNegative" },
  { field: "costPerLead", rule: "positive", required: "withSpend" },
  { field: "conversion", rule: "rate", required: true },
  { field: "cycle", rule: "wholeNonNegative" },
  { field: "capacity", rule: "nonNegative" },
  { field: "ramp", rule: "nonNegative" },
  { field: "partnerMargin", rule: "rate" },
  { field: "fixedCost", rule: "nonNegative" },
];

export const ASSUMPTION_FIELDS: readonly FieldSpec<AssumptionNumericField>[] = [
  { field: "horizon", rule: "horizon" },
  { field: "discountRate", rule: "rate" },
  { field: "launchPeriods", rule: "launch" },
];

/** Rules whose values are whole numbers: a `scale` driver rounds them half away from zero. */
export function isWholeRule(rule: Rule): boolean {
  return rule === "wholeNonNegative" || rule === "horizon" || rule === "launch";
}

/** Header matching (spec §1): ignore case, spaces, underscores, hyphens and dots. */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[\s_.-]+/g, "");
}

/** Index a field list by its normalised name, plus extra aliases (`Segment`/`Channel` for `name`). */
export function headerIndex(
  fields: readonly string[],
  aliases: Record<string, string> = {}
): Map<string, string> {
  const index = new Map<string, string>();
  for (const field of fields) index.set(normalizeHeader(field), field);
  for (const [alias, field] of Object.entries(aliases)) index.set(normalizeHeader(alias), field);
  return index;
}

/** Format a number for a message: plain digits, at most 12 significant. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(12));
  if (Math.abs(rounded) >= 1e-6 && Math.abs(rounded) < 1e21) return String(rounded);
  if (rounded === 0) return "0";
  return rounded.toFixed(20).replace(/0+$/, "");
}

/**
 * Check a number against a rule. Returns what is wrong, in a finance user's words, or null when
 * valid. `horizon` is T, used by the `launch` rule.
 */
export function checkRule(rule: Rule, value: number, horizon: number): string | null {
  if (!Number.isFinite(value)) return `${formatNumber(value)} is not a number`;
  switch (rule) {
    case "rate":
      if (value >= 0 && value <= 1) return null;
      if (value > 1 && value <= 100) {
        return `${formatNumber(value)} is not between 0 and 1 — enter ${formatNumber(value)}% or ${formatNumber(value / 100)}`;
      }
      return `${formatNumber(value)} is not between 0 and 1`;
    case "nonNegative":
      return value >= 0 ? null : `${formatNumber(value)} is negative — enter 0 or more`;
    case "positive":
      return value > 0 ? null : `${formatNumber(value)} is not above 0 — enter a positive number`;
    case "wholeNonNegative":
      return Number.isInteger(value) && value >= 0
        ? null
        : `${formatNumber(value)} is not a whole number of periods, 0 or more`;
    case "horizon":
      return Number.isInteger(value) && value >= 1 && value <= MAX_HORIZON
        ? null
        : `${formatNumber(value)} is not a whole number of periods between 1 and ${MAX_HORIZON}`;
    case "launch":
      return Number.isInteger(value) && value >= 1 && value <= horizon
        ? null
        : `${formatNumber(value)} is not a whole number of periods between 1 and ${horizon} (the horizon)`;
  }
}

/** What a rule allows, in words that follow "is" (`between 0 and 1`), for hints before a value is tried. */
export function ruleWords(rule: Rule): string {
  switch (rule) {
    case "rate":
      return "between 0 and 1";
    case "nonNegative":
      return "0 or more";
    case "positive":
      return "above 0";
    case "wholeNonNegative":
      return "a whole number of periods, 0 or more";
    case "horizon":
      return `a whole number of periods between 1 and ${MAX_HORIZON}`;
    case "launch":
      return "a whole number of periods between 1 and the horizon";
  }
}

/** The valid range a `scale` driver clamps rates and whole numbers to (spec §4). */
export function clampRange(rule: Rule, horizon: number): [number, number] | null {
  switch (rule) {
    case "rate":
      return [0, 1];
    case "wholeNonNegative":
      return [0, Number.POSITIVE_INFINITY];
    case "horizon":
      return [1, MAX_HORIZON];
    case "launch":
      return [1, horizon];
    default:
      return null;
  }
}
