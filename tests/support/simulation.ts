/**
 * The examples' `simulation` answer and its statistical acceptance (shared/examples/README.md):
 * the mean within `accept.meanTolerance` of the reference, each percentile inside its band, and
 * the sampled inputs' rank correlations within 0.05 of the Correlations table.
 */
import * as fs from "fs";
import * as path from "path";
import { EXAMPLES_DIR } from "./shared";

export interface ExpectedSimulation {
  settings: { metric: string; iterations: number; seed: number; sampling: string; target: number };
  reference: Record<string, unknown> & {
    mean: number;
    rankCorrelations: { driver: string; rankCorrelation: number }[];
  };
  accept: { meanTolerance: number; percentileBands: Record<string, [number, number]> };
}

export interface ExampleCorrelation {
  driver: string;
  with: string;
  correlation: number;
}

export function readSimulationExample(name: string): {
  input: Record<string, unknown>;
  simulation: ExpectedSimulation;
  correlations: ExampleCorrelation[];
  tables: { uncertainty: unknown[][]; correlations: unknown[][] | null };
} {
  const read = (suffix: string): Record<string, unknown> =>
    JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, `${name}.${suffix}.json`), "utf8"));
  const input = read("input");
  const expected = read("expected") as {
    simulation: ExpectedSimulation;
    tables: { uncertainty: unknown[][]; correlations?: unknown[][] };
  };
  return {
    input,
    simulation: expected.simulation,
    correlations: (input.correlations ?? []) as ExampleCorrelation[],
    tables: {
      uncertainty: expected.tables.uncertainty,
      correlations: expected.tables.correlations ?? null,
    },
  };
}

/** What fails the acceptance rule (empty when the answer is accepted). */
export function acceptanceFailures(
  result: Record<string, unknown>,
  expected: ExpectedSimulation
): string[] {
  const failures: string[] = [];
  const mean = result.mean as number;
  if (!(Math.abs(mean - expected.reference.mean) <= expected.accept.meanTolerance))
    failures.push(
      `mean ${mean} is not within ${expected.accept.meanTolerance} of ${expected.reference.mean}`
    );
  for (const [key, [low, high]] of Object.entries(expected.accept.percentileBands)) {
    const value = result[key] as number;
    if (!(value >= low && value <= high))
      failures.push(`${key} ${value} is not in [${low}, ${high}]`);
  }
  return failures;
}
