/**
 * An in-memory workbook implementing the port: sheets of cells (value or formula, number format,
 * style), Excel tables, charts, colour scales and highlights. Used by the service tests, the
 * command line's tests and, in the browser, the preview page. Pure TypeScript: no Node, no DOM.
 *
 * It applies the same ownership rules as every host (the marker is the sheet's content, see
 * ownership.ts) and refuses what a real host must refuse: creating a sheet over an existing one,
 * replacing a sheet that is not ours, a table name already used, a plan failing `checkPlan`.
 * Formulas are stored, not calculated: a formula cell reads as its `cached` value (null unless set).
 */
import { parseSheetRange, sheetRef } from "../workbook/a1";
import { blockRect, checkPlan, formatAt, planExtent } from "../workbook/blocks";
import { isOwnedSheet } from "../workbook/ownership";
import { DEFAULT_TABLE_NAMES, INPUT_NAMES, OWNER_HEADER, tablePart } from "../workbook/port";
import type {
  BlockStyle,
  CellValue,
  CellWrite,
  ChartPlan,
  ColorScale,
  InputBindings,
  TableInputName,
  NumberFormat,
  ReadInputs,
  Rect,
  SheetInfo,
  SheetPlan,
  TableData,
  TablePlan,
  WorkbookInfo,
  WorkbookPort,
  WrittenSheet,
} from "../workbook/port";

export interface MemoryCell {
  /** The value (for a formula: its cached result, null until set). */
  value: CellValue;
  formula?: string;
  format?: NumberFormat;
  style?: BlockStyle;
}

export interface MemorySheet {
  name: string;
  /** Keyed `row,column` (0-based). */
  cells: Map<string, MemoryCell>;
  tables: TablePlan[];
  charts: ChartPlan[];
  colorScales: ColorScale[];
  highlights: { row: number; column: number; fill: string }[];
  columnWidths: { column: number; width: number }[];
  freeze: { rows: number; columns: number } | null;
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function isFormula(cell: CellWrite): cell is { formula: string } {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

function isBlank(cell: MemoryCell | undefined): boolean {
  return (
    cell === undefined || (cell.formula === undefined && (cell.value === null || cell.value === ""))
  );
}

function newSheet(name: string): MemorySheet {
  return {
    name,
    cells: new Map(),
    tables: [],
    charts: [],
    colorScales: [],
    highlights: [],
    columnWidths: [],
    freeze: null,
  };
}

export class MemoryWorkbook implements WorkbookPort {
  private readonly sheetList: MemorySheet[] = [];
  /** Workbook-scoped defined names (a user's `TaxRate`…): tables must avoid them. */
  readonly definedNames: string[] = [];
  /** How many times each port method ran (tests count round trips with it). */
  readonly calls = { readInputs: 0, inspect: 0, writeSheet: 0 };

  /** Add a user's sheet holding `values` from A1 (or from `at`). Throws when the name is taken. */
  addSheet(
    name: string,
    values: CellValue[][] = [],
    at: { row: number; column: number } = { row: 0, column: 0 }
  ): MemorySheet {
    if (this.sheet(name) !== undefined) throw new Error(`A sheet named "${name}" already exists`);
    const sheet = newSheet(name);
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "")
          sheet.cells.set(key(at.row + r, at.column + c), { value });
      })
    );
    this.sheetList.push(sheet);
    return sheet;
  }

  /** Declare an Excel table on a sheet (header row included in `rect`). */
  addTable(sheetName: string, name: string, rect: Rect, style = "TableStyleMedium2"): void {
    const sheet = this.requireSheet(sheetName);
    if (this.tableNames().some((t) => t.toLowerCase() === name.toLowerCase()))
      throw new Error(`A table named "${name}" already exists`);
    sheet.tables.push({ name, style, ...rect });
  }

  /** Set one cell as a user would (value, or a formula with its cached value). */
  setCell(sheetName: string, row: number, column: number, cell: MemoryCell): void {
    this.requireSheet(sheetName).cells.set(key(row, column), cell);
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetNames(): string[] {
    return this.sheetList.map((s) => s.name);
  }

  tableNames(): string[] {
    return this.sheetList.flatMap((s) => s.tables.map((t) => t.name));
  }

  cell(sheetName: string, row: number, column: number): MemoryCell | undefined {
    return this.requireSheet(sheetName).cells.get(key(row, column));
  }

  /** The values of a rectangle (formulas as their cached values; blanks as null). */
  values(sheetName: string, rect: Rect): CellValue[][] {
    const sheet = this.requireSheet(sheetName);
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from(
        { length: rect.columns },
        (_, c) => sheet.cells.get(key(rect.row + r, rect.column + c))?.value ?? null
      )
    );
  }

  /** The rectangle of non-blank cells, or null when the sheet is empty. */
  usedRect(sheetName: string): Rect | null {
    const sheet = this.requireSheet(sheetName);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of sheet.cells) {
      if (isBlank(cell)) continue;
      const [r, c] = k.split(",").map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0
      ? null
      : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Every non-blank cell of a sheet with its position, in row-major order. */
  entries(sheetName: string): { row: number; column: number; cell: MemoryCell }[] {
    const out = [...this.requireSheet(sheetName).cells].map(([k, cell]) => {
      const [row, column] = k.split(",").map(Number) as [number, number];
      return { row, column, cell };
    });
    return out.sort((a, b) => a.row - b.row || a.column - b.column);
  }

  async readInputs(
    bindings: InputBindings,
    names: readonly TableInputName[] = INPUT_NAMES
  ): Promise<ReadInputs> {
    this.calls.readInputs++;
    const out: ReadInputs = {};
    for (const input of names) {
      const found = this.findInput(input, bindings[input] ?? DEFAULT_TABLE_NAMES[input]);
      if (found !== null) out[input] = found;
    }
    return out;
  }

  async inspect(): Promise<WorkbookInfo> {
    this.calls.inspect++;
    const sheets: SheetInfo[] = this.sheetList.map((s) => ({
      name: s.name,
      header: this.values(s.name, OWNER_HEADER),
      used: this.usedRect(s.name),
    }));
    return { sheets, tables: this.tableNames(), names: [...this.definedNames] };
  }

  async removeSheet(name: string): Promise<void> {
    const sheet = this.requireSheet(name);
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
  }

  async writeSheet(plan: SheetPlan): Promise<WrittenSheet> {
    this.calls.writeSheet++;
    checkPlan(plan);
    const existing = this.sheet(plan.name);
    let sheet: MemorySheet;
    if (plan.replace) {
      if (existing === undefined)
        throw new Error(`Cannot replace sheet "${plan.name}": it does not exist`);
      const info: SheetInfo = {
        name: existing.name,
        header: this.values(existing.name, OWNER_HEADER),
        used: this.usedRect(existing.name),
      };
      if (!isOwnedSheet(info))
        throw new Error(
          `Refusing to replace sheet "${plan.name}": it was not written by GTM Modeler`
        );
      sheet = newSheet(existing.name);
      this.sheetList[this.sheetList.indexOf(existing)] = sheet;
    } else {
      if (existing !== undefined)
        throw new Error(`Refusing to write sheet "${plan.name}": a sheet of that name exists`);
      sheet = newSheet(plan.name);
      this.sheetList.push(sheet);
    }
    const taken = new Set(this.tableNames().map((t) => t.toLowerCase()));
    for (const table of plan.tables ?? []) {
      if (taken.has(table.name.toLowerCase()))
        throw new Error(`Refusing to create table "${table.name}": the name is used`);
    }
    for (const block of plan.blocks) {
      const rect = blockRect(block);
      for (let r = 0; r < rect.rows; r++) {
        for (let c = 0; c < rect.columns; c++) {
          const k = key(block.row + r, block.column + c);
          const write: CellWrite | undefined = block.cells[r]?.[c];
          const previous = sheet.cells.get(k);
          const next: MemoryCell = { value: previous?.value ?? null };
          if (previous?.formula !== undefined) next.formula = previous.formula;
          if (write !== undefined) {
            delete next.formula;
            next.value = isFormula(write) ? null : write;
            if (isFormula(write)) next.formula = write.formula;
          }
          const format = formatAt(block, r, c) ?? previous?.format;
          if (format !== undefined && format !== null) next.format = format;
          const style = block.style ?? previous?.style;
          if (style !== undefined) next.style = style;
          sheet.cells.set(k, next);
        }
      }
    }
    // Loops, not push(...list): a call's arguments are bounded, a plan's lists are not.
    for (const table of plan.tables ?? []) sheet.tables.push(table);
    for (const chart of plan.charts ?? []) sheet.charts.push(chart);
    for (const scale of plan.colorScales ?? []) sheet.colorScales.push(scale);
    for (const highlight of plan.highlights ?? []) sheet.highlights.push(highlight);
    for (const width of plan.columnWidths ?? []) sheet.columnWidths.push(width);
    sheet.freeze = plan.freeze ?? null;
    return { name: sheet.name, address: sheetRef(sheet.name, planExtent(plan)) };
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (sheet === undefined) throw new Error(`No sheet named "${name}"`);
    return sheet;
  }

  private tableData(
    sheetName: string,
    rect: Rect,
    kind: TableData["kind"],
    tableRef?: string
  ): TableData {
    const values = this.values(sheetName, rect).map((row) => row.map((v) => v ?? ""));
    return {
      values,
      origin: { sheet: sheetName, row: rect.row, column: rect.column },
      address: sheetRef(sheetName, rect),
      formulaRef: tableRef ?? sheetRef(sheetName, rect, true),
      kind,
    };
  }

  private findInput(input: TableInputName, binding: string): TableData | null {
    const range = parseSheetRange(binding);
    if (range !== null) {
      const sheet = this.sheet(range.sheet);
      return sheet === undefined ? null : this.tableData(sheet.name, range.rect, "range");
    }
    for (const sheet of this.sheetList) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === binding.toLowerCase());
      if (table !== undefined) {
        const part = tablePart(input);
        const skip = part.skipHeader ? 1 : 0;
        const rect: Rect = {
          row: table.row + skip,
          column: table.column,
          rows: table.rows - skip,
          columns: table.columns,
        };
        return this.tableData(sheet.name, rect, "table", `${table.name}${part.specifier}`);
      }
    }
    const sheet = this.sheet(binding);
    if (sheet === undefined) return null;
    const used = this.usedRect(sheet.name);
    if (used === null) return null;
    return this.tableData(
      sheet.name,
      { row: 0, column: 0, rows: used.row + used.rows, columns: used.column + used.columns },
      "sheet"
    );
  }
}
