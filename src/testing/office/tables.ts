/** Table proxies of the Excel stand-in: Excel tables over sheet ranges, by workbook-unique name. */
import { isValidExcelName } from "../../workbook/ownership";
import { primed, StandInObject } from "./context";
import { RangeProxy } from "./range";
import type { RangeTarget } from "./range";
import { splitSheetAddress } from "../../workbook/a1";
import { excelError, MemorySheet, parseCells } from "./workbook";
import type { MemoryWorkbook, RangeRef, TableRecord } from "./workbook";

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
  /**
   * Excel refuses a table name that is not a valid name (`Mix2` is a cell address: column MIX) with
   * InvalidArgument, and one used by another table or a defined name (one namespace).
   * Rules: https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114
   * and https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64 ;
   * error codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
   */
  set name(name: string) {
    this.change((table) => {
      if (!isValidExcelName(name))
        throw excelError("InvalidArgument", `The table name ${name} is not valid.`);
      const other = this.ctx.book.table(name);
      if ((other !== null && other !== table) || this.ctx.book.name(name) !== null)
        throw excelError("ItemAlreadyExists", `A table or name called ${name} already exists.`);
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
      const table = this.parentTarget();
      const sheet = this.ctx.book.sheet(table.sheet);
      if (sheet === null) return null;
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
          const { sheet: sheetName, cells } = splitSheetAddress(address);
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
