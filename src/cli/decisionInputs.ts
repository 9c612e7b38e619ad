/**
 * The decision inputs of `gtm scenarios` and `gtm allocate`: a `Scenarios` or `Bounds` table (an
 * Excel table, else a sheet, else a range `Sheet!A1:D9`, like the model's inputs; `--scenarios`
 * and `--bounds` name another), or the `scenarios` / `bounds` of a JSON model.
 */
import type { BoundsSource, ScenariosSource } from "../model";
import type { TableData } from "../workbook/port";
import { InputFailure, UsageError } from "./errors";
import { isJsonInput } from "./files";
import { words } from "./i18n/messages";
import { list } from "./i18n/words";
import type { LoadedModel } from "./load";
import { readBinding } from "./xlsx/readTables";

export type DecisionTable = "scenarios" | "bounds";

const DEFAULT_NAMES: Record<DecisionTable, string> = { scenarios: "Scenarios", bounds: "Bounds" };

/** A binding option given for JSON input is a usage error, found before any file is read. */
export function checkBindingForJson(
  input: string,
  option: DecisionTable | "uncertainty" | "correlations",
  binding: string | undefined,
  command: string
): void {
  if (binding !== undefined && isJsonInput(input)) {
    throw new UsageError("bindingForJson", [option], command);
  }
}

function readTable(loaded: LoadedModel, name: string): TableData | null {
  const port = loaded.workbook;
  if (port === null) return null;
  // Read whole, header row first, like the channels table (tablePart of "channels").
  return readBinding(port.workbook, name, "channels");
}

function missing(file: string, loaded: LoadedModel, name: string): InputFailure {
  const sheets = list(loaded.workbook?.workbook.worksheets.map((sheet) => sheet.name) ?? []);
  return new InputFailure([words("noTable", file, name, sheets)]);
}

/** The table read, or the JSON entry; `required` makes its absence an input error. */
function decisionSource(
  file: string,
  loaded: LoadedModel,
  table: DecisionTable,
  binding: string | undefined,
  required: boolean
):
  | { table: TableData["values"]; origin: TableData["origin"]; address: string }
  | { json: unknown }
  | null {
  if (loaded.workbook === null) {
    const doc = loaded.json as Record<string, unknown> | null | undefined;
    const entry = doc !== null && typeof doc === "object" ? doc[table] : undefined;
    if (entry === undefined || entry === null) {
      if (required) throw new InputFailure([words("jsonLacks", file, table)]);
      return null;
    }
    return { json: entry };
  }
  const name = binding ?? DEFAULT_NAMES[table];
  const data = readTable(loaded, name);
  if (data === null) {
    if (required || binding !== undefined) throw missing(file, loaded, name);
    return null;
  }
  return { table: data.values, origin: data.origin, address: data.address };
}

/** The scenarios of a model: required. */
export function scenariosSource(
  file: string,
  loaded: LoadedModel,
  binding: string | undefined
): ScenariosSource & { address?: string } {
  return decisionSource(file, loaded, "scenarios", binding, true) as ScenariosSource;
}

/** The bounds of an allocation: optional (defaults 0 and the budget). */
export function boundsSource(
  file: string,
  loaded: LoadedModel,
  binding: string | undefined
): (BoundsSource & { address?: string }) | null {
  return decisionSource(file, loaded, "bounds", binding, false);
}
