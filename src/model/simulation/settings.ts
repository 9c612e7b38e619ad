/** The settings of a simulation (spec §9): iterations, seed, sampling and target, validated. */
import { classify, notANumber } from "../cells";
import { makeIssue } from "../errors";
import { formatNumber } from "../schema";
import type { InputIssue } from "../types";
import { SAMPLINGS, type Sampling, type SimulationOptions, type SimulationSettings } from "./types";

export const DEFAULT_ITERATIONS = 5000;
export const MIN_ITERATIONS = 100;
export const MAX_ITERATIONS = 1_000_000;

const issue = (field: string, problem: string): InputIssue =>
  makeIssue("error", { table: "Simulation", field }, problem);

/** A setting as a number: undefined when blank, or the problem with it. */
function numberSetting(value: unknown): { value?: number; problem?: string } {
  const cell = classify(value);
  if (cell.kind === "blank") return {};
  if (cell.kind === "number" && Number.isFinite(cell.value)) return { value: cell.value };
  if (cell.kind === "text") {
    const parsed = Number(cell.value.replace(/[\s,_]/g, ""));
    if (cell.value.trim() !== "" && Number.isFinite(parsed)) return { value: parsed };
  }
  return { problem: notANumber(cell) };
}

export function iterationsProblem(value: number): string | null {
  return Number.isInteger(value) && value >= MIN_ITERATIONS && value <= MAX_ITERATIONS
    ? null
    : `${formatNumber(value)} is not a whole number of iterations from 100 to 1,000,000`;
}

export function seedProblem(value: number): string | null {
  return Number.isSafeInteger(value) ? null : `${formatNumber(value)} is not a whole number`;
}

export function samplingOf(value: unknown): Sampling | string {
  const cell = classify(value);
  if (cell.kind === "blank") return "latin";
  const text = cell.kind === "text" ? cell.value.toLowerCase() : "";
  const found = SAMPLINGS.find((name) => name === text);
  return (
    found ??
    `"${String(cell.kind === "text" ? cell.value : (value as string))}" is not a sampling method — use latin or random`
  );
}

/** Validate the settings: every problem at once. */
export function checkSettings(options: Omit<SimulationOptions, "metric">): {
  settings: SimulationSettings | null;
  errors: InputIssue[];
} {
  const errors: InputIssue[] = [];
  const iterations = numberSetting(options.iterations);
  if (iterations.problem !== undefined) errors.push(issue("iterations", iterations.problem));
  const n = iterations.value ?? DEFAULT_ITERATIONS;
  const nProblem = iterationsProblem(n);
  if (iterations.problem === undefined && nProblem !== null)
    errors.push(issue("iterations", nProblem));
  const seed = numberSetting(options.seed);
  if (seed.problem !== undefined) errors.push(issue("seed", seed.problem));
  const seedValue = seed.value ?? 1;
  const sProblem = seedProblem(seedValue);
  if (seed.problem === undefined && sProblem !== null) errors.push(issue("seed", sProblem));
  const sampling = samplingOf(options.sampling);
  if (sampling !== "latin" && sampling !== "random") errors.push(issue("sampling", sampling));
  const target = numberSetting(options.target);
  if (target.problem !== undefined) errors.push(issue("target", target.problem));
  if (errors.length > 0) return { settings: null, errors };
  return {
    settings: {
      iterations: n,
      seed: seedValue,
      sampling: sampling as Sampling,
      target: target.value ?? 0,
    },
    errors,
  };
}
