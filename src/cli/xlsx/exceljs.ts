/**
 * exceljs, loaded on first use from its prebuilt bundle without polyfills
 * (`dist/exceljs.bare.min.js`): one file that Node loads in ~0.2 s, against ~0.6 s of CPU for the
 * package's hundreds of modules (and more under a TypeScript loader). Same library, same version,
 * same API; files are passed as bytes (`xlsx.load` / `xlsx.writeBuffer`), never through its `fs`
 * helpers. Loading on first use keeps `gtm --help` and JSON inputs from paying for it.
 */
import type * as ExcelJSModule from "exceljs";

let loaded: typeof ExcelJSModule | null = null;

export function excelJS(): typeof ExcelJSModule {
  loaded ??= require("exceljs/dist/exceljs.bare.min.js") as typeof ExcelJSModule;
  return loaded;
}

/** A new, empty exceljs workbook. */
export function newWorkbook(): ExcelJSModule.Workbook {
  return new (excelJS().Workbook)();
}
