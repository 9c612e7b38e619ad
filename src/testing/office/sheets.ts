/** Workbook and worksheet proxies of the Excel stand-in, and the request context of a batch. */
import { splitSheetAddress } from "../../workbook/a1";
import {
  ApplicationProxy,
  CustomXmlPartCollectionProxy,
  WorksheetProtectionProxy,
} from "./application";
import { ChartCollectionProxy } from "./charts";
import { primed, StandInContext, StandInObject } from "./context";
import { NamedItemCollectionProxy } from "./names";
import { MAX_COLUMNS, MAX_ROWS, RangeProxy, RangeTarget } from "./range";
import { TableCollectionProxy } from "./tables";
import {
  excelError,
  MemorySheet,
  MemoryWorkbook,
  parseCells,
  rangeAddress,
  RangeRef,
} from "./workbook";

function rangeOn(sheet: MemorySheet, ref: Omit<RangeRef, "sheet">): RangeTarget {
  return { sheet, ref: { ...ref, sheet: sheet.name } };
}

export class WorksheetProxy extends StandInObject<MemorySheet> {
  protected get kind(): string {
    return "worksheet";
  }
  protected capture(name: string, sheet: MemorySheet): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return String(sheet.id);
      case "position":
        return this.ctx.book.sheets.indexOf(sheet);
      default:
        throw excelError("InvalidArgument", `The stand-in cannot load worksheet.${name}.`);
    }
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.change((sheet) => this.ctx.book.renameSheet(sheet, name), name);
  }
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.change((sheet) => {
      const sheets = this.ctx.book.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, sheet);
    }, position);
  }

  /** The range at an address on this sheet; the whole sheet without one. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.parentTarget();
      if (address === undefined)
        return rangeOn(sheet, { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS });
      return rangeOn(sheet, parseCells(sheet.name, splitSheetAddress(address).cells));
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.parentTarget();
      if (
        row < 0 ||
        column < 0 ||
        rows < 1 ||
        columns < 1 ||
        row + rows > MAX_ROWS ||
        column + columns > MAX_COLUMNS
      ) {
        throw excelError("InvalidArgument", "The range is outside the sheet.");
      }
      return rangeOn(sheet, { row, column, rows, columns });
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.parentTarget();
      const used = sheet.usedRange(valuesOnly);
      return used === null ? null : { sheet, ref: used };
    });
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.ctx, () => this.parentTarget());
  }

  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.ctx, () => this.parentTarget());
  }

  get protection(): WorksheetProtectionProxy {
    return new WorksheetProtectionProxy(this.ctx, () => this.targetOrNull());
  }

  get freezePanes(): {
    freezeRows(rows: number): void;
    freezeColumns(columns: number): void;
    freezeAt(range: RangeProxy): void;
    unfreeze(): void;
  } {
    const change = (apply: (sheet: MemorySheet) => void, payload: unknown): void =>
      this.change(apply, payload);
    return {
      freezeRows(rows: number): void {
        change((sheet) => (sheet.freeze = { rows, columns: 0 }), rows);
      },
      freezeColumns(columns: number): void {
        change((sheet) => (sheet.freeze = { rows: 0, columns }), columns);
      },
      unfreeze(): void {
        change((sheet) => (sheet.freeze = null), null);
      },
      freezeAt(range: RangeProxy): void {
        change((sheet) => {
          const target = range.targetOrNull();
          if (target === null) throw excelError("ItemNotFound", "The freeze range does not exist.");
          sheet.freeze = {
            rows: target.ref.row + target.ref.rows,
            columns: target.ref.column + target.ref.columns,
          };
        }, null);
      },
    };
  }

  activate(): void {
    this.change((sheet) => (this.ctx.book.activeSheet = sheet.name));
  }

  delete(): void {
    this.change((sheet) => this.ctx.book.deleteSheet(sheet));
  }
}

export class WorksheetCollectionProxy extends StandInObject<MemoryWorkbook> {
  protected get kind(): string {
    return "worksheet collection";
  }
  protected capture(name: string, book: MemoryWorkbook): unknown {
    if (!name.startsWith("items"))
      throw excelError("InvalidArgument", `The stand-in cannot load worksheets.${name}.`);
    const sub = name.split("/").slice(1);
    return book.sheets.map((sheet) => {
      const proxy = new WorksheetProxy(this.ctx, () => sheet);
      return { proxy, sub, sheet };
    });
  }

  get items(): WorksheetProxy[] {
    const items =
      this.read<{ proxy: WorksheetProxy; sub: string[]; sheet: MemorySheet }[]>("items");
    return items.map(({ proxy, sub, sheet }) =>
      primed(proxy, sub, (field) =>
        field === "name"
          ? sheet.name
          : field === "position"
            ? this.ctx.book.sheets.indexOf(sheet)
            : undefined
      )
    );
  }

  add(name?: string): WorksheetProxy {
    let created: MemorySheet | null = null;
    this.change((book) => {
      let chosen = name;
      for (let n = book.sheets.length + 1; chosen === undefined; n++)
        if (book.sheet(`Sheet${n}`) === null) chosen = `Sheet${n}`;
      created = book.addSheet(chosen);
    }, name);
    return new WorksheetProxy(this.ctx, () => created);
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const sheet = this.ctx.book.sheet(name);
      if (sheet === null) throw excelError("ItemNotFound", `The sheet ${name} does not exist.`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(name));
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.book.sheet(this.ctx.book.activeSheet ?? "") ?? this.ctx.book.sheets[0] ?? null
    );
  }
}

function selectedAreas(book: MemoryWorkbook): RangeRef[] {
  if (book.selectedAreas.length > 1) return book.selectedAreas;
  const sheet = book.sheet(book.selection?.sheet ?? book.activeSheet ?? "") ?? book.sheets[0];
  if (sheet === undefined) return [];
  const selection = book.selection;
  return [
    selection === null || selection.sheet !== sheet.name
      ? { sheet: sheet.name, row: 0, column: 0, rows: 1, columns: 1 }
      : selection,
  ];
}

export class WorkbookProxy extends StandInObject<MemoryWorkbook> {
  protected get kind(): string {
    return "workbook";
  }
  protected capture(name: string): unknown {
    throw excelError("InvalidArgument", `The stand-in cannot load workbook.${name}.`);
  }

  get worksheets(): WorksheetCollectionProxy {
    return new WorksheetCollectionProxy(this.ctx, () => this.ctx.book);
  }
  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.ctx, () => this.ctx.book);
  }
  get names(): NamedItemCollectionProxy {
    return new NamedItemCollectionProxy(this.ctx, () => this.ctx.book);
  }
  get application(): ApplicationProxy {
    return new ApplicationProxy(this.ctx, () => this.ctx.book);
  }
  get customXmlParts(): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.ctx, () => this.ctx.book, null);
  }

  /**
   * The selected range. "If multiple ranges are selected, this method will throw an error"
   * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1));
   * Excel's code is InvalidSelection (reported in https://github.com/OfficeDev/office-js-docs-pr/issues/2477;
   * by design per https://github.com/OfficeDev/office-js/issues/2268).
   */
  getSelectedRanges(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => selectedAreas(this.ctx.book));
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const book = this.ctx.book;
      if (book.selectedAreas.length > 1)
        throw excelError(
          "InvalidSelection",
          "The current selection is invalid for this operation."
        );
      const selection = book.selection;
      const sheet =
        selection === null
          ? (book.sheet(book.activeSheet ?? "") ?? book.sheets[0] ?? null)
          : book.sheet(selection.sheet);
      if (sheet === null) return null;
      return {
        sheet,
        ref:
          selection === null || selection.sheet !== sheet.name
            ? { sheet: sheet.name, row: 0, column: 0, rows: 1, columns: 1 }
            : selection,
      };
    });
  }
}

/**
 * The selected areas (`Workbook.getSelectedRanges`, ExcelApi 1.9): `address` lists the areas
 * separated by commas, `areaCount` counts them.
 * https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedranges-member(1)
 */
export class RangeAreasProxy extends StandInObject<RangeRef[]> {
  protected get kind(): string {
    return "range areas";
  }
  protected capture(name: string, areas: RangeRef[]): unknown {
    if (name === "address") return areas.map((area) => rangeAddress(area)).join(",");
    if (name === "areaCount") return areas.length;
    throw excelError("InvalidArgument", `The stand-in cannot load rangeAreas.${name}.`);
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}

/** The request context handed to an `Excel.run` batch. */
export class StandInRequestContext extends StandInContext {
  readonly workbook: WorkbookProxy;
  constructor(book: MemoryWorkbook, requestLimit: number) {
    super(book, requestLimit);
    this.workbook = new WorkbookProxy(this, () => book);
  }
}
