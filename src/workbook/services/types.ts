/** Options of the services: what every host passes in. Pure data. */
import type {
  AllocationResult,
  BreakEvenResult,
  GridResult,
  InputIssue,
  ModelInput,
  ModelResult,
  ScenarioComparison,
  SimulationResult,
  TornadoResult,
  UncertaintySpec,
} from "../../model";
import type { Locale } from "../../model/locale";
import type { InputBindings, InputName, ReadInputs, TableData, WrittenSheet } from "../port";

/** `values`: a snapshot of numbers. `formulas`: live `GTM.*` formulas over the input ranges. */
export type OutputMode = "values" | "formulas";

/** What every written sheet records in its audit block. */
export interface RunContext {
  /** When the run happened (passed in: builders never read the clock). Shown in UTC. */
  now: Date;
  /** The add-in's version, e.g. `1.0.0`. */
  version: string;
  /** The inputs the model was read from: their addresses are recorded, and live formulas refer to them. */
  inputs: ReadInputs;
  /** Preferred sheet name; a free variant is used when a user's sheet has it. */
  sheetName?: string;
  /**
   * Replace the sheet this analysis wrote before (the newest of its sheets the add-in still owns)
   * instead of adding a new one. `false` by default: every run goes to a new sheet.
   */
  replace?: boolean;
  /** The language every text of the sheet is written in; English by default. */
  locale?: Locale;
  /** The model's warnings, shown in the audit block beside the results. */
  warnings?: readonly InputIssue[];
}

export interface WriteResultsOptions extends RunContext {
  model: ModelInput;
  result: ModelResult;
  mode: OutputMode;
  /** What the chart shows by channel over time; `revenue` by default. */
  chartMetric?: "revenue" | "customers";
}

export interface WriteSensitivityOptions extends RunContext {
  model: ModelInput;
  grid: GridResult;
  mode: OutputMode;
}

export interface WriteTornadoOptions extends RunContext {
  model: ModelInput;
  tornado: TornadoResult;
}

export interface WriteScenariosOptions extends RunContext {
  model: ModelInput;
  comparison: ScenarioComparison;
  /** Where the scenarios came from, in words: `Scenarios!A1:D5`, `the JSON model's scenarios`. */
  source: string;
  /** The metric the chart shows (one of the compared); NPV or the first by default. */
  chartMetric?: string | null;
}

export interface WriteBreakEvenOptions extends RunContext {
  model: ModelInput;
  answer: BreakEvenResult;
}

export interface WriteAllocationOptions extends RunContext {
  model: ModelInput;
  answer: AllocationResult;
  /** Where the bounds came from, in words: `Bounds!A1:C3`, `none (0 to the budget)`. */
  bounds: string;
}

export interface WriteSimulationOptions extends RunContext {
  model: ModelInput;
  simulation: SimulationResult;
  spec: UncertaintySpec;
  /** Where the Uncertainty and Correlations tables were read (for the audit block). */
  tables?: { uncertainty?: TableData; correlations?: TableData };
}

export interface InsertSampleOptions {
  now: Date;
  version: string;
  /** The language of the model sheet's texts (the input tables keep the headers the model reads). */
  locale?: Locale;
}

export interface SampleWritten {
  /** The input sheets (Channels, Segments, Mix, Assumptions or free variants) and the model sheet. */
  sheets: WrittenSheet[];
  /** The Excel table names actually used, per input. */
  tables: Record<InputName, string>;
  /** The Excel table names of the Scenarios, Bounds, Uncertainty and Correlations tables. */
  decisionTables: Record<"scenarios" | "bounds" | "uncertainty" | "correlations", string>;
  /** Bindings that read the sample back (the table names). */
  bindings: InputBindings;
  /** The inputs as written (what `readInputs(bindings)` returns right after). */
  inputs: ReadInputs;
}
