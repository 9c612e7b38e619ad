/**
 * The maths of GTM.CONVERSION, FUNNEL, CAC, LTV, PAYBACK and BASS (shared/spec/custom-functions.md).
 * Pure: numbers in, numbers out, a GtmError for what the spec refuses. No Excel argument handling.
 */
import { bassShare } from "../../model";
import { GtmError, requireNonNegative, requireRate } from "./errors";

const MAX_PERIODS = 600;

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

/** Blended CAC: Σ spend / Σ customers. */
export function cac(spend: readonly number[], customers: readonly number[]): number {
  const totalSpend = spend.reduce((sum, value) => sum + requireNonNegative("spend", value), 0);
  const totalCustomers = customers.reduce(
    (sum, value) => sum + requireNonNegative("customers", value),
    0
  );
  if (totalCustomers === 0) throw new GtmError("zeroTotal", { param: "customers" });
  return totalSpend / totalCustomers;
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
      reason: "churn + discountRate is 0: the margin never ends, so the LTV is unbounded",
    });
  }
  return (arpa * grossMargin) / (churn + discountRate);
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
  const margin = arpa * grossMargin;
  if (margin <= 0)
    throw new GtmError("noResult", { reason: "arpa · grossMargin is 0: the CAC is never repaid" });
  if (churn >= 1)
    throw new GtmError("outOfRange", {
      param: "churn",
      value: churn,
      rule: "is 1 or more — every customer leaves at once",
    });
  if (churn === 0 || cacValue === 0) return cacValue / margin;
  const share = (cacValue * churn) / margin;
  if (share >= 1)
    throw new GtmError("noResult", { reason: "with this churn the margin never repays the CAC" });
  return Math.log(1 - share) / Math.log(1 - churn);
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
      rule: "is not above 0 — enter the innovation coefficient, e.g. 0.01",
    });
  if (q < 0)
    throw new GtmError("outOfRange", {
      param: "q",
      value: q,
      rule: "is negative — enter 0 or more",
    });
  requireNonNegative("market", market);
  if (!Number.isInteger(periods) || periods < 1 || periods > MAX_PERIODS) {
    throw new GtmError("outOfRange", {
      param: "periods",
      value: periods,
      rule: `is not a whole number from 1 to ${MAX_PERIODS}`,
    });
  }
  const adopters: number[] = [];
  let previous = 0;
  for (let t = 1; t <= periods; t++) {
    const share = bassShare(p, q, t);
    adopters.push(market * (cumulative ? share : share - previous));
    previous = share;
  }
  return adopters;
}
