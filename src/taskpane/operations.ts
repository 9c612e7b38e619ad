/**
 * What the task pane can do, as the components see it: plain data in and out, no Office, no
 * workbook details. `createOperations` implements it over an OfficeHost, the model and the
 * workbook services.
 */
import type { FigureKind, InputIssue } from "../model";
import type { InputName, OutputMode, TableData } from "../workbook";

export interface InputStatus {
  input: InputName;
  required: boolean;
  /** Where it was found (`Channels!A1:J3`), or null. */
  address: string | null;
  /** Data rows (not counting the header and blank rows). */
  rows: number;
  kind: TableData["kind"] | null;
  /** The binding the user chose (an address), or null when found by name. */
  bound: string | null;
}

export interface DriverOption {
  /** The driver's text, e.g. `channel[Partners].conversion`. */
  value: string;
  /** Plain words, e.g. `Conversion (Partners)`. */
  label: string;
  /** What kind of figure the field is (money, rate, count, periods…). */
  kind: FigureKind;
  /** Its value now when every row it names agrees (for examples); null otherwise. */
  current: number | null;
  /** True when it moves one value (an assumption, or one channel's or segment's field). */
  single: boolean;
}

/** A metric the user can pick: a total (`npv`), a channel's (`channel[Partners].cac`) or a segment's. */
export interface MetricOption {
  value: string;
  /** Plain words, e.g. `CAC (Partners)`. */
  label: string;
  /** The group it is listed under: `Total`, a channel's or a segment's name. */
  group: string;
}

/** What the dropdowns offer, built from the actual rows and fields of a valid model. */
export interface ModelChoices {
  drivers: DriverOption[];
  /** The drivers a tornado can scale: every driver not blank in all its rows. */
  tornadoDrivers: DriverOption[];
  /** The spec's default tornado drivers (selected at first). */
  tornadoDefaults: string[];
  /** Drivers a break-even can move: fields that are not whole numbers. */
  goalSeekDrivers: DriverOption[];
  metrics: MetricOption[];
  channels: string[];
  /** The baseline budget: the channels' spend per period, summed. */
  budget: number;
  /** The model's currency code (`USD`) and period unit (`month`), for the pane's own figures. */
  currency: string;
  periodUnit: string;
  /** Scenarios in the workbook's Scenarios table; null when there is no such table. */
  scenarios: number | null;
  /** Rows of the Uncertainty table; null when there is no such table. */
  uncertainDrivers: number | null;
}

export interface InputsState {
  inputs: InputStatus[];
  errors: InputIssue[];
  warnings: InputIssue[];
  /** Null while the inputs are not valid. */
  choices: ModelChoices | null;
}

/** The answer of a break-even, shown in the pane as well as written. */
export interface BreakEvenAnswer {
  metric: string;
  driver: string;
  target: number;
  /** The driver's value where the metric meets the target, or null when none in [low, high]. */
  value: number | null;
  low: number;
  high: number;
  /** The metric's smallest and largest value over the interval (null when it never had one). */
  min: number | null;
  max: number | null;
}

/** What a finished action has to tell beside the sheets it wrote. */
export type OutcomeDetail =
  | { kind: "breakEven"; answer: BreakEvenAnswer }
  | { kind: "allocation"; metric: string; value: number | null; baseline: number | null }
  | {
      kind: "simulation";
      metric: string;
      iterations: number;
      /** The share of runs below the target; null when no run had a value. */
      shareBelow: number | null;
      target: number;
    };

export type ActionOutcome =
  | {
      status: "done";
      sheets: string[];
      cells?: number;
      warnings: InputIssue[];
      detail?: OutcomeDetail;
      /** The inputs as the action read them (an analysis that changed no input table). */
      inputs?: InputsState;
    }
  | { status: "invalid"; errors: InputIssue[]; warnings: InputIssue[] }
  | { status: "cancelled" };

/** Progress and cancellation of a long action. */
/** What "Use selection" would read, shown for confirmation before the binding changes. */
export interface SelectionPreview {
  input: InputName;
  /** The selection as Excel gives it, bound on confirmation. */
  selection: string;
  /** What is read there (a table's range when the selection is in a table). */
  address: string;
  kind: "table" | "sheet" | "range" | null;
  rows: number;
  columns: number;
  /** Rows below the header that are not blank. */
  dataRows: number;
  /** The header row as read; null for the assumptions (name–value pairs). */
  header: string[] | null;
  /** The first rows below the header, as text. */
  first: string[][];
  /** Input errors this table would have once bound (empty when it reads cleanly). */
  problems: InputIssue[];
}

export interface TaskControl {
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

/** Every request of a page that writes a sheet. */
export interface SheetRequest {
  /** Replace the newest sheet of this analysis the add-in still owns, instead of adding one. */
  replace?: boolean;
}

export interface RunRequest extends SheetRequest {
  output: OutputMode;
  chartMetric: "revenue" | "customers";
}

export interface AxisRequest {
  driver: string;
  values: number[];
}

export interface SensitivityRequest extends SheetRequest {
  metric: string;
  /** `scale`: values multiply the baseline (the ± % range); `value`: values replace it. */
  mode: "scale" | "value";
  x: AxisRequest;
  y: AxisRequest | null;
  output: OutputMode;
}

export interface TornadoRequest extends SheetRequest {
  metric: string;
  /** 0 < swing < 1. */
  swing: number;
  drivers: string[];
}

export interface ScenariosRequest extends SheetRequest {
  /** The metrics compared, in order; empty for the 13 total metrics. */
  metrics: string[];
  /** The metric the chart shows per scenario. */
  chartMetric: string;
}

/** One row of a Scenarios table (spec §6): a change a scenario makes to the baseline. */
export interface ScenarioRow {
  scenario: string;
  driver: string;
  value: number;
  mode: "value" | "scale";
}

export interface GoalSeekRequest extends SheetRequest {
  metric: string;
  target: number;
  driver: string;
  /** The search interval; null for the spec's default. */
  low: number | null;
  high: number | null;
}

export interface BudgetRequest extends SheetRequest {
  metric: string;
  /** Spend per period to split; null for the baseline's. */
  budget: number | null;
  /** Allow part of the budget to stay unspent. */
  unspent: boolean;
}

export interface SimulationRequest extends SheetRequest {
  metric: string;
  iterations: number;
  seed: number;
  sampling: "latin" | "random";
  target: number;
}

/** "Add uncertainty": a triangular ± spread around a driver's current value. */
export interface UncertaintyRequest {
  driver: string;
  /** 0 < spread < 1: the share below and above the current value. */
  spread: number;
}

export interface TaskpaneOperations {
  checkInputs(): Promise<InputsState>;
  /** Bind an input to the current selection (remembered in the workbook). */
  /** What binding `input` to the current selection would read (nothing saved); refused like bindSelection. */
  previewSelection(input: InputName): Promise<SelectionPreview>;
  /** Bind `input` to `address` (as previewed), or to the current selection. */
  bindSelection(input: InputName, address?: string): Promise<InputsState>;
  /** Forget a binding: look the input up by its name again. */
  resetBinding(input: InputName): Promise<InputsState>;
  selectCell(address: string): Promise<void>;
  insertSample(): Promise<ActionOutcome>;
  runModel(request: RunRequest, task: TaskControl): Promise<ActionOutcome>;
  makeSensitivity(request: SensitivityRequest, task: TaskControl): Promise<ActionOutcome>;
  makeTornado(request: TornadoRequest, task: TaskControl): Promise<ActionOutcome>;
  compareScenarios(request: ScenariosRequest, task: TaskControl): Promise<ActionOutcome>;
  /** Write the scenarios built in the pane as the workbook's Scenarios table. */
  saveScenarios(rows: ScenarioRow[]): Promise<ActionOutcome>;
  goalSeek(request: GoalSeekRequest, task: TaskControl): Promise<ActionOutcome>;
  allocateBudget(request: BudgetRequest, task: TaskControl): Promise<ActionOutcome>;
  simulate(request: SimulationRequest, task: TaskControl): Promise<ActionOutcome>;
  addUncertainty(request: UncertaintyRequest): Promise<ActionOutcome>;
}
