/**
 * Types of the GTM model (shared/spec/gtm-model.md). Pure data: no Office, DOM or Node.
 *
 * Every optional input field is `number | null`: `null` means the user left it blank, which
 * matters beyond its default (a `scale` driver leaves blank rows blank, the default tornado
 * leaves out a field that is blank in every row). Defaults are applied when the model runs.
 */

export type PeriodUnit = "month" | "quarter" | "year";
export type ChannelType = "direct" | "partner" | "online" | "other";

export const PERIOD_UNITS: readonly PeriodUnit[] = ["month", "quarter", "year"];
export const CHANNEL_TYPES: readonly ChannelType[] = ["direct", "partner", "online", "other"];

export interface Assumptions {
  /** T, number of periods (1..600). */
  horizon: number;
  periodUnit: PeriodUnit;
  /** d, discount rate per period (0..1). */
  discountRate: number;
  /** L, launch periods; `null` = blank, which means min(3, T). */
  launchPeriods: number | null;
  /** ISO 4217 code money is shown in (`USD`); `null` = blank: the workbook's culture, else USD. */
  currency: string | null;
}

export interface Segment {
  name: string;
  accounts: number | null;
  adoption: number | null;
  bassP: number | null;
  bassQ: number | null;
  price: number;
  grossMargin: number;
  churn: number | null;
  elasticity: number | null;
  refPrice: number | null;
}

export interface Channel {
  name: string;
  type: ChannelType;
  spend: number | null;
  costPerLead: number | null;
  conversion: number;
  cycle: number | null;
  capacity: number | null;
  ramp: number | null;
  partnerMargin: number | null;
  fixedCost: number | null;
}

export type SegmentNumericField = Exclude<keyof Segment, "name">;
export type ChannelNumericField = Exclude<keyof Channel, "name" | "type">;
export type AssumptionNumericField = Exclude<keyof Assumptions, "periodUnit" | "currency">;

export type TableName =
  | "Channels"
  | "Segments"
  | "Mix"
  | "Assumptions"
  | "Drivers"
  | "Scenarios"
  | "Bounds"
  | "Uncertainty"
  | "Correlations"
  | "Simulation";

/** Where a table came from on a sheet: its sheet and the address of its top-left (header) cell. */
export interface TableOrigin {
  sheet: string;
  /** 0-based row of the header row on the sheet. */
  row: number;
  /** 0-based column of the first column on the sheet. */
  column: number;
}

/**
 * A validated model. `mix[k][s]` holds channel k's raw (not yet normalised) weight for segment s;
 * `mix[k]` is null for a channel the mix leaves out; `mix` is null when there is no mix.
 */
export interface ModelInput {
  assumptions: Assumptions;
  segments: Segment[];
  channels: Channel[];
  mix: (number[] | null)[] | null;
}

export type Severity = "error" | "warning";

/** One problem found in the input, worded for a finance user. */
export interface InputIssue {
  severity: Severity;
  table: TableName;
  /** The row's name (channel or segment name, assumption name), when it has one. */
  row?: string;
  field?: string;
  /** Sheet address such as `Channels!E3`, when the input came from a sheet. */
  address?: string;
  /** What is wrong, e.g. `25 is not between 0 and 1 — enter 25% or 0.25`. */
  problem: string;
  /** The whole line: `Channels!E3 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25`. */
  message: string;
}

/** Per-channel (and total) results, spec §3. `null` where the spec leaves a value undefined. */
export interface ChannelResult {
  name: string;
  spend: number;
  fixedCost: number;
  revenue: number;
  grossProfit: number;
  contribution: number;
  npv: number;
  launchRevenue: number;
  activeCustomers: number;
  lostToCapacity: number;
  lostToSaturation: number;
  leads: number;
  customers: number;
  conversion: number | null;
  acquisitionCost: number;
  cac: number | null;
  ltv: number | null;
  ltvToCac: number | null;
  payback: number | null;
}

export interface SegmentResult {
  name: string;
  customers: number;
  activeCustomers: number;
  revenue: number;
  grossProfit: number;
  penetration: number | null;
}

export const SERIES_FIELDS = [
  "leads",
  "customers",
  "activeCustomers",
  "revenue",
  "grossProfit",
  "contribution",
] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];
export type PeriodSeries = Record<SeriesField, number[]>;

export interface ModelResult {
  horizon: number;
  periodUnit: PeriodUnit;
  channels: ChannelResult[];
  segments: SegmentResult[];
  total: ChannelResult;
  periods: { channels: PeriodSeries[]; total: PeriodSeries };
}

export const METRICS = [
  "customers",
  "activeCustomers",
  "revenue",
  "grossProfit",
  "contribution",
  "npv",
  "launchRevenue",
  "cac",
  "ltv",
  "ltvToCac",
  "payback",
  "conversion",
  "leads",
] as const;
export type Metric = (typeof METRICS)[number];

export type DriverMode = "value" | "scale";

/** A parsed driver such as `channel[Partners].conversion`, `segment[*].price` or `horizon`. */
export type Driver =
  | { kind: "channel"; row: string | "*"; field: ChannelNumericField; text: string }
  | { kind: "segment"; row: string | "*"; field: SegmentNumericField; text: string }
  | { kind: "assumption"; field: AssumptionNumericField; text: string };

/** One driver set to a number: the unit of every sensitivity evaluation (and of future sampling). */
export interface Override {
  driver: Driver;
  mode: DriverMode;
  value: number;
}

export interface GridAxis {
  driver: string;
  values: number[];
}

export interface GridSpec {
  metric: Metric | string;
  x: GridAxis;
  y?: GridAxis | null;
  mode?: DriverMode;
}

/** An axis of a computed grid. */
export interface GridAxisResult extends GridAxis {
  /**
   * The value the driver's row takes at each step, in the field's unit (value mode: the values;
   * scale mode: baseline × multiplier as the model applies it when the driver names one row or an
   * assumption); null when a scale driver covers several rows (each row moves from its own value).
   */
  applied?: number[] | null;
}

export interface GridResult {
  /** The metric's canonical name (`npv`, `channel[Partners].cac`). */
  metric: string;
  mode: DriverMode;
  x: GridAxisResult;
  y: GridAxisResult | null;
  /** `values[i][j]` is the metric at y_i, x_j; one row when there is no Y. */
  values: (number | null)[][];
}

export interface TornadoSpec {
  metric: Metric | string;
  drivers?: string[] | null;
  swing?: number | null;
}

export interface TornadoRow {
  driver: string;
  low: number | null;
  base: number | null;
  high: number | null;
  swing: number | null;
}

export interface TornadoResult {
  /** The metric's canonical name (`npv`, `channel[Partners].cac`). */
  metric: string;
  swing: number;
  rows: TornadoRow[];
}
