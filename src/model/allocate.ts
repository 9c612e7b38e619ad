/**
 * Budget allocation, the mixed motion (spec §8): each channel's spend per period chosen to make a
 * metric as good as possible within a budget and bounds. The search climbs from each of the best
 * three of the baseline, the equal split, every "all to one channel", a fill in proportion to the
 * room each channel has (and, with unspent allowed, every channel at its min): it moves money
 * between two channels (or the unspent part) with a step that shrinks from 20 % to 0.0001 % of the
 * budget, and ends with passes at exactly the step of (c) —
 * min(1 % of the budget, what the bounds allow) — until no such move improves the metric by more
 * than 1e-9 relative. So (a), (b) and (c) hold by construction.
 */
import { readConstraints, type BoundsSource, type ChannelLimits, type Constraints } from "./bounds";
import { ModelInputError } from "./errors";
import { Evaluator } from "./evaluator";
import { improves, metricInfo, resolveMetric, type MetricRef } from "./metrics";
import { inReadingOrder, IssueList } from "./raw";
import type { Driver, ModelInput, ModelResult, Override } from "./types";

export interface AllocationSpec {
  /** Default `npv`. */
  metric?: string | null;
  /** Σ spend per period; default the baseline's. */
  budget?: number | null;
  bounds?: BoundsSource | null;
  /** Allow Σ spend < budget. */
  unspent?: boolean | null;
}

/** Why a channel's best spend is where it is. */
export type StopReason = "fixed" | "min" | "max" | "capacity" | "margin";

export interface AllocationChannel {
  name: string;
  /** Spend per period now (baseline) and at the allocation. */
  now: number;
  best: number;
  min: number;
  max: number;
  /** At its bound, held by its capacity, where the next dollar earns less elsewhere, or fixed at 0. */
  stop: StopReason;
}

export interface AllocationResult {
  metric: string;
  budget: number;
  unspent: boolean;
  /** Channel name → spend per period at the allocation. */
  spends: Record<string, number>;
  /** Budget left unspent (0 unless allowed). */
  unspentAmount: number;
  /** The metric at the allocation, and at the baseline. */
  value: number | null;
  baseline: number | null;
  channels: AllocationChannel[];
  /** The full result of spec §3 at the allocation. */
  result: ModelResult;
  /** Model evaluations the search made. */
  evaluations: number;
}

/** Relative improvement a move must bring (spec §8 (c)). */
export const IMPROVEMENT = 1e-9;
const LEVELS = [
  0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005, 0.0002, 0.0001, 0.00001, 0.000001,
];
const FINAL_STEP = 0.01;
/** The shrinking-step search stops after this many evaluations (then the final passes run). */
const SEARCH_EVALUATIONS = 15000;

/** The search state: spends, the unspent part, and how to score them. */
class Search {
  readonly x: number[];
  unspentPart = 0;
  value: number | null = null;
  evaluations = 0;
  private readonly overrides: Override[];
  private readonly lower: boolean;

  constructor(
    private readonly evaluator: Evaluator,
    private readonly metric: MetricRef,
    readonly constraints: Constraints
  ) {
    this.overrides = constraints.limits.map((limit) => ({
      driver: spendDriver(limit.name),
      mode: "value",
      value: 0,
    }));
    this.x = constraints.limits.map(() => 0);
    this.lower = metricInfo(metric).lowerIsBetter;
  }

  score(spends: readonly number[]): number | null {
    spends.forEach((spend, k) => ((this.overrides[k] as Override).value = spend));
    this.evaluations++;
    return this.evaluator.metric(this.metric, this.overrides);
  }

  better(candidate: number | null, current: number | null, tolerance = IMPROVEMENT): boolean {
    return improves(candidate, current, this.lower, tolerance);
  }

  set(spends: readonly number[], value: number | null): void {
    spends.forEach((spend, k) => (this.x[k] = spend));
    const spent = spends.reduce((sum, spend) => sum + spend, 0);
    this.unspentPart = Math.max(0, this.constraints.budget - spent);
    this.value = value;
  }

  /** Room to take money out of i (−1: the unspent part) and to put money into j. */
  roomOut(i: number): number {
    if (i < 0) return this.unspentPart;
    return Math.max(0, (this.x[i] as number) - (this.constraints.limits[i] as ChannelLimits).min);
  }

  roomIn(j: number): number {
    if (j < 0) return Number.POSITIVE_INFINITY;
    return Math.max(0, (this.constraints.limits[j] as ChannelLimits).max - (this.x[j] as number));
  }

  /** Spends after moving min(step, room) from i to j; bounds met exactly when reached. */
  moved(i: number, j: number, step: number): number[] | null {
    const out = this.roomOut(i);
    const into = this.roomIn(j);
    const amount = Math.min(step, out, into);
    if (!(amount > 0)) return null;
    const next = this.x.slice();
    if (i >= 0) next[i] = amount === out ? this.constraints.limits[i]!.min : next[i]! - amount;
    if (j >= 0) next[j] = amount === into ? this.constraints.limits[j]!.max : next[j]! + amount;
    return next;
  }

  /** One pass over every ordered pair: apply each move that improves. Returns the moves made. */
  sweep(step: number): number {
    const K = this.x.length;
    const first = this.constraints.unspent ? -1 : 0;
    let moves = 0;
    for (let i = first; i < K; i++) {
      for (let j = first; j < K; j++) {
        if (i === j) continue;
        const next = this.moved(i, j, step);
        if (next === null) continue;
        const value = this.score(next);
        if (this.better(value, this.value)) {
          this.set(next, value);
          moves++;
        }
      }
    }
    return moves;
  }
}

const spendDriver = (name: string): Driver => ({
  kind: "channel",
  row: name,
  field: "spend",
  text: `channel[${name}].spend`,
});

/** Whether spends meet the constraints (spec §8 (a)), to 1e-9 relative. */
export function meetsConstraints(spends: readonly number[], constraints: Constraints): boolean {
  const { budget, limits, unspent } = constraints;
  const slack = 1e-9 * Math.max(1, budget);
  const total = spends.reduce((sum, spend) => sum + spend, 0);
  if (total > budget + slack || (!unspent && total < budget - slack)) return false;
  return limits.every((limit, k) => {
    const spend = spends[k] as number;
    return spend >= limit.min - slack && spend <= limit.max + slack;
  });
}

/** The allocations (b) names, plus a fill in proportion to each channel's room (always feasible). */
export function referenceAllocations(model: ModelInput, constraints: Constraints): number[][] {
  const { budget, limits } = constraints;
  const mins = limits.map((limit) => limit.min);
  const rest = budget - mins.reduce((sum, min) => sum + min, 0);
  const open = limits.map((limit) => limit.fixed === null && limit.max > limit.min);
  const openCount = open.filter(Boolean).length;
  const baseline = model.channels.map((channel) => channel.spend ?? 0);
  const equal = mins.map((min, k) => (open[k] && openCount > 0 ? min + rest / openCount : min));
  const allToOne = limits.map((_, one) => mins.map((min, k) => (k === one ? min + rest : min)));
  const room = limits.reduce((sum, limit) => sum + (limit.max - limit.min), 0);
  const share = room > 0 ? Math.min(1, rest / room) : 0;
  const fill = limits.map((limit) => limit.min + (limit.max - limit.min) * share);
  return [baseline, equal, ...allToOne, fill];
}

/** Every channel at its min, the rest of the budget in proportion to the room of all but `held`. */
function fillWithout(constraints: Constraints, held: number): number[] {
  const { budget, limits } = constraints;
  const rest = budget - limits.reduce((sum, limit) => sum + limit.min, 0);
  const roomOf = (limit: ChannelLimits, k: number): number =>
    k === held ? 0 : limit.max - limit.min;
  const room = limits.reduce((sum, limit, k) => sum + roomOf(limit, k), 0);
  const share = room > 0 ? Math.min(1, rest / room) : 0;
  return limits.map((limit, k) => limit.min + roomOf(limit, k) * share);
}

/** The best allocation of spec §8 (one Evaluator for the whole search). */
export function allocate(
  model: ModelInput,
  spec: AllocationSpec = {},
  evaluator = new Evaluator(model)
): AllocationResult {
  const issues = new IssueList();
  let metric: MetricRef | null = null;
  try {
    metric = resolveMetric(spec.metric ?? "npv", model);
  } catch (error) {
    if (!(error instanceof ModelInputError)) throw error;
    issues.errors.push(...error.issues);
  }
  const constraints = readConstraints(model, spec, issues);
  if (issues.errors.length > 0 || metric === null || constraints === null)
    throw new ModelInputError(inReadingOrder(issues.errors));
  // A climb from each of the best few starts (the landscape may have several local optima).
  let best: Search | null = null;
  const scorer = new Search(evaluator, metric, constraints);
  const from = starts(scorer, model);
  let evaluations = scorer.evaluations;
  for (const [spends, value] of from) {
    const search = new Search(evaluator, metric, constraints);
    search.set(spends, value);
    climb(search);
    evaluations += search.evaluations;
    if (best === null || search.better(search.value, best.value)) best = search;
  }
  const search = best as Search;
  search.evaluations = evaluations;
  return answer(model, evaluator, search, metric);
}

/** How many of the best starting allocations are climbed from. */
const CLIMBS = 3;

/** Shrinking steps, then passes at the step of (c) until none improves: (c) holds at the end. */
function climb(search: Search): void {
  const budget = search.constraints.budget;
  const searching = (): boolean => search.evaluations < SEARCH_EVALUATIONS;
  for (let round = 0; round < 3 && searching(); round++) {
    for (const level of LEVELS) {
      for (let pass = 0; pass < 50 && searching() && search.sweep(level * budget) > 0; pass++);
    }
    if (search.sweep(FINAL_STEP * budget) === 0) break;
  }
  // The check of (c), uncapped: it ends when a whole pass at the step of (c) finds no better move.
  while (search.sweep(FINAL_STEP * budget) > 0);
}

/**
 * The best few starting allocations that meet the constraints, best first (the first is at least
 * as good as every one of (b)): the reference allocations; with unspent allowed, every channel at
 * its min and the rest unspent (spending less may be best, e.g. for a CAC); and the proportional
 * fill with each channel in turn held at its min.
 */
function starts(scorer: Search, model: ModelInput): [number[], number | null][] {
  const { limits, unspent } = scorer.constraints;
  const candidates = referenceAllocations(model, scorer.constraints);
  if (unspent) candidates.push(limits.map((l) => l.min));
  // the proportional fill with one channel held at its min: a start without that channel's
  // spend when all-to-one is out of bounds (a channel that makes the metric null, or hurts it)
  limits.forEach((_, held) => candidates.push(fillWithout(scorer.constraints, held)));
  const scored: [number[], number | null][] = [];
  for (const spends of candidates) {
    if (!meetsConstraints(spends, scorer.constraints)) continue;
    if (scored.some(([other]) => other.every((x, k) => x === spends[k]))) continue;
    scored.push([spends, scorer.score(spends)]);
  }
  // stable: equal values keep the candidates' order; the proportional fill is always feasible
  scored.sort(([, a], [, b]) => (scorer.better(a, b, 0) ? -1 : scorer.better(b, a, 0) ? 1 : 0));
  return scored.slice(0, CLIMBS);
}

/**
 * Why channel k stops at its best spend: a bound, its capacity (it cuts pipeline there, or would
 * with 1 % of the budget more), or the margin (the next dollar earns less elsewhere).
 */
function stopReason(
  search: Search,
  evaluator: Evaluator,
  k: number,
  result: ModelResult
): StopReason {
  const limit = search.constraints.limits[k] as ChannelLimits;
  const best = search.x[k] as number;
  if (limit.fixed !== null) return "fixed";
  if (best <= limit.min) return "min";
  if (best >= limit.max) return "max";
  if ((result.channels[k]?.lostToCapacity ?? 0) > 0) return "capacity";
  const more = search.constraints.limits.map((l, j): Override => ({
    driver: spendDriver(l.name),
    mode: "value",
    value: (search.x[j] as number) + (j === k ? 0.01 * search.constraints.budget : 0),
  }));
  const lost = evaluator.metric(`channel[${limit.name}].lostToCapacity`, more);
  return lost !== null && lost > 0 ? "capacity" : "margin";
}

function answer(
  model: ModelInput,
  evaluator: Evaluator,
  search: Search,
  metric: MetricRef
): AllocationResult {
  const { budget, unspent, limits } = search.constraints;
  const overrides: Override[] = limits.map((limit, k) => ({
    driver: spendDriver(limit.name),
    mode: "value",
    value: search.x[k] as number,
  }));
  const result = evaluator.result(overrides);
  const spends: Record<string, number> = {};
  limits.forEach((limit, k) => (spends[limit.name] = search.x[k] as number));
  return {
    metric: metric.text,
    budget,
    unspent,
    spends,
    unspentAmount: unspent ? search.unspentPart : 0,
    value: search.value,
    baseline: evaluator.metric(metric),
    channels: limits.map((limit, k) => ({
      name: limit.name,
      now: model.channels[k]?.spend ?? 0,
      best: search.x[k] as number,
      min: limit.min,
      max: limit.max,
      stop: stopReason(search, evaluator, k, result),
    })),
    result,
    evaluations: search.evaluations,
  };
}
