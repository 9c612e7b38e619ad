/** Short definitions of every figure the sheets show, for the audit block (spec §3 in plain words). */
import type { Locale, Metric, PeriodUnit } from "../../model";
import { periodPlural } from "../formats";
import { sheetText } from "./sheetText";

export type DefinedFigure =
  | Metric
  | "spend"
  | "fixedCost"
  | "penetration"
  | "acquisitionCost"
  | "lostToCapacity"
  | "lostToSaturation";

/** One line per figure: `[label, definition]`. */
export function definition(figure: DefinedFigure, unit: PeriodUnit, locale: Locale = "en"): string {
  if (locale !== "en") return sheetText(locale).definition[figure]?.(unit) ?? figure;
  const per = unit;
  switch (figure) {
    case "leads":
      return `Leads generated: spend ÷ cost per lead, scaled by the ramp, summed over the ${periodPlural(unit)}`;
    case "customers":
      return "New customers won, after capacity and market saturation limits";
    case "activeCustomers":
      return `Customers still active at the end of the last ${per}, after churn`;
    case "conversion":
      return "Customers won ÷ leads";
    case "spend":
      return `Acquisition spend over all ${periodPlural(unit)}`;
    case "fixedCost":
      return `Fixed cost (team, programmes) over all ${periodPlural(unit)}`;
    case "acquisitionCost":
      return "Spend + fixed cost";
    case "cac":
      return "Customer acquisition cost: (spend + fixed cost) ÷ customers won";
    case "ltv":
      return `Lifetime value: margin per customer per ${per} ÷ (churn + discount rate)`;
    case "ltvToCac":
      return "LTV ÷ CAC";
    case "payback":
      return `CAC ÷ margin per customer per ${per}, in ${periodPlural(unit)} (no churn)`;
    case "revenue":
      return `Active customers × price, summed over the ${periodPlural(unit)}`;
    case "grossProfit":
      return "Revenue × (gross margin − partner margin)";
    case "contribution":
      return "Gross profit − spend − fixed cost";
    case "npv":
      return `Contribution discounted at the discount rate per ${per} (end of each ${per})`;
    case "launchRevenue":
      return `Revenue in the launch ${periodPlural(unit)}`;
    case "lostToCapacity":
      return "Pipeline cut by the channel's capacity (customers not won)";
    case "lostToSaturation":
      return "Pipeline cut because the segment's market is exhausted (customers not won)";
    case "penetration":
      return "Customers acquired ÷ addressable accounts (blank when the market is unlimited)";
  }
}
