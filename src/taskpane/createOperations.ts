/**
 * The task pane's operations over an Office host: read the inputs (one round trip), validate them
 * with the model, compute, and write through the shared workbook services. Invalid input stops
 * everything before a single cell is written. Long computations run in slices, yielding to the
 * browser between them so the pane stays responsive and Cancel works.
 */
import {
  localeOf,
  ModelInputError,
  parseTables,
  runModel,
  sensitivityGrid,
  tornado,
} from "../model";
import type { GridResult, InputIssue, ModelInput, ParseOutcome } from "../model";
import {
  DECISION_INPUT_NAMES,
  INPUT_NAMES,
  insertSample,
  tablesInput,
  writeResults,
  writeSensitivity,
  writeTornado,
} from "../workbook";
import type { InputBindings, InputName, ReadInputs, TableData } from "../workbook";
import type { OfficeHost } from "./host";
import { allocateBudget, compareScenarios, goalSeek } from "./analyses/decisions";
import type { AnalysisContext } from "./analyses/context";
import { simulate, type SimulationHost } from "./analyses/simulation";
import { addUncertainty, saveScenarios } from "./analyses/tables";
import { modelChoices, type TableCounts } from "./choices";
import { isOwnedSheet, parseSheetRange } from "../workbook";
import type {
  ActionOutcome,
  InputsState,
  InputStatus,
  RunRequest,
  SensitivityRequest,
  TaskControl,
  TaskpaneOperations,
  TornadoRequest,
} from "./operations";

export interface OperationsOptions {
  host: OfficeHost;
  version: string;
  now?: () => Date;
  /** Longest stretch of computing between two yields to the browser, in ms. */
  sliceMs?: number;
  /** Where a simulation runs: Web Workers, or (without) the pane's thread in slices. */
  simulation?: SimulationHost;
}

const REQUIRED: readonly InputName[] = ["channels", "segments"];

/** Error codes of a refused "Use selection" (the pane says them in words: strings.excelErrors). */
export const SINGLE_CELL = "SingleCellSelected";
export const ADDIN_SHEET = "AddinSheetSelected";

interface Loaded {
  inputs: ReadInputs;
  outcome: ParseOutcome;
}

function isBlank(value: unknown): boolean {
  return value === null || value === "" || (typeof value === "string" && value.trim() === "");
}

/**
 * Data rows: the rows that are not blank, less a header. Every input has one except the
 * assumptions, which are name–value pairs: read from an Excel table as `[#Data]` (the port contract),
 * from a sheet or a range as typed.
 */
function dataRows(data: TableData, input: InputName): number {
  const rows = data.values.filter((row) => !row.every(isBlank)).length;
  const header = input === "assumptions" ? 0 : 1;
  return Math.max(0, rows - header);
}

function statusOf(
  input: InputName,
  data: TableData | undefined,
  bindings: InputBindings
): InputStatus {
  return {
    input,
    required: REQUIRED.includes(input),
    address: data?.address ?? null,
    rows: data === undefined ? 0 : dataRows(data, input),
    kind: data?.kind ?? null,
    bound: bindings[input] ?? null,
  };
}

/** Let the browser paint and handle clicks. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function invalid(errors: InputIssue[], warnings: InputIssue[]): ActionOutcome {
  return { status: "invalid", errors, warnings };
}

/** Distinct non-blank names in a table's first column, below its header (null: no table). */
function distinctNames(data: TableData | undefined): number | null {
  if (data === undefined) return null;
  const names = new Set(
    data.values
      .slice(1)
      .map((row) =>
        String(row[0] ?? "")
          .trim()
          .toLowerCase()
      )
      .filter((name) => name !== "")
  );
  return names.size;
}

function tableCounts(inputs: ReadInputs): TableCounts {
  return {
    scenarios: distinctNames(inputs.scenarios),
    uncertainDrivers: distinctNames(inputs.uncertainty),
  };
}

export function createOperations({
  host,
  version,
  now = () => new Date(),
  sliceMs = 40,
  simulation = { createWorker: null, workers: 1 },
}: OperationsOptions): TaskpaneOperations {
  const { port } = host;
  /** Every sheet is written in Office's display language (issue 11, point 4). */
  const locale = localeOf(host.displayLanguage);

  /** The model's inputs and the analyses' optional tables, in the same round trips. */
  async function load(): Promise<Loaded> {
    const inputs = await port.readInputs(host.loadBindings(), [
      ...INPUT_NAMES,
      ...DECISION_INPUT_NAMES,
    ]);
    return { inputs, outcome: parseTables(tablesInput(inputs)) };
  }

  async function checkInputs(): Promise<InputsState> {
    const bindings = host.loadBindings();
    const { inputs, outcome } = await load();
    return {
      inputs: INPUT_NAMES.map((input) => statusOf(input, inputs[input], bindings)),
      errors: outcome.errors,
      warnings: outcome.warnings,
      choices:
        outcome.model === null ? null : modelChoices(outcome.model, tableCounts(inputs), locale),
    };
  }

  /** Read and validate; `run` only sees a valid model. Input errors of a computation are reported the same way. */
  async function withModel(
    run: (model: ModelInput, inputs: ReadInputs, warnings: InputIssue[]) => Promise<ActionOutcome>
  ): Promise<ActionOutcome> {
    const { inputs, outcome } = await load();
    if (outcome.model === null) return invalid(outcome.errors, outcome.warnings);
    try {
      return await run(outcome.model, inputs, outcome.warnings);
    } catch (error) {
      if (error instanceof ModelInputError) return invalid(error.issues, outcome.warnings);
      throw error;
    }
  }

  async function computeGrid(
    model: ModelInput,
    request: SensitivityRequest,
    task: TaskControl
  ): Promise<GridResult | null> {
    const { metric, mode, x, y } = request;
    if (y === null) {
      task.onProgress(0, 1);
      const grid = sensitivityGrid(model, { metric, mode, x });
      task.onProgress(1, 1);
      return grid;
    }
    const values: (number | null)[][] = [];
    let head: GridResult | null = null;
    let sliceStart = Date.now();
    for (const [i, yValue] of y.values.entries()) {
      if (task.signal.aborted) return null;
      const row = sensitivityGrid(model, {
        metric,
        mode,
        x,
        y: { driver: y.driver, values: [yValue] },
      });
      head ??= row;
      values.push(row.values[0]);
      task.onProgress(i + 1, y.values.length);
      if (Date.now() - sliceStart > sliceMs) {
        await yieldToBrowser();
        sliceStart = Date.now();
      }
    }
    if (head === null) return sensitivityGrid(model, { metric, mode, x, y });
    return {
      metric: head.metric,
      mode: head.mode,
      x: { driver: x.driver, values: [...x.values] },
      y: { driver: y.driver, values: [...y.values] },
      values,
    };
  }

  /**
   * A table is never one cell, and never a sheet the add-in wrote (its results): binding an input
   * there would only give a list of problems (issue 11). Refused with a sentence, nothing saved.
   */
  async function refuseBinding(address: string): Promise<void> {
    const range = parseSheetRange(address);
    if (range === null) return;
    if (range.rect.rows === 1 && range.rect.columns === 1)
      throw Object.assign(new Error(`${address} is one cell`), { code: SINGLE_CELL });
    const wanted = range.sheet.toLowerCase();
    const sheet = (await port.inspect()).sheets.find((s) => s.name.toLowerCase() === wanted);
    if (sheet !== undefined && isOwnedSheet(sheet))
      throw Object.assign(new Error(`${range.sheet} is a sheet the add-in wrote`), {
        code: ADDIN_SHEET,
      });
  }

  const context: AnalysisContext = { port, version, now, withModel, locale };

  return {
    checkInputs,

    async bindSelection(input) {
      const address = await host.selectedAddress();
      await refuseBinding(address);
      await host.saveBindings({ ...host.loadBindings(), [input]: address });
      return checkInputs();
    },

    async resetBinding(input) {
      const bindings = { ...host.loadBindings() };
      delete bindings[input];
      await host.saveBindings(bindings);
      return checkInputs();
    },

    selectCell: (address) => host.select(address),

    async insertSample() {
      const written = await insertSample(port, { now: now(), version });
      await host.saveBindings(written.bindings);
      return { status: "done", sheets: written.sheets.map((sheet) => sheet.name), warnings: [] };
    },

    runModel(request: RunRequest, task: TaskControl) {
      return withModel(async (model, inputs, warnings) => {
        task.onProgress(0, 1);
        const result = runModel(model);
        if (task.signal.aborted) return { status: "cancelled" };
        const sheet = await writeResults(port, {
          model,
          result,
          inputs,
          mode: request.output,
          chartMetric: request.chartMetric,
          now: now(),
          version,
          locale,
        });
        task.onProgress(1, 1);
        return { status: "done", sheets: [sheet.name], warnings };
      });
    },

    makeSensitivity(request: SensitivityRequest, task: TaskControl) {
      return withModel(async (model, inputs, warnings) => {
        const grid = await computeGrid(model, request, task);
        if (grid === null || task.signal.aborted) return { status: "cancelled" };
        const sheet = await writeSensitivity(port, {
          model,
          grid,
          inputs,
          mode: request.output,
          now: now(),
          version,
          locale,
        });
        return {
          status: "done",
          sheets: [sheet.name],
          cells: grid.values.length * grid.x.values.length,
          warnings,
        };
      });
    },

    makeTornado(request: TornadoRequest, task: TaskControl) {
      return withModel(async (model, inputs, warnings) => {
        task.onProgress(0, 1);
        await yieldToBrowser();
        const result = tornado(model, {
          metric: request.metric,
          swing: request.swing,
          drivers: request.drivers,
        });
        if (task.signal.aborted) return { status: "cancelled" };
        task.onProgress(1, 1);
        const sheet = await writeTornado(port, {
          model,
          tornado: result,
          inputs,
          now: now(),
          version,
          locale,
        });
        return { status: "done", sheets: [sheet.name], warnings };
      });
    },

    compareScenarios: (request, task) => compareScenarios(context, request, task),
    saveScenarios: (rows) => saveScenarios(context, rows),
    goalSeek: (request, task) => goalSeek(context, request, task),
    allocateBudget: (request, task) => allocateBudget(context, request, task),
    simulate: (request, task) => simulate(context, simulation, request, task),
    addUncertainty: (request) => addUncertainty(context, request),
  };
}
