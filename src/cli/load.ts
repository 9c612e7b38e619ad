/**
 * From an input file to a validated model: .json in the examples' form, or an .xlsx workbook read
 * through the exceljs port (tables by name, else sheets by name), with every table's origin passed
 * on so that each error names its cell.
 */
import { parseJson, parseTables, type InputIssue, type ModelInput } from "../model";
import { tablesInput } from "../workbook/inputs";
import {
  DEFAULT_TABLE_NAMES,
  type InputBindings,
  type InputName,
  type ReadInputs,
} from "../workbook/port";
import { InputFailure, UsageError } from "./errors";
import { isJsonInput, readInputFile } from "./files";
import { words } from "./i18n/messages";
import { list } from "./i18n/words";
import { UncalculatedFormulaError } from "./xlsx/cells";
import { TableTooLargeError } from "./xlsx/readTables";
import { XlsxWorkbook } from "./xlsxWorkbook";

export interface LoadedModel {
  model: ModelInput;
  warnings: InputIssue[];
  /** The workbook the model was read from (null for JSON input): `--out` writes a copy of it. */
  workbook: XlsxWorkbook | null;
  /** Where each input was read (empty for JSON input). */
  inputs: ReadInputs;
  /** The JSON document, for JSON input (its `scenarios`, `bounds`…); undefined for a workbook. */
  json?: unknown;
}

const REQUIRED: readonly InputName[] = ["channels", "segments"];

async function readWorkbookInputs(
  file: string,
  port: XlsxWorkbook,
  bindings: InputBindings
): Promise<ReadInputs> {
  let inputs: ReadInputs;
  try {
    inputs = await port.readInputs(bindings);
  } catch (error) {
    if (error instanceof UncalculatedFormulaError) throw new InputFailure(error.texts);
    if (error instanceof TableTooLargeError) throw new InputFailure([error.line]);
    throw error;
  }
  const sheets = list(port.workbook.worksheets.map((sheet) => sheet.name));
  const missing = REQUIRED.filter((input) => inputs[input] === undefined).map((input) =>
    words("noTable", file, bindings[input] ?? DEFAULT_TABLE_NAMES[input], sheets)
  );
  if (missing.length > 0) throw new InputFailure(missing);
  for (const input of ["mix", "assumptions"] as const) {
    const binding = bindings[input];
    if (binding !== undefined && inputs[input] === undefined) {
      throw new InputFailure([words("noTable", file, binding, sheets)]);
    }
  }
  return inputs;
}

/** Table bindings given for JSON input: a usage error, found before the file is read. */
export function checkBindings(file: string, bindings: InputBindings, command?: string): void {
  if (isJsonInput(file) && Object.keys(bindings).length > 0)
    throw new UsageError("bindingsForJson", [], command);
}

/** Read and validate; invalid input throws `InputFailure` with one line per problem. */
export async function loadModel(file: string, bindings: InputBindings = {}): Promise<LoadedModel> {
  checkBindings(file, bindings);
  const input = await readInputFile(file);
  if (input.kind === "json") {
    const outcome = parseJson(input.json);
    if (outcome.model === null) throw InputFailure.fromIssues(outcome.errors);
    return {
      model: outcome.model,
      warnings: outcome.warnings,
      workbook: null,
      inputs: {},
      json: input.json,
    };
  }
  const port = new XlsxWorkbook(input.workbook, input.source);
  const inputs = await readWorkbookInputs(file, port, bindings);
  const outcome = parseTables(tablesInput(inputs));
  if (outcome.model === null) throw InputFailure.fromIssues(outcome.errors);
  return { model: outcome.model, warnings: outcome.warnings, workbook: port, inputs };
}
