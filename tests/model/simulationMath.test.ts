/**
 * The mathematics of spec §9 on its own: special functions against values known to 15 digits,
 * each distribution's 20,000 Latin-hypercube draws through a Kolmogorov–Smirnov test at the 1 %
 * level, truncation, PERCENTILE.INC and Spearman on hand-computable cases, the nearest correlation
 * matrix and Iman–Conover's rank correlations.
 */
import {
  averageRanks,
  histogram,
  pearson,
  percentileInc,
  samplerOf,
  spearman,
  type Distribution,
} from "../../src/model";
import {
  betaCdf,
  betaQuantile,
  betaQuantileTable,
  logGamma,
  normalCdf,
  normalQuantile,
} from "../../src/model/simulation/special";
import {
  cholesky,
  nearestCorrelation,
  smallestEigenvalue,
} from "../../src/model/simulation/matrix";
import { imanConover, rankCorrelationMatrix, uniforms } from "../../src/model/simulation/sampling";
import { stream } from "../../src/model/simulation/random";

const relative = (actual: number, expected: number): number =>
  Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);

describe("special functions", () => {
  test.each([
    [1.96, 0.9750021048517795],
    [-2.5, 0.006209665325776132],
    [-8, 6.22096057427174e-16],
    [0, 0.5],
  ])("Φ(%p) = %p", (z, p) => expect(relative(normalCdf(z), p)).toBeLessThan(1e-13));

  test.each([
    [0.975, 1.959963984540054],
    [1e-10, -6.361340902404056],
    [0.5, 0],
  ])("Φ⁻¹(%p) = %p", (p, z) => expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-14));

  test("ln Γ(½) = ln √π, ln Γ(5) = ln 24", () => {
    expect(relative(logGamma(0.5), Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
    expect(relative(logGamma(5), Math.log(24))).toBeLessThan(1e-14);
  });

  test("the incomplete beta function and its inverse", () => {
    expect(relative(betaCdf(0.5, 2, 3), 11 / 16)).toBeLessThan(1e-14);
    expect(relative(betaCdf(0.3, 2.6, 3.4), 0.26623126913377476)).toBeLessThan(1e-13);
    expect(relative(betaQuantile(11 / 16, 2, 3), 0.5)).toBeLessThan(1e-13);
    expect(relative(betaQuantile(0.9, 1.8, 4.2), 0.545334050433582)).toBeLessThan(1e-12);
    expect(relative(betaQuantile(0.01, 5, 1), 0.39810717055349726)).toBeLessThan(1e-12);
    const table = betaQuantileTable(1.8, 4.2);
    expect(relative(table(0.9), 0.545334050433582)).toBeLessThan(1e-12);
    for (const p of [1e-12, 0.001, 0.3, 0.77, 0.999999])
      expect(Math.abs(betaCdf(table(p), 1.8, 4.2) - p)).toBeLessThan(1e-14);
  });

  test("the seeded stream gives numbers in (0, 1) with the right mean", () => {
    const random = stream(7, 0, 3);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const u = random.next();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});

/** The Kolmogorov–Smirnov statistic of samples against a distribution function. */
function ks(samples: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  });
  return d;
}

const N = 20_000;
/** The 1 % critical value of the one-sample KS statistic: √(−ln(0.005)/2)/√n. */
const CRITICAL = Math.sqrt(-Math.log(0.005) / 2) / Math.sqrt(N);

const DISTRIBUTIONS: Distribution[] = [
  { name: "uniform", min: 2, max: 5 },
  { name: "triangular", min: 0, mostLikely: 3, max: 10 },
  { name: "triangular", min: 0, mostLikely: 0, max: 1 },
  { name: "pert", min: 0.1, mostLikely: 0.15, max: 0.18 },
  { name: "pert", min: 0, mostLikely: 1, max: 1 },
  { name: "normal", mean: 800, sd: 80, min: null, max: null },
  { name: "normal", mean: 800, sd: 80, min: 600, max: null },
  { name: "normal", mean: 0, sd: 1, min: -0.5, max: 0.3 },
  { name: "normal", mean: 0, sd: 1, min: 6, max: 9 },
  { name: "lognormal", mean: 100, sd: 50, min: null, max: null },
  { name: "lognormal", mean: 100, sd: 50, min: 60, max: 200 },
];

describe.each(DISTRIBUTIONS)("%j", (distribution) => {
  const sampler = samplerOf(distribution);
  const draws = (sampling: "latin" | "random"): Float64Array =>
    uniforms(N, 3, 1, sampling).map((u) => sampler.quantile(u));

  test.each(["latin", "random"] as const)(
    "20,000 %s draws pass a KS test at the 1 %% level",
    (sampling) => {
      expect(ks(draws(sampling), sampler.cdf)).toBeLessThan(CRITICAL);
    }
  );

  test("every draw lies inside Min and Max (truncation respected)", () => {
    const all = draws("latin");
    const min = "min" in distribution && distribution.min !== null ? distribution.min : -Infinity;
    const max = "max" in distribution && distribution.max !== null ? distribution.max : Infinity;
    expect(all.every((x) => x >= min && x <= max)).toBe(true);
    expect(all.every((x) => Number.isFinite(x))).toBe(true);
  });
});

describe("the distributions' parameters mean what the spec says", () => {
  const mean = (distribution: Distribution): number => {
    const sampler = samplerOf(distribution);
    return uniforms(N, 5, 0, "latin").reduce((sum, u) => sum + sampler.quantile(u), 0) / N;
  };
  test("PERT's mean is (min + 4·most likely + max)/6", () => {
    expect(
      relative(mean({ name: "pert", min: 2, mostLikely: 3, max: 10 }), (2 + 12 + 10) / 6)
    ).toBeLessThan(1e-3);
  });
  test("a lognormal's Mean and SD are those of the variable itself", () => {
    const sampler = samplerOf({ name: "lognormal", mean: 100, sd: 50, min: null, max: null });
    const xs = uniforms(N, 5, 0, "latin").map((u) => sampler.quantile(u));
    const m = xs.reduce((a, b) => a + b, 0) / N;
    const sd = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (N - 1));
    expect(relative(m, 100)).toBeLessThan(2e-3);
    expect(relative(sd, 50)).toBeLessThan(2e-2);
  });
  test("the triangular's distribution function is the closed form", () => {
    const sampler = samplerOf({ name: "triangular", min: 0, mostLikely: 3, max: 10 });
    expect(sampler.cdf(3)).toBeCloseTo(0.3, 14);
    expect(sampler.cdf(1.5)).toBeCloseTo(1.5 ** 2 / 30, 14);
    expect(sampler.quantile(0.3)).toBeCloseTo(3, 12);
  });
});

describe("statistics on hand-computable cases", () => {
  test("PERCENTILE.INC interpolates between closest ranks as Excel does", () => {
    expect(percentileInc([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(percentileInc([15, 20, 35, 40, 50], 0.1)).toBe(17);
    expect(percentileInc([15, 20, 35, 40, 50], 0.99)).toBeCloseTo(49.6, 12);
    expect(percentileInc([7], 0.5)).toBe(7);
    expect(percentileInc([1, 2, 3, 4], 1)).toBe(4);
    expect(percentileInc([1, 2, 3, 4], 0)).toBe(1);
  });

  test("ties take their average rank; Spearman is the Pearson of the ranks", () => {
    expect([...averageRanks([10, 20, 20, 30])]).toEqual([1, 2.5, 2.5, 4]);
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 14);
    expect(spearman([1, 2, 3], [30, 20, 10])).toBe(-1);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
  });

  test("a histogram: 20 equal bins at least, from min to max, the max in the last", () => {
    const values = Array.from({ length: 101 }, (_, i) => i);
    const bins = histogram(values);
    expect(bins).toHaveLength(20);
    expect(bins[0]).toEqual({ from: 0, to: 5, count: 5 });
    expect(bins[19]).toEqual({ from: 95, to: 100, count: 6 });
    expect(histogram([2, 2, 2])).toEqual([{ from: 2, to: 2, count: 3 }]);
  });
});

describe("correlations", () => {
  test("a matrix that is not positive semi-definite is replaced by the nearest correlation matrix", () => {
    const bad = [
      [1, 0.9, 0.9],
      [0.9, 1, -0.9],
      [0.9, -0.9, 1],
    ];
    expect(smallestEigenvalue(bad)).toBeLessThan(0);
    const nearest = nearestCorrelation(bad);
    expect(smallestEigenvalue(nearest)).toBeGreaterThan(-1e-10);
    nearest.forEach((row, i) => expect(row[i]).toBe(1));
    expect(nearest[0]?.[1]).toBeCloseTo(nearest[1]?.[0] as number, 15);
  });

  test("the warning names the largest change of an entry and its drivers", () => {
    const driver = (text: string) => ({
      text,
      driver: { kind: "assumption" as const, field: "discountRate" as const, text },
      distribution: { name: "uniform" as const, min: 0, max: 1 },
      apply: "value" as const,
    });
    const spec = {
      drivers: [driver("a"), driver("b"), driver("c")],
      correlations: [
        { a: 0, b: 1, correlation: 0.9 },
        { a: 0, b: 2, correlation: 0.9 },
        { a: 1, b: 2, correlation: -0.9 },
      ],
    };
    const { matrix, warnings } = rankCorrelationMatrix(spec);
    const change = Math.max(
      Math.abs((matrix[0]?.[1] as number) - 0.9),
      Math.abs((matrix[1]?.[2] as number) + 0.9)
    );
    expect(warnings.map((warning) => warning.message)).toEqual([
      `Correlations: the correlations cannot all hold together (the matrix is not positive semi-definite), so the nearest ones that can are used — the largest change is ${Number(change.toPrecision(3))}, for ${Math.abs((matrix[1]?.[2] as number) + 0.9) >= change ? "b with c" : "a with b"}`,
    ]);
  });

  test("Iman–Conover reaches the rank correlations and keeps every driver's samples", () => {
    const n = 20_000;
    const samples = [0, 1, 2].map((j) => uniforms(n, 9, j, "latin"));
    const before = samples.map((column) => Float64Array.from(column).sort());
    const target = [
      [1, 0.7, -0.3],
      [0.7, 1, 0],
      [-0.3, 0, 1],
    ];
    imanConover(samples, target, 9);
    samples.forEach((column, j) => expect(Float64Array.from(column).sort()).toEqual(before[j]));
    expect(
      Math.abs((spearman(samples[0] as Float64Array, samples[1] as Float64Array) as number) - 0.7)
    ).toBeLessThan(0.02);
    expect(
      Math.abs((spearman(samples[0] as Float64Array, samples[2] as Float64Array) as number) + 0.3)
    ).toBeLessThan(0.02);
    expect(
      Math.abs(spearman(samples[1] as Float64Array, samples[2] as Float64Array) as number)
    ).toBeLessThan(0.02);
  });

  test("a perfect correlation (semi-definite) is handled", () => {
    const l = cholesky([
      [1, 1],
      [1, 1],
    ]);
    expect(l).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });
});
