/**
 * The maths of GTM.CONVERSION, FUNNEL, CAC, LTV, PAYBACK and BASS (shared/spec/custom-functions.md).
 * Pure: numbers in, numbers out, a GtmError for what the spec refuses. No Excel argument handling.
 */
import { fragment, GtmError, requireNonNegative, requireRate } from "./errors";
import { ldexp, productQuotient, scaledSum } from "./exactScale";

const MAX_PERIODS = 600;

/** A result past the largest number a cell holds (about 1.8E+308): #NUM! saying so. */
function tooLarge(what: Overflow): GtmError {
  return new GtmError("noResult", { reason: fragment(what) });
}

/** The results that can overflow, each with its own message. */
type Overflow = "overflowCac" | "overflowLtv" | "overflowPayback";

/** A finite result, or #NUM! naming what overflowed. */
function finite(value: number, what: Overflow): number {
  if (!Number.isFinite(value)) throw tooLarge(what);
  return value;
}

/** End-to-end conversion: the product of the rates (each 0..1). */
export function conversion(rates: readonly number[]): number {
  if (rates.length === 0) throw new GtmError("noNumbers", { param: "rates" });
  return rates.reduce((product, rate) => product * requireRate("rates", rate), 1);
}

/** The funnel's stages: top, top·r1, top·r1·r2, … (n + 1 values). */
export function funnel(top: number, rates: readonly number[]): number[] {
  requireNonNegative("top", top);
  if (rates.length === 0) throw new GtmError("noNumbers", { param: "rates" });
  const stages = [top];
  for (const rate of rates) stages.push(stages[stages.length - 1] * requireRate("rates", rate));
  return stages;
}

/** Blended CAC: Σ spend / Σ customers, exact over the whole double range (sums past 1.8E+308 too). */
export function cac(spend: readonly number[], customers: readonly number[]): number {
  for (const value of spend) requireNonNegative("spend", value);
  for (const value of customers) requireNonNegative("customers", value);
  const totalSpend = scaledSum(spend);
  const totalCustomers = scaledSum(customers);
  if (totalCustomers.m === 0) throw new GtmError("zeroTotal", { param: "customers" });
  if (totalSpend.m === 0) return 0;
  return finite(
    ldexp(totalSpend.m / totalCustomers.m, totalSpend.e - totalCustomers.e),
    "overflowCac"
  );
}

/** Lifetime value at acquisition: arpa · grossMargin / (churn + discountRate), as in the model. */
export function ltv(
  arpa: number,
  grossMargin: number,
  churn: number,
  discountRate: number
): number {
  requireNonNegative("arpa", arpa);
  requireRate("grossMargin", grossMargin);
  requireRate("churn", churn);
  requireRate("discountRate", discountRate);
  if (churn + discountRate === 0) {
    throw new GtmError("noResult", {
      reason: fragment("ltvUnbounded"),
    });
  }
  // arpa · grossMargin / (churn + d) without overflow or underflow in between.
  return finite(productQuotient([arpa, grossMargin], [churn + discountRate]), "overflowLtv");
}

/** −ln(1 − x) / x for x in (0, 1): 1 near 0, accurate for every such x (log1p). */
function logRatio(x: number): number {
  return x < 1e-300 ? 1 : -Math.log1p(-x) / x;
}

/** Periods until the margin arpa · grossMargin repays cac; with churn c the shrinking cohort's margin. */
export function payback(
  cacValue: number,
  arpa: number,
  grossMargin: number,
  churn: number
): number {
  requireNonNegative("cac", cacValue);
  requireNonNegative("arpa", arpa);
  requireRate("grossMargin", grossMargin);
  requireNonNegative("churn", churn);
  if (arpa === 0 || grossMargin === 0)
    throw new GtmError("noResult", { reason: fragment("neverRepaid") });
  if (churn >= 1)
    throw new GtmError("outOfRange", {
      param: "churn",
      value: churn,
      rule: fragment("churnOne"),
    });
  // Without churn, cac / m; with churn, ln(1 − s) / ln(1 − c) with s = cac·c/m, written as
  // (cac/m) · [−ln(1 − s)/s] / [−ln(1 − c)/c] so that a tiny churn (1E-17) loses nothing.
  const periods = productQuotient([cacValue], [arpa, grossMargin]);
  if (churn === 0 || cacValue === 0) return finite(periods, "overflowPayback");
  const share = productQuotient([cacValue, churn], [arpa, grossMargin]);
  if (share >= 1) throw new GtmError("noResult", { reason: fragment("churnNeverRepays") });
  return finite(periods * (logRatio(share) / logRatio(churn)), "overflowPayback");
}

/**
 * F(t) of gtm-model.md §2 for every finite p > 0, q ≥ 0: 1 − e^(−(p+q)t) by expm1 (exact for a
 * tiny p + q), and (q/p)·e^(−(p+q)t) in logarithms where the plain product would overflow or
 * give Infinity × 0. Returns F and 1 − F (each accurate where it is small), within [0, 1].
 */
function bassShares(p: number, q: number, t: number): { share: number; rest: number } {
  const rate = (p + q) * t;
  const decay = Math.exp(-rate);
  const grown = -Math.expm1(-rate);
  let ratio = 0;
  if (q > 0) {
    const direct = (q / p) * decay;
    ratio =
      Number.isFinite(direct) && decay > 0 ? direct : Math.exp(Math.log(q) - Math.log(p) - rate);
  }
  if (!Number.isFinite(ratio)) return { share: 0, rest: 1 };
  const share = Math.min(1, grown / (1 + ratio));
  // 1 − F = e^(−(p+q)t)·(1 + q/p) / (1 + (q/p)·e^(−(p+q)t)), accurate when F is near 1.
  const scale = q === 0 ? 1 : Number.isFinite(q / p) ? 1 + q / p : Infinity;
  const rest = Number.isFinite(scale) ? Math.min(1, (decay * scale) / (1 + ratio)) : 1 - share;
  return { share, rest: Math.max(0, rest) };
}

/** Bass diffusion over `periods`: new adopters market·(F(t) − F(t−1)), or market·F(t) when cumulative. */
export function bass(
  p: number,
  q: number,
  market: number,
  periods: number,
  cumulative: boolean
): number[] {
  if (!(p > 0))
    throw new GtmError("outOfRange", {
      param: "p",
      value: p,
      rule: fragment("pNotPositive"),
    });
  if (q < 0)
    throw new GtmError("outOfRange", {
      param: "q",
      value: q,
      rule: fragment("negative"),
    });
  requireNonNegative("market", market);
  if (!Number.isInteger(periods) || periods < 1 || periods > MAX_PERIODS) {
    throw new GtmError("outOfRange", {
      param: "periods",
      value: periods,
      rule: fragment("periodsRange", MAX_PERIODS),
    });
  }
  const adopters: number[] = [];
  let previous = { share: 0, rest: 1 };
  for (let t = 1; t <= periods; t++) {
    const now = bassShares(p, q, t);
    // New adopters from the smaller of the two forms: F(t) − F(t−1) while F is small, else the
    // fall of 1 − F, so neither difference cancels to nothing.
    const step = now.share <= 0.5 ? now.share - previous.share : previous.rest - now.rest;
    adopters.push(market * (cumulative ? now.share : Math.max(0, step)));
    previous = now;
  }
  return adopters;
}
