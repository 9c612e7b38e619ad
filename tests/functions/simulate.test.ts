/**
 * GTM.SIMULATE: the example's sheet tables give the answer the CLI gives for the same inputs, to
 * the bit (and it is accepted as shared/examples/README.md says); Excel gets control during a long
 * run and a cancelled recalculation stops the work; bad input is an Excel error naming the cell.
 */
import { ErrorDouble } from "./customFunctionsDouble";
import { simulate } from "../../src/functions/functions";
import { loadExample, tableArgs } from "./examples";
import { acceptanceFailures, readSimulationExample } from "../support/simulation";
import { inputJsonPath } from "../cli/helpers";
import { gtm } from "../cli/run.helpers";

const example = readSimulationExample("direct-vs-partner");
const settings = example.simulation.settings;
const [channels, segments, mix, assumptions] = tableArgs(loadExample("direct-vs-partner"));
const uncertainty = example.tables.uncertainty;
const correlations = example.tables.correlations ?? undefined;

const LABELS: [string, string][] = [
  ["Iterations", "iterations"],
  ["No value", "noValue"],
  ["Mean", "mean"],
  ["Standard deviation", "sd"],
  ["Min", "min"],
  ["P1", "p1"],
  ["P5", "p5"],
  ["P10", "p10"],
  ["P25", "p25"],
  ["P50", "p50"],
  ["P75", "p75"],
  ["P90", "p90"],
  ["P95", "p95"],
  ["P99", "p99"],
  ["Max", "max"],
  ["Share below target", "shareBelowTarget"],
];

function run(
  extra: {
    iterations?: number;
    seed?: number;
    invocation?: CustomFunctions.CancelableInvocation;
  } = {}
) {
  return simulate(
    channels,
    segments,
    uncertainty,
    settings.metric,
    extra.iterations ?? settings.iterations,
    extra.seed ?? settings.seed,
    correlations,
    mix ?? undefined,
    assumptions,
    extra.invocation
  );
}

describe("the example", () => {
  let rows: (number | string)[][];
  let cli: Record<string, unknown>;
  let gaps: number[];
  beforeAll(async () => {
    // A timer that should keep firing while the function runs (Excel keeps control).
    let last = Date.now();
    gaps = [];
    const timer = setInterval(() => {
      gaps.push(Date.now() - last);
      last = Date.now();
    }, 0);
    rows = await run();
    clearInterval(timer);
    const json = await gtm(
      "simulate",
      inputJsonPath("direct-vs-partner"),
      "--metric",
      settings.metric,
      "--iterations",
      String(settings.iterations),
      "--seed",
      String(settings.seed),
      "--json"
    );
    cli = JSON.parse(json.stdout) as Record<string, unknown>;
  });

  test("a two-column spill: Statistic, Value, the statistics, then one row per driver", () => {
    expect(rows[0]).toEqual(["Statistic", "Value"]);
    expect(rows.slice(1, 17).map((row) => row[0])).toEqual(LABELS.map(([label]) => label));
    const drivers = (cli.rankCorrelations as { driver: string }[]).map((row) => row.driver);
    expect(rows.slice(17).map((row) => row[0])).toEqual(drivers);
    expect(rows.every((row) => row.length === 2)).toBe(true);
  });

  test("the same numbers as gtm simulate, to the bit", () => {
    LABELS.forEach(([label, key], i) =>
      expect([label, rows[i + 1]?.[1]]).toEqual([label, cli[key]])
    );
    (cli.rankCorrelations as { rankCorrelation: number }[]).forEach((row, i) =>
      expect(rows[17 + i]?.[1]).toBe(row.rankCorrelation)
    );
  });

  test("accepted as the examples' README says", () => {
    const answer = Object.fromEntries(LABELS.map(([, key], i) => [key, rows[i + 1]?.[1]]));
    expect(acceptanceFailures(answer, example.simulation)).toEqual([]);
  });

  test("Excel gets control during the run (the longest gap is measured in npm run bench)", () => {
    // The timer fired while the function ran: the work yields between its slices. How long a slice
    // takes depends on the machine's load, so it is a bench figure, not a unit-test assertion.
    expect(gaps.length).toBeGreaterThan(1);
  });
});

describe("cancellation and errors", () => {
  test("a cancelled recalculation stops the work", async () => {
    const invocation = {
      parameterAddresses: [],
    } as unknown as CustomFunctions.CancelableInvocation;
    const started = Date.now();
    const pending = run({ iterations: 1_000_000, invocation });
    setTimeout(() => invocation.onCanceled?.(), 50);
    await expect(pending).rejects.toEqual(
      new ErrorDouble("#NUM!" as never, "the recalculation was cancelled")
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("iterations outside 100..1,000,000 and a seed that is not whole are #NUM!", async () => {
    await expect(run({ iterations: 50 })).rejects.toEqual(
      new ErrorDouble(
        "#NUM!" as never,
        "iterations: 50 is not a whole number of iterations from 100 to 1,000,000"
      )
    );
    await expect(run({ seed: 2.5 })).rejects.toEqual(
      new ErrorDouble("#NUM!" as never, "seed: 2.5 is not a whole number")
    );
  });

  test("a bad Uncertainty cell is #VALUE! naming the cell where the range sits", async () => {
    const bad = uncertainty.map((row, r) =>
      row.map((cell, c) => (r === 1 && c === 2 ? 0.5 : cell))
    );
    const invocation = {
      parameterAddresses: ["Inputs!A1:K3", "Inputs!A10:K13", "Risks!B4:I8"],
    } as unknown as CustomFunctions.CancelableInvocation;
    const pending = simulate(
      channels,
      segments,
      bad,
      "npv",
      100,
      1,
      correlations,
      mix ?? undefined,
      assumptions,
      invocation
    );
    await expect(pending).rejects.toEqual(
      new ErrorDouble(
        "#VALUE!" as never,
        "Risks!D5 (channel[Direct sales].conversion, min): 0.5 is not below Max (0.18) — Min must be below Max"
      )
    );
  });
});
