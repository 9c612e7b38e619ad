import { METRICS, type Metric } from "./types";

/** How a figure is shown to a finance user: the number format family for sheets and the task pane. */
export type FigureKind = "money" | "rate" | "count" | "ratio" | "periods";

/** Plain-word names of the metrics (spec §4), for headers, dropdowns and axis titles. */
export const METRIC_LABELS: Record<Metric, { label: string; kind: FigureKind }> = {
  customers: { label: "Customers won", kind: "count" },
  activeCustomers: { label: "Active customers at end", kind: "count" },
  revenue: { label: "Revenue", kind: "money" },
  grossProfit: { label: "Gross profit", kind: "money" },
  contribution: { label: "Contribution", kind: "money" },
  npv: { label: "NPV", kind: "money" },
  launchRevenue: { label: "Launch revenue", kind: "money" },
  cac: { label: "CAC", kind: "money" },
  ltv: { label: "LTV", kind: "money" },
  ltvToCac: { label: "LTV:CAC", kind: "ratio" },
  payback: { label: "Payback", kind: "periods" },
  conversion: { label: "Conversion", kind: "rate" },
  leads: { label: "Leads", kind: "count" },
};

/**
 * A total metric named by its code (`ltvToCac`) or its label (`LTV:CAC`, `Launch revenue`),
 * ignoring case and surrounding blanks; null when it names none.
 */
export function metricByName(text: string): Metric | null {
  const key = text.trim().toLowerCase();
  return (
    METRICS.find(
      (metric) => metric.toLowerCase() === key || METRIC_LABELS[metric].label.toLowerCase() === key
    ) ?? null
  );
}

/** Plain-word names of the input fields (spec §1), as a user types them as table headers. */
export const FIELD_LABELS: Record<string, { label: string; kind: FigureKind | "text" }> = {
  name: { label: "Name", kind: "text" },
  type: { label: "Type", kind: "text" },
  horizon: { label: "Horizon", kind: "periods" },
  periodUnit: { label: "Period unit", kind: "text" },
  currency: { label: "Currency", kind: "text" },
  discountRate: { label: "Discount rate", kind: "rate" },
  launchPeriods: { label: "Launch periods", kind: "periods" },
  accounts: { label: "Accounts", kind: "count" },
  adoption: { label: "Adoption", kind: "rate" },
  bassP: { label: "Bass p", kind: "rate" },
  bassQ: { label: "Bass q", kind: "rate" },
  price: { label: "Price", kind: "money" },
  grossMargin: { label: "Gross margin", kind: "rate" },
  churn: { label: "Churn", kind: "rate" },
  elasticity: { label: "Elasticity", kind: "ratio" },
  refPrice: { label: "Ref price", kind: "money" },
  spend: { label: "Spend", kind: "money" },
  costPerLead: { label: "Cost per lead", kind: "money" },
  conversion: { label: "Conversion", kind: "rate" },
  cycle: { label: "Cycle", kind: "periods" },
  capacity: { label: "Capacity", kind: "count" },
  ramp: { label: "Ramp", kind: "periods" },
  partnerMargin: { label: "Partner margin", kind: "rate" },
  fixedCost: { label: "Fixed cost", kind: "money" },
};
