/**
 * Tables the pane writes for the user to start from: the scenarios built in the pane (a Scenarios
 * table, spec §6) and "Add uncertainty" (an Uncertainty table, spec §9). Each goes to a new sheet
 * with a formatted Excel table; an existing table of that kind is the user's and is never
 * rewritten — the pane then says where to add the rows.
 */
import { makeIssue, type InputIssue, type TableName } from "../../model";
import {
  DEFAULT_TABLE_NAMES,
  freeSheetName,
  freeTableName,
  tablePlan,
  writeNewSheets,
  type CellValue,
  type DecisionInputName,
} from "../../workbook";
import type { ActionOutcome, ScenarioRow, UncertaintyRequest } from "../operations";
import type { AnalysisContext } from "./context";

const SCENARIO_HEADER = ["Scenario", "Driver", "Value", "Mode"];
const UNCERTAINTY_HEADER = [
  "Driver",
  "Distribution",
  "Min",
  "Most likely",
  "Max",
  "Mean",
  "SD",
  "Apply",
];
const SCALE_FORMAT = "0%";

/** Write `rows` under `header` as a new table, unless the workbook has such a table already. */
async function writeNewTable(
  c: AnalysisContext,
  input: DecisionInputName,
  header: string[],
  rows: CellValue[][],
  formats: (string | null)[][]
): Promise<ActionOutcome> {
  const title = DEFAULT_TABLE_NAMES[input];
  const existing = (await c.port.readInputs({}, [input]))[input];
  if (existing !== undefined) {
    const issue: InputIssue = makeIssue(
      "error",
      { table: title as TableName, address: existing.address },
      `the workbook has ${/^[AEIOU]/.test(title) ? "an" : "a"} ${title} table already — add the rows to it there`
    );
    return { status: "invalid", errors: [issue], warnings: [] };
  }
  const info = await c.port.inspect();
  const sheet = freeSheetName(
    info.sheets.map((s) => s.name),
    title
  );
  const table = freeTableName([...info.tables, ...(info.names ?? [])], title);
  const { plan } = tablePlan(sheet, table, {
    cells: [header, ...rows],
    formats: [header.map(() => null), ...formats],
  });
  const written = await writeNewSheets(c.port, info, [plan]);
  // The page says what was saved (a scenario's changes, an uncertain input) with the sheet's name.
  return { status: "done", sheets: written.map((s) => s.name), warnings: [] };
}

export function saveScenarios(c: AnalysisContext, rows: ScenarioRow[]): Promise<ActionOutcome> {
  return writeNewTable(
    c,
    "scenarios",
    SCENARIO_HEADER,
    rows.map((r) => [r.scenario, r.driver, r.value, r.mode]),
    rows.map((r) => [null, null, r.mode === "scale" ? SCALE_FORMAT : null, null])
  );
}

/**
 * A triangular distribution of ± spread around the driver's current value, applied as a scale of
 * the baseline (so it works for one row, every row, and a blank field alike): 1 − s, 1, 1 + s.
 */
export function addUncertainty(
  c: AnalysisContext,
  request: UncertaintyRequest
): Promise<ActionOutcome> {
  const low = Number((1 - request.spread).toPrecision(12));
  const high = Number((1 + request.spread).toPrecision(12));
  return writeNewTable(
    c,
    "uncertainty",
    UNCERTAINTY_HEADER,
    [[request.driver, "triangular", low, 1, high, null, null, "scale"]],
    [[null, null, SCALE_FORMAT, SCALE_FORMAT, SCALE_FORMAT, null, null, null]]
  );
}
