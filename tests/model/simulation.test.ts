/**
 * Monte Carlo (spec §9) on the shared example: the answer accepted as shared/examples/README.md
 * says, the sheet-table form read to the same run, determinism across chunk splits, clamping.
 */
import {
  evaluateMetric,
  loadJson,
  parseUncertaintyJson,
  parseUncertaintyTables,
  planSimulation,
  simulate,
  simulateAsync,
  simulateChunk,
  spearman,
  summarize,
  type ModelInput,
  type UncertaintySpec,
} from "../../src/model";
import { acceptanceFailures, readSimulationExample } from "../support/simulation";

const example = readSimulationExample("direct-vs-partner");
const { model } = loadJson(example.input);
const settings = example.simulation.settings;

function specOf(json: unknown, on: ModelInput = model): UncertaintySpec {
  const outcome = parseUncertaintyJson(json, on);
  expect(outcome.errors).toEqual([]);
  return outcome.spec as UncertaintySpec;
}
const spec = specOf(example.input);

describe("the example's simulation", () => {
  const plan = planSimulation(model, spec, settings);
  const result = summarize(plan, [simulateChunk(plan, 0, settings.iterations)]);

  test("is accepted: mean within tolerance, every percentile in its band", () => {
    expect(result.iterations).toBe(settings.iterations);
    expect(result.noValue).toBe(example.simulation.reference.noValue);
    expect(acceptanceFailures({ ...result }, example.simulation)).toEqual([]);
  });

  test("the sampled inputs' rank correlations are within 0.05 of the Correlations table", () => {
    const index = (text: string): number => spec.drivers.findIndex((entry) => entry.text === text);
    expect(example.correlations.length).toBeGreaterThan(0);
    for (const pair of example.correlations) {
      const rho = spearman(
        plan.samples[index(pair.driver)] as Float64Array,
        plan.samples[index(pair.with)] as Float64Array
      ) as number;
      expect(Math.abs(rho - pair.correlation)).toBeLessThanOrEqual(0.05);
    }
  });

  test("the drivers' rank correlations with the metric follow the reference, sorted by size", () => {
    const reference = example.simulation.reference.rankCorrelations;
    expect(result.rankCorrelations.map((row) => row.driver)).toEqual(
      reference.map((row) => row.driver)
    );
    result.rankCorrelations.forEach((row, i) =>
      expect(
        Math.abs((row.rankCorrelation as number) - (reference[i]?.rankCorrelation as number))
      ).toBeLessThan(0.05)
    );
    const sizes = result.rankCorrelations.map((row) => Math.abs(row.rankCorrelation as number));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  test("share below target, min, max and a histogram of 20 to 50 bins holding every value", () => {
    expect(result.shareBelowTarget).toBe(example.simulation.reference.shareBelowTarget);
    expect(result.histogram.length).toBeGreaterThanOrEqual(20);
    expect(result.histogram.length).toBeLessThanOrEqual(50);
    expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(settings.iterations);
    expect(result.histogram[0]?.from).toBe(result.min);
    expect(result.histogram[result.histogram.length - 1]?.to).toBe(result.max);
  });

  test("the sheet-table form reads to the same drivers and gives the same numbers to the bit", () => {
    const outcome = parseUncertaintyTables(
      { uncertainty: example.tables.uncertainty, correlations: example.tables.correlations },
      model
    );
    expect(outcome.errors).toEqual([]);
    expect(outcome.spec).toEqual(spec);
    expect(
      simulate(model, outcome.spec as UncertaintySpec, { ...settings, iterations: 500 })
    ).toEqual(simulate(model, spec, { ...settings, iterations: 500 }));
  });
});

describe("determinism", () => {
  const options = { metric: "npv", iterations: 1201, seed: 42 };
  const whole = planSimulation(model, spec, options);
  const one = simulateChunk(whole, 0, 1201);

  test.each([[[0, 600, 1201]], [[0, 400, 800, 1201]], [[0, 7, 1199, 1201]]])(
    "split at %j, each chunk on its own plan (as a worker would): bit-identical",
    (cuts) => {
      const chunks = cuts.slice(1).map((to, i) => {
        const worker = planSimulation(model, spec, options);
        return simulateChunk(worker, cuts[i] as number, to);
      });
      const joined = new Float64Array(1201);
      chunks.forEach((chunk) => joined.set(chunk.values, chunk.from));
      expect(Buffer.from(joined.buffer).equals(Buffer.from(one.values.buffer))).toBe(true);
      expect(summarize(whole, chunks)).toEqual(summarize(whole, [one]));
    }
  );

  test("the same seed gives the same samples; another seed others", () => {
    const again = planSimulation(model, spec, options);
    whole.samples.forEach((samples, j) =>
      expect(
        Buffer.from(samples.buffer).equals(Buffer.from((again.samples[j] as Float64Array).buffer))
      ).toBe(true)
    );
    const other = planSimulation(model, spec, { ...options, seed: 43 });
    expect(other.samples[0]).not.toEqual(whole.samples[0]);
  });

  test("simulateAsync (chunked, yielding) gives the numbers of simulate, with progress", async () => {
    const progress: number[] = [];
    const result = await simulateAsync(model, spec, options, {
      chunkSize: 300,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual(simulate(model, spec, options));
    expect(progress).toEqual([300, 600, 900, 1200, 1201]);
  });

  test("simulateAsync stops when cancelled and resolves to null", async () => {
    let chunks = 0;
    const result = await simulateAsync(model, spec, options, {
      chunkSize: 200,
      onProgress: () => chunks++,
      cancelled: () => chunks >= 2,
    });
    expect(result).toBeNull();
    expect(chunks).toBe(2);
  });

  test("random sampling is deterministic as well, and differs from latin", () => {
    const random = { ...options, sampling: "random" };
    expect(simulate(model, spec, random)).toEqual(simulate(model, spec, random));
    expect(simulate(model, spec, random).mean).not.toBe(simulate(model, spec, options).mean);
  });
});

describe("narrow distributions give the deterministic result", () => {
  const baseline = evaluateMetric(model, "npv") as number;
  const conversion = model.channels[1]?.conversion as number;
  const name = model.channels[1]?.name as string;
  test.each([
    { distribution: "uniform", min: conversion - 1e-12, max: conversion + 1e-12 },
    {
      distribution: "triangular",
      min: conversion - 1e-12,
      mostLikely: conversion,
      max: conversion + 1e-12,
    },
    {
      distribution: "pert",
      min: conversion - 1e-12,
      mostLikely: conversion,
      max: conversion + 1e-12,
    },
    { distribution: "normal", mean: conversion, sd: 1e-12 },
    { distribution: "lognormal", mean: conversion, sd: 1e-12 },
    { distribution: "uniform", min: 1 - 1e-12, max: 1 + 1e-12, apply: "scale" },
  ])("%j", (row) => {
    const narrow = specOf({ uncertainty: [{ driver: `channel[${name}].conversion`, ...row }] });
    const result = simulate(model, narrow, { metric: "npv", iterations: 200 });
    for (const value of [result.mean, result.min, result.max, result.p50])
      expect(Math.abs((value as number) - baseline) / Math.abs(baseline)).toBeLessThan(1e-6);
  });
});

describe("clamping", () => {
  test("a rate sampled above 1 is clamped to 1, with a warning giving the share", () => {
    const name = model.channels[0]?.name as string;
    const wide = specOf({
      uncertainty: [
        { driver: `channel[${name}].conversion`, distribution: "uniform", min: 0.5, max: 1.5 },
      ],
    });
    const plan = planSimulation(model, wide, { metric: "npv", iterations: 1000 });
    const above = (plan.samples[0] as Float64Array).filter((value) => value > 1).length;
    const result = summarize(plan, [simulateChunk(plan, 0, 1000)]);
    const share = `${Number(((100 * above) / 1000).toFixed(1))}%`;
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      `Uncertainty (channel[${name}].conversion): ${share} of its samples (${above} of 1,000) were outside the field's valid range and were clamped to it`,
    ]);
    const atOne = evaluateMetric(model, "npv", [
      {
        driver: { kind: "channel", row: name, field: "conversion", text: "" },
        mode: "value",
        value: 1,
      },
    ]);
    expect(Math.abs((result.max as number) - (atOne as number))).toBeLessThan(
      1e-9 * Math.abs(atOne as number)
    );
  });

  test("whole-number fields are rounded half away from zero (2.5 → 3 periods), which is not clamping", () => {
    const timed = loadJson({
      ...example.input,
      uncertainty: undefined,
    }).model;
    const cycle = specOf(
      {
        uncertainty: [
          { driver: "channel[*].cycle", distribution: "uniform", min: 2.5, max: 2.5000001 },
        ],
      },
      timed
    );
    const plan = planSimulation(timed, cycle, { metric: "npv", iterations: 100 });
    const result = summarize(plan, [simulateChunk(plan, 0, 100)]);
    const atThree = evaluateMetric(timed, "npv", [
      { driver: { kind: "channel", row: "*", field: "cycle", text: "" }, mode: "value", value: 3 },
    ]);
    expect(result.min).toBe(atThree);
    expect(result.max).toBe(atThree);
    expect(result.warnings).toEqual([]);
  });

  test("launch periods clamp to the iteration's horizon, sampled earlier in the table", () => {
    const both = specOf({
      uncertainty: [
        { driver: "horizon", distribution: "uniform", min: 6, max: 60 },
        { driver: "launchPeriods", distribution: "uniform", min: 1, max: 40 },
      ],
    });
    const plan = planSimulation(model, both, { metric: "npv", iterations: 500 });
    const horizons = plan.samples[0] as Float64Array;
    const launches = plan.samples[1] as Float64Array;
    const round = (x: number): number => Math.round(x);
    let clamped = 0;
    for (let i = 0; i < 500; i++)
      if (round(launches[i] as number) > round(horizons[i] as number)) clamped++;
    const result = summarize(plan, [simulateChunk(plan, 0, 500)]);
    expect(result.noValue).toBe(0);
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      `Uncertainty (launchPeriods): ${Number(((100 * clamped) / 500).toFixed(1))}% of its samples (${clamped} of 500) were outside the field's valid range and were clamped to it`,
    ]);
  });
});

describe("runs without a value", () => {
  test("are counted and left out of the statistics and the rank correlations", () => {
    const zeroOrMore = specOf({
      uncertainty: [
        { driver: "channel[*].conversion", distribution: "uniform", min: -0.5, max: 0.5 },
      ],
    });
    const plan = planSimulation(model, zeroOrMore, { metric: "cac", iterations: 400 });
    const chunk = simulateChunk(plan, 0, 400);
    const result = summarize(plan, [chunk]);
    const samples = plan.samples[0] as Float64Array;
    const none = samples.filter((value) => value <= 0).length;
    expect(none).toBeGreaterThan(100);
    expect(result.noValue).toBe(none);
    const values = [...chunk.values].filter((value) => !Number.isNaN(value));
    expect(values).toHaveLength(400 - none);
    expect(result.mean).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 6);
    expect(result.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(400 - none);
    const kept = [...samples].filter((_, i) => !Number.isNaN(chunk.values[i] as number));
    expect(result.rankCorrelations[0]?.rankCorrelation).toBe(spearman(kept, values));
    expect(result.rankCorrelations[0]?.rankCorrelation).toBeLessThan(-0.9);
  });
});
