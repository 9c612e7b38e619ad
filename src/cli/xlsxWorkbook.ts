/**
 * The workbook port over exceljs: what the `gtm` command reads from and writes to .xlsx files.
 * Reading tables: `xlsx/readTables.ts`; applying a plan: `xlsx/writePlan.ts`. Opening and saving
 * files (atomic, never over the input): `files.ts`. Which sheets are ours is decided by the shared
 * services from `inspect()` (src/workbook/ownership.ts); this host only obeys `plan.replace`.
 */
import type ExcelJSTypes from "exceljs";
import { newWorkbook } from "./xlsx/exceljs";
import { sheetRef } from "../workbook/a1";
import { checkPlan, planExtent } from "../workbook/blocks";
import {
  INPUT_NAMES,
  OWNER_HEADER,
  type InputBindings,
  DEFAULT_TABLE_NAMES,
  type TableInputName,
  type ReadInputs,
  type SheetPlan,
  type WorkbookInfo,
  type WorkbookPort,
  type WrittenSheet,
} from "../workbook/port";
import { readBinding, readValues, sheetTables, usedRect } from "./xlsx/readTables";
import { writePlan } from "./xlsx/writePlan";

/** The default binding of each input: a table or sheet of this name. */
export const DEFAULT_BINDINGS = DEFAULT_TABLE_NAMES;

/** exceljs orders sheets by `orderNo`, which its typings leave out. */
function orderOf(sheet: ExcelJSTypes.Worksheet): number {
  const holder: object = sheet;
  const order: unknown = "orderNo" in holder ? holder.orderNo : undefined;
  if (typeof order !== "number") throw new Error(`exceljs gave sheet "${sheet.name}" no position`);
  return order;
}

/** The workbook's defined names (exceljs keeps them in `definedNames.model`). */
function definedNames(workbook: ExcelJSTypes.Workbook): string[] {
  const model: unknown = (workbook.definedNames as unknown as { model?: unknown }).model;
  if (!Array.isArray(model)) return [];
  return model.flatMap((entry: unknown) =>
    typeof entry === "object" && entry !== null && "name" in entry && typeof entry.name === "string"
      ? [entry.name]
      : []
  );
}

export class XlsxWorkbook implements WorkbookPort {
  readonly workbook: ExcelJSTypes.Workbook;
  /** Titles of the charts skipped because exceljs cannot draw them, by sheet. */
  readonly skippedCharts: { sheet: string; title: string }[] = [];

  constructor(workbook: ExcelJSTypes.Workbook = newWorkbook()) {
    this.workbook = workbook;
  }

  async readInputs(
    bindings: InputBindings,
    names: readonly TableInputName[] = INPUT_NAMES
  ): Promise<ReadInputs> {
    const inputs: ReadInputs = {};
    for (const input of names) {
      const table = readBinding(this.workbook, bindings[input] ?? DEFAULT_BINDINGS[input], input);
      if (table !== null) inputs[input] = table;
    }
    return inputs;
  }

  async inspect(): Promise<WorkbookInfo> {
    return {
      sheets: this.workbook.worksheets.map((sheet) => ({
        name: sheet.name,
        header: readValues(sheet, OWNER_HEADER, "blank"),
        used: usedRect(sheet),
      })),
      tables: this.workbook.worksheets.flatMap((sheet) =>
        sheetTables(sheet).map((table) => table.name)
      ),
      names: definedNames(this.workbook),
    };
  }

  async removeSheet(name: string): Promise<void> {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`Cannot remove sheet "${name}": no such sheet`);
    this.workbook.removeWorksheet(sheet.id);
  }

  async writeSheet(plan: SheetPlan): Promise<WrittenSheet> {
    checkPlan(plan);
    const existing = this.sheet(plan.name);
    let sheet: ExcelJSTypes.Worksheet;
    if (plan.replace) {
      if (existing === undefined)
        throw new Error(`Cannot replace sheet "${plan.name}": the workbook has no such sheet`);
      // Delete and re-create in the same place: nothing of the earlier run survives.
      const order = orderOf(existing);
      this.workbook.removeWorksheet(existing.id);
      sheet = this.workbook.addWorksheet(existing.name);
      Object.assign(sheet, { orderNo: order });
    } else {
      if (existing !== undefined)
        throw new Error(`Sheet "${existing.name}" already exists: refusing to write into it`);
      sheet = this.workbook.addWorksheet(plan.name);
    }
    writePlan(sheet, plan);
    for (const chart of plan.charts ?? [])
      this.skippedCharts.push({ sheet: sheet.name, title: chart.title });
    return { name: sheet.name, address: sheetRef(sheet.name, planExtent(plan)) };
  }

  private sheet(name: string): ExcelJSTypes.Worksheet | undefined {
    return this.workbook.worksheets.find(
      (sheet) => sheet.name.toLocaleLowerCase() === name.toLocaleLowerCase()
    );
  }
}
