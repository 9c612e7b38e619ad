/**
 * The workbook port over exceljs: what the `gtm` command reads from and writes to .xlsx files.
 * Reading tables: `xlsx/readTables.ts`; applying a plan: `xlsx/writePlan.ts`. Opening and saving
 * files (atomic, never over the input): `files.ts`. A workbook read from a file is written as a
 * copy of that file's package with the new sheets spliced in (`xlsx/splice.ts`), so every part of
 * the user's file is kept. Which sheets are ours is decided by the shared services from `inspect()`
 * (src/workbook/ownership.ts, with each marked sheet's content for the content check); this host
 * only obeys `plan.replace`.
 */
import type ExcelJSTypes from "exceljs";
import { newWorkbook } from "./xlsx/exceljs";
import { sheetRef } from "../workbook/a1";
import { blockRect, checkPlan, planExtent } from "../workbook/blocks";
import {
  INPUT_NAMES,
  OWNER_HEADER,
  type InputBindings,
  DEFAULT_TABLE_NAMES,
  type TableInputName,
  type ReadInputs,
  type SheetInfo,
  type SheetPlan,
  type WorkbookInfo,
  type WorkbookPort,
  type WrittenSheet,
} from "../workbook/port";
import type { SourcePackage } from "./files";
import { readOwnerMark } from "../workbook/ownership";
import { cellsIn, readBinding, readValues, sheetTables, usedRect } from "./xlsx/readTables";
import { spliceSheets, type SplicedSheet } from "./xlsx/splice";
import { writePlan } from "./xlsx/writePlan";
import { InputFailure } from "./errors";
import { words } from "./i18n/messages";

/** The default binding of each input: a table or sheet of this name. */

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

/** The most cells one written sheet may hold (exceljs keeps each in memory), stated in the README. */
export const MAX_OUTPUT_CELLS = 400_000;

function checkCells(plan: SheetPlan): void {
  let cells = 0;
  for (const block of plan.blocks) {
    const rect = blockRect(block);
    cells += rect.rows * rect.columns;
  }
  if (cells <= MAX_OUTPUT_CELLS) return;
  const n = (x: number): string => x.toLocaleString("en-US");
  // Said before anything is written (exit 1), in the language of --lang.
  throw new InputFailure([words("sheetTooLarge", plan.name, n(cells), n(MAX_OUTPUT_CELLS))]);
}

export class XlsxWorkbook implements WorkbookPort {
  /** The workbook read (its sheets decide names and ownership); without a source, also the one written. */
  readonly workbook: ExcelJSTypes.Workbook;
  /** Titles of the charts skipped because exceljs cannot draw them, by sheet. */
  readonly skippedCharts: { sheet: string; title: string }[] = [];
  /** With a source package: the sheets written, in a workbook of their own, spliced in at `save`. */
  private readonly output: ExcelJSTypes.Workbook | null;
  private readonly written: SplicedSheet[] = [];

  /**
   * `source`: the package `workbook` was read from. Written sheets then go into a copy of that
   * package, which keeps every part of it (charts, images, comments…); without one, `workbook`
   * itself is written (a new workbook).
   */
  constructor(
    workbook: ExcelJSTypes.Workbook = newWorkbook(),
    private readonly source: SourcePackage | null = null
  ) {
    this.workbook = workbook;
    this.output = source === null ? null : newWorkbook();
  }

  /** The bytes of the workbook with every sheet written so far. */
  async save(): Promise<Uint8Array> {
    if (this.output === null || this.source === null)
      return new Uint8Array(await this.workbook.xlsx.writeBuffer());
    const generated = new Uint8Array(await this.output.xlsx.writeBuffer());
    return spliceSheets(this.source.bytes, generated, this.written);
  }

  async readInputs(
    bindings: InputBindings,
    names: readonly TableInputName[] = INPUT_NAMES
  ): Promise<ReadInputs> {
    const inputs: ReadInputs = {};
    for (const input of names) {
      const table = readBinding(
        this.workbook,
        bindings[input] ?? DEFAULT_TABLE_NAMES[input],
        input
      );
      if (table !== null) inputs[input] = table;
    }
    return inputs;
  }

  async inspect(): Promise<WorkbookInfo> {
    const sheets: SheetInfo[] = this.workbook.worksheets.map((sheet) => {
      const header = readValues(sheet, OWNER_HEADER, "blank");
      const mark = readOwnerMark(header);
      // The cells inside the range a sheet of ours records: an edit there makes it the user's.
      const content = mark === null ? undefined : cellsIn(sheet, mark);
      return { name: sheet.name, header, used: usedRect(sheet), content };
    });
    // Sheets the reader left out (chart sheets) and sheets written into the copy: names taken.
    const taken = (this.source?.otherSheets ?? []).concat(
      this.written.filter((sheet) => sheet.replaces === null).map((sheet) => sheet.name)
    );
    for (const name of taken) sheets.push({ name, header: [], used: null });
    const tables = this.workbook.worksheets.flatMap((sheet) =>
      sheetTables(sheet).map((table) => table.name)
    );
    for (const sheet of this.output?.worksheets ?? [])
      for (const table of sheetTables(sheet)) tables.push(table.name);
    return { sheets, tables, names: definedNames(this.workbook) };
  }

  async removeSheet(name: string): Promise<void> {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`Cannot remove sheet "${name}": no such sheet`);
    this.workbook.removeWorksheet(sheet.id);
  }

  async writeSheet(plan: SheetPlan): Promise<WrittenSheet> {
    checkPlan(plan);
    checkCells(plan);
    if (this.output !== null) return this.writeToCopy(plan);
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

  /** A sheet for the copy: written into the output workbook, spliced into the source at `save`. */
  private writeToCopy(plan: SheetPlan): WrittenSheet {
    const output = this.output as ExcelJSTypes.Workbook;
    const existing = this.sheet(plan.name);
    const taken = (this.source?.otherSheets ?? []).concat(output.worksheets.map((s) => s.name));
    if (plan.replace && existing === undefined)
      throw new Error(`Cannot replace sheet "${plan.name}": the workbook has no such sheet`);
    if (
      (!plan.replace && existing !== undefined) ||
      taken.some((name) => name.toLocaleLowerCase() === plan.name.toLocaleLowerCase())
    )
      throw new Error(`Sheet "${plan.name}" already exists: refusing to write into it`);
    const name = existing?.name ?? plan.name;
    const sheet = output.addWorksheet(name);
    writePlan(sheet, plan);
    this.written.push({ name, replaces: plan.replace ? name : null });
    for (const chart of plan.charts ?? [])
      this.skippedCharts.push({ sheet: name, title: chart.title });
    return { name, address: sheetRef(name, planExtent(plan)) };
  }

  private sheet(name: string): ExcelJSTypes.Worksheet | undefined {
    return this.workbook.worksheets.find(
      (sheet) => sheet.name.toLocaleLowerCase() === name.toLocaleLowerCase()
    );
  }
}
