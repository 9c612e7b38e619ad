/**
 * What the task pane can do, as the components see it: plain data in and out, no Office, no
 * workbook details. `createOperations` implements it over an OfficeHost, the model and the
 * workbook services.
 */
import type { InputIssue, Metric } from "../model";
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
}

/** What the dropdowns offer, built from the actual rows and fields of a valid model. */
export interface ModelChoices {
  drivers: DriverOption[];
  tornadoDrivers: DriverOption[];
  channels: string[];
}

export interface InputsState {
  inputs: InputStatus[];
  errors: InputIssue[];
  warnings: InputIssue[];
  /** Null while the inputs are not valid. */
  choices: ModelChoices | null;
}

export type ActionOutcome =
  | { status: "done"; sheets: string[]; cells?: number; warnings: InputIssue[] }
  | { status: "invalid"; errors: InputIssue[]; warnings: InputIssue[] }
  | { status: "cancelled" };

/** Progress and cancellation of a long action. */
export interface TaskControl {
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

export interface RunRequest {
  output: OutputMode;
  chartMetric: "revenue" | "customers";
}

export interface AxisRequest {
  driver: string;
  values: number[];
}

export interface SensitivityRequest {
  metric: Metric;
  /** `scale`: values multiply the baseline (the ± % range); `value`: values replace it. */
  mode: "scale" | "value";
  x: AxisRequest;
  y: AxisRequest | null;
  output: OutputMode;
}

export interface TornadoRequest {
  metric: Metric;
  /** 0 < swing < 1. */
  swing: number;
  drivers: string[];
}

export interface TaskpaneOperations {
  checkInputs(): Promise<InputsState>;
  /** Bind an input to the current selection (remembered in the workbook). */
  bindSelection(input: InputName): Promise<InputsState>;
  /** Forget a binding: look the input up by its name again. */
  resetBinding(input: InputName): Promise<InputsState>;
  selectCell(address: string): Promise<void>;
  insertSample(): Promise<ActionOutcome>;
  runModel(request: RunRequest, task: TaskControl): Promise<ActionOutcome>;
  makeSensitivity(request: SensitivityRequest, task: TaskControl): Promise<ActionOutcome>;
  makeTornado(request: TornadoRequest, task: TaskControl): Promise<ActionOutcome>;
}
