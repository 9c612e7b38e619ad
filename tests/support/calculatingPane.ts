/**
 * The task pane over a stand-in workbook that calculates GTM formulas with the add-in's own
 * functions (the preview's set-up), for tests of live sheets.
 */
import { createHost } from "../../src/excel/host";
import { createOperations } from "../../src/taskpane/createOperations";
import { createStandIn, standInRun } from "../../src/testing/office";
import { createGtmEvaluator, type CustomFunction } from "../../src/testing/office/evaluateGtm";
import { builtMetadata } from "./functionsMetadata";

/** A stand-in whose GTM.<NAME> formulas run `functions`, and the pane's operations over it. */
export async function calculatingPane(functions: Record<string, CustomFunction>) {
  const standIn = createStandIn();
  standIn.workbook.evaluator = createGtmEvaluator(functions, await builtMetadata());
  const host = createHost({
    run: standInRun(standIn),
    settings: standIn.settings,
    displayLanguage: "en-US",
  });
  return { standIn, operations: createOperations({ host, version: "1.0.0" }) };
}
