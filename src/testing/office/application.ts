/**
 * `workbook.application` (calculation mode, calculate), `workbook.customXmlParts` and
 * `worksheet.protection` of the Excel stand-in, with Office.js's semantics: a calculation mode
 * set to Manual stops the recalculation at the end of each batch; `calculate()` recalculates at
 * its place in the batch, so a load queued after it reads calculated values.
 */
import { recalculate } from "./calc";
import { primed, StandInContext, StandInObject } from "./context";
import { excelError } from "./workbook";
import type {
  CalculationModeName,
  CustomXmlPartRecord,
  MemorySheet,
  MemoryWorkbook,
} from "./workbook";

const MODES: readonly CalculationModeName[] = ["Automatic", "AutomaticExceptTables", "Manual"];
const CALCULATION_TYPES = ["Recalculate", "Full", "FullRebuild"];

export class ApplicationProxy extends StandInObject<MemoryWorkbook> {
  protected get kind(): string {
    return "application";
  }
  protected capture(name: string, book: MemoryWorkbook): unknown {
    if (name === "calculationMode") return book.calculationMode;
    if (name === "calculationState") return "Done";
    throw excelError("InvalidArgument", `The stand-in cannot load application.${name}.`);
  }

  get calculationMode(): CalculationModeName {
    return this.read("calculationMode");
  }
  set calculationMode(mode: CalculationModeName) {
    if (!MODES.includes(mode))
      throw excelError("InvalidArgument", `${String(mode)} is not a calculation mode.`);
    this.change((book) => {
      book.calculationMode = mode;
      // Excel recalculates what is pending when calculation becomes automatic again.
      if (mode !== "Manual") recalculate(book);
    }, mode);
  }

  calculate(calculationType: string): void {
    if (!CALCULATION_TYPES.includes(calculationType))
      throw excelError("InvalidArgument", `${calculationType} is not a calculation type.`);
    this.change((book) => recalculate(book), calculationType);
  }
}

/** The result of a method that returns a value (Office.js's ClientResult): readable after the sync. */
export class ClientResultStandIn<T> {
  private result: { value: T } | null = null;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (this.result === null)
      throw excelError("PropertyNotLoaded", "The value is available only after context.sync().");
    return this.result.value;
  }
}

/** The namespace of a part's root element (`xmlns="…"`), "" without one. */
function namespaceOf(xml: string): string {
  const match = /<[A-Za-z_][\w.-]*(?::[\w.-]+)?\s[^>]*?xmlns="([^"]*)"/.exec(xml);
  return match === null ? "" : match[1];
}

export class CustomXmlPartProxy extends StandInObject<CustomXmlPartRecord> {
  protected get kind(): string {
    return "custom XML part";
  }
  protected capture(name: string, part: CustomXmlPartRecord): unknown {
    if (name === "id") return part.id;
    if (name === "namespaceUri") return part.namespaceUri;
    throw excelError("InvalidArgument", `The stand-in cannot load customXmlPart.${name}.`);
  }
  get id(): string {
    return this.read("id");
  }
  get namespaceUri(): string {
    return this.read("namespaceUri");
  }
  getXml(): ClientResultStandIn<string> {
    const result = new ClientResultStandIn<string>();
    this.ctx.enqueue(() => result.set(this.target().xml));
    return result;
  }
  setXml(xml: string): void {
    this.change((part) => {
      part.xml = xml;
      part.namespaceUri = namespaceOf(xml);
    }, xml);
  }
  delete(): void {
    this.change((part) => {
      const parts = this.ctx.book.customXmlParts;
      parts.splice(parts.indexOf(part), 1);
    });
  }
}

/** All parts of the workbook, or those of one namespace (`getByNamespace`). */
export class CustomXmlPartCollectionProxy extends StandInObject<MemoryWorkbook> {
  private readonly namespaceUri: string | null;
  constructor(
    ctx: StandInContext,
    resolver: () => MemoryWorkbook | null,
    namespaceUri: string | null
  ) {
    super(ctx, resolver);
    this.namespaceUri = namespaceUri;
  }
  protected get kind(): string {
    return "custom XML part collection";
  }
  private parts(book: MemoryWorkbook): CustomXmlPartRecord[] {
    return book.customXmlParts.filter(
      (part) => this.namespaceUri === null || part.namespaceUri === this.namespaceUri
    );
  }
  protected capture(name: string, book: MemoryWorkbook): unknown {
    if (!name.startsWith("items"))
      throw excelError("InvalidArgument", `The stand-in cannot load customXmlParts.${name}.`);
    const sub = name.split("/").slice(1);
    return this.parts(book).map((part) => ({ part, sub }));
  }
  get items(): CustomXmlPartProxy[] {
    const items = this.read<{ part: CustomXmlPartRecord; sub: string[] }[]>("items");
    return items.map(({ part, sub }) =>
      primed(
        new CustomXmlPartProxy(this.ctx, () => part),
        sub.length > 0 ? sub : ["id"],
        (field) =>
          field === "id" ? part.id : field === "namespaceUri" ? part.namespaceUri : undefined
      )
    );
  }
  add(xml: string): CustomXmlPartProxy {
    let created: CustomXmlPartRecord | null = null;
    this.change((book) => {
      created = {
        id: `{GTM-XML-${book.customXmlParts.length + 1}-${Date.now()}}`,
        namespaceUri: namespaceOf(xml),
        xml,
      };
      book.customXmlParts.push(created);
    }, xml);
    return new CustomXmlPartProxy(this.ctx, () => created);
  }
  getByNamespace(namespaceUri: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.ctx, () => this.targetOrNull(), namespaceUri);
  }
  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.ctx, () => {
      const book = this.targetOrNull();
      return book === null ? null : (this.parts(book).find((part) => part.id === id) ?? null);
    });
  }
}

export class WorksheetProtectionProxy extends StandInObject<MemorySheet> {
  protected get kind(): string {
    return "worksheet protection";
  }
  protected capture(name: string, sheet: MemorySheet): unknown {
    if (name === "protected") return sheet.isProtected;
    throw excelError("InvalidArgument", `The stand-in cannot load protection.${name}.`);
  }
  get protected(): boolean {
    return this.read("protected");
  }
  protect(): void {
    this.change((sheet) => {
      if (sheet.isProtected)
        throw excelError("InvalidOperation", "The sheet is already protected.");
      sheet.isProtected = true;
    });
  }
  unprotect(): void {
    this.change((sheet) => (sheet.isProtected = false));
  }
}
