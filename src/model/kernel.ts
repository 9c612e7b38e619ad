/**
 * The dynamics of spec §2, period by period, over flat arrays. One `Workspace` holds every buffer
 * an evaluation needs and is reused across the cells of a grid: evaluating allocates nothing
 * unless the horizon grows past what the workspace holds.
 */
import { bassShare } from "./bass";
import { DISCOUNT_RATE, HORIZON, LAUNCH_PERIODS, type Params } from "./params";
import { filled, zeros, type Vec } from "./vec";
import { SERIES_FIELDS, type PeriodSeries } from "./types";

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

function newSeries(T: number): PeriodSeries {
  const series = {} as PeriodSeries;
  for (const field of SERIES_FIELDS) series[field] = new Array<number>(T).fill(0);
  return series;
}

export function newRecording(K: number, T: number): Recording {
  const channels: PeriodSeries[] = [];
  for (let k = 0; k < K; k++) channels.push(newSeries(T));
  return { channels, total: newSeries(T) };
}

export interface Workspace {
  K: number;
  S: number;
  /** Largest horizon the buffers hold. */
  capacityT: number;
  horizon: number;
  // Effective inputs of this evaluation (defaults applied).
  weight: Vec; // K*S, normalised mix
  rate: Vec; // K*S, r_ks
  // State.
  pipeline: Float64Array; // (T+1)*K*S, pipeline closing at t, then won at t
  active: Vec; // K*S
  acquired: Vec; // S, customers acquired so far in a limited market (only those are tracked)
  won: Vec; // K*S, Σ_t won
  activeSum: Vec; // K*S, Σ_t active (only when periods are recorded: it feeds the segment results)
  /** A_s(t) at `[s * capacityT + t - 1]`, NaN for an unlimited market; `readyKey` tells when to recompute. */
  ready: Float64Array;
  readyKey: Vec;
  flow: Vec; // K*S, w_ks · r_ks
  profitRate: Vec; // K*S, P_s (g_s − m_k)
  leadsAtFull: Vec; // K, B / Lc
  ramp: Vec; // K
  cycle: Vec; // K
  capacity: Vec; // K, NaN = unlimited
  margin: Vec; // K
  outflow: Vec; // K, B + F
  keep: Vec; // S, 1 − c
  price: Vec; // S
  // Results.
  channelTotals: Vec;
  segmentTotals: Vec;
}

export function createWorkspace(K: number, S: number, horizon: number): Workspace {
  const ws: Workspace = {
    K,
    S,
    capacityT: 0,
    horizon,
    weight: zeros(K * S),
    rate: zeros(K * S),
    pipeline: new Float64Array(0),
    active: zeros(K * S),
    acquired: zeros(S),
    won: zeros(K * S),
    activeSum: zeros(K * S),
    ready: new Float64Array(0),
    readyKey: filled(S * 5, Number.NaN),
    flow: zeros(K * S),
    profitRate: zeros(K * S),
    leadsAtFull: zeros(K),
    ramp: zeros(K),
    cycle: zeros(K),
    capacity: zeros(K),
    margin: zeros(K),
    outflow: zeros(K),
    keep: zeros(S),
    price: zeros(S),
    channelTotals: zeros(Total.Count * K),
    segmentTotals: zeros(SegmentTotal.Count * S),
  };
  ensureHorizon(ws, horizon);
  return ws;
}

function ensureHorizon(ws: Workspace, horizon: number): void {
  if (horizon <= ws.capacityT) return;
  ws.capacityT = horizon;
  ws.pipeline = new Float64Array((horizon + 1) * ws.K * ws.S);
  ws.ready = new Float64Array(ws.S * horizon);
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

/** Effective conversion r_ks = min(1, r_k · π_s), π_s = (P_s / P0_s)^(−e_s). */
function fillRates(p: Params, ws: Workspace): void {
  const { K, S, rate } = ws;
  for (let s = 0; s < S; s++) {
    const elasticity = orZero(p.segment.elasticity[s]);
    const price = p.segment.price[s];
    const ref = Number.isNaN(p.segment.refPrice[s]) ? p.enteredPrice[s] : p.segment.refPrice[s];
    const factor = elasticity === 0 || price === ref ? 1 : Math.pow(price / ref, -elasticity);
    for (let k = 0; k < K; k++) {
      const base = p.channel.conversion[k];
      rate[k * S + s] = base === 0 ? 0 : Math.min(1, base * factor);
    }
  }
}

/** Per-evaluation inputs with defaults applied, in flat arrays the period loop reads. */
function prepare(p: Params, ws: Workspace): void {
  const {
    K,
    S,
    flow,
    weight,
    rate,
    leadsAtFull,
    ramp,
    cycle,
    capacity,
    margin,
    outflow,
    keep,
    price,
    profitRate,
  } = ws;
  fillWeights(p, ws);
  fillRates(p, ws);
  for (let i = 0; i < K * S; i++) flow[i] = weight[i] * rate[i];
  const ch = p.channel;
  for (let k = 0; k < K; k++) {
    const spend = orZero(ch.spend[k]);
    leadsAtFull[k] = spend > 0 ? spend / ch.costPerLead[k] : 0;
    ramp[k] = orZero(ch.ramp[k]);
    cycle[k] = orZero(ch.cycle[k]);
    capacity[k] = ch.capacity[k];
    margin[k] = orZero(ch.partnerMargin[k]);
    outflow[k] = spend + orZero(ch.fixedCost[k]);
  }
  const sg = p.segment;
  for (let s = 0; s < S; s++) {
    keep[s] = 1 - orZero(sg.churn[s]);
    price[s] = sg.price[s];
    for (let k = 0; k < K; k++)
      profitRate[k * S + s] = sg.price[s] * (sg.grossMargin[s] - margin[k]);
  }
  fillReady(p, ws);
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

/** Run spec §2 over t = 1..T and fill the workspace's totals (and the period series when given a recording). */
export function evaluate(p: Params, ws: Workspace, recording: Recording | null): void {
  const recordPeriods = recording !== null;
  const T = p.assumption[HORIZON];
  const d = p.assumption[DISCOUNT_RATE];
  const launch = Number.isNaN(p.assumption[LAUNCH_PERIODS])
    ? Math.min(3, T)
    : Math.min(p.assumption[LAUNCH_PERIODS], T);
  const { K, S } = ws;
  const KS = K * S;
  ensureHorizon(ws, T);
  ws.horizon = T;
  prepare(p, ws);
  const {
    pipeline,
    active,
    activeSum,
    acquired,
    ready,
    flow,
    leadsAtFull,
    ramp,
    cycle,
    capacity,
    outflow,
    keep,
    price,
    profitRate,
  } = ws;
  const { channelTotals: ct, segmentTotals: st } = ws;
  const capT = ws.capacityT;
  pipeline.fill(0, 0, (T + 1) * KS);
  active.fill(0);
  activeSum.fill(0);
  acquired.fill(0);
  ct.fill(0);
  st.fill(0);
  const LEADS = Total.Leads * K;
  const LOST_CAPACITY = Total.LostToCapacity * K;
  const LOST_SATURATION = Total.LostToSaturation * K;
  const CUSTOMERS = Total.Customers * K;
  const REVENUE = Total.Revenue * K;
  const GROSS_PROFIT = Total.GrossProfit * K;
  const CONTRIBUTION = Total.Contribution * K;
  const NPV = Total.Npv * K;
  const LAUNCH_REVENUE = Total.LaunchRevenue * K;
  let growth = 1;
  for (let t = 1; t <= T; t++) {
    growth *= 1 + d;
    const here = t * KS;
    // Steps 1–3: spend → leads → pipeline closing λ periods later.
    for (let k = 0; k < K; k++) {
      if (leadsAtFull[k] === 0) continue;
      const leads = leadsAtFull[k] * (ramp[k] === 0 ? 1 : Math.min(1, t / ramp[k]));
      ct[LEADS + k] += leads;
      if (recording !== null) {
        recording.channels[k]!.leads[t - 1] = leads;
        recording.total.leads[t - 1] += leads;
      }
      const closes = t + cycle[k];
      if (closes > T) continue;
      const at = closes * KS + k * S;
      for (let s = 0; s < S; s++) pipeline[at + s] += leads * flow[k * S + s];
    }
    // Step 4: capacity.
    for (let k = 0; k < K; k++) {
      if (Number.isNaN(capacity[k])) continue;
      const limit = capacity[k] * (ramp[k] === 0 ? 1 : Math.min(1, t / ramp[k]));
      const at = here + k * S;
      let sum = 0;
      for (let s = 0; s < S; s++) sum += pipeline[at + s];
      if (sum > limit) {
        const factor = limit / sum;
        for (let s = 0; s < S; s++) pipeline[at + s] *= factor;
        ct[LOST_CAPACITY + k] += sum - limit;
      }
    }
    // Step 5: saturation against market-ready accounts A_s(t).
    for (let s = 0; s < S; s++) {
      const readyNow = ready[s * capT + t - 1];
      if (Number.isNaN(readyNow)) continue;
      const available = Math.max(0, readyNow - acquired[s]);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += pipeline[here + k * S + s];
      if (sum > available) {
        const factor = available / sum;
        for (let k = 0; k < K; k++) {
          const i = here + k * S + s;
          ct[LOST_SATURATION + k] += pipeline[i] - pipeline[i] * factor;
          pipeline[i] *= factor;
        }
        acquired[s] += available;
      } else {
        acquired[s] += sum;
      }
    }
    // Steps 6–8: won, active, revenue, gross profit, contribution.
    for (let k = 0; k < K; k++) {
      let wonK = 0;
      let activeK = 0;
      let revenueK = 0;
      let profitK = 0;
      for (let s = 0; s < S; s++) {
        const i = k * S + s;
        const wonKS = pipeline[here + i];
        const activeKS = active[i] * keep[s] + wonKS;
        active[i] = activeKS;
        if (recordPeriods) activeSum[i] += activeKS;
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
      if (t <= launch) ct[LAUNCH_REVENUE + k] += revenueK;
      if (recording !== null)
        record(recording, k, t - 1, wonK, activeK, revenueK, profitK, contribution);
    }
  }
  finishTotals(p, ws, T, d);
}

function record(
  recording: Recording,
  k: number,
  at: number,
  customers: number,
  activeCustomers: number,
  revenue: number,
  grossProfit: number,
  contribution: number
): void {
  const channel = recording.channels[k] as PeriodSeries;
  const total = recording.total;
  channel.customers[at] = customers;
  channel.activeCustomers[at] = activeCustomers;
  channel.revenue[at] = revenue;
  channel.grossProfit[at] = grossProfit;
  channel.contribution[at] = contribution;
  total.customers[at] += customers;
  total.activeCustomers[at] += activeCustomers;
  total.revenue[at] += revenue;
  total.grossProfit[at] += grossProfit;
  total.contribution[at] += contribution;
}

/** Period-independent totals: spend, fixed cost, active at T and the LTV / payback weights. */
function finishTotals(p: Params, ws: Workspace, T: number, d: number): void {
  const {
    K,
    S,
    active,
    activeSum,
    won,
    pipeline,
    price,
    profitRate,
    channelTotals: ct,
    segmentTotals: st,
  } = ws;
  const KS = K * S;
  won.fill(0);
  for (let t = 1; t <= T; t++) {
    const here = t * KS;
    for (let i = 0; i < KS; i++) won[i] += pipeline[here + i];
  }
  const ch = p.channel;
  const sg = p.segment;
  for (let k = 0; k < K; k++) {
    ct[Total.Spend * K + k] = T * orZero(ch.spend[k]);
    ct[Total.FixedCost * K + k] = T * orZero(ch.fixedCost[k]);
    const margin = orZero(ch.partnerMargin[k]);
    for (let s = 0; s < S; s++) {
      const i = k * S + s;
      ct[Total.ActiveCustomers * K + k] += active[i];
      st[SegmentTotal.ActiveCustomers * S + s] += active[i];
      st[SegmentTotal.Customers * S + s] += won[i];
      st[SegmentTotal.Revenue * S + s] += activeSum[i] * price[s];
      st[SegmentTotal.GrossProfit * S + s] += activeSum[i] * profitRate[i];
      if (won[i] > 0) {
        const churn = orZero(sg.churn[s]);
        const unitMargin = sg.price[s] * (sg.grossMargin[s] - margin);
        ct[Total.MarginWeighted * K + k] += won[i] * unitMargin;
        if (churn + d === 0) ct[Total.LtvUndefined * K + k] = 1;
        else ct[Total.LtvWeighted * K + k] += (won[i] * unitMargin) / (churn + d);
      }
    }
  }
}
