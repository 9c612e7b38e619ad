/** Workbook name proxies of the Excel stand-in: names referring to a range or a formula. */
import { sheetRef } from "../../workbook/a1";
import { isValidExcelName } from "../../workbook/ownership";
import { primed, StandInObject } from "./context";
import type { RangeProxy } from "./range";
import { excelError } from "./workbook";
import type { MemoryWorkbook, NameRecord } from "./workbook";

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
        // Same rules and namespace as table names (see TableProxy.name).
        if (!isValidExcelName(name))
          throw excelError("InvalidArgument", `The name ${name} is not valid.`);
        if (book.name(name) !== null || book.table(name) !== null)
          throw excelError("ItemAlreadyExists", `The name ${name} already exists.`);
        let formula: string;
        if (typeof reference === "string")
          formula = reference.startsWith("=") ? reference : `=${reference}`;
        else {
          const target = reference.targetOrNull();
          if (target === null) throw excelError("ItemNotFound", "The name's range does not exist.");
          formula = `=${sheetRef(target.sheet.name, target.ref, true)}`;
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
