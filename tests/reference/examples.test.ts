/**
 * The reference (tests/reference) against the shared examples' answers, read from
 * /work/shared/examples/*.expected.json: §4 metrics, §7 break-even, §6 scenarios and §8
 * allocation (an allocation meeting the reference's own checker, within 0.1 % of bestKnown).
 */
import { mismatches } from "../support/compare";
import { exampleNames, readExample } from "../support/shared";
import { allocationSetup, checkAllocation, optimise } from "./allocation";
import { breakEven, type BreakEvenQuestion } from "./breakEven";
import { resolveMetric } from "./metrics";
import { fromJson, runRef, type JsonInput } from "./model";
import { compareScenarios, type JsonScenario } from "./scenarios";

interface Extra {
  metrics?: Record<string, number | null>;
  breakEven?: (BreakEvenQuestion & Record<string, unknown>)[];
  scenarios?: { metrics: string[]; comparison: Record<string, unknown>[] };
  allocation?: {
    metric: string;
    bounds: Record<string, { min?: number; max?: number }>;
    budget: number;
    baselineMetric: number;
    bestKnown: { spends: Record<string, number>; metric: number };
  };
}

const examples = exampleNames().map((name) => {
  const { input, expected } = readExample(name);
  return { name, input: input as JsonInput, expected: expected as unknown as Extra };
});
const withKey = (key: keyof Extra) =>
  examples.filter((e) => e.expected[key] !== undefined).map((e) => [e.name, e] as const);

test("every example has metrics, break-even and allocation answers to check", () => {
  expect(withKey("metrics").length).toBe(examples.length);
  expect(withKey("breakEven").length).toBe(examples.length);
  expect(withKey("allocation").length).toBe(examples.length);
  expect(withKey("scenarios").length).toBeGreaterThan(0);
});

test.each(withKey("metrics"))("%s: the channel and segment metrics", (_, e) => {
  const ref = fromJson(e.input);
  const result = runRef(ref);
  const actual = Object.fromEntries(
    Object.keys(e.expected.metrics ?? {}).map((m) => [m, resolveMetric(m, ref).read(result)])
  );
  expect(mismatches(actual, e.expected.metrics)).toEqual([]);
});

test.each(withKey("breakEven"))("%s: the break-even questions", (_, e) => {
  const ref = fromJson(e.input);
  for (const q of e.expected.breakEven ?? []) {
    const answer = breakEven(ref, q);
    const { metric, driver, target, ...expected } = q;
    expect(mismatches(answer, expected, `${metric} by ${driver} = ${target}`)).toEqual([]);
  }
});

test.each(withKey("scenarios"))("%s: the scenario comparison", (_, e) => {
  const comparison = compareScenarios(e.input, e.input.scenarios as JsonScenario[]);
  expect(comparison.metrics).toEqual(e.expected.scenarios?.metrics);
  expect(mismatches(comparison.comparison, e.expected.scenarios?.comparison)).toEqual([]);
});

test.each(withKey("allocation"))(
  "%s: an allocation that meets §8 (a)–(c), near bestKnown",
  (_, e) => {
    const q = e.expected.allocation!;
    const ref = fromJson(e.input);
    const setup = allocationSetup(ref, { metric: q.metric, bounds: q.bounds, budget: q.budget });
    const baseline = runRef(ref);
    expect(mismatches(setup.metric.read(baseline), q.baselineMetric)).toEqual([]);
    const best = optimise(ref, setup);
    expect(best).not.toBeNull();
    expect(checkAllocation(ref, setup, best!.spends)).toEqual([]);
    // within 0.1 % of bestKnown (NPV: higher is better)
    expect(best!.metric).toBeGreaterThanOrEqual(
      q.bestKnown.metric - 1e-3 * Math.abs(q.bestKnown.metric)
    );
    // The example's own best-known allocation also passes the reference's checker.
    const known = setup.names.map((n) => q.bestKnown.spends[n]);
    expect(checkAllocation(ref, setup, known)).toEqual([]);
  }
);
