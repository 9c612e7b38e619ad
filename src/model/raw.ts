/**
 * Step one of parsing: sheet tables (2-D arrays, headers first) and the JSON form both become
 * `RawTable`s — rows of field → cell, each cell with its sheet address when known. Validation
 * (build.ts) then reads one shape whatever the source.
 */
import { classify, columnLetter, isBlank, sheetPrefix, type CellValue } from "./cells";
import { makeIssue } from "./errors";
import { normalizeHeader } from "./schema";
import type { InputIssue, TableName, TableOrigin } from "./types";

export interface RawCell {
  value: CellValue;
  address?: string;
}

export interface RawRow {
  /** 1-based position among the table's data rows, for messages when a row has no name. */
  position: number;
  cells: Map<string, RawCell>;
}

export interface RawTable {
  table: TableName;
  /** Fields present as columns (for "required column missing"). */
  columns: Set<string>;
  rows: RawRow[];
  /** The header row's address (`Channels!A1:J1`), when the table came from a sheet. */
  headerAddress?: string;
  /** Not a table at all (JSON that is not a list of rows): already reported, no more to say. */
  malformed?: boolean;
}

const TABLE_ORDER: TableName[] = [
  "Channels",
  "Segments",
  "Mix",
  "Assumptions",
  "Drivers",
  "Scenarios",
  "Bounds",
  "Uncertainty",
  "Correlations",
  "Simulation",
];

/** Row and column of an address such as `Channels!E3` or `'My sheet'!AB12`, for ordering issues. */
function position(address: string | undefined): [number, number] {
  const match = address === undefined ? null : /!([A-Z]+)(\d+)$/.exec(address);
  if (match === null) return [-1, -1];
  const column = [...(match[1] as string)].reduce(
    (sum, letter) => sum * 26 + letter.charCodeAt(0) - 64,
    0
  );
  return [Number(match[2]), column];
}

/** Issues in reading order: by table, then by cell (row, column), table-wide ones first. */
export function inReadingOrder(issues: InputIssue[]): InputIssue[] {
  const keyed = issues.map((issue, index) => ({
    issue,
    index,
    table: TABLE_ORDER.indexOf(issue.table),
    at: position(issue.address),
  }));
  keyed.sort(
    (a, b) => a.table - b.table || a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.index - b.index
  );
  return keyed.map((entry) => entry.issue);
}

export class IssueList {
  readonly errors: InputIssue[] = [];
  readonly warnings: InputIssue[] = [];

  error(table: TableName, problem: string, row?: string, field?: string, address?: string): void {
    this.errors.push(makeIssue("error", { table, row, field, address }, problem));
  }

  warn(table: TableName, problem: string, row?: string, field?: string, address?: string): void {
    this.warnings.push(makeIssue("warning", { table, row, field, address }, problem));
  }
}

/** Addresses of a table's cells (row and column relative to its top-left cell), built cheaply. */
function addresser(
  origin: TableOrigin | undefined
): (row: number, column: number) => string | undefined {
  if (origin === undefined) return () => undefined;
  const prefix = sheetPrefix(origin.sheet);
  const letters: string[] = [];
  return (row, column) =>
    `${prefix}${(letters[column] ??= columnLetter(origin.column + column))}${origin.row + row + 1}`;
}

function headerText(value: CellValue): string {
  const cell = classify(value);
  return cell.kind === "text" ? cell.value : cell.kind === "number" ? String(cell.value) : "";
}

/** A 2-D array with headers in the first row → RawTable, mapping headers through `fields`. */
export function rawFromGrid(
  table: TableName,
  grid: readonly (readonly CellValue[])[],
  fields: Map<string, string>,
  origin: TableOrigin | undefined,
  issues: IssueList
): RawTable {
  const raw: RawTable = { table, columns: new Set(), rows: [] };
  const addressAt = addresser(origin);
  const header = grid[0] ?? [];
  if (origin !== undefined && header.length > 0) {
    const last = addressAt(0, header.length - 1) as string;
    raw.headerAddress =
      header.length === 1 ? last : `${addressAt(0, 0) as string}:${last.replace(/^.*!/, "")}`;
  }
  const fieldAt: (string | null)[] = [];
  header.forEach((value, column) => {
    const text = headerText(value);
    const field = fields.get(normalizeHeader(text)) ?? null;
    const address = addressAt(0, column);
    if (text === "") {
      fieldAt.push(null);
    } else if (field === null) {
      fieldAt.push(null);
      issues.warn(
        table,
        `the column "${text}" is not a model field; it is ignored`,
        undefined,
        undefined,
        address
      );
    } else if (raw.columns.has(field)) {
      fieldAt.push(null);
      issues.error(
        table,
        `the column "${text}" is given twice — keep one`,
        undefined,
        field,
        address
      );
    } else {
      fieldAt.push(field);
      raw.columns.add(field);
    }
  });
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((value) => isBlank(value))) continue;
    const row: RawRow = { position: r, cells: new Map() };
    fieldAt.forEach((field, column) => {
      if (field !== null)
        row.cells.set(field, { value: cells[column], address: addressAt(r, column) });
    });
    raw.rows.push(row);
  }
  return raw;
}

/** JSON rows (objects keyed by field names) → RawTable. Keys follow the same header rules. */
export function rawFromObjects(
  table: TableName,
  rows: unknown,
  fields: Map<string, string>,
  issues: IssueList
): RawTable {
  // In JSON a missing key is a blank value, so every field counts as present.
  const raw: RawTable = { table, columns: new Set(fields.values()), rows: [] };
  if (!Array.isArray(rows)) {
    const what = table === "Channels" ? "channels" : "segments";
    issues.error(
      table,
      rows === undefined || rows === null
        ? `is missing — give "${what}" as a list of rows`
        : `must be a list of rows, each an object of field names and values`
    );
    raw.malformed = true;
    return raw;
  }
  const unknown = new Set<string>();
  rows.forEach((item: unknown, index) => {
    if (item === null || typeof item !== "object" || Array.isArray(item)) {
      issues.error(table, `row ${index + 1} is not an object of field names and values`);
      return;
    }
    const row: RawRow = { position: index + 1, cells: new Map() };
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      const field = fields.get(normalizeHeader(key));
      if (field === undefined) {
        unknown.add(key);
        continue;
      }
      if (row.cells.has(field))
        issues.error(table, `the field "${key}" is given twice — keep one`, undefined, field);
      row.cells.set(field, { value });
    }
    if ([...row.cells.values()].every((cell) => isBlank(cell.value))) return;
    raw.rows.push(row);
  });
  for (const key of unknown)
    issues.warn(table, `the field "${key}" is not a model field; it is ignored`);
  return raw;
}
