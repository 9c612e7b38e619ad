/**
 * `worksheet.pageLayout` of the Excel stand-in (ExcelApi 1.9): the orientation and the print zoom.
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
 * - `orientation`: `Excel.PageOrientation`, `Portrait` or `Landscape`; anything else is refused.
 * - `zoom`: `Excel.PageLayoutZoomOptions` "must be set as a JSON object (use `x.zoom = {...}`
 *   instead of `x.zoom.scale = ...`)": the stand-in hands out a frozen copy, so assigning into it
 *   throws instead of being silently lost. `scale` lies in 10..400 and is not combined with the
 *   fit-to-pages counts; a count of pages is a whole number of at least 1 — the page says nothing
 *   of 0, so the stand-in refuses it (stricter).
 *   https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions
 */
import { StandInObject } from "./context";
import { excelError, type MemorySheet, type PageZoom } from "./workbook";

function checkZoom(zoom: PageZoom): PageZoom {
  const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = zoom;
  const pages = (n: number | undefined): boolean =>
    n === undefined || (Number.isInteger(n) && n >= 1);
  if (scale !== undefined && (wide !== undefined || tall !== undefined))
    throw excelError("InvalidArgument", "A print zoom is a scale or a fit to pages, not both.");
  if (scale !== undefined && !(Number.isFinite(scale) && scale >= 10 && scale <= 400))
    throw excelError("InvalidArgument", "The print scale must be between 10 and 400.");
  if (!pages(wide) || !pages(tall))
    throw excelError("InvalidArgument", "A number of pages to fit must be a whole number ≥ 1.");
  return Object.freeze({ ...zoom });
}

export class PageLayoutProxy extends StandInObject<MemorySheet> {
  protected get kind(): string {
    return "page layout";
  }
  protected capture(name: string, sheet: MemorySheet): unknown {
    if (name === "orientation") return sheet.page.orientation;
    if (name === "zoom") return Object.freeze({ ...sheet.page.zoom });
    throw excelError("InvalidArgument", `The stand-in cannot load pageLayout.${name}.`);
  }

  get orientation(): "Portrait" | "Landscape" {
    return this.read("orientation");
  }
  set orientation(orientation: "Portrait" | "Landscape") {
    this.change((sheet) => {
      if (orientation !== "Portrait" && orientation !== "Landscape")
        throw excelError("InvalidArgument", `"${String(orientation)}" is not a page orientation.`);
      sheet.page.orientation = orientation;
    }, orientation);
  }

  get zoom(): PageZoom {
    return this.read("zoom");
  }
  set zoom(zoom: PageZoom) {
    const copy = { ...zoom };
    this.change((sheet) => (sheet.page.zoom = checkZoom(copy)), copy);
  }
}
