/**
 * The simulate command's extra inputs: the Uncertainty (required) and Correlations (optional)
 * tables, from the workbook (tables by name, else sheets, else ranges, like every input) or from
 * the JSON model's `uncertainty` and `correlations`, validated against the model.
 */
import {
  parseUncertaintyJson,
  parseUncertaintyTables,
  type InputIssue,
  type TableOrigin,
  type UncertaintySpec,
} from "../../model";
import type { TableData } from "../../workbook/port";
import { InputFailure } from "../errors";
import { readInputFile } from "../files";
import { words } from "../i18n/messages";
import { list } from "../i18n/words";
import type { LoadedModel } from "../load";
import { UncalculatedFormulaError } from "../xlsx/cells";
import { readBinding } from "../xlsx/readTables";

export interface UncertaintyBindings {
  uncertainty?: string;
  correlations?: string;
}

export interface LoadedUncertainty {
  spec: UncertaintySpec;
  warnings: InputIssue[];
  /** Where the tables were read (workbook input only), for the sheet's audit block. */
  tables: { uncertainty?: TableData; correlations?: TableData };
}

/** Read a binding as a whole table, header row included (as every input but the assumptions). */
function readTable(loaded: LoadedModel, binding: string): TableData | null {
  const workbook = loaded.workbook?.workbook;
  if (workbook === undefined) return null;
  try {
    return readBinding(workbook, binding, "channels");
  } catch (error) {
    if (error instanceof UncalculatedFormulaError) throw new InputFailure(error.texts);
    throw error;
  }
}

function missing(file: string, loaded: LoadedModel, name: string): InputFailure {
  const sheets = list((loaded.workbook?.workbook.worksheets ?? []).map((sheet) => sheet.name));
  return new InputFailure([words("noUncertaintyTable", file, name, sheets)]);
}

export async function loadUncertainty(
  file: string,
  loaded: LoadedModel,
  bindings: UncertaintyBindings
): Promise<LoadedUncertainty> {
  if (loaded.workbook === null) {
    const input = await readInputFile(file);
    const outcome = parseUncertaintyJson(input.kind === "json" ? input.json : null, loaded.model);
    if (outcome.spec === null) throw InputFailure.fromIssues(outcome.errors);
    return { spec: outcome.spec, warnings: outcome.warnings, tables: {} };
  }
  const uncertaintyName = bindings.uncertainty ?? "Uncertainty";
  const uncertainty = readTable(loaded, uncertaintyName);
  if (uncertainty === null) throw missing(file, loaded, uncertaintyName);
  const correlations = readTable(loaded, bindings.correlations ?? "Correlations");
  if (correlations === null && bindings.correlations !== undefined)
    throw missing(file, loaded, bindings.correlations);
  const origins: { uncertainty?: TableOrigin; correlations?: TableOrigin } = {
    uncertainty: uncertainty.origin,
  };
  if (correlations !== null) origins.correlations = correlations.origin;
  const outcome = parseUncertaintyTables(
    { uncertainty: uncertainty.values, correlations: correlations?.values ?? null, origins },
    loaded.model
  );
  if (outcome.spec === null) throw InputFailure.fromIssues(outcome.errors);
  const tables: LoadedUncertainty["tables"] = { uncertainty };
  if (correlations !== null) tables.correlations = correlations;
  return { spec: outcome.spec, warnings: outcome.warnings, tables };
}
