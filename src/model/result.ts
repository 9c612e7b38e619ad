/** From a finished evaluation (kernel.ts) to the results of spec §3 and the metrics of §4. */
import * as kernel from "./kernel";
import type { Recording, Workspace } from "./kernel";
import type { MetricRef } from "./metrics";
import type { ChannelResult, Metric, ModelInput, ModelResult, SegmentResult } from "./types";
import { zeros, type Vec } from "./vec";

// Read once: compiled to CommonJS (tsx, jest), each use of an imported binding is a getter call,
// and a result reads these indexes a few hundred times.
const Total = kernel.Total;
const SegmentTotal = kernel.SegmentTotal;

/** The additive totals of one channel, or of all channels, read from the workspace. */
type Sums = Vec; // indexed by Total

function channelSums(ws: Workspace, k: number, into: Sums): Sums {
  for (let field = 0; field < Total.Count; field++)
    into[field] = ws.channelTotals[field * ws.K + k];
  return into;
}

function totalSums(ws: Workspace, into: Sums): Sums {
  into.fill(0);
  for (let field = 0; field < Total.Count; field++) {
    let sum = 0;
    for (let k = 0; k < ws.K; k++) sum += ws.channelTotals[field * ws.K + k];
    into[field] = field === Total.LtvUndefined ? Math.min(1, sum) : sum;
  }
  return into;
}

/** A value the metric does not have is null: a zero divisor, or a quotient too large for a number. */
const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);
const ratio = (top: number, bottom: number): number | null =>
  bottom === 0 ? null : finiteOrNull(top / bottom);

/** The non-additive results (spec §3): conversion, CAC, LTV, LTV:CAC, payback. */
function derived(
  sums: Sums
): Pick<ChannelResult, "conversion" | "acquisitionCost" | "cac" | "ltv" | "ltvToCac" | "payback"> {
  const customers = sums[Total.Customers];
  const acquisitionCost = sums[Total.Spend] + sums[Total.FixedCost];
  const cac = ratio(acquisitionCost, customers);
  const ltv = sums[Total.LtvUndefined] > 0 ? null : ratio(sums[Total.LtvWeighted], customers);
  const margin = customers === 0 ? 0 : sums[Total.MarginWeighted] / customers;
  return {
    conversion: ratio(customers, sums[Total.Leads]),
    acquisitionCost,
    cac,
    ltv,
    ltvToCac: ltv === null || cac === null ? null : ratio(ltv, cac),
    payback: cac === null || !(margin > 0) ? null : ratio(cac, margin),
  };
}

/** Whether every total of the evaluation is a finite number (inputs can be valid yet overflow). */
export function totalsAreFinite(ws: Workspace): boolean {
  // The additive totals come first in `Total`; the LTV and payback weights go through `ratio`.
  for (let i = 0; i < Total.LtvWeighted * ws.K; i++)
    if (!Number.isFinite(ws.channelTotals[i] as number)) return false;
  for (const value of ws.segmentTotals) if (!Number.isFinite(value)) return false;
  return true;
}

/** One result row from its sums; the fields spelled out (no spread: this runs for every row of every run). */
function channelResult(name: string, sums: Sums): ChannelResult {
  const metrics = derived(sums);
  return {
    name,
    spend: sums[Total.Spend],
    fixedCost: sums[Total.FixedCost],
    revenue: sums[Total.Revenue],
    grossProfit: sums[Total.GrossProfit],
    contribution: sums[Total.Contribution],
    npv: sums[Total.Npv],
    launchRevenue: sums[Total.LaunchRevenue],
    activeCustomers: sums[Total.ActiveCustomers],
    lostToCapacity: sums[Total.LostToCapacity],
    lostToSaturation: sums[Total.LostToSaturation],
    leads: sums[Total.Leads],
    customers: sums[Total.Customers],
    conversion: metrics.conversion,
    acquisitionCost: metrics.acquisitionCost,
    cac: metrics.cac,
    ltv: metrics.ltv,
    ltvToCac: metrics.ltvToCac,
    payback: metrics.payback,
  };
}

const ADDITIVE: Partial<Record<Metric, number>> = {
  customers: Total.Customers,
  activeCustomers: Total.ActiveCustomers,
  revenue: Total.Revenue,
  grossProfit: Total.GrossProfit,
  contribution: Total.Contribution,
  npv: Total.Npv,
  launchRevenue: Total.LaunchRevenue,
  leads: Total.Leads,
};

/** The `total` value of a metric after `evaluate`, without building the whole result. `scratch` avoids allocation. */
export function totalMetric(ws: Workspace, metric: Metric, scratch: Vec): number | null {
  const sums = totalSums(ws, scratch);
  const additive = ADDITIVE[metric];
  if (additive !== undefined) return sums[additive];
  const values = derived(sums);
  switch (metric) {
    case "cac":
      return values.cac;
    case "ltv":
      return values.ltv;
    case "ltvToCac":
      return values.ltvToCac;
    case "payback":
      return values.payback;
    default:
      return values.conversion;
  }
}

const penetration = (customers: number, market: number): number | null =>
  Number.isNaN(market) ? null : ratio(customers, market);

/** One channel's or one segment's figure after `evaluate` (segment revenue needs `sumActive`). */
export function rowMetric(
  ws: Workspace,
  ref: Exclude<MetricRef, { scope: "total" }>,
  accounts: Vec,
  scratch: Vec
): number | null {
  if (ref.scope === "channel")
    return channelResult("", channelSums(ws, ref.index, scratch))[ref.field];
  const S = ws.S;
  const s = ref.index;
  switch (ref.field) {
    case "customers":
      return ws.segmentTotals[SegmentTotal.Customers * S + s];
    case "activeCustomers":
      return ws.segmentTotals[SegmentTotal.ActiveCustomers * S + s];
    case "revenue":
      return ws.segmentTotals[SegmentTotal.Revenue * S + s];
    case "grossProfit":
      return ws.segmentTotals[SegmentTotal.GrossProfit * S + s];
    default:
      return penetration(ws.segmentTotals[SegmentTotal.Customers * S + s], accounts[s]);
  }
}

export function newSums(): Vec {
  return zeros(Total.Count);
}

/** The whole result of spec §3 after `evaluate` with a recording of the periods. */
export function buildResult(
  model: ModelInput,
  ws: Workspace,
  accounts: Vec,
  periods: Recording
): ModelResult {
  const sums = newSums();
  const channels = model.channels.map((channel, k) =>
    channelResult(channel.name, channelSums(ws, k, sums))
  );
  const total = channelResult("Total", totalSums(ws, sums));
  const S = ws.S;
  const segments: SegmentResult[] = model.segments.map((segment, s) => {
    const customers = ws.segmentTotals[SegmentTotal.Customers * S + s];
    const market = accounts[s];
    return {
      name: segment.name,
      customers,
      activeCustomers: ws.segmentTotals[SegmentTotal.ActiveCustomers * S + s],
      revenue: ws.segmentTotals[SegmentTotal.Revenue * S + s],
      grossProfit: ws.segmentTotals[SegmentTotal.GrossProfit * S + s],
      penetration: penetration(customers, market),
    };
  });
  return {
    horizon: ws.horizon,
    periodUnit: model.assumptions.periodUnit,
    channels,
    segments,
    total,
    periods,
  };
}
