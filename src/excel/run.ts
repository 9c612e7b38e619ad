/**
 * How src/excel reaches Excel: `Excel.run`, passed in so that the same code runs over Office.js in
 * Excel and over the in-memory stand-in in tests and the preview page.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run` of the page's Office.js (Microsoft's, or the stand-in loaded in its place). */
export function officeRun(): ExcelRun {
  return (batch) => Excel.run(batch);
}
