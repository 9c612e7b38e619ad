/**
 * The dynamics of spec §2, period by period, over flat arrays. One `Workspace` holds every buffer
 * an evaluation needs and is reused across the cells of a grid: evaluating allocates nothing
 * unless the horizon grows past what the workspace holds.
 *
 * Each period makes two passes over the channels: `intake` (steps 1–4: leads, what closes now,
 * capacity) and `close` (steps 5–8: the saturation cut found by `saturate`, won, active, money).
 * What closes at t is the leads of t − λ times r·w, computed when it closes: the leads of one
 * period close in one period, so the pipeline needs no buffer over time.
 */
import { bassShare } from "./bass";
import { DISCOUNT_RATE, HORIZON, LAUNCH_PERIODS, type Params } from "./params";
import { filled, zeros, type Vec } from "./vec";
import type { PeriodSeries } from "./types";

/** Totals per channel: index into `Workspace.channelTotals[field * K + k]`. */
export const Total = {
  Leads: 0,
  Customers: 1,
  Revenue: 2,
  GrossProfit: 3,
  Contribution: 4,
  Npv: 5,
  LaunchRevenue: 6,
  ActiveCustomers: 7,
  LostToCapacity: 8,
  LostToSaturation: 9,
  Spend: 10,
  FixedCost: 11,
  /** Σ_s won_ks · u_ks (the LTV numerator). */
  LtvWeighted: 12,
  /** Σ_s won_ks · P_s (g_s − m_k) (the payback denominator's numerator). */
  MarginWeighted: 13,
  /** 1 when a segment with won > 0 has c + d = 0 (no LTV). */
  LtvUndefined: 14,
  Count: 15,
} as const;

/** The state of each (channel, segment) pair: block `field` of `Workspace.cells`, at `[field * K*S + k*S + s]`. */
export const Cell = {
  Active: 0,
  /** Σ_t won. */
  Won: 1,
  /** Σ_t active (only when periods are recorded: it feeds the segment results). */
  ActiveSum: 2,
  Count: 3,
} as const;

/** Totals per segment: `Workspace.segmentTotals[field * S + s]`. */
export const SegmentTotal = {
  Customers: 0,
  ActiveCustomers: 1,
  Revenue: 2,
  GrossProfit: 3,
  Count: 4,
} as const;

/** Per-period series, written straight into the result's arrays when a run records them. */
export interface Recording {
  channels: PeriodSeries[];
  total: PeriodSeries;
}

/**
 * Six series of T slots, each written once per period by `evaluate`. Copies of one array of
 * doubles: a copy is a single allocation already laid out for doubles (a new array would be laid
 * out again at its first non-integer value).
 */
function newSeries(slots: Vec): PeriodSeries {
  return {
    leads: slots.slice(),
    customers: slots.slice(),
    activeCustomers: slots.slice(),
    revenue: slots.slice(),
    grossProfit: slots.slice(),
    contribution: slots.slice(),
  };
}

export function newRecording(K: number, T: number): Recording {
  const slots = filled(T, Number.NaN);
  const channels: PeriodSeries[] = [];
  for (let k = 0; k < K; k++) channels.push(newSeries(slots));
  return { channels, total: newSeries(slots) };
}

export interface Workspace {
  K: number;
  S: number;
  /** Largest horizon the `ready` buffer holds. */
  capacityT: number;
  horizon: number;
  // Effective inputs of this evaluation (defaults applied).
  weight: Vec; // K*S, normalised mix
  flow: Vec; // K*S, w_ks · r_ks
  profitRate: Vec; // K*S, P_s (g_s − m_k)
  leadsAtFull: Vec; // K, B / Lc
  ramp: Vec; // K
  cycle: Vec; // K
  capacity: Vec; // K, NaN = unlimited
  outflow: Vec; // K, B + F
  keep: Vec; // S, 1 − c
  price: Vec; // S
  // State.
  pipeline: Vec; // K*S, the pipeline closing this period (after the capacity cut)
  /** Per (k, s): active customers, Σ won, Σ active (see `Cell`): one array, read in one pass. */
  cells: Vec;
  acquired: Vec; // S, customers acquired so far in a limited market (only those are tracked)
  closing: Vec; // S, Σ_k pipeline closing this period (after capacity)
  cut: Vec; // S, this period's saturation factor (1 = no cut)
  /** A_s(t) at `[s * capacityT + t - 1]`, NaN for an unlimited market; `readyKey` tells when to recompute. */
  ready: Vec;
  readyKey: Vec;
  // Results.
  channelTotals: Vec;
  segmentTotals: Vec;
}

export function createWorkspace(K: number, S: number, horizon: number): Workspace {
  const KS = K * S;
  return {
    K,
    S,
    capacityT: horizon,
    horizon,
    weight: zeros(KS),
    flow: zeros(KS),
    profitRate: zeros(KS),
    leadsAtFull: zeros(K),
    ramp: zeros(K),
    cycle: zeros(K),
    capacity: zeros(K),
    outflow: zeros(K),
    keep: zeros(S),
    price: zeros(S),
    pipeline: zeros(KS),
    cells: zeros(Cell.Count * KS),
    acquired: zeros(S),
    closing: zeros(S),
    cut: zeros(S),
    ready: zeros(S * horizon),
    readyKey: filled(S * 5, Number.NaN),
    channelTotals: zeros(Total.Count * K),
    segmentTotals: zeros(SegmentTotal.Count * S),
  };
}

/** Grow the Bass table when the horizon grows past what it holds. */
function ensureHorizon(ws: Workspace, horizon: number): void {
  if (horizon <= ws.capacityT) return;
  ws.capacityT = horizon;
  ws.ready = zeros(ws.S * horizon);
  ws.readyKey.fill(Number.NaN);
}

const orZero = (value: number): number => (Number.isNaN(value) ? 0 : value);

/** Spend split w_ks: the mix normalised per row, or in proportion to the potentials M·a (else equally). */
export function fillWeights(p: Params, ws: Workspace): void {
  const { K, S, weight } = ws;
  if (p.mix !== null) {
    for (let k = 0; k < K; k++) {
      let sum = 0;
      for (let s = 0; s < S; s++) sum += p.mix[k * S + s];
      for (let s = 0; s < S; s++) weight[k * S + s] = sum > 0 ? p.mix[k * S + s] / sum : 0;
    }
    return;
  }
  let total = 0;
  let unlimited = false;
  for (let s = 0; s < S; s++) {
    const accounts = p.segment.accounts[s];
    if (Number.isNaN(accounts)) unlimited = true;
    else total += accounts * (Number.isNaN(p.segment.adoption[s]) ? 1 : p.segment.adoption[s]);
  }
  for (let s = 0; s < S; s++) {
    const potential =
      p.segment.accounts[s] * (Number.isNaN(p.segment.adoption[s]) ? 1 : p.segment.adoption[s]);
    const share = unlimited || total <= 0 ? 1 / S : potential / total;
    for (let k = 0; k < K; k++) weight[k * S + s] = share;
  }
}

/** flow_ks = w_ks · r_ks, with the effective conversion r_ks = min(1, r_k · π_s), π_s = (P_s / P0_s)^(−e_s). */
function fillFlows(p: Params, ws: Workspace): void {
  const { K, S, weight, flow } = ws;
  for (let s = 0; s < S; s++) {
    const elasticity = orZero(p.segment.elasticity[s]);
    const price = p.segment.price[s];
    const ref = Number.isNaN(p.segment.refPrice[s]) ? p.enteredPrice[s] : p.segment.refPrice[s];
    const factor = elasticity === 0 || price === ref ? 1 : Math.pow(price / ref, -elasticity);
    for (let k = 0; k < K; k++) {
      const base = p.channel.conversion[k];
      const rate = base === 0 ? 0 : Math.min(1, base * factor);
      flow[k * S + s] = weight[k * S + s] * rate;
    }
  }
}

/** Per-evaluation inputs with defaults applied, in flat arrays the period loop reads. */
function prepare(p: Params, ws: Workspace): void {
  const { K, S, leadsAtFull, ramp, cycle, capacity, outflow, keep, price, profitRate } = ws;
  fillWeights(p, ws);
  fillFlows(p, ws);
  const ch = p.channel;
  for (let k = 0; k < K; k++) {
    const spend = orZero(ch.spend[k]);
    leadsAtFull[k] = spend > 0 ? spend / ch.costPerLead[k] : 0;
    ramp[k] = orZero(ch.ramp[k]);
    cycle[k] = orZero(ch.cycle[k]);
    capacity[k] = ch.capacity[k];
    outflow[k] = spend + orZero(ch.fixedCost[k]);
  }
  const sg = p.segment;
  for (let s = 0; s < S; s++) {
    keep[s] = 1 - orZero(sg.churn[s]);
    price[s] = sg.price[s];
    for (let k = 0; k < K; k++)
      profitRate[k * S + s] = sg.price[s] * (sg.grossMargin[s] - orZero(ch.partnerMargin[k]));
  }
}

/**
 * Market-ready accounts A_s(t) = M·a·F(t) for t = 1..T (NaN for an unlimited market). Kept across
 * evaluations while a segment's M, a, p, q and T stay the same: most drivers do not move them.
 */
function fillReady(p: Params, ws: Workspace): void {
  const T = ws.horizon;
  const sg = p.segment;
  for (let s = 0; s < ws.S; s++) {
    const accounts = sg.accounts[s];
    const adoption = Number.isNaN(sg.adoption[s]) ? 1 : sg.adoption[s];
    const bassP = sg.bassP[s];
    const bassQ = orZero(sg.bassQ[s]);
    const key = ws.readyKey;
    const at = s * 5;
    if (
      Object.is(key[at], accounts) &&
      key[at + 1] === adoption &&
      Object.is(key[at + 2], bassP) &&
      key[at + 3] === bassQ &&
      key[at + 4] === T
    ) {
      continue;
    }
    key[at] = accounts;
    key[at + 1] = adoption;
    key[at + 2] = bassP;
    key[at + 3] = bassQ;
    key[at + 4] = T;
    const start = s * ws.capacityT - 1;
    for (let t = 1; t <= T; t++) {
      ws.ready[start + t] = Number.isNaN(accounts)
        ? Number.NaN
        : accounts * adoption * (Number.isNaN(bassP) ? 1 : bassShare(bassP, bassQ, t));
    }
  }
}

/** Clear the state and the totals of the previous evaluation. */
function reset(ws: Workspace): void {
  ws.cells.fill(0);
  ws.acquired.fill(0);
  ws.channelTotals.fill(0);
  ws.segmentTotals.fill(0);
}

/**
 * Run spec §2 over t = 1..T and fill the workspace's totals (and the period series when given a
 * recording). `sumActive` also sums the active customers over time, which the segments' revenue
 * and gross profit need (always done with a recording).
 */
export function evaluate(
  p: Params,
  ws: Workspace,
  recording: Recording | null,
  sumActive: boolean = recording !== null
): void {
  const T = p.assumption[HORIZON];
  const d = p.assumption[DISCOUNT_RATE];
  const launch = Number.isNaN(p.assumption[LAUNCH_PERIODS])
    ? Math.min(3, T)
    : Math.min(p.assumption[LAUNCH_PERIODS], T);
  ws.horizon = T;
  ensureHorizon(ws, T);
  prepare(p, ws);
  fillReady(p, ws);
  reset(ws);
  let growth = 1;
  for (let t = 1; t <= T; t++) {
    growth *= 1 + d;
    intake(ws, t, recording);
    saturate(ws, t);
    close(ws, t, t <= launch, growth, recording, sumActive);
  }
  finishTotals(p, ws, T, d);
}

/** Ramp-up ρ(t) = min(1, t/R), 1 when R = 0 (t ≥ R gives t/R ≥ 1: no division once ramped up). */
const rampAt = (ramp: number, t: number): number => (t >= ramp ? 1 : t / ramp);

/**
 * Steps 1–4 of period t, channel by channel: spend → leads; what closes now (the leads of t − λ
 * times r·w: what would close after T is never computed) and its capacity cut; what closes now
 * per segment.
 */
function intake(ws: Workspace, t: number, recording: Recording | null): void {
  const { K, S, pipeline, flow, leadsAtFull, ramp, cycle, capacity, closing } = ws;
  const ct = ws.channelTotals;
  const LEADS = Total.Leads * K;
  const LOST_CAPACITY = Total.LostToCapacity * K;
  let totalLeads = 0;
  for (let s = 0; s < S; s++) closing[s] = 0;
  for (let k = 0; k < K; k++) {
    const rho = rampAt(ramp[k], t);
    const leads = leadsAtFull[k] === 0 ? 0 : leadsAtFull[k] * rho;
    if (leads !== 0) {
      ct[LEADS + k] += leads;
      totalLeads += leads;
    }
    if (recording !== null) (recording.channels[k] as PeriodSeries).leads[t - 1] = leads;
    const at = k * S;
    const source = t - cycle[k];
    const sourceLeads =
      leadsAtFull[k] === 0 || source < 1 ? 0 : leadsAtFull[k] * rampAt(ramp[k], source);
    let sum = 0;
    for (let s = 0; s < S; s++) {
      pipeline[at + s] = sourceLeads * flow[at + s];
      sum += pipeline[at + s];
    }
    const limit = capacity[k] * rho; // NaN (never exceeded) without a capacity
    if (sum > limit) {
      const factor = limit / sum;
      for (let s = 0; s < S; s++) pipeline[at + s] *= factor;
      ct[LOST_CAPACITY + k] += sum - limit;
    }
    for (let s = 0; s < S; s++) closing[s] += pipeline[at + s];
  }
  if (recording !== null) recording.total.leads[t - 1] = totalLeads;
}

/** Step 5 of period t: each limited segment takes at most max(0, A(t) − acquired so far). */
function saturate(ws: Workspace, t: number): void {
  const { S, acquired, closing, cut, ready } = ws;
  for (let s = 0; s < S; s++) {
    const readyNow = ready[s * ws.capacityT + t - 1];
    cut[s] = 1;
    if (Number.isNaN(readyNow)) continue;
    const available = Math.max(0, readyNow - acquired[s]);
    const sum = closing[s];
    if (sum > available) {
      cut[s] = available / sum;
      // exactly the ready market (adding `available` could leave a rounding residue, 1e-16
      // customers next period and a CAC of 1e21 from them)
      acquired[s] = Math.max(acquired[s] as number, readyNow);
    } else {
      acquired[s] += sum;
    }
  }
}

/**
 * Steps 5–8 of period t, channel by channel: the saturation cut, won, active, revenue, gross
 * profit, contribution and NPV.
 */
function close(
  ws: Workspace,
  t: number,
  launching: boolean,
  growth: number,
  recording: Recording | null,
  sumActive: boolean
): void {
  const { K, S, pipeline, cells, cut, keep, price, profitRate, outflow } = ws;
  const ct = ws.channelTotals;
  const WON = Cell.Won * K * S;
  const ACTIVE_SUM = Cell.ActiveSum * K * S;
  const LOST_SATURATION = Total.LostToSaturation * K;
  const CUSTOMERS = Total.Customers * K;
  const REVENUE = Total.Revenue * K;
  const GROSS_PROFIT = Total.GrossProfit * K;
  const CONTRIBUTION = Total.Contribution * K;
  const NPV = Total.Npv * K;
  const LAUNCH_REVENUE = Total.LaunchRevenue * K;
  let wonAll = 0;
  let activeAll = 0;
  let revenueAll = 0;
  let profitAll = 0;
  let contributionAll = 0;
  for (let k = 0; k < K; k++) {
    let wonK = 0;
    let activeK = 0;
    let revenueK = 0;
    let profitK = 0;
    for (let s = 0; s < S; s++) {
      const i = k * S + s;
      const closing = pipeline[i];
      let wonKS = closing;
      if (cut[s] !== 1) {
        wonKS = closing * cut[s];
        ct[LOST_SATURATION + k] += closing - wonKS;
      }
      cells[WON + i] += wonKS;
      const activeKS = cells[i] * keep[s] + wonKS; // Cell.Active is block 0
      cells[i] = activeKS;
      if (sumActive) cells[ACTIVE_SUM + i] += activeKS;
      wonK += wonKS;
      activeK += activeKS;
      revenueK += activeKS * price[s];
      profitK += activeKS * profitRate[i];
    }
    const contribution = profitK - outflow[k];
    ct[CUSTOMERS + k] += wonK;
    ct[REVENUE + k] += revenueK;
    ct[GROSS_PROFIT + k] += profitK;
    ct[CONTRIBUTION + k] += contribution;
    ct[NPV + k] += contribution / growth;
    if (launching) ct[LAUNCH_REVENUE + k] += revenueK;
    if (recording !== null) {
      const series = recording.channels[k] as PeriodSeries;
      writePeriod(series, t - 1, wonK, activeK, revenueK, profitK, contribution);
      wonAll += wonK;
      activeAll += activeK;
      revenueAll += revenueK;
      profitAll += profitK;
      contributionAll += contribution;
    }
  }
  if (recording !== null)
    writePeriod(recording.total, t - 1, wonAll, activeAll, revenueAll, profitAll, contributionAll);
}

/** One period of a channel's (or the total's) series; the leads are written by `intake`. */
function writePeriod(
  series: PeriodSeries,
  at: number,
  customers: number,
  activeCustomers: number,
  revenue: number,
  grossProfit: number,
  contribution: number
): void {
  series.customers[at] = customers;
  series.activeCustomers[at] = activeCustomers;
  series.revenue[at] = revenue;
  series.grossProfit[at] = grossProfit;
  series.contribution[at] = contribution;
}

/** Period-independent totals: spend, fixed cost, active at T and the LTV / payback weights. */
function finishTotals(p: Params, ws: Workspace, T: number, d: number): void {
  const { K, S, cells, price, profitRate, channelTotals: ct, segmentTotals: st } = ws;
  const ch = p.channel;
  const sg = p.segment;
  const KS = K * S;
  for (let k = 0; k < K; k++) {
    ct[Total.Spend * K + k] = T * orZero(ch.spend[k]);
    ct[Total.FixedCost * K + k] = T * orZero(ch.fixedCost[k]);
    const margin = orZero(ch.partnerMargin[k]);
    for (let s = 0; s < S; s++) {
      const i = k * S + s;
      const active = cells[Cell.Active * KS + i];
      const won = cells[Cell.Won * KS + i];
      const activeSum = cells[Cell.ActiveSum * KS + i];
      ct[Total.ActiveCustomers * K + k] += active;
      st[SegmentTotal.ActiveCustomers * S + s] += active;
      st[SegmentTotal.Customers * S + s] += won;
      st[SegmentTotal.Revenue * S + s] += activeSum * price[s];
      st[SegmentTotal.GrossProfit * S + s] += activeSum * profitRate[i];
      if (won > 0) {
        const churn = orZero(sg.churn[s]);
        const unitMargin = sg.price[s] * (sg.grossMargin[s] - margin);
        ct[Total.MarginWeighted * K + k] += won * unitMargin;
        if (churn + d === 0) ct[Total.LtvUndefined * K + k] = 1;
        else ct[Total.LtvWeighted * K + k] += (won * unitMargin) / (churn + d);
      }
    }
  }
}
