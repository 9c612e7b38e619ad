/** The shared examples and specs: `../shared` beside the repository (as CI lays it out). */
import * as fs from "fs";
import * as path from "path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const SHARED_DIR = path.resolve(REPO_ROOT, "..", "shared");
export const EXAMPLES_DIR = path.join(SHARED_DIR, "examples");

/** Names of the examples that have both an input and an expected file. */
export function exampleNames(): string[] {
  return fs
    .readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith(".input.json"))
    .map((file) => file.replace(/\.input\.json$/, ""))
    .filter((name) => fs.existsSync(path.join(EXAMPLES_DIR, `${name}.expected.json`)))
    .sort();
}

export interface ExpectedExample {
  result: Record<string, unknown>;
  tornado: {
    metric: string;
    swing: number;
    rows: { driver: string; low: number; base: number; high: number; swing: number }[];
  };
  grid?: {
    metric: string;
    mode: "value" | "scale";
    x: { driver: string; values: number[] };
    y?: { driver: string; values: number[] };
    values: number[][];
  };
  /** Channel and segment metrics (spec §4), by name. */
  metrics?: Record<string, number | null>;
  /** Break-even questions (spec §7) with default intervals, and their answers. */
  breakEven?: {
    metric: string;
    driver: string;
    target: number;
    value: number | null;
    step?: [number, number];
    min: number | null;
    max: number | null;
  }[];
  /** The scenarios comparison (spec §6) over the input's `scenarios`. */
  scenarios?: {
    metrics: string[];
    comparison: {
      metric: string;
      base: number | null;
      values: (number | null)[];
      change: (number | null)[];
    }[];
  };
  /** A budget allocation question (spec §8) and the best allocation known. */
  allocation?: {
    metric: string;
    bounds: Record<string, { min?: number; max?: number }>;
    budget: number;
    baselineMetric: number;
    bestKnown: { spends: Record<string, number>; metric: number };
  };
  tables: {
    channels: unknown[][];
    segments: unknown[][];
    mix: unknown[][] | null;
    assumptions: unknown[][] | null;
    scenarios?: unknown[][];
    bounds?: unknown[][];
  };
}

export function readExample(name: string): { input: unknown; expected: ExpectedExample } {
  const read = (suffix: string): unknown =>
    JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, `${name}.${suffix}.json`), "utf8"));
  return { input: read("input"), expected: read("expected") as ExpectedExample };
}
