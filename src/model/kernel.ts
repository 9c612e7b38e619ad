/**
 * The dynamics of spec §2, period by period, over flat arrays. One `Workspace` holds every buffer
 * an evaluation needs and is reused across the cells of a grid: evaluating allocates nothing
 * unless the horizon grows past what the workspace holds.
 */
import { bassShare } from "./bass";
import { DISCOUNT_RATE, HORIZON, LAUNCH_PERIODS, type Params } from "./params";

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

/** Per-period series per channel: `Workspace.series[(field * K + k) * T + (t - 1)]`. */
export const Series = {
  Leads: 0,
  Customers: 1,
  ActiveCustomers: 2,
  Revenue: 3,
  GrossProfit: 4,
  Contribution: 5,
  Count: 6,
} as const;

export interface Workspace {
  K: number;
  S: number;
  /** Largest horizon the buffers hold. */
  capacityT: number;
  horizon: number;
  periodsRecorded: boolean;
  // Effective inputs of this evaluation (defaults applied).
  weight: Float64Array; // K*S, normalised mix
  rate: Float64Array; // K*S, r_ks
  // State.
  pipeline: Float64Array; // (T+1)*K*S, pipeline closing at t
  active: Float64Array; // K*S
  acquired: Float64Array; // S
  won: Float64Array; // K*S, Σ_t won
  ready: Float64Array; // S, A_s(t) for the current t
  // Results.
  channelTotals: Float64Array;
  segmentTotals: Float64Array;
  series: Float64Array;
}

export function createWorkspace(K: number, S: number, horizon: number): Workspace {
  const ws: Workspace = {
    K,
    S,
    capacityT: 0,
    horizon,
    periodsRecorded: false,
    weight: new Float64Array(K * S),
    rate: new Float64Array(K * S),
    pipeline: new Float64Array(0),
    active: new Float64Array(K * S),
    acquired: new Float64Array(S),
    won: new Float64Array(K * S),
    ready: new Float64Array(S),
    channelTotals: new Float64Array(Total.Count * K),
    segmentTotals: new Float64Array(SegmentTotal.Count * S),
    series: new Float64Array(0),
  };
  ensureHorizon(ws, horizon);
  return ws;
}

function ensureHorizon(ws: Workspace, horizon: number): void {
  if (horizon <= ws.capacityT) return;
  ws.capacityT = horizon;
  ws.pipeline = new Float64Array((horizon + 1) * ws.K * ws.S);
  ws.series = new Float64Array(Series.Count * ws.K * horizon);
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
    const potential = p.segment.accounts[s] * (Number.isNaN(p.segment.adoption[s]) ? 1 : p.segment.adoption[s]);
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

/** Run spec §2 over t = 1..T and fill the workspace's totals (and series when asked). */
export function evaluate(p: Params, ws: Workspace, recordPeriods: boolean): void {
  const T = p.assumption[HORIZON];
  const d = p.assumption[DISCOUNT_RATE];
  const launch = Number.isNaN(p.assumption[LAUNCH_PERIODS]) ? Math.min(3, T) : Math.min(p.assumption[LAUNCH_PERIODS], T);
  const { K, S } = ws;
  const KS = K * S;
  ensureHorizon(ws, T);
  ws.horizon = T;
  ws.periodsRecorded = recordPeriods;
  fillWeights(p, ws);
  fillRates(p, ws);
  const { pipeline, active, acquired, won, ready, weight, rate, channelTotals: ct, segmentTotals: st, series } = ws;
  pipeline.fill(0, 0, (T + 1) * KS);
  active.fill(0);
  acquired.fill(0);
  won.fill(0);
  ct.fill(0);
  st.fill(0);
  if (recordPeriods) series.fill(0, 0, Series.Count * K * T);
  const ch = p.channel;
  const sg = p.segment;
  let growth = 1;
  for (let t = 1; t <= T; t++) {
    growth *= 1 + d;
    const here = t * KS;
    // Steps 1–3: spend → leads → pipeline closing λ periods later.
    for (let k = 0; k < K; k++) {
      const spend = orZero(ch.spend[k]);
      if (spend <= 0) continue;
      const ramp = orZero(ch.ramp[k]);
      const leads = (spend / ch.costPerLead[k]) * (ramp === 0 ? 1 : Math.min(1, t / ramp));
      ct[Total.Leads * K + k] += leads;
      if (recordPeriods) series[(Series.Leads * K + k) * T + t - 1] = leads;
      const closes = t + orZero(ch.cycle[k]);
      if (closes > T) continue;
      const at = closes * KS + k * S;
      for (let s = 0; s < S; s++) pipeline[at + s] += leads * weight[k * S + s] * rate[k * S + s];
    }
    // Step 4: capacity.
    for (let k = 0; k < K; k++) {
      const capacity = ch.capacity[k];
      if (Number.isNaN(capacity)) continue;
      const ramp = orZero(ch.ramp[k]);
      const limit = capacity * (ramp === 0 ? 1 : Math.min(1, t / ramp));
      const at = here + k * S;
      let sum = 0;
      for (let s = 0; s < S; s++) sum += pipeline[at + s];
      if (sum > limit) {
        const factor = limit / sum;
        for (let s = 0; s < S; s++) pipeline[at + s] *= factor;
        ct[Total.LostToCapacity * K + k] += sum - limit;
      }
    }
    // Step 5: saturation against market-ready accounts A_s(t).
    for (let s = 0; s < S; s++) {
      const accounts = sg.accounts[s];
      if (Number.isNaN(accounts)) continue;
      const p0 = sg.bassP[s];
      const share = Number.isNaN(p0) ? 1 : bassShare(p0, orZero(sg.bassQ[s]), t);
      const adoption = Number.isNaN(sg.adoption[s]) ? 1 : sg.adoption[s];
      ready[s] = accounts * adoption * share;
      const available = Math.max(0, ready[s] - acquired[s]);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += pipeline[here + k * S + s];
      if (sum > available) {
        const factor = available / sum;
        for (let k = 0; k < K; k++) {
          const i = here + k * S + s;
          ct[Total.LostToSaturation * K + k] += pipeline[i] - pipeline[i] * factor;
          pipeline[i] *= factor;
        }
      }
    }
    // Steps 6–8: won, active, revenue, gross profit, contribution.
    for (let k = 0; k < K; k++) {
      const margin = orZero(ch.partnerMargin[k]);
      let wonK = 0;
      let activeK = 0;
      let revenueK = 0;
      let profitK = 0;
      for (let s = 0; s < S; s++) {
        const i = k * S + s;
        const wonKS = pipeline[here + i];
        const activeKS = active[i] * (1 - orZero(sg.churn[s])) + wonKS;
        active[i] = activeKS;
        won[i] += wonKS;
        acquired[s] += wonKS;
        const revenue = activeKS * sg.price[s];
        const profit = revenue * (sg.grossMargin[s] - margin);
        wonK += wonKS;
        activeK += activeKS;
        revenueK += revenue;
        profitK += profit;
        st[SegmentTotal.Customers * S + s] += wonKS;
        st[SegmentTotal.Revenue * S + s] += revenue;
        st[SegmentTotal.GrossProfit * S + s] += profit;
      }
      const contribution = profitK - orZero(ch.spend[k]) - orZero(ch.fixedCost[k]);
      ct[Total.Customers * K + k] += wonK;
      ct[Total.Revenue * K + k] += revenueK;
      ct[Total.GrossProfit * K + k] += profitK;
      ct[Total.Contribution * K + k] += contribution;
      ct[Total.Npv * K + k] += contribution / growth;
      if (t <= launch) ct[Total.LaunchRevenue * K + k] += revenueK;
      if (recordPeriods) {
        const row = K * T;
        const at = k * T + t - 1;
        series[Series.Customers * row + at] = wonK;
        series[Series.ActiveCustomers * row + at] = activeK;
        series[Series.Revenue * row + at] = revenueK;
        series[Series.GrossProfit * row + at] = profitK;
        series[Series.Contribution * row + at] = contribution;
      }
    }
  }
  finishTotals(p, ws, T, d);
}

/** Period-independent totals: spend, fixed cost, active at T and the LTV / payback weights. */
function finishTotals(p: Params, ws: Workspace, T: number, d: number): void {
  const { K, S, active, won, channelTotals: ct, segmentTotals: st } = ws;
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
