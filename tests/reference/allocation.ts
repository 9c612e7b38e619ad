/**
 * §8 budget allocation on the reference engine: the question's constraints, a CHECKER of
 * conditions (a)–(c) for a proposed allocation (it lists every violated condition with its
 * numbers), and a slow, simple optimiser (pairwise transfers on ever finer steps) that gives a
 * best-known value on small models.
 */
import type { ReferenceResult } from "../model/reference";
import { better, resolveMetric, type RefMetric } from "./metrics";
import { check, clone, fail, rowIndex, runRef, type RefModel } from "./model";

export interface AllocationQuestion {
  metric: string;
  budget?: number | null;
  bounds?: Record<string, { min?: number | null; max?: number | null }>;
  unspent?: boolean;
}

/** The question made concrete: per channel min, max and whether it can buy leads. */
export interface AllocationSetup {
  metric: RefMetric;
  budget: number;
  unspent: boolean;
  names: string[];
  min: number[];
  max: number[];
  canBuy: boolean[];
  baseline: number[];
}

/** Relative 1e-9 of the budget (absolute 1e-9 near zero). */
const slack = (budget: number): number => 1e-9 * Math.max(1, Math.abs(budget));
const total = (v: number[]): number => v.reduce((a, b) => a + b, 0);

/**
 * A channel can buy leads when it has a cost per lead and, with a mix, a mix row (a channel
 * the mix leaves out cannot take spend: see README).
 */
const buys = (ref: RefModel, k: number): boolean =>
  ref.input.channels[k].costPerLead !== null &&
  (ref.input.mix === null || ref.input.mix[k] !== null);

export function allocationSetup(ref: RefModel, q: AllocationQuestion): AllocationSetup {
  const metric = resolveMetric(q.metric, ref);
  const channels = ref.input.channels;
  const baseline = channels.map((c) => c.spend ?? 0);
  const budget = q.budget ?? total(baseline);
  if (!Number.isFinite(budget) || budget < 0) fail(`Allocation: budget ${budget} is negative`);
  const canBuy = channels.map((_, k) => buys(ref, k));
  const min = channels.map(() => 0);
  const max = channels.map(() => budget);
  for (const [name, b] of Object.entries(q.bounds ?? {})) {
    const k = rowIndex(channels, name);
    if (k < 0) fail(`Bounds: ${name} is not a channel`);
    if (b.min !== null && b.min !== undefined) min[k] = b.min;
    if (b.max !== null && b.max !== undefined) max[k] = b.max;
    if (min[k] < 0 || max[k] < 0) fail(`Bounds (${name}): a bound below 0`);
    if (min[k] > max[k]) fail(`Bounds (${name}): min ${min[k]} is above max ${max[k]}`);
    if (!canBuy[k] && min[k] > 0) fail(`Bounds (${name}): min ${min[k]} but it cannot buy leads`);
  }
  canBuy.forEach((can, k) => {
    if (!can) max[k] = 0;
  });
  if (total(min) > budget + slack(budget))
    fail(`Bounds: the mins sum to ${total(min)}, above the budget ${budget}`);
  if (!q.unspent && total(max) < budget - slack(budget))
    fail(`Bounds: the maxes sum to ${total(max)}, below the budget ${budget}`);
  return {
    metric,
    budget,
    unspent: q.unspent === true,
    names: channels.map((c) => c.name),
    min,
    max,
    canBuy,
    baseline,
  };
}

/** The model with these spends (everything else at baseline). */
export function withSpends(ref: RefModel, spends: number[]): RefModel {
  const out = clone(ref);
  // a spend a rounding error below 0 (within (a)'s tolerance) runs as 0
  out.input.channels.forEach((c, k) => {
    c.spend = Math.max(0, spends[k]);
  });
  check(out);
  return out;
}

export function evaluate(ref: RefModel, setup: AllocationSetup, spends: number[]) {
  const result: ReferenceResult = runRef(withSpends(ref, spends));
  return { result, metric: setup.metric.read(result) };
}

/** Violations of (a) for these spends (empty when it meets every constraint). */
export function constraintViolations(setup: AllocationSetup, spends: number[]): string[] {
  const out: string[] = [];
  const tol = slack(setup.budget);
  const sum = total(spends);
  if (setup.unspent ? sum > setup.budget + tol : Math.abs(sum - setup.budget) > tol)
    out.push(
      `(a) spends sum to ${sum}, budget ${setup.budget}${setup.unspent ? " (unspent allowed)" : ""}`
    );
  spends.forEach((b, k) => {
    const name = setup.names[k];
    if (!setup.canBuy[k] && b !== 0) return out.push(`(a) ${name} cannot buy leads but gets ${b}`);
    if (b < setup.min[k] - tol) out.push(`(a) ${name}: ${b} is below its min ${setup.min[k]}`);
    if (b > setup.max[k] + tol) out.push(`(a) ${name}: ${b} is above its max ${setup.max[k]}`);
  });
  return out;
}

/** §8 (b)'s reference allocations: baseline, equal split, and all-to-one per channel. */
export function candidates(setup: AllocationSetup): { label: string; spends: number[] }[] {
  const rest = setup.budget - total(setup.min);
  const eligible = setup.min.map((m, k) => setup.canBuy[k] && setup.max[k] > m);
  const n = eligible.filter(Boolean).length;
  const list = [
    { label: "baseline", spends: [...setup.baseline] },
    {
      label: "equal split",
      spends: setup.min.map((m, k) => m + (eligible[k] ? rest / n : 0)),
    },
  ];
  setup.names.forEach((name, k) => {
    if (setup.canBuy[k])
      list.push({
        label: `all to ${name}`,
        spends: setup.min.map((m, j) => (j === k ? m + rest : m)),
      });
  });
  return list.filter((c) => c.spends.every(Number.isFinite));
}

/** The moves of (c) from these spends: Δ = min(1 % of the budget, what the bounds allow). */
export function moves(setup: AllocationSetup, spends: number[], fraction = 0.01) {
  const out: { label: string; spends: number[] }[] = [];
  const step = fraction * setup.budget;
  const K = spends.length;
  const room = (k: number): number => setup.max[k] - spends[k];
  const spare = (k: number): number => spends[k] - setup.min[k];
  const moved = (from: number, to: number, delta: number): number[] =>
    spends.map((b, k) => b - (k === from ? delta : 0) + (k === to ? delta : 0));
  for (let i = 0; i < K; i++) {
    if (!setup.canBuy[i]) continue;
    for (let j = 0; j < K; j++) {
      if (j === i || !setup.canBuy[j]) continue;
      const delta = Math.min(step, spare(i), room(j));
      if (delta > 0)
        out.push({
          label: `${setup.names[i]} → ${setup.names[j]} by ${delta}`,
          spends: moved(i, j, delta),
        });
    }
    if (setup.unspent) {
      const out1 = Math.min(step, spare(i));
      if (out1 > 0)
        out.push({ label: `${setup.names[i]} → unspent by ${out1}`, spends: moved(i, -1, out1) });
      const in1 = Math.min(step, room(i), setup.budget - total(spends));
      if (in1 > 0)
        out.push({ label: `unspent → ${setup.names[i]} by ${in1}`, spends: moved(-1, i, in1) });
    }
  }
  return out;
}

/** Every violated condition of §8 (a)–(c) for a proposed allocation, with its numbers. */
export function checkAllocation(ref: RefModel, setup: AllocationSetup, spends: number[]): string[] {
  const out = constraintViolations(setup, spends);
  if (out.length > 0) return out;
  const { metric } = evaluate(ref, setup, spends);
  const lower = setup.metric.lowerIsBetter;
  for (const c of candidates(setup)) {
    if (constraintViolations(setup, c.spends).length > 0) continue;
    const m = evaluate(ref, setup, c.spends).metric;
    if (better(m, metric, lower))
      out.push(`(b) the ${c.label} gives ${m}, the allocation ${metric}`);
  }
  for (const mv of moves(setup, spends)) {
    const m = evaluate(ref, setup, mv.spends).metric;
    if (better(m, metric, lower))
      out.push(`(c) moving ${mv.label} gives ${m}, the allocation ${metric}`);
  }
  return out;
}

/** A feasible start when no candidate of (b) is: mins, then each channel filled to its max in turn. */
function fill(setup: AllocationSetup): number[] {
  let rest = setup.budget - total(setup.min);
  return setup.min.map((m, k) => {
    const add = setup.unspent ? 0 : Math.max(0, Math.min(rest, setup.max[k] - m));
    rest -= add;
    return m + add;
  });
}

const STEPS = [0.25, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 1e-4, 1e-5, 1e-6];

/**
 * A slow optimiser: the best feasible candidate of (b), then pairwise transfers (and to/from
 * unspent) of each step size in turn while one improves, until no step improves.
 */
export function optimise(ref: RefModel, setup: AllocationSetup) {
  const lower = setup.metric.lowerIsBetter;
  let best = { spends: [] as number[], metric: null as number | null, found: false };
  for (const c of [...candidates(setup), { label: "fill", spends: fill(setup) }]) {
    if (constraintViolations(setup, c.spends).length > 0) continue;
    const m = evaluate(ref, setup, c.spends).metric;
    if (!best.found || better(m, best.metric, lower, 0))
      best = { spends: c.spends, metric: m, found: true };
  }
  if (!best.found) return null;
  for (let pass = 0, improved = true; improved && pass < 200; pass++) {
    improved = false;
    for (const fraction of STEPS) {
      for (let again = true; again;) {
        again = false;
        for (const mv of moves(setup, best.spends, fraction)) {
          const m = evaluate(ref, setup, mv.spends).metric;
          if (better(m, best.metric, lower, 1e-13)) {
            best = { spends: mv.spends, metric: m, found: true };
            again = improved = true;
          }
        }
      }
    }
  }
  return { spends: best.spends, ...evaluate(ref, setup, best.spends) };
}
