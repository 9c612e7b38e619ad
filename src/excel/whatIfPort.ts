/**
 * The what-if port over Office.js (docs/whatif.md). Round trips: `inspect` 1, `evaluate` 1 for
 * any number of points (per point: write the inputs, `application.calculate`, load the output
 * through its own range), `readOutput` 1, `setCalculationMode` 1, `restore` 1 (write, set the mode,
 * read back), `writeRecord` 2 (remove an old record, add), `readRecord` 2, `clearRecord` 2.
 * Documented APIs only: Range.formulas/values/numberFormat (1.1), Application.calculate (1.1),
 * calculationMode (set: 1.8), WorksheetProtection (1.2), CustomXmlParts (1.5).
 */
import { cellRef, parseSheetRange, quoteSheet, rectRef } from "../workbook/a1";
import type { CellValue } from "../workbook/port";
import type {
  CalculationMode,
  CellInfo,
  Inspection,
  Point,
  RestoreMismatch,
  RestoreRecord,
  WhatIfPort,
} from "../workbook/whatIf";
import { labelFrom } from "../workbook/whatIf/labels";
import { fromExcelValue } from "./cells";
import type { ExcelRun } from "./run";

/** How far left and up a label is looked for (cells). */
const LABEL_REACH = 200;

/** The namespace of the restore record's custom XML part. */
export const RESTORE_NAMESPACE = "urn:gtm-modeler:whatif-restore:1";

export interface WhatIfPortOptions {
  /** Whether the calculation mode may be set (ExcelApi 1.8); read once when the port is made. */
  canSetCalculationMode?: boolean;
}

function locate(address: string): { sheet: string; row: number; column: number } {
  const parsed = parseSheetRange(address);
  if (parsed === null) throw new Error(`${address} is not a cell address`);
  return { sheet: parsed.sheet, row: parsed.rect.row, column: parsed.rect.column };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function recordXml(record: RestoreRecord): string {
  return `<whatIfRestore xmlns="${RESTORE_NAMESPACE}">${escapeXml(JSON.stringify(record))}</whatIfRestore>`;
}

export function parseRecordXml(xml: string): RestoreRecord | null {
  const match = /<whatIfRestore[^>]*>([\s\S]*)<\/whatIfRestore>/.exec(xml);
  if (match === null) return null;
  try {
    const record = JSON.parse(unescapeXml(match[1])) as RestoreRecord;
    return record.version === 1 && Array.isArray(record.cells) ? record : null;
  } catch {
    return null;
  }
}

function shown(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export class ExcelWhatIfPort implements WhatIfPort {
  private readonly run: ExcelRun;
  private readonly canSetMode: boolean;

  constructor(run: ExcelRun, options: WhatIfPortOptions = {}) {
    this.run = run;
    this.canSetMode = options.canSetCalculationMode ?? true;
  }

  inspect(cells: readonly string[]): Promise<Inspection> {
    return this.run(async (context) => {
      const app = context.workbook.application.load("calculationMode");
      // First learn which sheets exist: a call on a null object is not documented to give another
      // null object (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties),
      // so ranges are asked for only on sheets that exist (one more round trip).
      const located = cells.map((address) => ({ address, ...locate(address) }));
      const sheets = new Map<string, Excel.Worksheet>();
      for (const { sheet } of located) {
        if (!sheets.has(sheet))
          sheets.set(sheet, context.workbook.worksheets.getItemOrNullObject(sheet).load("name"));
      }
      await context.sync();
      const queued = located.map(({ address, sheet: name, row, column }) => {
        const sheet = sheets.get(name) as Excel.Worksheet;
        return sheet.isNullObject ? { address } : queueCell(sheet, address, row, column);
      });
      await context.sync();
      return {
        cells: queued.map(cellInfo),
        mode: this.canSetMode ? (app.calculationMode as CalculationMode) : null,
      };
    });
  }

  readRecord(): Promise<RestoreRecord | null> {
    return this.run(async (context) => {
      const parts = context.workbook.customXmlParts
        .getByNamespace(RESTORE_NAMESPACE)
        .load("items/id");
      await context.sync();
      if (parts.items.length === 0) return null;
      // A ClientResult: its value is there after the sync (no load call exists for it).
      const xml: OfficeExtension.ClientResult<string> = parts.items[0].getXml();
      await context.sync();
      const { value } = xml;
      return parseRecordXml(value);
    });
  }

  private async removeRecords(context: Excel.RequestContext): Promise<void> {
    const parts = context.workbook.customXmlParts
      .getByNamespace(RESTORE_NAMESPACE)
      .load("items/id");
    await context.sync();
    for (const part of parts.items) part.delete();
  }

  writeRecord(record: RestoreRecord): Promise<void> {
    return this.run(async (context) => {
      await this.removeRecords(context);
      context.workbook.customXmlParts.add(recordXml(record));
      await context.sync();
    });
  }

  clearRecord(): Promise<void> {
    return this.run(async (context) => {
      await this.removeRecords(context);
      await context.sync();
    });
  }

  setCalculationMode(mode: CalculationMode): Promise<void> {
    return this.run(async (context) => {
      context.workbook.application.calculationMode = mode as Excel.CalculationMode;
      await context.sync();
    });
  }

  evaluate(points: readonly Point[], output: string): Promise<CellValue[]> {
    if (points.length === 0) return Promise.resolve([]);
    return this.run(async (context) => {
      const sheets = new Map<string, Excel.Worksheet>();
      const sheetOf = (name: string): Excel.Worksheet => {
        let sheet = sheets.get(name.toLowerCase());
        if (sheet === undefined) {
          sheet = context.workbook.worksheets.getItem(name);
          sheets.set(name.toLowerCase(), sheet);
        }
        return sheet;
      };
      const out = locate(output);
      const reads = points.map((point) => {
        for (const { cell, value } of point) {
          const at = locate(cell);
          sheetOf(at.sheet).getRange(cellRef(at.row, at.column)).values = [[value ?? ""]];
        }
        context.workbook.application.calculate("Recalculate");
        return sheetOf(out.sheet)
          .getRange(cellRef(out.row, out.column))
          .load(["values", "valueTypes"]);
      });
      await context.sync();
      return reads.map((range) => fromExcelValue(range.values[0][0], range.valueTypes[0][0]));
    });
  }

  readOutput(output: string): Promise<CellValue> {
    return this.run(async (context) => {
      const at = locate(output);
      const range = context.workbook.worksheets
        .getItem(at.sheet)
        .getRange(cellRef(at.row, at.column))
        .load(["values", "valueTypes"]);
      await context.sync();
      return fromExcelValue(range.values[0][0], range.valueTypes[0][0]);
    });
  }

  restore(record: RestoreRecord): Promise<RestoreMismatch[]> {
    return this.run(async (context) => {
      const checks = record.cells.map((saved) => {
        const at = locate(saved.cell);
        const range = context.workbook.worksheets
          .getItem(at.sheet)
          .getRange(cellRef(at.row, at.column));
        // The formula first: entering a formula may give the cell a format of its own.
        range.formulas = [[saved.formula]];
        range.numberFormat = [[saved.numberFormat]];
        return { saved, range: range.load(["formulas", "numberFormat"]) };
      });
      if (record.mode !== null && this.canSetMode)
        context.workbook.application.calculationMode = record.mode as Excel.CalculationMode;
      // In Manual mode nothing would recalculate: the outputs would still show the last point.
      context.workbook.application.calculate("Recalculate");
      await context.sync();
      const mismatches: RestoreMismatch[] = [];
      for (const { saved, range } of checks) {
        const formula = range.formulas[0][0];
        const format = String(range.numberFormat[0][0]);
        if (formula !== saved.formula)
          mismatches.push({
            cell: saved.cell,
            expected: shown(saved.formula),
            found: shown(formula),
          });
        else if (format !== saved.numberFormat)
          mismatches.push({
            cell: saved.cell,
            expected: `format ${saved.numberFormat}`,
            found: `format ${format}`,
          });
      }
      return mismatches;
    });
  }
}

/** The what-if port over the page's Office.js; the calculation mode is set only where ExcelApi 1.8 is supported. */
export function officeWhatIfPort(run: ExcelRun): ExcelWhatIfPort {
  const requirements = (
    Office.context as { requirements?: { isSetSupported(name: string, version?: string): boolean } }
  ).requirements;
  return new ExcelWhatIfPort(run, {
    canSetCalculationMode: requirements?.isSetSupported("ExcelApi", "1.8") === true,
  });
}

/** Queue the loads that describe one input or output cell on an existing sheet. */
function queueCell(sheet: Excel.Worksheet, address: string, row: number, column: number) {
  const protection = sheet.protection.load("protected");
  const range = sheet
    .getRange(cellRef(row, column))
    .load(["formulas", "values", "valueTypes", "numberFormat"]);
  // The cell's row to its left and its column above it (up to LABEL_REACH cells): its label.
  const left = Math.max(0, column - LABEL_REACH);
  const top = Math.max(0, row - LABEL_REACH);
  const rowText = sheet
    .getRange(rectRef({ row, column: left, rows: 1, columns: column - left + 1 }))
    .load("values");
  const columnText = sheet
    .getRange(rectRef({ row: top, column, rows: row - top + 1, columns: 1 }))
    .load("values");
  return { address, row, column, sheet, protection, range, rowText, columnText };
}

type QueuedCell = { address: string } | ReturnType<typeof queueCell>;

/** What a cell holds once loaded; a cell on a sheet that does not exist says so. */
function cellInfo(queued: QueuedCell): CellInfo {
  if (!("range" in queued))
    return {
      cell: queued.address,
      exists: false,
      formula: "",
      value: "",
      numberFormat: "General",
      sheetProtected: false,
      label: null,
    };
  const { sheet, row, column, protection, range, rowText, columnText } = queued;
  return {
    // The sheet's name as the workbook spells it.
    cell: `${quoteSheet(sheet.name)}!${cellRef(row, column)}`,
    exists: true,
    formula: range.formulas[0][0] as string | number | boolean,
    value: fromExcelValue(range.values[0][0], range.valueTypes[0][0]),
    numberFormat: String(range.numberFormat[0][0]),
    sheetProtected: protection.protected,
    label: labelFrom(
      rowText.values[0],
      columnText.values.map((line) => line[0])
    ),
  };
}
