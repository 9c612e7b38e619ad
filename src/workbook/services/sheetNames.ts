/**
 * Names of the sheets the analyses write: each run goes to a new sheet named for what it shows
 * (`Sens NPV Price×Conv`, `Tornado NPV`, `Break-even Price`…), in short forms so that the name
 * fits Excel's 31 characters; `chooseOutputSheet` (ownership.ts) makes it free (`Tornado NPV 2`)
 * and cleans what Excel forbids (`: \ / ? * [ ]`, apostrophes at either end).
 */
import { parseDriver, resolveMetric } from "../../model";
import type { ModelInput } from "../../model";
import { chooseOutputSheet, type AnalysisKind } from "../ownership";
import type { WorkbookInfo } from "../port";
import type { RunContext } from "./types";

/** Short words of the metrics in sheet names (`LTV:CAC` has a colon, which Excel forbids). */
const METRIC_SHORT: Record<string, string> = {
  customers: "Customers",
  activeCustomers: "Active",
  revenue: "Revenue",
  grossProfit: "GP",
  contribution: "Contribution",
  npv: "NPV",
  launchRevenue: "Launch rev",
  cac: "CAC",
  ltv: "LTV",
  ltvToCac: "LTV-CAC",
  payback: "Payback",
  conversion: "Conv",
  leads: "Leads",
  spend: "Spend",
  fixedCost: "Fixed cost",
  acquisitionCost: "Acq cost",
  lostToCapacity: "Lost cap",
  lostToSaturation: "Lost sat",
  penetration: "Penetration",
};

/** Short words of the input fields a driver moves. */
const FIELD_SHORT: Record<string, string> = {
  horizon: "Horizon",
  discountRate: "Disc rate",
  launchPeriods: "Launch",
  accounts: "Accounts",
  adoption: "Adoption",
  bassP: "Bass p",
  bassQ: "Bass q",
  price: "Price",
  grossMargin: "GM",
  churn: "Churn",
  elasticity: "Elasticity",
  refPrice: "Ref price",
  spend: "Spend",
  costPerLead: "CPL",
  conversion: "Conv",
  cycle: "Cycle",
  capacity: "Capacity",
  ramp: "Ramp",
  partnerMargin: "Partner mgn",
  fixedCost: "Fixed cost",
};

/** `NPV`, `CAC Partners` (the metric was resolved by the run: an unknown one throws here too). */
export function metricShort(metric: string): string {
  const ref = resolveMetric(metric);
  const base = METRIC_SHORT[ref.field] ?? ref.field;
  return ref.scope === "total" ? base : `${base} ${ref.row}`;
}

/** `Price`, `Conv Partners`, `Disc rate` (the driver was parsed by the run against this model). */
export function driverShort(driver: string, model: ModelInput): string {
  const parsed = parseDriver(driver, model);
  const base = FIELD_SHORT[parsed.field] ?? parsed.field;
  if (parsed.kind === "assumption" || parsed.row === "*") return base;
  const rows = parsed.kind === "channel" ? model.channels : model.segments;
  const wanted = parsed.row.toLowerCase();
  const name = rows.find((row) => row.name.toLowerCase() === wanted)?.name ?? parsed.row;
  return `${base} ${name}`;
}

/** The preferred names, one per analysis. */
export const sheetNames = {
  results: (): string => "Results",
  sensitivity: (model: ModelInput, metric: string, x: string, y: string | null): string =>
    `Sens ${metricShort(metric)} ${driverShort(x, model)}${y === null ? "" : `×${driverShort(y, model)}`}`,
  tornado: (metric: string): string => `Tornado ${metricShort(metric)}`,
  scenarios: (metric: string | null): string =>
    metric === null ? "Scenarios" : `Scenarios ${metricShort(metric)}`,
  breakEven: (model: ModelInput, driver: string): string =>
    `Break-even ${driverShort(driver, model)}`,
  allocation: (metric: string): string => `Budget ${metricShort(metric)}`,
  simulation: (metric: string): string => `Sim ${metricShort(metric)}`,
  whatIf: (output: string): string => `What-if ${output}`,
};

/**
 * The target of an analysis' sheet: the run's own name when it gives one (`RunContext.sheetName`),
 * else `preferred`; a new sheet unless `replace` asks for the newest one of this analysis.
 */
export function outputTarget(
  info: WorkbookInfo,
  analysis: AnalysisKind,
  preferred: string,
  run: Pick<RunContext, "sheetName" | "replace">
): { name: string; replace: boolean } {
  return chooseOutputSheet(info, {
    analysis,
    preferred: run.sheetName ?? preferred,
    replace: run.replace,
  });
}
