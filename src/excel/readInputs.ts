/**
 * Reading the model's inputs from Excel in TWO round trips: first, for every input, whether the
 * table of that name, the sheet of that name (or the bound address's sheet) exists — `*OrNullObject`
 * accessors, checked with `isNullObject` after the sync, the only pattern Microsoft documents
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties);
 * then the values of what exists: a table as the port contract's `tablePart` says (`[#Data]` for
 * the assumptions), a sheet's used range read as a table at A1, a bound range.
 */
import { parseSheetRange, quoteSheet, rectRef, sheetRef } from "../workbook/a1";
import { DEFAULT_TABLE_NAMES, INPUT_NAMES, tablePart } from "../workbook/port";
import type {
  CellValue,
  InputBindings,
  TableInputName,
  ReadInputs,
  Rect,
  TableData,
} from "../workbook/port";
import { readCells } from "./cells";
import type { ExcelRun } from "./run";

/** What the first round trip asks about one input: does its table, sheet or bound sheet exist? */
interface Lookup {
  input: TableInputName;
  table?: Excel.Table;
  sheet?: Excel.Worksheet;
  /** For an address binding: the rectangle on `sheet`. */
  rect?: Rect;
}

/** What the second round trip reads for one input (only on objects known to exist). */
interface Reading {
  input: TableInputName;
  range: Excel.Range;
  kind: TableData["kind"];
  /** For a table: `Name[#All]` / `Name[#Data]` (tablePart). */
  formulaRef?: string;
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

/** Round trip 1: the table and the sheet of that name (or the bound address's sheet), as null objects. */
function lookUp(context: Excel.RequestContext, input: TableInputName, binding: string): Lookup {
  const workbook = context.workbook;
  const range = parseSheetRange(binding);
  if (range !== null) {
    const sheet = workbook.worksheets.getItemOrNullObject(range.sheet).load("name");
    return { input, sheet, rect: range.rect };
  }
  const table = workbook.tables.getItemOrNullObject(binding).load("name");
  const sheet = workbook.worksheets.getItemOrNullObject(binding).load("name");
  return { input, table, sheet };
}

/**
 * Round trip 2, queued only on objects that exist (isNullObject checked after the first sync): a
 * table's part as `tablePart` says (assumptions `[#Data]`, the others `[#All]`), else the sheet's
 * used range, else the bound range.
 */
function queueRead(lookup: Lookup): Reading | null {
  const { input, table, sheet, rect } = lookup;
  const fields = "address,values,valueTypes";
  if (rect !== undefined) {
    if (sheet === undefined || sheet.isNullObject) return null;
    return { input, range: sheet.getRange(rectRef(rect)).load(fields), kind: "range" };
  }
  if (table !== undefined && !table.isNullObject) {
    const part = tablePart(input);
    const range = part.skipHeader ? table.getDataBodyRange() : table.getRange();
    return {
      input,
      range: range.load(fields),
      kind: "table",
      formulaRef: `${table.name}${part.specifier}`,
    };
  }
  if (sheet === undefined || sheet.isNullObject) return null;
  return { input, range: sheet.getUsedRangeOrNullObject(true).load(fields), kind: "sheet" };
}

function settle({ range, kind, formulaRef }: Reading): TableData | null {
  if (range.isNullObject) return null;
  const cells = readCells(range.values, range.valueTypes);
  return kind === "sheet"
    ? fromA1(range.address, cells)
    : tableData(range.address, cells, kind, formulaRef);
}

/**
 * Read every input (tables by name, else sheets by name, else bound addresses) in two round trips:
 * which of the objects exist, then their values. No call is made on a possibly-null object.
 */
export async function readInputs(
  run: ExcelRun,
  bindings: InputBindings,
  names: readonly TableInputName[] = INPUT_NAMES
): Promise<ReadInputs> {
  return run(async (context) => {
    const lookups = names.map((input) =>
      lookUp(context, input, bindings[input] ?? DEFAULT_TABLE_NAMES[input])
    );
    await context.sync();
    const readings = lookups.flatMap((lookup) => queueRead(lookup) ?? []);
    if (readings.length > 0) await context.sync();
    const found: ReadInputs = {};
    for (const reading of readings) {
      const data = settle(reading);
      if (data !== null) found[reading.input] = data;
    }
    return found;
  });
}
