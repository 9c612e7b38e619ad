/** Building workbooks for the tests of src/excel over the Excel stand-in. */
import { createStandIn, standInRun } from "../../src/testing/office";
import type { StandIn, StandInOptions } from "../../src/testing/office";
import type { MemoryWorkbook } from "../../src/testing/office/workbook";
import { ExcelWorkbookPort } from "../../src/excel/excelPort";
import type { WriteLimits } from "../../src/excel/writePlan";

export type Seed = string | number | boolean | { error: string } | null;

/** A user's sheet holding `values` from (row, column), as typed cells (no formulas). */
export function userSheet(
  book: MemoryWorkbook,
  name: string,
  values: Seed[][],
  at = { row: 0, column: 0 }
): void {
  const sheet = book.sheet(name) ?? book.addSheet(name);
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) sheet.ensure(at.row + r, at.column + c).value = value;
    })
  );
}

export function userTable(
  book: MemoryWorkbook,
  name: string,
  sheet: string,
  row: number,
  column: number,
  rows: number,
  columns: number
): void {
  book.tables.push({ name, sheet, ref: { sheet, row, column, rows, columns }, style: null });
}

export interface Fixture {
  standIn: StandIn;
  book: MemoryWorkbook;
  port: ExcelWorkbookPort;
  /** Syncs made by `action`. */
  syncsOf(action: () => Promise<unknown>): Promise<number>;
}

export function fixture(options: StandInOptions = {}, limits: Partial<WriteLimits> = {}): Fixture {
  const standIn = createStandIn(options);
  const book = standIn.workbook;
  const port = new ExcelWorkbookPort(standInRun(standIn), limits);
  return {
    standIn,
    book,
    port,
    async syncsOf(action) {
      const before = book.syncs;
      await action();
      return book.syncs - before;
    },
  };
}

/** Values of a sheet rectangle as the stand-in holds them (errors as `{ error }`, blanks as ""). */
export function cellValues(
  book: MemoryWorkbook,
  sheet: string,
  row: number,
  column: number,
  rows: number,
  columns: number
): unknown[][] {
  const s = book.sheet(sheet);
  if (s === null) throw new Error(`no sheet ${sheet}`);
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => s.cell(row + r, column + c)?.value ?? "")
  );
}
