/**
 * The Uncertainty and Correlations tables of spec §9, in their sheet and JSON forms, validated
 * against the model: every problem is reported by table, row, field and cell, in one pass.
 */
import { classify, notANumber } from "../cells";
import { parseDriver } from "../drivers";
import { ModelInputError } from "../errors";
import {
  inReadingOrder,
  IssueList,
  rawFromGrid,
  rawFromObjects,
  type RawRow,
  type RawTable,
} from "../raw";
import { formatNumber, headerIndex } from "../schema";
import type { Driver, DriverMode, ModelInput } from "../types";
import {
  DISTRIBUTIONS,
  standardMass,
  zBounds,
  type Distribution,
  type DistributionName,
} from "./distributions";
import type {
  CorrelationEntry,
  UncertainDriver,
  UncertaintyOutcome,
  UncertaintyTables,
} from "./types";

const PARAMETERS = ["min", "mostLikely", "max", "mean", "sd"] as const;
type Parameter = (typeof PARAMETERS)[number];

const UNCERTAINTY_HEADERS = headerIndex(["driver", "distribution", ...PARAMETERS, "apply"], {
  mode: "mostLikely",
  standardDeviation: "sd",
});
const CORRELATION_HEADERS = headerIndex(["driver", "with", "correlation"]);

/** How a parameter is named in messages: as the table's header reads. */
export const PARAMETER_LABELS: Record<Parameter, string> = {
  min: "Min",
  mostLikely: "Most likely",
  max: "Max",
  mean: "Mean",
  sd: "SD",
};

const NEEDS: Record<DistributionName, readonly Parameter[]> = {
  uniform: ["min", "max"],
  triangular: ["min", "mostLikely", "max"],
  pert: ["min", "mostLikely", "max"],
  normal: ["mean", "sd"],
  lognormal: ["mean", "sd"],
};
const USES: Record<DistributionName, readonly Parameter[]> = {
  ...NEEDS,
  normal: ["mean", "sd", "min", "max"],
  lognormal: ["mean", "sd", "min", "max"],
};

const listWords = (words: readonly string[]): string =>
  words.length <= 1
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;

/** A driver's identity: two rows naming the same driver (ignoring case and spelling) share it. */
export function driverKey(driver: Driver): string {
  return driver.kind === "assumption"
    ? driver.field
    : `${driver.kind}[${driver.row.toLowerCase()}].${driver.field}`;
}

/** One row's context for messages: its label (the driver as written) and where its cells are. */
interface RowContext {
  issues: IssueList;
  model: ModelInput;
  table: "Uncertainty" | "Correlations";
  label: string;
  row: RawRow;
}

function report(context: RowContext, field: string, problem: string): void {
  context.issues.error(
    context.table,
    problem,
    context.label,
    field,
    context.row.cells.get(field)?.address
  );
}

function textOf(row: RawRow, field: string): string | null {
  const cell = classify(row.cells.get(field)?.value);
  if (cell.kind === "blank") return null;
  return cell.kind === "number" ? formatNumber(cell.value) : String(cell.value);
}

/** A driver cell parsed against the model, or null (reported). */
function readDriver(context: RowContext, field: string): Driver | null {
  const text = textOf(context.row, field);
  if (text === null) {
    report(
      context,
      field,
      "the driver is blank — name a driver such as channel[Partners].conversion"
    );
    return null;
  }
  try {
    return parseDriver(text, context.model);
  } catch (error) {
    if (!(error instanceof ModelInputError)) throw error;
    for (const issue of error.issues) report(context, field, issue.problem);
    return null;
  }
}

/** A number cell: null when blank, undefined when it is not a number (reported). */
function readNumber(context: RowContext, field: string): number | null | undefined {
  const cell = classify(context.row.cells.get(field)?.value);
  if (cell.kind === "blank") return null;
  if (cell.kind !== "number" || !Number.isFinite(cell.value)) {
    report(context, field, notANumber(cell));
    return undefined;
  }
  return cell.value;
}

function readDistributionName(context: RowContext): DistributionName | null {
  const text = textOf(context.row, "distribution");
  const names = listWords(DISTRIBUTIONS.map((name) => name));
  if (text === null) {
    report(context, "distribution", `is blank — choose ${names.replace(/ and /, " or ")}`);
    return null;
  }
  const name = DISTRIBUTIONS.find((candidate) => candidate === text.trim().toLowerCase());
  if (name === undefined) {
    report(
      context,
      "distribution",
      `"${text}" is not a distribution — use ${names.replace(/ and /, " or ")}`
    );
    return null;
  }
  return name;
}

function readApply(context: RowContext): DriverMode | null {
  const text = textOf(context.row, "apply");
  if (text === null) return "value";
  const mode = text.trim().toLowerCase();
  if (mode === "value" || mode === "scale") return mode;
  report(
    context,
    "apply",
    `"${text}" is not a way to apply a sample — use value or scale (or leave it blank)`
  );
  return null;
}

type Values = Partial<Record<Parameter, number>>;

/** The parameters' relations (spec §9): Min < Max, Min ≤ Most likely ≤ Max, SD > 0, a lognormal's Mean > 0. */
function checkRelations(context: RowContext, name: DistributionName, values: Values): boolean {
  const before = context.issues.errors.length;
  const { min, mostLikely, max, mean, sd } = values;
  const f = formatNumber;
  if (min !== undefined && max !== undefined && !(min < max))
    report(context, "min", `${f(min)} is not below Max (${f(max)}) — Min must be below Max`);
  else if (
    mostLikely !== undefined &&
    min !== undefined &&
    max !== undefined &&
    !(mostLikely >= min && mostLikely <= max)
  )
    report(
      context,
      "mostLikely",
      `${f(mostLikely)} is not between Min (${f(min)}) and Max (${f(max)})`
    );
  if (sd !== undefined && !(sd > 0))
    report(context, "sd", `${f(sd)} is not above 0 — a standard deviation must be positive`);
  if (name === "lognormal" && mean !== undefined && !(mean > 0))
    report(context, "mean", `${f(mean)} is not above 0 — the mean of a lognormal must be positive`);
  return context.issues.errors.length === before;
}

function buildDistribution(name: DistributionName, values: Values): Distribution {
  const v = values as Record<Parameter, number>;
  if (name === "uniform") return { name, min: v.min, max: v.max };
  if (name === "triangular" || name === "pert")
    return { name, min: v.min, mostLikely: v.mostLikely, max: v.max };
  return { name, mean: v.mean, sd: v.sd, min: values.min ?? null, max: values.max ?? null };
}

/** Read the parameters a distribution needs; warn about those it does not use. */
function readDistribution(context: RowContext, name: DistributionName | null): Distribution | null {
  const values: Values = {};
  let failed = false;
  for (const parameter of PARAMETERS) {
    const value = readNumber(context, parameter);
    if (value === undefined) failed = true;
    else if (value !== null) values[parameter] = value;
  }
  if (name === null) return null;
  const needs = NEEDS[name];
  for (const parameter of needs) {
    if (values[parameter] !== undefined || failed) continue;
    const cell = classify(context.row.cells.get(parameter)?.value);
    if (cell.kind !== "blank") continue;
    report(
      context,
      parameter,
      `is blank — a ${name} distribution needs ${listWords(needs.map((p) => PARAMETER_LABELS[p]))}`
    );
    failed = true;
  }
  for (const parameter of PARAMETERS) {
    if (values[parameter] !== undefined && !USES[name].includes(parameter)) {
      context.issues.warn(
        context.table,
        `is not used by a ${name} distribution; it is ignored`,
        context.label,
        parameter,
        context.row.cells.get(parameter)?.address
      );
      delete values[parameter];
    }
  }
  if (failed || !checkRelations(context, name, values)) return null;
  const distribution = buildDistribution(name, values);
  if (
    (distribution.name === "normal" || distribution.name === "lognormal") &&
    (distribution.min !== null || distribution.max !== null)
  ) {
    const { lower, upper } = zBounds(distribution);
    if (!(standardMass(lower, upper) > 1e-12)) {
      const field = distribution.max !== null ? "max" : "min";
      report(
        context,
        field,
        `Min and Max leave no room for this ${name} distribution (almost all of it lies outside them) — widen them or move the mean`
      );
      return null;
    }
  }
  return distribution;
}

type ContextBase = Pick<RowContext, "issues" | "model">;

function rowLabel(row: RawRow, field: string): string {
  return textOf(row, field) ?? `row ${row.position}`;
}

/** The rows, each valid or null; `keys` holds each row's driver where it parsed (for Correlations). */
function readUncertainRows(
  raw: RawTable,
  base: ContextBase
): { rows: (UncertainDriver | null)[]; keys: (string | null)[] } {
  const seen = new Map<string, string>();
  const keys: (string | null)[] = [];
  const rows = raw.rows.map((row) => {
    const context: RowContext = {
      ...base,
      table: "Uncertainty",
      label: rowLabel(row, "driver"),
      row,
    };
    const driver = readDriver(context, "driver");
    let key: string | null = null;
    if (driver !== null) {
      const first = seen.get(driverKey(driver));
      if (first !== undefined) {
        report(
          context,
          "driver",
          `"${driver.text}" is named twice (also as "${first}") — give each uncertain driver one row`
        );
      } else {
        key = driverKey(driver);
        seen.set(key, driver.text);
      }
    }
    keys.push(key);
    const name = readDistributionName(context);
    const distribution = readDistribution(context, name);
    const apply = readApply(context);
    if (driver === null || distribution === null || apply === null) return null;
    return { text: driver.text, driver, distribution, apply };
  });
  return { rows, keys };
}

function readCorrelationRows(
  raw: RawTable,
  base: ContextBase,
  keys: readonly (string | null)[]
): CorrelationEntry[] {
  const index = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key !== null) index.set(key, i);
  });
  const pairs = new Set<string>();
  const entries: CorrelationEntry[] = [];
  for (const row of raw.rows) {
    const label = `${rowLabel(row, "driver")} with ${rowLabel(row, "with")}`;
    const context: RowContext = { ...base, table: "Correlations", label, row };
    const ends = (["driver", "with"] as const).map((field) => {
      const driver = readDriver(context, field);
      if (driver === null) return null;
      const at = index.get(driverKey(driver));
      if (at === undefined) {
        report(
          context,
          field,
          `"${driver.text}" is not an uncertain driver — add it to the Uncertainty table, or remove this row`
        );
        return null;
      }
      return at;
    });
    const correlation = readNumber(context, "correlation");
    if (correlation === null)
      report(context, "correlation", "is blank — enter a rank correlation between −1 and 1");
    else if (correlation !== undefined && !(correlation >= -1 && correlation <= 1))
      report(context, "correlation", `${formatNumber(correlation)} is not between −1 and 1`);
    const [a, b] = ends;
    if (a === null || a === undefined || b === null || b === undefined) continue;
    if (a === b) {
      report(
        context,
        "with",
        "pairs a driver with itself — its correlation with itself is always 1"
      );
      continue;
    }
    const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (pairs.has(pair)) {
      report(context, "driver", "this pair is named twice — keep one row for it");
      continue;
    }
    pairs.add(pair);
    if (typeof correlation === "number" && correlation >= -1 && correlation <= 1)
      entries.push({ a, b, correlation });
  }
  return entries;
}

function requireColumns(issues: IssueList, raw: RawTable, fields: readonly string[]): boolean {
  const missing = fields.filter((field) => !raw.columns.has(field));
  for (const field of missing)
    issues.error(
      raw.table,
      `the required column "${field === "with" ? "With" : field[0]?.toUpperCase() + field.slice(1)}" is missing`,
      undefined,
      field,
      raw.headerAddress
    );
  return missing.length === 0;
}

function validate(
  issues: IssueList,
  model: ModelInput,
  uncertainty: RawTable | null,
  correlations: RawTable | null
): UncertaintyOutcome {
  const base: ContextBase = { issues, model };
  let drivers: (UncertainDriver | null)[] = [];
  let keys: (string | null)[] = [];
  if (uncertainty !== null && requireColumns(issues, uncertainty, ["driver", "distribution"])) {
    if (uncertainty.rows.length === 0 && uncertainty.malformed !== true)
      issues.error("Uncertainty", "the table has no rows — add at least one uncertain driver");
    ({ rows: drivers, keys } = readUncertainRows(uncertainty, base));
  }
  let entries: CorrelationEntry[] = [];
  if (
    correlations !== null &&
    correlations.rows.length > 0 &&
    requireColumns(issues, correlations, ["driver", "with", "correlation"])
  )
    entries = readCorrelationRows(correlations, base, keys);
  const errors = inReadingOrder(issues.errors);
  const warnings = inReadingOrder(issues.warnings);
  if (errors.length > 0) return { spec: null, errors, warnings };
  return {
    spec: { drivers: drivers as UncertainDriver[], correlations: entries },
    errors,
    warnings,
  };
}

const isEmptyGrid = (grid: UncertaintyTables["uncertainty"]): boolean =>
  !grid || grid.every((row) => row.every((value) => classify(value).kind === "blank"));

/** The sheet form: the Uncertainty table (required) and the Correlations table (optional). */
export function parseUncertaintyTables(
  input: UncertaintyTables,
  model: ModelInput
): UncertaintyOutcome {
  const issues = new IssueList();
  const origins = input.origins ?? {};
  let uncertainty: RawTable | null = null;
  if (isEmptyGrid(input.uncertainty))
    issues.error(
      "Uncertainty",
      "the table is missing or empty — it needs a header row (Driver, Distribution, Min, Most likely, Max, Mean, SD, Apply) and at least one row"
    );
  else
    uncertainty = rawFromGrid(
      "Uncertainty",
      input.uncertainty ?? [],
      UNCERTAINTY_HEADERS,
      origins.uncertainty,
      issues
    );
  const correlations = isEmptyGrid(input.correlations)
    ? null
    : rawFromGrid(
        "Correlations",
        input.correlations ?? [],
        CORRELATION_HEADERS,
        origins.correlations,
        issues
      );
  return validate(issues, model, uncertainty, correlations);
}

function rawFromJson(
  table: "Uncertainty" | "Correlations",
  rows: unknown,
  headers: Map<string, string>,
  issues: IssueList
): RawTable | null {
  const key = table.toLowerCase();
  if (rows === undefined || rows === null) {
    if (table === "Uncertainty")
      issues.error(table, `is missing — give "${key}" as a list of uncertain drivers`);
    return null;
  }
  if (!Array.isArray(rows)) {
    issues.error(
      table,
      `"${key}" must be a list of rows, each an object of field names and values`
    );
    return null;
  }
  return rawFromObjects(table, rows, headers, issues);
}

/** The JSON form: a model document's `uncertainty` (required) and `correlations` (optional). */
export function parseUncertaintyJson(json: unknown, model: ModelInput): UncertaintyOutcome {
  const issues = new IssueList();
  const doc =
    json !== null && typeof json === "object" && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : {};
  const uncertainty = rawFromJson("Uncertainty", doc.uncertainty, UNCERTAINTY_HEADERS, issues);
  const correlations = rawFromJson("Correlations", doc.correlations, CORRELATION_HEADERS, issues);
  return validate(issues, model, uncertainty, correlations);
}
