/** Workbook and worksheet proxies of the Excel stand-in, and the request context of a batch. */
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
  RangeRef,
  splitAddress,
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
      const sheet = this.targetOrNull();
      if (sheet === null) return null;
      if (address === undefined)
        return rangeOn(sheet, { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS });
      return rangeOn(sheet, parseCells(sheet.name, splitAddress(address).cells));
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.targetOrNull();
      if (sheet === null) return null;
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
      const sheet = this.targetOrNull();
      const used = sheet?.usedRange(valuesOnly) ?? null;
      return sheet === null || used === null ? null : { sheet, ref: used };
    });
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.ctx, () => this.targetOrNull());
  }

  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.ctx, () => this.targetOrNull());
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

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const book = this.ctx.book;
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

/** The request context handed to an `Excel.run` batch. */
export class StandInRequestContext extends StandInContext {
  readonly workbook: WorkbookProxy;
  constructor(book: MemoryWorkbook, requestLimit: number) {
    super(book, requestLimit);
    this.workbook = new WorkbookProxy(this, () => book);
  }
}
