/** Workbook, worksheet, table and name proxies of the Excel stand-in. */
import { ChartCollectionProxy } from "./charts";
import { primed, StandInContext, StandInObject } from "./context";
import { MAX_COLUMNS, MAX_ROWS, RangeProxy, RangeTarget } from "./range";
import {
  excelError,
  MemorySheet,
  MemoryWorkbook,
  NameRecord,
  parseCells,
  rangeAddress,
  RangeRef,
  splitAddress,
  TableRecord,
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

export class TableProxy extends StandInObject<TableRecord> {
  protected get kind(): string {
    return "table";
  }
  protected capture(name: string, table: TableRecord): unknown {
    if (name === "name") return table.name;
    throw excelError("InvalidArgument", `The stand-in cannot load table.${name}.`);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.change((table) => {
      const other = this.ctx.book.table(name);
      if (other !== null && other !== table)
        throw excelError("ItemAlreadyExists", `A table named ${name} already exists.`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name))
        throw excelError("InvalidArgument", `The table name ${name} is not valid.`);
      table.name = name;
    }, name);
  }
  set style(style: string) {
    this.change((table) => (table.style = style), style);
  }
  set showBandedRows(_show: boolean) {
    this.change(() => undefined, _show);
  }

  private part(pick: (ref: RangeRef) => RangeRef | null): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const table = this.targetOrNull();
      const sheet = table === null ? null : this.ctx.book.sheet(table.sheet);
      if (table === null || sheet === null) return null;
      const ref = pick(table.ref);
      return ref === null ? null : { sheet, ref };
    });
  }

  getRange(): RangeProxy {
    return this.part((ref) => ref);
  }
  /** Remove the table object (its cells stay, as Table.convertToRange; the stand-in needs no more). */
  delete(): void {
    this.change((table) => {
      const tables = this.ctx.book.tables;
      tables.splice(tables.indexOf(table), 1);
    });
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((ref) => ({ ...ref, rows: 1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part((ref) =>
      ref.rows < 2 ? null : { ...ref, row: ref.row + 1, rows: ref.rows - 1 }
    );
  }
}

export class TableCollectionProxy extends StandInObject<MemorySheet | MemoryWorkbook> {
  protected get kind(): string {
    return "table collection";
  }
  private records(): TableRecord[] {
    const owner = this.targetOrNull();
    if (owner === null) return [];
    return owner instanceof MemorySheet
      ? this.ctx.book.tables.filter((table) => table.sheet === owner.name)
      : owner.tables;
  }
  protected capture(name: string): unknown {
    if (!name.startsWith("items"))
      throw excelError("InvalidArgument", `The stand-in cannot load tables.${name}.`);
    const sub = name.split("/").slice(1);
    return this.records().map((table) =>
      primed(new TableProxy(this.ctx, () => table), sub, (field) =>
        field === "name" ? table.name : undefined
      )
    );
  }

  get items(): TableProxy[] {
    return this.read("items");
  }

  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    let created: TableRecord | null = null;
    this.change(
      (owner) => {
        let target: RangeTarget | null;
        if (typeof address === "string") {
          const { sheet: sheetName, cells } = splitAddress(address);
          const sheet =
            sheetName === null
              ? owner instanceof MemorySheet
                ? owner
                : null
              : this.ctx.book.sheet(sheetName);
          target = sheet === null ? null : { sheet, ref: parseCells(sheet.name, cells) };
        } else {
          target = address.targetOrNull();
        }
        if (target === null) throw excelError("ItemNotFound", "The table's range does not exist.");
        if (!hasHeaders)
          throw excelError("InvalidArgument", "The stand-in makes tables with headers only.");
        const { sheet, ref } = target;
        const overlaps = this.ctx.book.tables.some(
          (table) =>
            table.sheet === sheet.name &&
            table.ref.row < ref.row + ref.rows &&
            ref.row < table.ref.row + table.ref.rows &&
            table.ref.column < ref.column + ref.columns &&
            ref.column < table.ref.column + table.ref.columns
        );
        if (overlaps) throw excelError("InvalidOperation", "A table cannot overlap another table.");
        let n = this.ctx.book.tables.length + 1;
        while (this.ctx.book.table(`Table${n}`) !== null) n++;
        created = {
          name: `Table${n}`,
          sheet: sheet.name,
          ref: { ...ref, sheet: sheet.name },
          style: null,
        };
        this.ctx.book.tables.push(created);
      },
      typeof address === "string" ? address : "range"
    );
    return new TableProxy(this.ctx, () => created);
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => {
      const table = this.ctx.book.table(name);
      if (table === null) throw excelError("ItemNotFound", `The table ${name} does not exist.`);
      return table;
    });
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.ctx.book.table(name));
  }
}

export class NamedItemProxy extends StandInObject<NameRecord> {
  protected get kind(): string {
    return "named item";
  }
  protected capture(name: string, record: NameRecord): unknown {
    if (name === "name") return record.name;
    if (name === "formula") return record.formula;
    if (name === "comment") return record.comment;
    throw excelError("InvalidArgument", `The stand-in cannot load name.${name}.`);
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  get comment(): string {
    return this.read("comment");
  }
  delete(): void {
    this.change((record) => {
      const names = this.ctx.book.names;
      names.splice(names.indexOf(record), 1);
    });
  }
}

export class NamedItemCollectionProxy extends StandInObject<MemoryWorkbook> {
  protected get kind(): string {
    return "name collection";
  }
  protected capture(name: string, book: MemoryWorkbook): unknown {
    if (!name.startsWith("items"))
      throw excelError("InvalidArgument", `The stand-in cannot load names.${name}.`);
    const sub = name.split("/").slice(1);
    return book.names.map((record) =>
      primed(new NamedItemProxy(this.ctx, () => record), sub, (field) =>
        field === "name"
          ? record.name
          : field === "formula"
            ? record.formula
            : field === "comment"
              ? record.comment
              : undefined
      )
    );
  }
  get items(): NamedItemProxy[] {
    return this.read("items");
  }

  /** A workbook name referring to a range (a proxy) or a formula text. */
  add(name: string, reference: RangeProxy | string, comment = ""): NamedItemProxy {
    let created: NameRecord | null = null;
    this.change(
      (book) => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
          throw excelError("InvalidArgument", `The name ${name} is not valid.`);
        if (book.name(name) !== null)
          throw excelError("ItemAlreadyExists", `The name ${name} already exists.`);
        let formula: string;
        if (typeof reference === "string")
          formula = reference.startsWith("=") ? reference : `=${reference}`;
        else {
          const target = reference.targetOrNull();
          if (target === null) throw excelError("ItemNotFound", "The name's range does not exist.");
          const absolute = rangeAddress({ ...target.ref, sheet: target.sheet.name }).replace(
            /([A-Z]+)(\d+)/g,
            "$$$1$$$2"
          );
          formula = `=${absolute}`;
        }
        created = { name, formula, comment };
        book.names.push(created);
      },
      [name, comment]
    );
    return new NamedItemProxy(this.ctx, () => created);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.ctx, () => this.ctx.book.name(name));
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
