/**
 * The reference's §9 Monte Carlo against the example's `simulation` (made with another
 * generator, so matched statistically by its `accept` rule: mean within meanTolerance, each
 * percentile inside its band, sampled inputs' rank correlations within 0.05 of the
 * Correlations table), and the table rules on small cases.
 */
import { mulberry32 } from "./generate";
import { fromJson, ReferenceInputError, type JsonInput } from "./model";
import {
  cholesky,
  nearestCorrelation,
  simulate,
  symmetricEigen,
  uniforms,
  type CorrelationRow,
  type SimulationSettings,
  type UncertainRow,
} from "./simulation";
import { readExample } from "../support/shared";

interface ExpectedSimulation {
  settings: SimulationSettings;
  reference: {
    noValue: number;
    shareBelowTarget: number;
    rankCorrelations: { driver: string; rankCorrelation: number }[];
  };
  accept: { meanTolerance: number; percentileBands: Record<string, [number, number]> };
}

test("the example's simulation: mean, percentile bands and input rank correlations", () => {
  const { input, expected } = readExample("direct-vs-partner");
  const json = input as JsonInput & { uncertainty: UncertainRow[]; correlations: CorrelationRow[] };
  const sim = (
    expected as unknown as { simulation: ExpectedSimulation & { reference: { mean: number } } }
  ).simulation;
  // The bands are for a 20,000-iteration run (which this reference also meets: set
  // REFERENCE_FULL_SIMULATION=1, ~3 s more). The suite runs the spec's default 5,000 against the
  // same bands — stricter than the rule (more sampling noise), and met at seeds 1–5.
  const n = process.env.REFERENCE_FULL_SIMULATION ? (sim.settings.iterations as number) : 5000;
  const answer = simulate(fromJson(json), json.uncertainty, json.correlations, {
    ...sim.settings,
    iterations: n,
  });
  expect(answer.iterations).toBe(n);
  expect(answer.noValue).toBe(sim.reference.noValue);
  expect(Math.abs((answer.mean as number) - sim.reference.mean)).toBeLessThanOrEqual(
    sim.accept.meanTolerance
  );
  for (const [p, [lo, hi]] of Object.entries(sim.accept.percentileBands)) {
    expect([p, answer.percentiles[p]]).toEqual([p, expect.any(Number)]);
    expect(answer.percentiles[p]).toBeGreaterThanOrEqual(lo);
    expect(answer.percentiles[p]).toBeLessThanOrEqual(hi);
  }
  for (const c of json.correlations) {
    const got = answer.inputCorrelations.find((x) => x.driver === c.driver && x.with === c.with);
    expect(Math.abs((got?.rankCorrelation as number) - c.correlation)).toBeLessThanOrEqual(0.05);
  }
  expect(answer.shareBelowTarget).toBe(sim.reference.shareBelowTarget);
  // not in the accept rule, but a sampling error of ~0.007 each: same order, within 0.03
  expect(answer.rankCorrelations.map((r) => r.driver)).toEqual(
    sim.reference.rankCorrelations.map((r) => r.driver)
  );
  answer.rankCorrelations.forEach((r, i) =>
    expect(
      Math.abs((r.rankCorrelation as number) - sim.reference.rankCorrelations[i].rankCorrelation)
    ).toBeLessThan(0.03)
  );
  expect(answer.warnings).toEqual([]);
});

/** 100 leads a period, T = 2: customers = 200·conversion. */
const small = fromJson({
  assumptions: { horizon: 2 },
  segments: [{ name: "S", price: 10, grossMargin: 0.5 }],
  channels: [
    { name: "A", spend: 100, costPerLead: 1, conversion: 0.1 },
    { name: "B", spend: 100, costPerLead: 1, conversion: 0.2 },
  ],
});
const conv = (name: string, d: Partial<UncertainRow> = {}): UncertainRow => ({
  driver: `channel[${name}].conversion`,
  distribution: "uniform",
  min: 0.1,
  max: 0.3,
  ...d,
});

test("same seed, same numbers; another seed, others; a clamped driver is warned about", () => {
  const settings = { metric: "customers", iterations: 200, seed: 3 };
  const one = simulate(small, [conv("A")], [], settings);
  expect(simulate(small, [conv("A")], [], settings)).toEqual(one);
  expect(simulate(small, [conv("A")], [], { ...settings, seed: 4 }).mean).not.toBe(one.mean);
  // uniform conversion on 0.1..0.3 plus B's 0.2 × 200: mean 80, to within LHS noise
  expect(Math.abs((one.mean as number) - 80)).toBeLessThan(0.05);
  const clamped = simulate(
    small,
    [conv("A", { distribution: "normal", mean: 0.05, sd: 0.1, min: null, max: null })],
    [],
    settings
  );
  expect(clamped.warnings).toEqual([
    expect.stringMatching(/^channel\[A\]\.conversion: \d+(\.\d+)? % of samples clamped$/),
  ]);
});

test("Latin hypercube: one uniform in each of the n strata per column", () => {
  const cols = uniforms(mulberry32(9), 500, 3, true);
  for (const col of cols)
    expect(col.map((u) => Math.floor(u * 500)).sort((a, b) => a - b)).toEqual([
      ...Array(500).keys(),
    ]);
});

test("a matrix that is not positive semi-definite is replaced, with a warning", () => {
  const bad = [
    [1, 0.9, 0.9],
    [0.9, 1, -0.9],
    [0.9, -0.9, 1],
  ];
  expect(cholesky(bad)).toBeNull();
  const fixed = nearestCorrelation(bad);
  fixed.forEach((row, i) => expect(row[i]).toBe(1));
  expect(Math.min(...symmetricEigen(fixed).values)).toBeGreaterThan(-1e-10);
  const rows = [
    conv("A"),
    conv("B"),
    { driver: "segment[S].price", distribution: "uniform" as const, min: 8, max: 12 },
  ];
  const corr = [
    { driver: rows[0].driver, with: rows[1].driver, correlation: 0.9 },
    { driver: rows[0].driver, with: rows[2].driver, correlation: 0.9 },
    { driver: rows[1].driver, with: rows[2].driver, correlation: -0.9 },
  ];
  const answer = simulate(small, rows, corr, { metric: "npv", iterations: 300 });
  expect(answer.warnings).toEqual([
    expect.stringMatching(
      /^Correlations: not positive semi-definite; the largest change of an entry is 0\.\d+/
    ),
  ]);
});

test("table errors: bad parameters, a driver twice, pairs with itself, twice or with a driver not uncertain", () => {
  const run =
    (rows: UncertainRow[], corr: CorrelationRow[] = []) =>
    () =>
      simulate(small, rows, corr, { metric: "npv", iterations: 100 });
  const pair = (a: string, b: string): CorrelationRow => ({ driver: a, with: b, correlation: 0.3 });
  const [a, b] = [conv("A"), conv("B")];
  expect(run([conv("A", { min: 0.3, max: 0.1 })])).toThrow(ReferenceInputError);
  expect(run([a, conv("A")])).toThrow(ReferenceInputError);
  expect(run([a, b], [pair(a.driver, a.driver)])).toThrow(ReferenceInputError);
  expect(run([a, b], [pair(a.driver, b.driver), pair(b.driver, a.driver)])).toThrow(
    ReferenceInputError
  );
  expect(run([a, b], [pair(a.driver, "channel[A].spend")])).toThrow(ReferenceInputError);
  expect(run([a, b], [{ ...pair(a.driver, b.driver), correlation: 1.5 }])).toThrow(
    ReferenceInputError
  );
  expect(() => simulate(small, [a], [], { metric: "npv", iterations: 99 })).toThrow(
    ReferenceInputError
  );
});
