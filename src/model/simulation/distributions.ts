/**
 * The five distributions of spec §9, each as an inverse distribution function (a quantile) that
 * turns a number u in (0, 1) into a sample, and its distribution function (for the tests).
 * A normal or lognormal with Min and/or Max is truncated there: u is mapped into the range of the
 * distribution function between them, so every sample lies inside.
 */
import { betaCdf, betaQuantileTable, logBeta, normalCdf, normalQuantile } from "./special";

export const DISTRIBUTIONS = ["uniform", "triangular", "pert", "normal", "lognormal"] as const;
export type DistributionName = (typeof DISTRIBUTIONS)[number];

/** A validated distribution: min/max are null where a normal or lognormal is not truncated. */
export type Distribution =
  | { name: "uniform"; min: number; max: number }
  | { name: "triangular" | "pert"; min: number; mostLikely: number; max: number }
  | {
      name: "normal" | "lognormal";
      mean: number;
      sd: number;
      min: number | null;
      max: number | null;
    };

export interface Sampler {
  /** The sample for u in (0, 1). */
  quantile(u: number): number;
  /** P(X ≤ x). */
  cdf(x: number): number;
}

function uniform(min: number, max: number): Sampler {
  const width = max - min;
  return {
    quantile: (u) => min + u * width,
    cdf: (x) => (x <= min ? 0 : x >= max ? 1 : (x - min) / width),
  };
}

function triangular(min: number, mode: number, max: number): Sampler {
  const width = max - min;
  const split = (mode - min) / width;
  return {
    quantile: (u) =>
      u < split
        ? min + Math.sqrt(u * width * (mode - min))
        : max - Math.sqrt((1 - u) * width * (max - mode)),
    cdf: (x) => {
      if (x <= min) return 0;
      if (x >= max) return 1;
      if (x <= mode) return ((x - min) * (x - min)) / (width * (mode - min));
      return 1 - ((max - x) * (max - x)) / (width * (max - mode));
    },
  };
}

/** Beta-PERT: α = 1 + 4(mode − min)/(max − min), β = 1 + 4(max − mode)/(max − min). */
export function pertShape(min: number, mode: number, max: number): { alpha: number; beta: number } {
  const width = max - min;
  return { alpha: 1 + (4 * (mode - min)) / width, beta: 1 + (4 * (max - mode)) / width };
}

function pert(min: number, mode: number, max: number): Sampler {
  const width = max - min;
  const { alpha, beta } = pertShape(min, mode, max);
  const lnB = logBeta(alpha, beta);
  const quantile = betaQuantileTable(alpha, beta);
  return {
    quantile: (u) => min + width * quantile(u),
    cdf: (x) => betaCdf((x - min) / width, alpha, beta, lnB),
  };
}

/**
 * A standard normal truncated to [lower, upper] (z scores, ±∞ for no bound). When the whole range
 * lies above 0 it is sampled as its mirror image below 0, where Φ keeps its precision.
 */
function truncatedStandard(lower: number, upper: number): Sampler {
  const flip = lower > 0;
  const lo = flip ? -upper : lower;
  const hi = flip ? -lower : upper;
  const pLow = normalCdf(lo);
  const pHigh = normalCdf(hi);
  const span = pHigh - pLow;
  const z = (u: number): number => {
    const p = pLow + u * span;
    const x = Math.min(hi, Math.max(lo, normalQuantile(p)));
    return flip ? -x : x;
  };
  return {
    quantile: z,
    cdf: (value) => {
      const x = flip ? -value : value;
      const below = x <= lo ? 0 : x >= hi ? 1 : (normalCdf(x) - pLow) / span;
      return flip ? 1 - below : below;
    },
  };
}

/** The share of a standard normal between two z scores (0 when the range holds no probability). */
export function standardMass(lower: number, upper: number): number {
  if (lower > 0) return normalCdf(-lower) - normalCdf(-upper);
  return normalCdf(upper) - normalCdf(lower);
}

/** σ and μ of the logarithm for a lognormal with the given mean and standard deviation. */
export function lognormalShape(mean: number, sd: number): { mu: number; sigma: number } {
  const variance = Math.log1p((sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - variance / 2, sigma: Math.sqrt(variance) };
}

/** z-score bounds of a (log)normal's Min and Max. */
export function zBounds(distribution: Distribution & { name: "normal" | "lognormal" }): {
  lower: number;
  upper: number;
} {
  const { min, max } = distribution;
  if (distribution.name === "normal") {
    const { mean, sd } = distribution;
    return {
      lower: min === null ? Number.NEGATIVE_INFINITY : (min - mean) / sd,
      upper: max === null ? Number.POSITIVE_INFINITY : (max - mean) / sd,
    };
  }
  const { mu, sigma } = lognormalShape(distribution.mean, distribution.sd);
  const z = (bound: number): number =>
    bound <= 0 ? Number.NEGATIVE_INFINITY : (Math.log(bound) - mu) / sigma;
  return {
    lower: min === null ? Number.NEGATIVE_INFINITY : z(min),
    upper: max === null ? Number.POSITIVE_INFINITY : z(max),
  };
}

export /** Keep a transformed sample inside the truncation bounds despite rounding. */
function within(min: number | null, max: number | null): (x: number) => number {
  const lo = min ?? Number.NEGATIVE_INFINITY;
  const hi = max ?? Number.POSITIVE_INFINITY;
  return (x) => Math.min(hi, Math.max(lo, x));
}

export function samplerOf(distribution: Distribution): Sampler {
  switch (distribution.name) {
    case "uniform":
      return uniform(distribution.min, distribution.max);
    case "triangular":
      return triangular(distribution.min, distribution.mostLikely, distribution.max);
    case "pert":
      return pert(distribution.min, distribution.mostLikely, distribution.max);
    case "normal": {
      const { lower, upper } = zBounds(distribution);
      const standard = truncatedStandard(lower, upper);
      const { mean, sd } = distribution;
      const inside = within(distribution.min, distribution.max);
      return {
        quantile: (u) => inside(mean + sd * standard.quantile(u)),
        cdf: (x) => standard.cdf((x - mean) / sd),
      };
    }
    case "lognormal": {
      const { lower, upper } = zBounds(distribution);
      const standard = truncatedStandard(lower, upper);
      const { mu, sigma } = lognormalShape(distribution.mean, distribution.sd);
      const inside = within(distribution.min, distribution.max);
      return {
        quantile: (u) => inside(Math.exp(mu + sigma * standard.quantile(u))),
        cdf: (x) => (x <= 0 ? 0 : standard.cdf((Math.log(x) - mu) / sigma)),
      };
    }
  }
}
