/**
 * Scenarios (spec §6): named lists of overrides read from a `Scenarios` table (one override per
 * row: Scenario, Driver, Value, Mode) or from JSON `scenarios`, each a full run; the comparison of
 * a list of metrics for Base and every scenario, with each scenario's change against Base.
 */
import { classify, notANumber, type CellValue } from "./cells";
import { parseDriver } from "./drivers";
import { ModelInputError, type IssueAt } from "./errors";
import { Evaluator } from "./evaluator";
import { fieldLabel } from "./build";
import { resolveMetric, type MetricRef } from "./metrics";
import { inReadingOrder, IssueList, rawFromGrid, type RawCell, type RawRow } from "./raw";
import { headerIndex } from "./schema";
import {
  METRICS,
  type DriverMode,
  type InputIssue,
  type ModelInput,
  type Override,
  type TableOrigin,
} from "./types";

export const BASE_NAME = "Base";

/** Where an override came from, for messages: the scenario row's label and its cells' addresses. */
export interface OverrideSource {
  row: string;
  scenario?: string;
  driver?: string;
  value?: string;
}

export interface Scenario {
  name: string;
  overrides: Override[];
  /** Where each override came from (same order), when known. */
  sources: OverrideSource[];
  /** The address of the scenario's first name cell, when it came from a sheet. */
  address?: string;
}

/** The scenarios as a sheet table (with where it sits, for addresses) or as the JSON form. */
export type ScenariosSource =
  { table: readonly (readonly CellValue[])[]; origin?: TableOrigin } | { json: unknown };

export interface ScenarioComparisonRow {
  /** The metric's canonical name (`npv`, `channel[Partners].cac`). */
  metric: string;
  base: number | null;
  /** The metric in each scenario, in scenario order; null where it has none. */
  values: (number | null)[];
  /** Scenario − Base; null where either is null. */
  change: (number | null)[];
}

export interface ScenarioComparison {
  metrics: string[];
  /** The scenarios' names in the order first listed (Base not included). */
  scenarios: string[];
  comparison: ScenarioComparisonRow[];
  /** Every override as read, scenario by scenario (for the record of a written sheet). */
  overrides: { scenario: string; driver: string; value: number; mode: DriverMode }[];
}

const HEADERS = headerIndex(["scenario", "driver", "value", "mode"], { name: "scenario" });
const REQUIRED = ["scenario", "driver", "value"] as const;
const COLUMN_LABELS: Record<string, string> = {
  scenario: "Scenario",
  driver: "Driver",
  value: "Value",
  mode: "Mode",
};

interface ScenarioRow {
  position: number;
  cells: Map<string, RawCell>;
}

/** JSON scenarios → one row per override, as the table has them. */
function rowsFromJson(json: unknown, issues: IssueList): ScenarioRow[] {
  if (!Array.isArray(json)) {
    issues.error(
      "Scenarios",
      'must be a list of scenarios, each { "name": …, "overrides": [{ "driver": …, "value": …, "mode": … }] }'
    );
    return [];
  }
  const rows: ScenarioRow[] = [];
  json.forEach((item: unknown, index) => {
    const entry =
      item !== null && typeof item === "object" ? (item as Record<string, unknown>) : {};
    const overrides = entry.overrides;
    if (!Array.isArray(overrides)) {
      const label = typeof entry.name === "string" ? entry.name : `scenario ${index + 1}`;
      issues.error("Scenarios", 'has no list of "overrides"', label, "overrides");
      return;
    }
    if (overrides.length === 0) {
      rows.push({
        position: rows.length + 1,
        cells: new Map([["scenario", { value: entry.name }]]),
      });
    }
    for (const override of overrides) {
      const fields = override !== null && typeof override === "object" ? override : {};
      const cells = new Map<string, RawCell>([["scenario", { value: entry.name }]]);
      for (const [key, value] of Object.entries(fields as Record<string, unknown>)) {
        const field = HEADERS.get(key.toLowerCase());
        if (field !== undefined && field !== "scenario") cells.set(field, { value });
      }
      rows.push({ position: rows.length + 1, cells });
    }
  });
  return rows;
}

function rowsFromTable(source: Extract<ScenariosSource, { table: unknown }>, issues: IssueList) {
  const raw = rawFromGrid("Scenarios", source.table, HEADERS, source.origin, issues);
  for (const field of REQUIRED) {
    if (!raw.columns.has(field) && source.table.length > 0)
      issues.error(
        "Scenarios",
        `the required column "${COLUMN_LABELS[field]}" is missing`,
        undefined,
        field,
        raw.headerAddress
      );
  }
  return raw.rows.map((row: RawRow) => ({ position: row.position, cells: row.cells }));
}

const isJson = (source: ScenariosSource): source is { json: unknown } => "json" in source;

function readMode(cell: RawCell | undefined, at: IssueAt, issues: IssueList): DriverMode | null {
  const parsed = classify(cell?.value);
  if (parsed.kind === "blank") return "value";
  const text = parsed.kind === "text" ? parsed.value.toLowerCase() : "";
  if (text === "value" || text === "scale") return text;
  issues.error(
    "Scenarios",
    `"${String(cell?.value)}" is not a mode — use value or scale (blank means value)`,
    at.row,
    "mode",
    cell?.address
  );
  return null;
}

/** One row → its scenario's name and override, reporting what is wrong with it. */
function readRow(
  row: ScenarioRow,
  model: ModelInput,
  issues: IssueList
): { name: string | null; override: Override | null; source: OverrideSource } {
  const nameCell = row.cells.get("scenario");
  const parsedName = classify(nameCell?.value);
  const name =
    parsedName.kind === "text"
      ? parsedName.value
      : parsedName.kind === "number"
        ? String(parsedName.value)
        : null;
  const label = name ?? `row ${row.position}`;
  const source: OverrideSource = { row: label, scenario: nameCell?.address };
  const error = (field: string, problem: string, cell: RawCell | undefined): void =>
    issues.error("Scenarios", problem, label, field, cell?.address);
  if (name === null) error("scenario", "is blank — give the scenario a name", nameCell);
  else if (name.toLowerCase() === BASE_NAME.toLowerCase())
    error(
      "scenario",
      `"${name}" is the baseline's name — call the scenario something else`,
      nameCell
    );
  if (isEmptyScenario(row)) return { name, override: null, source };
  const driverCell = row.cells.get("driver");
  const valueCell = row.cells.get("value");
  source.driver = driverCell?.address;
  source.value = valueCell?.address;
  const driver = readDriver(driverCell, model, (problem) => error("driver", problem, driverCell));
  const parsedValue = classify(valueCell?.value);
  let value: number | null = null;
  if (parsedValue.kind === "blank")
    error("value", "is blank — give the driver's number", valueCell);
  else if (parsedValue.kind !== "number") error("value", notANumber(parsedValue), valueCell);
  else value = parsedValue.value;
  const mode = readMode(row.cells.get("mode"), { table: "Scenarios", row: label }, issues);
  if (driver === null || value === null || mode === null || name === null)
    return { name, override: null, source };
  return { name, override: { driver, mode, value }, source };
}

/** A JSON scenario with an empty overrides list is a scenario equal to Base (not an error). */
const isEmptyScenario = (row: ScenarioRow): boolean => row.cells.size === 1;

function readDriver(
  cell: RawCell | undefined,
  model: ModelInput,
  report: (problem: string) => void
) {
  const parsed = classify(cell?.value);
  if (parsed.kind === "blank") {
    report("is blank — name a driver such as channel[Partners].spend");
    return null;
  }
  try {
    return parseDriver(parsed.kind === "text" ? parsed.value : String(cell?.value), model);
  } catch (error) {
    if (!(error instanceof ModelInputError)) throw error;
    report((error.issues[0] as InputIssue).problem);
    return null;
  }
}

/** Group rows into scenarios by name (ignoring case), in the order first listed. */
function group(rows: ScenarioRow[], model: ModelInput, issues: IssueList): Scenario[] {
  const byName = new Map<string, Scenario>();
  for (const row of rows) {
    const { name, override, source } = readRow(row, model, issues);
    if (name === null) continue;
    const key = name.toLowerCase();
    let scenario = byName.get(key);
    if (scenario === undefined) {
      scenario = { name, overrides: [], sources: [] };
      if (source.scenario !== undefined) scenario.address = source.scenario;
      byName.set(key, scenario);
    }
    if (override !== null) {
      scenario.overrides.push(override);
      scenario.sources.push(source);
    }
  }
  return [...byName.values()];
}

/** What an override that breaks the model did, in words: "makes the conversion of Partners invalid: …". */
function brokenField(issue: InputIssue): string {
  const field = issue.field === undefined ? "" : fieldLabel(issue.field).toLowerCase();
  if (issue.row === undefined) return `makes the ${field} invalid: ${issue.problem}`;
  if (field === "") return `makes ${issue.table} (${issue.row}) invalid: ${issue.problem}`;
  return `makes the ${field} of ${issue.row} invalid: ${issue.problem}`;
}

/** Apply each scenario's overrides to the baseline: an override that makes a field invalid is reported at its row. */
function checkOverrides(evaluator: Evaluator, scenarios: Scenario[], issues: IssueList): void {
  for (const scenario of scenarios) {
    const problem = evaluator.check(scenario.overrides);
    if (problem === null) continue;
    for (const issue of problem.error.issues) {
      const source = scenario.sources[problem.index];
      if (source === undefined) {
        issues.error(
          "Scenarios",
          `the scenario ${brokenField(issue)}`,
          scenario.name,
          "scenario",
          scenario.address
        );
      } else {
        issues.error("Scenarios", brokenField(issue), source.row, "value", source.value);
      }
    }
  }
}

/** Read and check scenarios against a model; every problem found is in `issues`. */
export function readScenarios(
  source: ScenariosSource,
  model: ModelInput,
  issues: IssueList,
  evaluator = new Evaluator(model)
): Scenario[] {
  const before = issues.errors.length;
  const rows = isJson(source) ? rowsFromJson(source.json, issues) : rowsFromTable(source, issues);
  const scenarios = group(rows, model, issues);
  if (issues.errors.length === before) checkOverrides(evaluator, scenarios, issues);
  return scenarios;
}

/** Read scenarios (table or JSON) and check them against the model; throws every input error at once. */
export function parseScenarios(source: ScenariosSource, model: ModelInput): Scenario[] {
  const issues = new IssueList();
  const scenarios = readScenarios(source, model, issues);
  if (issues.errors.length > 0) throw new ModelInputError(inReadingOrder(issues.errors));
  return scenarios;
}

/** The metrics of a request: the 13 total metrics by default; unknown ones are reported. */
export function readMetrics(
  names: readonly string[] | null | undefined,
  model: ModelInput,
  issues: IssueList
): MetricRef[] {
  const list = names && names.length > 0 ? names : METRICS;
  const refs: MetricRef[] = [];
  for (const name of list) {
    try {
      refs.push(resolveMetric(name, model));
    } catch (error) {
      if (!(error instanceof ModelInputError)) throw error;
      for (const issue of error.issues) issues.errors.push(issue);
    }
  }
  return refs;
}

const change = (value: number | null, base: number | null): number | null =>
  value === null || base === null ? null : value - base;

/** The comparison of already-checked scenarios over metrics (default the 13 total metrics). */
export function compareScenarios(
  model: ModelInput,
  scenarios: readonly Scenario[],
  metrics?: readonly string[] | null,
  evaluator = new Evaluator(model)
): ScenarioComparison {
  const issues = new IssueList();
  const refs = readMetrics(metrics, model, issues);
  if (issues.errors.length > 0) throw new ModelInputError(issues.errors);
  return comparison(evaluator, refs, scenarios);
}

function comparison(
  evaluator: Evaluator,
  refs: MetricRef[],
  scenarios: readonly Scenario[]
): ScenarioComparison {
  const base = evaluator.metrics(refs);
  const runs = scenarios.map((scenario) => evaluator.metrics(refs, scenario.overrides));
  return {
    metrics: refs.map((ref) => ref.text),
    scenarios: scenarios.map((scenario) => scenario.name),
    overrides: scenarios.flatMap((scenario) =>
      scenario.overrides.map((o) => ({
        scenario: scenario.name,
        driver: o.driver.text,
        value: o.value,
        mode: o.mode,
      }))
    ),
    comparison: refs.map((ref, m) => {
      const values = runs.map((run) => run[m] ?? null);
      const baseValue = base[m] ?? null;
      return {
        metric: ref.text,
        base: baseValue,
        values,
        change: values.map((v) => change(v, baseValue)),
      };
    }),
  };
}

/** One request: read the scenarios and the metrics, report every input error at once, compare. */
export function scenarioComparison(
  model: ModelInput,
  request: { scenarios: ScenariosSource; metrics?: readonly string[] | null }
): ScenarioComparison {
  const issues = new IssueList();
  const evaluator = new Evaluator(model);
  const refs = readMetrics(request.metrics, model, issues);
  const scenarios = readScenarios(request.scenarios, model, issues, evaluator);
  if (issues.errors.length > 0) throw new ModelInputError(inReadingOrder(issues.errors));
  return comparison(evaluator, refs, scenarios);
}
