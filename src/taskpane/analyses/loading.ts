/**
 * Reading the workbook for the pane: the model's inputs and the analyses' optional tables in the
 * same round trips, validated once per click; the inputs' status for the Inputs page.
 */
import { ModelInputError, parseTables } from "../../model";
import type { InputIssue, Locale, ModelInput, ParseOutcome } from "../../model";
import { DECISION_INPUT_NAMES, INPUT_NAMES, tablesInput } from "../../workbook";
import type { InputBindings, InputName, ReadInputs, TableData, WorkbookPort } from "../../workbook";
import { modelChoices, type TableCounts } from "../choices";
import type { ActionOutcome, InputsState, InputStatus } from "../operations";

const REQUIRED: readonly InputName[] = ["channels", "segments"];

export interface Loaded {
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
export function dataRows(data: TableData, input: InputName): number {
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

export function invalid(errors: InputIssue[], warnings: InputIssue[]): ActionOutcome {
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

export type WithModel = (
  run: (model: ModelInput, inputs: ReadInputs, warnings: InputIssue[]) => Promise<ActionOutcome>
) => Promise<ActionOutcome>;

/** The pane's reading of the workbook over a port and the bindings the workbook remembers. */
export function createLoader(
  port: WorkbookPort,
  bindings: () => InputBindings,
  locale: Locale = "en"
) {
  /** The model's inputs and the analyses' optional tables, in the same round trips. */
  async function load(bound: InputBindings = bindings()): Promise<Loaded> {
    const inputs = await port.readInputs(bound, [...INPUT_NAMES, ...DECISION_INPUT_NAMES]);
    return { inputs, outcome: parseTables(tablesInput(inputs)) };
  }

  function stateOf({ inputs, outcome }: Loaded, bound: InputBindings): InputsState {
    return {
      inputs: INPUT_NAMES.map((input) => statusOf(input, inputs[input], bound)),
      errors: outcome.errors,
      warnings: outcome.warnings,
      choices:
        outcome.model === null ? null : modelChoices(outcome.model, tableCounts(inputs), locale),
    };
  }

  async function checkInputs(): Promise<InputsState> {
    const bound = bindings();
    return stateOf(await load(bound), bound);
  }

  /** Read and validate once; `run` only sees a valid model (the inputs' state rides on its outcome). Its input errors are reported the same way. */
  const withModel: WithModel = async (run) => {
    const bound = bindings();
    const loaded = await load(bound);
    const { inputs, outcome } = loaded;
    if (outcome.model === null) return invalid(outcome.errors, outcome.warnings);
    try {
      const done = await run(outcome.model, inputs, outcome.warnings);
      // The inputs as this click read them: the pane's dropdowns follow without a second read.
      return done.status === "done" ? { ...done, inputs: stateOf(loaded, bound) } : done;
    } catch (error) {
      if (error instanceof ModelInputError) return invalid(error.issues, outcome.warnings);
      throw error;
    }
  };

  return { load, checkInputs, withModel };
}
