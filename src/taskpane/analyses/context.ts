/** What every analysis of the pane gets from `createOperations`: the port, the model, the clock. */
import type { InputIssue, Locale, ModelInput } from "../../model";
import type { ReadInputs, RunContext, WorkbookPort } from "../../workbook";
import type { ActionOutcome } from "../operations";

export interface AnalysisContext {
  port: WorkbookPort;
  version: string;
  now(): Date;
  /** The language sheets are written in: Office's display language. */
  locale: Locale;
  /** Read and validate the inputs (and the analyses' tables); `run` sees a valid model only. */
  withModel(
    run: (model: ModelInput, inputs: ReadInputs, warnings: InputIssue[]) => Promise<ActionOutcome>
  ): Promise<ActionOutcome>;
}

/**
 * What every sheet the pane writes records beside its content: the inputs read and their warnings,
 * the time, the version, the language, and whether it replaces the analysis's earlier sheet.
 */
export function runContext(
  c: AnalysisContext,
  inputs: ReadInputs,
  warnings: readonly InputIssue[],
  request: { replace?: boolean }
): Required<Omit<RunContext, "sheetName">> {
  return {
    inputs,
    warnings,
    now: c.now(),
    version: c.version,
    locale: c.locale,
    replace: request.replace === true,
  };
}

/** Let the browser paint and handle clicks. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
