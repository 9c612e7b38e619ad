/**
 * Small helpers for the model tests: build a validated model from the JSON form, and compare
 * results with the spec's tolerance (relative 1e-9, absolute 1e-9 near zero; nulls exactly).
 */
import {
  loadJson,
  ModelInputError,
  runModel,
  type ModelInput,
  type ModelResult,
} from "../../src/model";
import { mismatches } from "../support/compare";

export { close } from "../support/compare";

/** The JSON form of spec §1 (shared/examples/*.input.json); blanks are `null` or left out. */
export interface JsonModel {
  assumptions?: Record<string, unknown>;
  segments: Record<string, unknown>[];
  channels: Record<string, unknown>[];
  mix?: Record<string, Record<string, number>> | null;
}

/** A validated model from its JSON form (throws ModelInputError when invalid). */
export function model(json: JsonModel): ModelInput {
  return loadJson(json).model;
}

/** Run a model given in its JSON form. */
export function run(json: JsonModel): ModelResult {
  return runModel(model(json));
}

/**
 * Deep-compare `actual` with `expected` (tests/support/compare): numbers to relative 1e-9
 * (absolute near zero), nulls, text and booleans exactly, arrays by length and item. Only the
 * keys `expected` names are compared, so a test states just the figures it derived.
 */
export function expectClose(actual: unknown, expected: unknown, path = "$"): void {
  expect(mismatches(actual, expected, path)).toEqual([]);
}

/** Every path in a value whose number is NaN or ±Infinity (or `undefined`), for "no NaN ever reaches a result". */
export function nonFinitePaths(value: unknown, path = "result"): string[] {
  if (value === undefined) return [path];
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value)
    ? value.map((item, i) => [String(i), item] as const)
    : Object.entries(value);
  return entries.flatMap(([key, item]) => nonFinitePaths(item, `${path}.${key}`));
}

/** One channel C and one segment S unless a test says otherwise: 100 leads a period at full ramp. */
export const segment = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: "S",
  price: 10,
  grossMargin: 0.5,
  ...fields,
});
export const channel = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: "C",
  spend: 1000,
  costPerLead: 10,
  conversion: 0.1,
  ...fields,
});
export const tiny = (
  horizon: number,
  ch: Record<string, unknown>,
  seg: Record<string, unknown> = segment()
): JsonModel => ({
  assumptions: { horizon },
  segments: [seg],
  channels: [ch],
});

/** The ModelInputError that `run` throws (fails the test when it throws nothing or something else). */
export function inputError(run: () => unknown): ModelInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelInputError) return error;
    throw error;
  }
  throw new Error("expected a ModelInputError");
}
