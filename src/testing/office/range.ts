/**
 * Range proxies of the Excel stand-in: values, formulas, number formats, styles, colour scales,
 * selection. Values and formulas written follow Excel's parsing (see `parseEntry`).
 */
import { rectContains, splitSheetAddress } from "../../workbook/a1";
import { StandInContext, StandInObject } from "./context";
import {
  Cell,
  CellStyle,
  enter,
  excelError,
  MemorySheet,
  parseCells,
  parseEntry,
  rangeAddress,
  RangeRef,
  StoredValue,
} from "./workbook";

export interface RangeTarget {
  sheet: MemorySheet;
  ref: RangeRef;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
/** Excel refuses to read more than 5 million cells at once. */
const MAX_READ_CELLS = 5000000;

function shown(value: StoredValue | ""): string | number | boolean {
  return typeof value === "object" ? value.error : value;
}

function valueType(cell: Cell | undefined): string {
  if (cell === undefined || cell.value === "")
    return cell?.formula === undefined ? "Empty" : "String";
  const value = cell.value;
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

/** A 2-D input of the range's shape, or a single value for every cell. */
function cellInputs(ref: RangeRef, input: unknown, what: string): unknown[][] {
  if (!Array.isArray(input))
    return Array.from({ length: ref.rows }, () => Array.from({ length: ref.columns }, () => input));
  const shapeOk =
    input.length === ref.rows &&
    input.every((row) => Array.isArray(row) && row.length === ref.columns);
  if (!shapeOk) {
    throw excelError(
      "InvalidArgument",
      `The number of rows or columns in the ${what} array does not match the size of the range.`
    );
  }
  return input as unknown[][];
}

export class RangeProxy extends StandInObject<RangeTarget> {
  constructor(ctx: StandInContext, resolver: () => RangeTarget | null) {
    super(ctx, resolver);
  }

  protected get kind(): string {
    return "range";
  }

  protected capture(name: string, { sheet, ref }: RangeTarget): unknown {
    const grid = <V>(read: (cell: Cell | undefined) => V): V[][] => {
      if (ref.rows * ref.columns > MAX_READ_CELLS)
        throw excelError("ResponsePayloadSizeLimitExceeded", "The range is too large to read.");
      return Array.from({ length: ref.rows }, (_, i) =>
        Array.from({ length: ref.columns }, (_, j) => read(sheet.cell(ref.row + i, ref.column + j)))
      );
    };
    switch (name) {
      case "address":
        return rangeAddress({ ...ref, sheet: sheet.name });
      case "rowCount":
        return ref.rows;
      case "columnCount":
        return ref.columns;
      case "rowIndex":
        return ref.row;
      case "columnIndex":
        return ref.column;
      case "values":
        return grid((cell) => (cell === undefined ? "" : shown(cell.value)));
      case "formulas":
        return grid((cell) => (cell === undefined ? "" : (cell.formula ?? shown(cell.value))));
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "valueTypes":
        return grid(valueType);
      default:
        throw excelError("InvalidArgument", `The stand-in cannot load range.${name}.`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write(input, "values");
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write(input, "formulas");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.change(({ sheet, ref }) => {
      const formats = cellInputs(ref, input, "numberFormat");
      formats.forEach((row, i) =>
        row.forEach((format, j) => {
          if (format === null || format === undefined) return;
          if (typeof format !== "string")
            throw excelError("InvalidArgument", "A number format must be text.");
          sheet.ensure(ref.row + i, ref.column + j).numberFormat = format;
        })
      );
    }, input);
  }

  private write(input: unknown[][], what: string): void {
    this.change(({ sheet, ref }) => {
      const inputs = cellInputs(ref, input, what);
      inputs.forEach((row, i) =>
        row.forEach((value, j) => {
          const existing = sheet.cell(ref.row + i, ref.column + j);
          const entered = parseEntry(value, existing?.numberFormat ?? "General");
          if (entered.kind === "skip") return;
          enter(existing ?? sheet.ensure(ref.row + i, ref.column + j), entered);
        })
      );
    }, input);
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.ctx, () => this.parentTarget());
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.ctx, () => this.parentTarget());
  }

  getCell(row: number, column: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const target = this.parentTarget();
      return {
        sheet: target.sheet,
        ref: {
          ...target.ref,
          row: target.ref.row + row,
          column: target.ref.column + column,
          rows: 1,
          columns: 1,
        },
      };
    });
  }

  select(): void {
    this.change(({ sheet, ref }) => {
      const book = this.ctx.book;
      book.activeSheet = sheet.name;
      book.selection = { ...ref, sheet: sheet.name };
      book.selectedAreas = [];
    });
  }

  /** Clear values, formulas and formats of every cell of the range. */
  clear(): void {
    this.change(({ sheet, ref }) => {
      for (const key of [...sheet.cells.keys()]) {
        const [row, column] = key.split(",").map(Number);
        if (
          row >= ref.row &&
          row < ref.row + ref.rows &&
          column >= ref.column &&
          column < ref.column + ref.columns
        )
          sheet.cells.delete(key);
      }
    });
  }
}

/** Apply a style change to every cell of a range. */
function styleCells({ sheet, ref }: RangeTarget, apply: (style: CellStyle) => void): void {
  if (ref.rows * ref.columns > MAX_READ_CELLS)
    throw excelError("InvalidArgument", "The stand-in does not format whole sheets.");
  for (let i = 0; i < ref.rows; i++)
    for (let j = 0; j < ref.columns; j++) apply(sheet.ensure(ref.row + i, ref.column + j).style);
}

class RangeStyleProxy extends StandInObject<RangeTarget> {
  protected get kind(): string {
    return "range format";
  }
  protected capture(name: string): unknown {
    throw excelError("InvalidArgument", `The stand-in cannot load format.${name}.`);
  }
  protected style(apply: (style: CellStyle) => void, payload: unknown): void {
    this.change((target) => styleCells(target, apply), payload);
  }
}

export class RangeFormatProxy extends RangeStyleProxy {
  get fill(): { color: string; clear(): void } {
    const style = (apply: (s: CellStyle) => void, payload: unknown): void =>
      this.style(apply, payload);
    return {
      set color(color: string) {
        style((s) => (s.fill = color), color);
      },
      get color(): string {
        throw excelError("PropertyNotLoaded", "The stand-in does not read fill colours back.");
      },
      clear(): void {
        style((s) => delete s.fill, null);
      },
    };
  }

  get font(): { bold: boolean; italic: boolean; color: string; size: number } {
    const style = (apply: (s: CellStyle) => void, payload: unknown): void =>
      this.style(apply, payload);
    const unreadable = (): never => {
      throw excelError("PropertyNotLoaded", "The stand-in does not read fonts back.");
    };
    return {
      set bold(bold: boolean) {
        style((s) => (s.bold = bold), bold);
      },
      get bold(): boolean {
        return unreadable();
      },
      set italic(italic: boolean) {
        style((s) => (s.italic = italic), italic);
      },
      get italic(): boolean {
        return unreadable();
      },
      set color(color: string) {
        style((s) => (s.fontColor = color), color);
      },
      get color(): string {
        return unreadable();
      },
      set size(size: number) {
        style((s) => (s.size = size), size);
      },
      get size(): number {
        return unreadable();
      },
    };
  }

  set horizontalAlignment(alignment: string) {
    this.style((s) => (s.horizontalAlignment = alignment), alignment);
  }

  set wrapText(wrap: boolean) {
    this.style((s) => (s.wrap = wrap), wrap);
  }

  set columnWidth(width: number) {
    this.change(({ sheet, ref }) => {
      for (let j = 0; j < ref.columns; j++) sheet.columnWidths.set(ref.column + j, width);
    }, width);
  }

  get borders(): { getItem(edge: string): { style: string; color: string } } {
    const style = (apply: (s: CellStyle) => void, payload: unknown): void =>
      this.style(apply, payload);
    return {
      getItem(edge: string) {
        return {
          set style(line: string) {
            style((s) => (s.borders = { ...s.borders, [edge]: line }), line);
          },
          get style(): string {
            throw excelError("PropertyNotLoaded", "The stand-in does not read borders back.");
          },
          set color(_color: string) {
            style(() => undefined, _color);
          },
          get color(): string {
            throw excelError("PropertyNotLoaded", "The stand-in does not read borders back.");
          },
        };
      },
    };
  }

  autofitColumns(): void {
    this.change(() => undefined);
  }
}

export class ConditionalFormatCollectionProxy extends StandInObject<RangeTarget> {
  protected get kind(): string {
    return "conditional formats";
  }
  protected capture(name: string): unknown {
    throw excelError("InvalidArgument", `The stand-in cannot load conditionalFormats.${name}.`);
  }

  /** Remove every colour scale lying inside the range. */
  clearAll(): void {
    this.change(({ sheet, ref }) => {
      const inside = (address: string): boolean =>
        rectContains(ref, parseCells(sheet.name, splitSheetAddress(address).cells));
      for (let i = sheet.colorScales.length - 1; i >= 0; i--)
        if (inside(sheet.colorScales[i].address)) sheet.colorScales.splice(i, 1);
    });
  }

  add(type: string): { colorScale: { criteria: unknown } } {
    if (type !== "ColorScale")
      throw excelError("InvalidArgument", `The stand-in supports colour scales only, not ${type}.`);
    const record = { address: "", criteria: null as unknown };
    this.change(({ sheet, ref }) => {
      record.address = rangeAddress({ ...ref, sheet: sheet.name });
      sheet.colorScales.push(record);
    }, type);
    const ctx = this.ctx;
    return {
      colorScale: {
        set criteria(criteria: unknown) {
          ctx.enqueue(() => {
            record.criteria = criteria;
          }, criteria);
        },
        get criteria(): unknown {
          throw excelError("PropertyNotLoaded", "The stand-in does not read colour scales back.");
        },
      },
    };
  }
}
