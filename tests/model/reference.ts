/**
 * A reference model for the tests: spec §2–§3 transcribed line by line, with plain nested arrays
 * and no attention to speed, so that the engine's flat, buffer-reusing kernel can be checked
 * against it over random models. Reads a validated ModelInput (parsing is tested elsewhere).
 */
import type { ChannelResult, ModelInput, PeriodSeries, SegmentResult } from "../../src/model";

/** Math, bound once: a global looked up in a hot loop is slow inside Jest's vm context. */
const M = Math;

export interface ReferenceResult {
  channels: ChannelResult[];
  segments: SegmentResult[];
  total: ChannelResult;
  periods: { channels: PeriodSeries[]; total: PeriodSeries };
}

const grid = (rows: number, columns: number): number[][] =>
  Array.from({ length: rows }, () => new Array<number>(columns).fill(0));
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
/** A quotient, or null when the divisor is 0 or the value is too large for a number. */
const ratio = (top: number, bottom: number): number | null =>
  bottom === 0 || !Number.isFinite(top / bottom) ? null : top / bottom;

/** §1 defaults and §2 weights: the normalised mix, or in proportion to M·a, else equal. */
function weights(m: ModelInput): number[][] {
  const S = m.segments.length;
  if (m.mix !== null) {
    return m.channels.map((_, k) => {
      const row = m.mix?.[k] ?? new Array<number>(S).fill(0);
      const total = sum(row);
      return row.map((w) => (total > 0 ? w / total : 0));
    });
  }
  const potentials = m.segments.map((s) =>
    s.accounts === null ? null : s.accounts * (s.adoption ?? 1)
  );
  const known = potentials.filter((p): p is number => p !== null);
  const total = sum(known);
  const equal = known.length < S || total <= 0;
  return m.channels.map(() => potentials.map((p) => (equal ? 1 / S : (p as number) / total)));
}

interface Unit {
  customers: number;
  leads: number;
  acquisitionCost: number;
  /** Per (k, s): won, u_ks (or null when c + d = 0), P(g − m). */
  cells: { won: number; u: number | null; margin: number }[];
}

function derived(
  unit: Unit
): Pick<ChannelResult, "conversion" | "cac" | "ltv" | "ltvToCac" | "payback"> {
  const { customers } = unit;
  const cac = customers === 0 ? null : ratio(unit.acquisitionCost, customers);
  const won = unit.cells.filter((cell) => cell.won > 0);
  const ltv =
    customers === 0 || won.some((cell) => cell.u === null)
      ? null
      : ratio(sum(won.map((cell) => cell.won * (cell.u as number))), customers);
  const margin = customers === 0 ? 0 : sum(won.map((cell) => cell.won * cell.margin)) / customers;
  return {
    conversion: unit.leads === 0 ? null : ratio(customers, unit.leads),
    cac,
    ltv,
    ltvToCac: ltv === null || cac === null || cac === 0 ? null : ratio(ltv, cac),
    payback: cac === null || !(margin > 0) ? null : ratio(cac, margin),
  };
}

export function referenceRun(m: ModelInput): ReferenceResult {
  const T = m.assumptions.horizon;
  const d = m.assumptions.discountRate;
  const L = M.min(m.assumptions.launchPeriods ?? M.min(3, T), T);
  const K = m.channels.length;
  const S = m.segments.length;
  const w = weights(m);
  const rate = m.channels.map((ch) =>
    m.segments.map((sg) => {
      const e = sg.elasticity ?? 0;
      const p0 = sg.refPrice ?? sg.price;
      const pi = e === 0 || sg.price === p0 ? 1 : M.pow(sg.price / p0, -e);
      return ch.conversion === 0 ? 0 : M.min(1, ch.conversion * pi);
    })
  );
  const F = (s: number, t: number): number => {
    const { bassP: p, bassQ } = m.segments[s];
    if (p === null) return 1;
    const q = bassQ ?? 0;
    return (1 - M.exp(-(p + q) * t)) / (1 + (q / p) * M.exp(-(p + q) * t));
  };
  const rho = (k: number, t: number): number => {
    const R = m.channels[k].ramp ?? 0;
    return R === 0 ? 1 : M.min(1, t / R);
  };

  const pipeline = Array.from({ length: T + 1 }, () => grid(K, S));
  const active = grid(K, S);
  const won = grid(K, S);
  const acquired = new Array<number>(S).fill(0);
  const lostCapacity = new Array<number>(K).fill(0);
  const lostSaturation = new Array<number>(K).fill(0);
  const series = m.channels.map(
    () =>
      ({
        leads: [],
        customers: [],
        activeCustomers: [],
        revenue: [],
        grossProfit: [],
        contribution: [],
      }) as PeriodSeries
  );
  const segRevenue = new Array<number>(S).fill(0);
  const segProfit = new Array<number>(S).fill(0);
  const npv = new Array<number>(K).fill(0);
  const launch = new Array<number>(K).fill(0);

  for (let t = 1; t <= T; t++) {
    m.channels.forEach((ch, k) => {
      const B = ch.spend ?? 0;
      const leads = B > 0 ? (B / (ch.costPerLead as number)) * rho(k, t) : 0;
      series[k].leads.push(leads);
      const closes = t + (ch.cycle ?? 0);
      if (closes <= T)
        for (let s = 0; s < S; s++) pipeline[closes][k][s] += leads * w[k][s] * rate[k][s];
    });
    const here = pipeline[t];
    m.channels.forEach((ch, k) => {
      if (ch.capacity === null) return;
      const limit = ch.capacity * rho(k, t);
      const total = sum(here[k]);
      if (total > limit) {
        here[k] = here[k].map((p) => (p * limit) / total);
        lostCapacity[k] += total - limit;
      }
    });
    // a segment the market limit cuts this period has acquired exactly its ready market after it
    // (summing the cut shares back could leave a rounding residue, 1e-16 customers, and a
    // CAC of 1e21 from it in a later period)
    const filledTo: (number | null)[] = m.segments.map(() => null);
    m.segments.forEach((sg, s) => {
      if (sg.accounts === null) return;
      const ready = sg.accounts * (sg.adoption ?? 1) * F(s, t);
      const avail = M.max(0, ready - acquired[s]);
      const total = sum(here.map((row) => row[s]));
      if (total > avail) {
        filledTo[s] = M.max(ready, acquired[s]);
        for (let k = 0; k < K; k++) {
          const before = here[k][s];
          here[k][s] = (before * avail) / total;
          lostSaturation[k] += before - here[k][s];
        }
      }
    });
    m.channels.forEach((ch, k) => {
      const margin = ch.partnerMargin ?? 0;
      let wonK = 0;
      let activeK = 0;
      let revenueK = 0;
      let profitK = 0;
      m.segments.forEach((sg, s) => {
        const wonKS = here[k][s];
        won[k][s] += wonKS;
        acquired[s] += wonKS;
        active[k][s] = active[k][s] * (1 - (sg.churn ?? 0)) + wonKS;
        const revenue = active[k][s] * sg.price;
        const profit = revenue * (sg.grossMargin - margin);
        wonK += wonKS;
        activeK += active[k][s];
        revenueK += revenue;
        profitK += profit;
        segRevenue[s] += revenue;
        segProfit[s] += profit;
      });
      const contribution = profitK - (ch.spend ?? 0) - (ch.fixedCost ?? 0);
      const row = series[k];
      row.customers.push(wonK);
      row.activeCustomers.push(activeK);
      row.revenue.push(revenueK);
      row.grossProfit.push(profitK);
      row.contribution.push(contribution);
      npv[k] += contribution / M.pow(1 + d, t);
      if (t <= L) launch[k] += revenueK;
    });
    filledTo.forEach((v, s) => {
      if (v !== null) acquired[s] = v;
    });
  }

  const unitOf = (k: number): Unit => {
    const ch = m.channels[k];
    return {
      customers: sum(won[k]),
      leads: sum(series[k].leads),
      acquisitionCost: T * (ch.spend ?? 0) + T * (ch.fixedCost ?? 0),
      cells: m.segments.map((sg, s) => {
        const c = sg.churn ?? 0;
        const margin = sg.price * (sg.grossMargin - (ch.partnerMargin ?? 0));
        return { won: won[k][s], u: c + d === 0 ? null : margin / (c + d), margin };
      }),
    };
  };
  const channels = m.channels.map((ch, k) => {
    const unit = unitOf(k);
    const row = series[k];
    return {
      name: ch.name,
      spend: T * (ch.spend ?? 0),
      fixedCost: T * (ch.fixedCost ?? 0),
      revenue: sum(row.revenue),
      grossProfit: sum(row.grossProfit),
      contribution: sum(row.contribution),
      npv: npv[k],
      launchRevenue: launch[k],
      activeCustomers: sum(active[k]),
      lostToCapacity: lostCapacity[k],
      lostToSaturation: lostSaturation[k],
      leads: unit.leads,
      customers: unit.customers,
      acquisitionCost: unit.acquisitionCost,
      ...derived(unit),
    };
  });
  const units = m.channels.map((_, k) => unitOf(k));
  const totalUnit: Unit = {
    customers: sum(units.map((u) => u.customers)),
    leads: sum(units.map((u) => u.leads)),
    acquisitionCost: sum(units.map((u) => u.acquisitionCost)),
    cells: units.flatMap((u) => u.cells),
  };
  const additive = (field: keyof (typeof channels)[number]): number =>
    sum(channels.map((c) => c[field] as number));
  const total = {
    name: "Total",
    spend: additive("spend"),
    fixedCost: additive("fixedCost"),
    revenue: additive("revenue"),
    grossProfit: additive("grossProfit"),
    contribution: additive("contribution"),
    npv: additive("npv"),
    launchRevenue: additive("launchRevenue"),
    activeCustomers: additive("activeCustomers"),
    lostToCapacity: additive("lostToCapacity"),
    lostToSaturation: additive("lostToSaturation"),
    leads: totalUnit.leads,
    customers: totalUnit.customers,
    acquisitionCost: totalUnit.acquisitionCost,
    ...derived(totalUnit),
  };
  const segments = m.segments.map((sg, s) => {
    const customers = sum(won.map((row) => row[s]));
    return {
      name: sg.name,
      customers,
      activeCustomers: sum(active.map((row) => row[s])),
      revenue: segRevenue[s],
      grossProfit: segProfit[s],
      penetration: sg.accounts === null || sg.accounts === 0 ? null : acquired[s] / sg.accounts,
    };
  });
  const fields = [
    "leads",
    "customers",
    "activeCustomers",
    "revenue",
    "grossProfit",
    "contribution",
  ] as const;
  const totalSeries = Object.fromEntries(
    fields.map((field) => [
      field,
      Array.from({ length: T }, (_, i) => sum(series.map((row) => row[field][i]))),
    ])
  ) as unknown as PeriodSeries;
  return { channels, segments, total, periods: { channels: series, total: totalSeries } };
}
