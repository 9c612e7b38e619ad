/** Models shared by drivers.test.ts and sensitivity.test.ts, with their figures worked by hand. */
import { parseDriver, type DriverMode, type ModelInput, type Override } from "../../src/model";
import { model } from "./helpers";

/**
 * T = 12, both segments unlimited (equal split).
 * Direct: 100 / 10 = 10 leads a period, r 0.4 → pipeline 4, closes 1 period later (t = 2..12), capacity 3.
 * Partner: 50 / 5 = 10 leads a period, r 0.2 → pipeline 2, closes 3 periods later (t = 4..12), no capacity.
 * Baseline: leads 240; customers Direct 11 × 3 = 33, Partner 9 × 2 = 18.
 */
export const base = model({
  assumptions: { horizon: 12 },
  segments: [
    { name: "Ent", price: 10, grossMargin: 0.5, churn: 0.1 },
    { name: "SMB", price: 5, grossMargin: 0.4 },
  ],
  channels: [
    { name: "Direct", spend: 100, costPerLead: 10, conversion: 0.4, cycle: 1, capacity: 3 },
    { name: "Partner", type: "partner", spend: 50, costPerLead: 5, conversion: 0.2, cycle: 3 },
  ],
});

/** Pipeline 10 a period (spend 100, cost 1, r 0.1), price 1, no churn: revenue_t = 10t, leads 100T. */
export const timed = (assumptions: Record<string, unknown>): ModelInput =>
  model({
    assumptions,
    segments: [{ name: "S", price: 1, grossMargin: 0.5 }],
    channels: [{ name: "C", spend: 100, costPerLead: 1, conversion: 0.1 }],
  });

/** An override of `driver` on `m`. */
export const set = (
  m: ModelInput,
  driver: string,
  value: number,
  mode: DriverMode = "value"
): Override => ({
  driver: parseDriver(driver, m),
  mode,
  value,
});
