/**
 * `inspect()`: every sheet's name, ownership header (A1:B12) and used range, and every table name.
 * Two round trips: the sheet list, then every sheet's header and used range in one batch. It also
 * notes, per sheet, its charts and tables: what replacing one of our sheets must remove.
 */
import { rectRef } from "../workbook/a1";
import { OWNER_HEADER } from "../workbook/port";
import type { SheetInfo, WorkbookInfo } from "../workbook/port";
import { readCells } from "./cells";
import { splitLoadedAddress } from "./readInputs";
import type { ExcelRun } from "./run";

/** What the port remembers of a sheet between `inspect()` and `writeSheet()`. */
export interface SheetContents {
  charts: string[];
  tables: string[];
}

export interface Inspection {
  info: WorkbookInfo;
  /** By sheet name, lower case. */
  contents: Map<string, SheetContents>;
}

export async function inspectWorkbook(run: ExcelRun): Promise<Inspection> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const pending = sheets.items.map((sheet) => {
      const header = sheet.getRange(rectRef(OWNER_HEADER)).load(["values", "valueTypes"]);
      const used = sheet.getUsedRangeOrNullObject(true).load("address");
      const charts = sheet.charts.load("items/name");
      const sheetTables = sheet.tables.load("items/name");
      return { name: sheet.name, header, used, charts, sheetTables };
    });
    await context.sync();
    const contents = new Map<string, SheetContents>();
    const infos: SheetInfo[] = pending.map(({ name, header, used, charts, sheetTables }) => {
      contents.set(name.toLowerCase(), {
        charts: charts.items.map((chart) => chart.name),
        tables: sheetTables.items.map((table) => table.name),
      });
      return {
        name,
        header: readCells(header.values, header.valueTypes),
        used: used.isNullObject ? null : splitLoadedAddress(used.address).rect,
      };
    });
    const info: WorkbookInfo = {
      sheets: infos,
      tables: tables.items.map((table) => table.name),
      names: names.items.map((item) => item.name),
    };
    return { info, contents };
  });
}
