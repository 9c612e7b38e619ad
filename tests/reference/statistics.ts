/**
 * §9's statistics pieces, written independently for the cross-check: Excel's PERCENTILE.INC,
 * the sample standard deviation, Spearman's rank correlation with average ranks, the inverse
 * CDFs of the five distributions (with truncation for normal and lognormal), and the
 * Iman–Conover target correlation of the normal scores. Slow and plain: inverses are found by
 * bisection on CDFs computed from series and continued fractions.
 */

/** Math, bound once: a global looked up in a hot loop is slow inside Jest's vm context. */
const M = Math;

export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Standard deviation with n − 1 (two passes); null below two values. */
export function sampleSd(xs: number[]): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs);
  return M.sqrt(xs.reduce((a, x) => a + (x - m) * (x - m), 0) / (xs.length - 1));
}

/** Excel PERCENTILE.INC: rank h = (n − 1)·p over the sorted values, linear between neighbours. */
export function percentileInc(xs: number[], p: number): number {
  if (xs.length === 0 || !(p >= 0 && p <= 1)) throw new Error("PERCENTILE.INC: #NUM!");
  const sorted = [...xs].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = M.floor(h);
  if (lo + 1 >= sorted.length) return sorted[lo];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/** Share of values strictly below the target. */
export const shareBelow = (xs: number[], target: number): number =>
  xs.filter((x) => x < target).length / xs.length;

/** 1-based ranks; tied values share the average of the ranks they span. */
export function averageRanks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(xs.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k][1]] = rank;
    i = j + 1;
  }
  return ranks;
}

/** Pearson's correlation; null when either side is constant. */
export function pearson(x: number[], y: number[]): number | null {
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / M.sqrt(sxx * syy);
}

/** Spearman's rank correlation: Pearson's over average ranks. */
export const spearman = (x: number[], y: number[]): number | null =>
  pearson(averageRanks(x), averageRanks(y));

/** The normal scores' target Pearson correlation for a rank correlation ρ (Iman–Conover). */
export const imanConoverTarget = (rho: number): number => 2 * M.sin((M.PI * rho) / 6);

// ---- the normal distribution ----

/** erf(x) for 0 ≤ x < 2.5 by its all-positive series: (2/√π)·e^(−x²)·Σ (2x²)^n·x/(2n+1)!!. */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; n < 500 && term > 1e-17 * sum; n++) {
    term *= (2 * x * x) / (2 * n + 1);
    sum += term;
  }
  return (2 / M.sqrt(M.PI)) * M.exp(-x * x) * sum;
}

/** erfc(x) for x ≥ 2.5 by its continued fraction, evaluated backwards with 300 terms. */
function erfcFraction(x: number): number {
  let f = x;
  for (let n = 300; n >= 1; n--) f = x + n / 2 / f;
  return M.exp(-x * x) / M.sqrt(M.PI) / f;
}

/** erfc(x) for x ≥ 0. */
const erfcPos = (x: number): number => (x < 2.5 ? 1 - erfSeries(x) : erfcFraction(x));

/** Φ(z), the standard normal CDF (the tail computed directly, not as 1 − Φ). */
export function normalCdf(z: number): number {
  const x = M.abs(z) / M.SQRT2;
  const tail = 0.5 * erfcPos(x);
  return z < 0 ? tail : 1 - tail;
}

/** Bisection for an increasing function g on [lo, hi]: the x where g(x) = u. */
function invert(g: (x: number) => number, u: number, lo: number, hi: number): number {
  for (let i = 0; i < 2000; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi || hi - lo <= 1e-16 * M.max(M.abs(lo), M.abs(hi))) return mid;
    if (g(mid) < u) lo = mid;
    else hi = mid;
  }
  return lo + (hi - lo) / 2;
}

/** Φ⁻¹(u) for 0 < u < 1 (by symmetry from the lower tail, so 1 − u keeps its digits). */
export function normalInv(u: number): number {
  if (!(u > 0 && u < 1)) throw new Error(`normalInv: ${u} is not in (0, 1)`);
  if (u > 0.5) return -normalInv(1 - u);
  return invert((z) => 0.5 * erfcPos(-z / M.SQRT2), u, -40, 0);
}

// ---- the beta distribution ----

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms). */
export function lnGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return M.log(M.PI / M.sin(M.PI * x)) - lnGamma(1 - x);
  const y = x - 1;
  let a = c[0];
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (y + i);
  return 0.5 * M.log(2 * M.PI) + (y + 0.5) * M.log(t) - t + M.log(a);
}

/** The continued fraction of the incomplete beta (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = M.abs(d) < tiny ? tiny : d;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    for (const num of [
      (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)),
      -((a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)),
    ]) {
      d = 1 + num * d;
      d = M.abs(d) < tiny ? tiny : d;
      c = 1 + num / c;
      c = M.abs(c) < tiny ? tiny : c;
      d = 1 / d;
      h *= d * c;
    }
    if (M.abs(d * c - 1) < 1e-16) break;
  }
  return h;
}

/** The regularized incomplete beta I_x(a, b). */
export function betaCdf(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = M.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * M.log(x) + b * M.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaFraction(x, a, b)) / a
    : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

export const betaInv = (u: number, a: number, b: number): number =>
  invert((x) => betaCdf(x, a, b), u, 0, 1);

// ---- the five distributions of §9 ----

export interface Distribution {
  distribution: "uniform" | "triangular" | "pert" | "normal" | "lognormal";
  min?: number | null;
  mostLikely?: number | null;
  max?: number | null;
  mean?: number | null;
  sd?: number | null;
}

const given = (v: number | null | undefined): v is number => v !== null && v !== undefined;

/** The parameter errors of §9 (empty when valid). */
export function distributionErrors(d: Distribution): string[] {
  const out: string[] = [];
  const needs = (names: (keyof Distribution)[]) =>
    names.forEach((n) => {
      if (!given(d[n] as number | null | undefined)) out.push(`${n} is required`);
    });
  if (d.distribution === "uniform") needs(["min", "max"]);
  else if (d.distribution === "triangular" || d.distribution === "pert")
    needs(["min", "mostLikely", "max"]);
  else needs(["mean", "sd"]);
  if (given(d.min) && given(d.max) && !(d.min < d.max)) out.push("min is not below max");
  if (given(d.mostLikely) && given(d.min) && d.mostLikely < d.min)
    out.push("mostLikely is below min");
  if (given(d.mostLikely) && given(d.max) && d.mostLikely > d.max)
    out.push("mostLikely is above max");
  if (given(d.sd) && !(d.sd > 0)) out.push("sd is not above 0");
  if (d.distribution === "lognormal" && given(d.mean) && !(d.mean > 0))
    out.push("mean is not above 0");
  return out;
}

/** PERT's Beta parameters. */
export function pertShape(min: number, mostLikely: number, max: number): [number, number] {
  return [1 + (4 * (mostLikely - min)) / (max - min), 1 + (4 * (max - mostLikely)) / (max - min)];
}

/** Lognormal's μ and σ from the variable's own mean and sd. */
export function lognormalShape(m: number, sd: number): [number, number] {
  const s2 = M.log(1 + (sd * sd) / (m * m));
  return [M.log(m) - s2 / 2, M.sqrt(s2)];
}

/** Normal or lognormal (on the log scale): the standard score of u, truncated to [lo, hi]. */
function truncatedScore(u: number, lo: number | null, hi: number | null): number {
  const a = lo === null ? 0 : normalCdf(lo);
  const b = hi === null ? 1 : normalCdf(hi);
  if (a === 0 && b === 1) return normalInv(u);
  return invert(normalCdf, a + u * (b - a), lo ?? -40, hi ?? 40);
}

/** The distribution's inverse CDF at u in (0, 1). */
export function inverseCdf(d: Distribution, u: number): number {
  const lo = d.min ?? null;
  const hi = d.max ?? null;
  switch (d.distribution) {
    case "uniform":
      return (lo as number) + u * ((hi as number) - (lo as number));
    case "triangular": {
      const [a, c, b] = [lo as number, d.mostLikely as number, hi as number];
      const fc = (c - a) / (b - a);
      return u < fc ? a + M.sqrt(u * (b - a) * (c - a)) : b - M.sqrt((1 - u) * (b - a) * (b - c));
    }
    case "pert": {
      const [a, b] = pertShape(lo as number, d.mostLikely as number, hi as number);
      return (lo as number) + betaInv(u, a, b) * ((hi as number) - (lo as number));
    }
    case "normal": {
      const m = d.mean as number;
      const s = d.sd as number;
      const z = truncatedScore(
        u,
        lo === null ? null : (lo - m) / s,
        hi === null ? null : (hi - m) / s
      );
      return m + s * z;
    }
    case "lognormal": {
      const [mu, sigma] = lognormalShape(d.mean as number, d.sd as number);
      const score = (v: number | null): number | null =>
        v === null ? null : v <= 0 ? -40 : (M.log(v) - mu) / sigma;
      return M.exp(mu + sigma * truncatedScore(u, score(lo), score(hi)));
    }
  }
}
