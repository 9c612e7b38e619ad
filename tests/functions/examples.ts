/**
 * The shared examples (shared/examples, beside the repository as CI clones it): inputs as sheet
 * tables exactly as Excel passes them to a custom function, and the expected results.
 */
import { exampleNames, readExample } from "../support/shared";

type Cell = string | number;

export interface Tables {
  channels: Cell[][];
  segments: Cell[][];
  assumptions: Cell[][];
  mix: Cell[][] | null;
}

export interface ChannelFigures {
  name: string;
  [field: string]: number | string | null;
}

export interface Example {
  name: string;
  tables: Tables;
  result: {
    channels: ChannelFigures[];
    total: ChannelFigures;
    periods: { channels: Record<string, number[]>[] };
  };
  tornado: {
    metric: string;
    swing: number;
    rows: {
      driver: string;
      low: number | null;
      base: number | null;
      high: number | null;
      swing: number | null;
    }[];
  };
  grid: {
    metric: string;
    mode: string;
    x: { driver: string; values: number[] };
    y: { driver: string; values: number[] };
    values: (number | null)[][];
  };
}

export const EXAMPLE_NAMES = exampleNames();

/** An example's expected results, typed as these tests read them. */
export function loadExample(name: string): Example {
  return { name, ...(readExample(name).expected as unknown as Omit<Example, "name">) };
}

/** The four table arguments in the order of GTM.MODEL's optional tail: mix, assumptions. */
export function tableArgs(example: Example): [Cell[][], Cell[][], Cell[][] | null, Cell[][]] {
  const { channels, segments, mix, assumptions } = example.tables;
  return [channels, segments, mix, assumptions];
}

/** The GTM.MODEL columns, by result field. */
export const MODEL_FIELDS = [
  "leads",
  "customers",
  "conversion",
  "spend",
  "fixedCost",
  "cac",
  "ltv",
  "ltvToCac",
  "payback",
  "revenue",
  "grossProfit",
  "contribution",
  "npv",
] as const;

/** The GTM.MODEL spill the spec expects for an example: nulls as "". */
/** GTM.MODEL's column headers after `Channel`, as custom-functions.md lists them (written out here, not read from src). */
export const GTM_MODEL_HEADERS = [
  "Leads",
  "Customers",
  "Conversion",
  "Spend",
  "Fixed cost",
  "CAC",
  "LTV",
  "LTV:CAC",
  "Payback",
  "Revenue",
  "Gross profit",
  "Contribution",
  "NPV",
];

export function expectedModelTable(example: Example): (number | string)[][] {
  const row = (figures: ChannelFigures, name: string) => [
    name,
    ...MODEL_FIELDS.map((field) => figures[field] ?? ""),
  ];
  return [
    ["Channel", ...GTM_MODEL_HEADERS],
    ...example.result.channels.map((channel) => row(channel, channel.name)),
    row(example.result.total, "Total"),
  ] as (number | string)[][];
}

/** The GTM.TORNADO spill the spec expects: nulls as "". */
export function expectedTornadoTable(example: Example): (number | string)[][] {
  return [
    ["Driver", "Low", "Base", "High", "Swing"],
    ...example.tornado.rows.map((row) => [
      row.driver,
      row.low ?? "",
      row.base ?? "",
      row.high ?? "",
      row.swing ?? "",
    ]),
  ];
}

/** GTM.SENSITIVITY's arguments between segments and mix for the example's grid: X as a row, Y as a column. */
export function gridArgs(example: Example): unknown[] {
  const { metric, mode, x, y } = example.grid;
  return [metric, x.driver, [x.values], y.driver, y.values.map((value) => [value]), mode];
}

/** The two-way GTM.SENSITIVITY spill of the example's grid (metric label top-left). */
export function expectedGridTable(example: Example, label: string): (number | string)[][] {
  const { x, y, values } = example.grid;
  return [
    [label, ...x.values],
    ...y.values.map((yValue, i) => [yValue, ...values[i].map((value) => value ?? "")]),
  ];
}
