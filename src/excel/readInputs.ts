/**
 * Reading the model's inputs from Excel in ONE round trip: for every input, the table of that name,
 * the sheet of that name (its used range, read as a table at A1) and, for an address binding, the
 * range — all queued with `*OrNullObject` accessors, then a single `context.sync()`.
 */
import { parseSheetRange, quoteSheet, rectRef, sheetRef } from "../workbook/a1";
import { INPUT_NAMES } from "../workbook/port";
import type {
  CellValue,
  InputBindings,
  InputName,
  ReadInputs,
  Rect,
  TableData,
} from "../workbook/port";
import { readCells } from "./cells";
import type { ExcelRun } from "./run";

export const DEFAULT_INPUT_NAMES: Record<InputName, string> = {
  channels: "Channels",
  segments: "Segments",
  mix: "Mix",
  assumptions: "Assumptions",
};

/** What was queued for one input before the sync. */
interface Pending {
  input: InputName;
  table?: Excel.Table;
  tableRange?: Excel.Range;
  sheetRange?: Excel.Range;
  boundRange?: Excel.Range;
}

/** Split a loaded address such as `'GTM Results'!B2:D9` into sheet name and rectangle. */
export function splitLoadedAddress(address: string): { sheet: string; rect: Rect } {
  const parsed = parseSheetRange(address);
  if (parsed === null)
    throw new Error(`Excel returned an address the add-in cannot read: ${address}`);
  return parsed;
}

/** A table or bound range; a formula refers to a range by its absolute address unless told otherwise. */
function tableData(
  address: string,
  values: CellValue[][],
  kind: TableData["kind"],
  formulaRef?: string
): TableData {
  const { sheet, rect } = splitLoadedAddress(address);
  return {
    values,
    origin: { sheet, row: rect.row, column: rect.column },
    address: `${quoteSheet(sheet)}!${rectRef(rect)}`,
    formulaRef: formulaRef ?? sheetRef(sheet, rect, true),
    kind,
  };
}

/**
 * A sheet's used range read as a table at A1: rows and columns above and left of the used range
 * are blank cells of the table (Excel hands blanks as "").
 */
function fromA1(address: string, cells: CellValue[][]): TableData {
  const { sheet, rect } = splitLoadedAddress(address);
  const padded: CellValue[][] = [];
  for (let r = 0; r < rect.row; r++)
    padded.push(Array.from({ length: rect.column + rect.columns }, () => ""));
  for (const row of cells) padded.push([...Array.from({ length: rect.column }, () => ""), ...row]);
  const whole: Rect = {
    row: 0,
    column: 0,
    rows: rect.row + rect.rows,
    columns: rect.column + rect.columns,
  };
  return {
    values: padded,
    origin: { sheet, row: 0, column: 0 },
    address: sheetRef(sheet, whole),
    formulaRef: sheetRef(sheet, whole, true),
    kind: "sheet",
  };
}

function queue(context: Excel.RequestContext, input: InputName, binding: string): Pending {
  const workbook = context.workbook;
  const range = parseSheetRange(binding);
  if (range !== null) {
    const boundRange = workbook.worksheets
      .getItemOrNullObject(range.sheet)
      .getRange(rectRef(range.rect));
    boundRange.load("address,values,valueTypes");
    return { input, boundRange };
  }
  const table = workbook.tables.getItemOrNullObject(binding);
  table.load("name");
  const tableRange = table.getRange();
  tableRange.load("address,values,valueTypes");
  const sheetRange = workbook.worksheets
    .getItemOrNullObject(binding)
    .getUsedRangeOrNullObject(true);
  sheetRange.load("address,values,valueTypes");
  return { input, table, tableRange, sheetRange };
}

function settle(pending: Pending): TableData | null {
  const { table, tableRange, sheetRange, boundRange } = pending;
  if (boundRange !== undefined) {
    if (boundRange.isNullObject) return null;
    return tableData(
      boundRange.address,
      readCells(boundRange.values, boundRange.valueTypes),
      "range"
    );
  }
  if (
    table !== undefined &&
    tableRange !== undefined &&
    !table.isNullObject &&
    !tableRange.isNullObject
  ) {
    return tableData(
      tableRange.address,
      readCells(tableRange.values, tableRange.valueTypes),
      "table",
      `${table.name}[#All]`
    );
  }
  if (sheetRange !== undefined && !sheetRange.isNullObject) {
    return fromA1(sheetRange.address, readCells(sheetRange.values, sheetRange.valueTypes));
  }
  return null;
}

/** Read every input (tables by name, else sheets by name, else bound addresses) in one sync. */
export async function readInputs(run: ExcelRun, bindings: InputBindings): Promise<ReadInputs> {
  return run(async (context) => {
    const pending = INPUT_NAMES.map((input) =>
      queue(context, input, bindings[input] ?? DEFAULT_INPUT_NAMES[input])
    );
    await context.sync();
    const found: ReadInputs = {};
    for (const item of pending) {
      const data = settle(item);
      if (data !== null) found[item.input] = data;
    }
    return found;
  });
}
