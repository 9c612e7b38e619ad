/**
 * Step two of parsing: validate RawTables into the typed model, every problem in one pass
 * (spec §1 and §5). Nothing here throws; problems go to the IssueList.
 */
import { classify, nameOf, notANumber, type CellValue } from "./cells";
import type { IssueList, RawCell, RawRow, RawTable } from "./raw";
import {
  ASSUMPTION_FIELDS,
  CHANNEL_FIELDS,
  checkRule,
  formatNumber,
  normalizeHeader,
  SEGMENT_FIELDS,
} from "./schema";
import type { FieldSpec } from "./schema";
import {
  CHANNEL_TYPES,
  PERIOD_UNITS,
  type Assumptions,
  type Channel,
  type ChannelType,
  type PeriodUnit,
  type Segment,
  type TableName,
} from "./types";
import { FIELD_LABELS } from "./labels";

const DEFAULT_HORIZON = 12;

export function fieldLabel(field: string): string {
  return FIELD_LABELS[field]?.label ?? field;
}

/** A number field's value: null when blank; problems reported. `failed` tells an error apart from a blank. */
function readNumber(
  issues: IssueList,
  table: TableName,
  row: string | undefined,
  spec: FieldSpec<string>,
  cell: RawCell | undefined,
  horizon: number
): { value: number | null; failed: boolean } {
  const parsed = classify(cell?.value);
  if (parsed.kind === "blank") return { value: null, failed: false };
  if (parsed.kind !== "number") {
    issues.error(table, notANumber(parsed), row, spec.field, cell?.address);
    return { value: null, failed: true };
  }
  const problem = checkRule(spec.rule, parsed.value, horizon);
  if (problem !== null) {
    issues.error(table, problem, row, spec.field, cell?.address);
    return { value: null, failed: true };
  }
  return { value: parsed.value, failed: false };
}

interface NamedRow {
  name: string;
  label: string;
  row: RawRow;
  /** What is wrong with the name (blank, repeated…), reported with the row's other problems. */
  problem?: string;
}

/** Names of a table's rows: each present and unique ignoring case. Rows with a bad name are still checked. */
function nameRows(raw: RawTable): NamedRow[] {
  const seen = new Map<string, string>();
  return raw.rows.map((row) => {
    const parsed = nameOf(classify(row.cells.get("name")?.value));
    if ("problem" in parsed)
      return { name: "", label: `row ${row.position}`, row, problem: parsed.problem };
    const first = seen.get(parsed.name.toLowerCase());
    if (first !== undefined) {
      // A repeated row gets no name, so that nothing else (the mix) is checked against it.
      const problem = `"${parsed.name}" is used twice (also "${first}") — names must be unique, ignoring case`;
      return { name: "", label: parsed.name, row, problem };
    }
    seen.set(parsed.name.toLowerCase(), parsed.name);
    return { name: parsed.name, label: parsed.name, row };
  });
}

function reportName(issues: IssueList, table: TableName, named: NamedRow): void {
  if (named.problem !== undefined)
    issues.error(table, named.problem, named.label, "name", named.row.cells.get("name")?.address);
}

function checkRequiredColumns(
  issues: IssueList,
  raw: RawTable,
  fields: readonly string[]
): Set<string> {
  const missing = new Set<string>();
  for (const field of fields) {
    if (!raw.columns.has(field)) {
      missing.add(field);
      issues.error(
        raw.table,
        `the required column "${fieldLabel(field)}" is missing`,
        undefined,
        field,
        raw.headerAddress
      );
    }
  }
  return missing;
}

function checkNotEmpty(issues: IssueList, raw: RawTable, what: string): void {
  if (raw.rows.length === 0 && raw.malformed !== true)
    issues.error(raw.table, `the table has no rows — add at least one ${what}`);
}

type NumberRecord<F extends string> = Record<F, number | null>;

/** Read every numeric field of one row. Required blanks are reported unless the whole column is missing. */
function readFields<F extends string>(
  issues: IssueList,
  table: TableName,
  named: NamedRow,
  specs: readonly FieldSpec<F>[],
  missingColumns: Set<string>,
  horizon: number
): { values: NumberRecord<F>; failed: Set<F> } {
  const values = {} as NumberRecord<F>;
  const failed = new Set<F>();
  for (const spec of specs) {
    const cell = named.row.cells.get(spec.field);
    const read = readNumber(issues, table, named.label, spec, cell, horizon);
    values[spec.field] = read.value;
    if (read.failed) failed.add(spec.field);
    if (
      read.value === null &&
      !read.failed &&
      spec.required === true &&
      !missingColumns.has(spec.field)
    ) {
      issues.error(
        table,
        `is blank — a ${fieldLabel(spec.field).toLowerCase()} is required`,
        named.label,
        spec.field,
        cell?.address
      );
      failed.add(spec.field);
    }
  }
  return { values, failed };
}

export function buildSegments(issues: IssueList, raw: RawTable, horizon: number): Segment[] {
  const missing = checkRequiredColumns(issues, raw, ["name", "price", "grossMargin"]);
  checkNotEmpty(issues, raw, "segment");
  return nameRows(raw).map((named) => {
    reportName(issues, raw.table, named);
    const { values } = readFields(issues, raw.table, named, SEGMENT_FIELDS, missing, horizon);
    return {
      name: named.name,
      ...values,
      price: values.price ?? 0,
      grossMargin: values.grossMargin ?? 0,
    };
  });
}

function readChannelType(issues: IssueList, named: NamedRow): ChannelType {
  const cell = named.row.cells.get("type");
  const parsed = classify(cell?.value);
  if (parsed.kind === "blank") return "direct";
  const text = parsed.kind === "text" ? parsed.value.toLowerCase() : "";
  const type = CHANNEL_TYPES.find((candidate) => candidate === text);
  if (type !== undefined) return type;
  const shown =
    parsed.kind === "text"
      ? `"${parsed.value}"`
      : parsed.kind === "number"
        ? formatNumber(parsed.value)
        : "the value";
  issues.error(
    "Channels",
    `${shown} is not a channel type — use direct, partner, online or other`,
    named.label,
    "type",
    cell?.address
  );
  return "direct";
}

export function buildChannels(issues: IssueList, raw: RawTable, horizon: number): Channel[] {
  const missing = checkRequiredColumns(issues, raw, ["name", "conversion"]);
  checkNotEmpty(issues, raw, "channel");
  let costPerLeadColumnReported = false;
  return nameRows(raw).map((named) => {
    reportName(issues, raw.table, named);
    const type = readChannelType(issues, named);
    const { values, failed } = readFields(
      issues,
      raw.table,
      named,
      CHANNEL_FIELDS,
      missing,
      horizon
    );
    if ((values.spend ?? 0) > 0 && values.costPerLead === null && !failed.has("costPerLead")) {
      if (!raw.columns.has("costPerLead")) {
        if (!costPerLeadColumnReported) {
          issues.error(
            raw.table,
            `the column "Cost per lead" is missing — channels with spend need it`,
            undefined,
            "costPerLead",
            raw.headerAddress
          );
          costPerLeadColumnReported = true;
        }
      } else {
        const cell = named.row.cells.get("costPerLead");
        issues.error(
          raw.table,
          "is blank — a cost per lead is required when spend is above 0",
          named.label,
          "costPerLead",
          cell?.address
        );
      }
    }
    return { name: named.name, type, ...values, conversion: values.conversion ?? 0 };
  });
}

/** One assumption as read: its name cell and value cell. */
export interface AssumptionEntry {
  name: CellValue;
  value: CellValue;
  nameAddress?: string;
  valueAddress?: string;
}

const ASSUMPTION_NAMES = new Map<string, keyof Assumptions>([
  ...(["horizon", "periodUnit", "discountRate", "launchPeriods", "currency"] as const).map(
    (field) => [normalizeHeader(field), field] as const
  ),
  // The discount rate as labelled on sheets: a rate per period says its period (issue 11).
  ...(["month", "quarter", "year"] as const).map(
    (unit) => [normalizeHeader(`discountRatePer${unit}`), "discountRate"] as const
  ),
]);

export function buildAssumptions(issues: IssueList, entries: AssumptionEntry[]): Assumptions {
  const found = new Map<keyof Assumptions, AssumptionEntry>();
  for (const entry of entries) {
    const name = classify(entry.name);
    if (name.kind === "blank") continue;
    const text =
      name.kind === "text"
        ? name.value
        : name.kind === "number"
          ? formatNumber(name.value)
          : String(entry.name);
    const field =
      name.kind === "text" ? ASSUMPTION_NAMES.get(normalizeHeader(name.value)) : undefined;
    if (field === undefined) {
      issues.warn(
        "Assumptions",
        `"${text}" is not an assumption (horizon, period unit, discount rate, launch periods, currency); the row is ignored`,
        undefined,
        undefined,
        entry.nameAddress
      );
    } else if (found.has(field)) {
      issues.error(
        "Assumptions",
        `"${text}" is given twice — keep one`,
        undefined,
        field,
        entry.nameAddress
      );
    } else {
      found.set(field, entry);
    }
  }
  const number = (
    field: "horizon" | "discountRate" | "launchPeriods",
    horizon: number
  ): number | null => {
    const spec = ASSUMPTION_FIELDS.find(
      (candidate) => candidate.field === field
    ) as FieldSpec<string>;
    const entry = found.get(field);
    const cell: RawCell = { value: entry?.value, address: entry?.valueAddress };
    return readNumber(issues, "Assumptions", undefined, spec, cell, horizon).value;
  };
  const horizon = number("horizon", DEFAULT_HORIZON) ?? DEFAULT_HORIZON;
  return {
    horizon,
    periodUnit: readPeriodUnit(issues, found.get("periodUnit")),
    discountRate: number("discountRate", horizon) ?? 0,
    launchPeriods: number("launchPeriods", horizon),
    currency: readCurrency(issues, found.get("currency")),
  };
}

/** An ISO 4217 code: three letters (`usd` reads as `USD`); blank is null (the host's default). */
function readCurrency(issues: IssueList, entry: AssumptionEntry | undefined): string | null {
  const parsed = classify(entry?.value);
  if (parsed.kind === "blank") return null;
  const text = parsed.kind === "text" ? parsed.value.trim() : "";
  if (/^[A-Za-z]{3}$/.test(text)) return text.toUpperCase();
  const shown = parsed.kind === "text" ? `"${parsed.value}"` : "the value";
  issues.error(
    "Assumptions",
    `${shown} is not a currency code — use three letters such as USD, EUR or CNY`,
    undefined,
    "currency",
    entry?.valueAddress
  );
  return null;
}

function readPeriodUnit(issues: IssueList, entry: AssumptionEntry | undefined): PeriodUnit {
  const parsed = classify(entry?.value);
  if (parsed.kind === "blank") return "month";
  const text = parsed.kind === "text" ? parsed.value.toLowerCase().replace(/s$/, "") : "";
  const unit = PERIOD_UNITS.find((candidate) => candidate === text);
  if (unit !== undefined) return unit;
  const shown = parsed.kind === "text" ? `"${parsed.value}"` : "the value";
  issues.error(
    "Assumptions",
    `${shown} is not a period unit — use month, quarter or year`,
    undefined,
    "periodUnit",
    entry?.valueAddress
  );
  return "month";
}
