/**
 * The reference's §9 statistics pieces on cases worked by hand or documented by Excel
 * (PERCENTILE.INC, QUARTILE.INC and STDEV.S examples of Microsoft's function reference).
 */
import {
  averageRanks,
  betaCdf,
  betaInv,
  distributionErrors,
  imanConoverTarget,
  inverseCdf,
  lognormalShape,
  normalCdf,
  normalInv,
  percentileInc,
  pertShape,
  sampleSd,
  shareBelow,
  spearman,
} from "./statistics";

const near = (actual: number | null, expected: number, tol = 1e-12) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(
    tol * Math.max(1, Math.abs(expected))
  );

describe("PERCENTILE.INC, sd, share below", () => {
  test("Excel's documented examples", () => {
    near(percentileInc([1, 3, 2, 4], 0.3), 1.9); // PERCENTILE.INC doc
    near(percentileInc([1, 2, 4, 7, 8, 9, 10, 12], 0.25), 3.5); // QUARTILE.INC doc
    // STDEV.S doc: 27.46391572 (to the 8 decimals shown)
    const breaking = [1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299];
    near(sampleSd(breaking), 27.46391572, 1e-9);
  });
  test("the ends are min and max; one value is itself; a p outside 0..1 is refused", () => {
    near(percentileInc([5, -1, 3], 0), -1);
    near(percentileInc([5, -1, 3], 1), 5);
    near(percentileInc([7], 0.99), 7);
    near(percentileInc([1, 2], 0.99), 1.99);
    expect(() => percentileInc([1, 2], 1.5)).toThrow();
    expect(sampleSd([3])).toBeNull();
    near(sampleSd([1, 2, 3, 4]), Math.sqrt(5 / 3));
    expect(shareBelow([-1, 0, 0, 2], 0)).toBe(0.25);
  });
});

describe("ranks and Spearman", () => {
  test("ties take their average rank", () => {
    expect(averageRanks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(averageRanks([3, 3, 3])).toEqual([2, 2, 2]);
    expect(averageRanks([2, 1])).toEqual([2, 1]);
  });
  test("with ties: ranks y = 1, 2, 3.5, 5, 3.5 give 8 / √95", () => {
    near(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]), 8 / Math.sqrt(95));
  });
  test("without ties it is 1 − 6Σd²/(n(n²−1)); monotone maps give ±1; a constant gives null", () => {
    // ranks 1..5 against 2,1,4,3,5: d² = 1+1+1+1+0 = 4 → 1 − 24/120 = 0.8
    near(spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50]), 0.8);
    near(spearman([1, 2, 3], [1, 8, 27]), 1);
    near(spearman([1, 2, 3], [9, 4, 1]), -1);
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNull();
  });
  test("the Iman–Conover target 2·sin(π·ρ/6)", () => {
    near(imanConoverTarget(1), 1);
    near(imanConoverTarget(-1), -1);
    expect(imanConoverTarget(0)).toBe(0);
    near(imanConoverTarget(0.5), 2 * Math.sin(Math.PI / 12));
    near(imanConoverTarget(0.5), (Math.sqrt(6) - Math.sqrt(2)) / 2); // sin 15° = (√6 − √2)/4
  });
});

describe("normal", () => {
  test("known quantiles and symmetry", () => {
    near(normalInv(0.975), 1.959963984540054, 1e-13);
    near(normalInv(0.75), 0.6744897501960817, 1e-13);
    near(normalInv(1e-10), -6.361340902404056, 1e-12);
    near(normalCdf(1), 0.8413447460685429, 1e-14);
    near(normalCdf(-3), 0.0013498980316300946, 1e-13);
    expect(Math.abs(normalInv(0.5))).toBeLessThan(1e-15);
    for (const u of [0.001, 0.2, 0.6, 0.999]) near(normalCdf(normalInv(u)), u, 1e-13);
  });
  test("normal(mean, sd), truncated at min and/or max", () => {
    near(
      inverseCdf({ distribution: "normal", mean: 800, sd: 80 }, 0.975),
      800 + 80 * 1.959963984540054,
      1e-13
    );
    // truncated at the mean: u = 0.5 is Φ⁻¹(0.75) above it
    near(
      inverseCdf({ distribution: "normal", mean: 0, sd: 1, min: 0 }, 0.5),
      0.6744897501960817,
      1e-12
    );
    expect(
      Math.abs(inverseCdf({ distribution: "normal", mean: 0, sd: 1, min: -1, max: 1 }, 0.5))
    ).toBeLessThan(1e-12);
    // truncated at min 600 (2.5 sd below): u maps onto Φ(−2.5) + u·(1 − Φ(−2.5))
    const a = normalCdf(-2.5);
    near(
      inverseCdf({ distribution: "normal", mean: 800, sd: 80, min: 600 }, 0.3),
      800 + 80 * normalInv(a + 0.3 * (1 - a)),
      1e-12
    );
    const x = inverseCdf({ distribution: "normal", mean: 800, sd: 80, min: 600 }, 1e-9);
    expect(x).toBeGreaterThanOrEqual(600);
  });
});

describe("beta and PERT", () => {
  test("integer shapes against the binomial sum; Beta(½,½) against the arcsine law", () => {
    near(betaCdf(0.25, 3, 3), 106 / 1024, 1e-14); // Σ_{j=3..5} C(5,j)·¼^j·¾^(5−j)
    near(betaCdf(0.5, 2, 4), 26 / 32, 1e-14); // Σ_{j=2..5} C(5,j)/32
    near(betaCdf(0.3, 1, 1), 0.3, 1e-14);
    near(betaCdf(0.3, 0.5, 0.5), (2 / Math.PI) * Math.asin(Math.sqrt(0.3)), 1e-13);
    near(betaInv(106 / 1024, 3, 3), 0.25, 1e-13);
    near(betaInv(0.5, 3, 3), 0.5, 1e-13);
  });
  test("PERT(min, most likely, max): α = 1 + 4(ml − min)/(max − min), β = 1 + 4(max − ml)/(max − min)", () => {
    expect(pertShape(10, 15, 30)).toEqual([2, 4]);
    expect(pertShape(0, 0.5, 1)).toEqual([3, 3]);
    near(inverseCdf({ distribution: "pert", min: 10, mostLikely: 15, max: 30 }, 0.8125), 20, 1e-13);
    near(
      inverseCdf({ distribution: "pert", min: 0, mostLikely: 0.5, max: 1 }, 106 / 1024),
      0.25,
      1e-13
    );
  });
});

describe("uniform, triangular, lognormal", () => {
  test("uniform and triangular by hand", () => {
    near(inverseCdf({ distribution: "uniform", min: 0.8, max: 1.1 }, 0.5), 0.95);
    // triangular(0, 1, 2): F(1) = ½; u = ⅛ → √(⅛·2·1) = ½; u = ⅞ → 2 − ½
    near(inverseCdf({ distribution: "triangular", min: 0, mostLikely: 1, max: 2 }, 0.125), 0.5);
    near(inverseCdf({ distribution: "triangular", min: 0, mostLikely: 1, max: 2 }, 0.875), 1.5);
    // a right triangle at its min: x = max − (max − min)·√(1 − u)
    near(
      inverseCdf({ distribution: "triangular", min: 0.06, mostLikely: 0.06, max: 0.12 }, 0.75),
      0.09
    );
  });
  test("lognormal(mean, sd) of the variable: σ² = ln(1 + sd²/mean²), median e^μ = mean/√(1 + sd²/mean²)", () => {
    const [mu, sigma] = lognormalShape(100, 50);
    near(sigma * sigma, Math.log(1.25));
    near(mu, Math.log(100) - Math.log(1.25) / 2);
    near(
      inverseCdf({ distribution: "lognormal", mean: 100, sd: 50 }, 0.5),
      100 / Math.sqrt(1.25),
      1e-13
    );
    // truncated at its median from below: u = ½ lands on the 75th percentile
    const q75 = Math.exp(mu + sigma * 0.6744897501960817);
    near(
      inverseCdf({ distribution: "lognormal", mean: 100, sd: 50, min: 100 / Math.sqrt(1.25) }, 0.5),
      q75,
      1e-12
    );
  });
  test("parameter errors of §9", () => {
    expect(distributionErrors({ distribution: "uniform", min: 1, max: 1 })).toEqual([
      "min is not below max",
    ]);
    expect(
      distributionErrors({ distribution: "triangular", min: 0, mostLikely: 2, max: 1 })
    ).toEqual(["mostLikely is above max"]);
    expect(distributionErrors({ distribution: "normal", mean: 1, sd: 0 })).toEqual([
      "sd is not above 0",
    ]);
    expect(distributionErrors({ distribution: "lognormal", mean: -1, sd: 1 })).toEqual([
      "mean is not above 0",
    ]);
    expect(distributionErrors({ distribution: "pert", min: 0, max: 1 })).toEqual([
      "mostLikely is required",
    ]);
    expect(distributionErrors({ distribution: "normal", mean: 800, sd: 80, min: 600 })).toEqual([]);
  });
});
