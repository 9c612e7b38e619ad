/**
 * A formula engine for the stand-in: arithmetic, references across sheets, SUM, IF and the rest
 * of fast-formula-parser's (MIT) 280 Excel functions, plus custom functions (`GTM.*` through the
 * registered functions). Formulas read the cells they refer to calculated in the same pass (a
 * referenced formula is calculated first), so the order of the cells does not matter.
 *
 * Custom functions that return a promise behave as Excel's asynchronous custom functions: the
 * formula shows `#BUSY!` until the promise settles; then the result is kept for those arguments,
 * the workbook recalculates and listeners are told (as when Excel writes a late result).
 * A formula fast-formula-parser cannot read (table references such as `Channels[#All]`) goes to
 * the `fallback` evaluator (the preview's GTM evaluator).
 */
import FormulaParser, { FormulaError } from "fast-formula-parser";
import type { CellRef, FunctionArg, RangeRef } from "fast-formula-parser";
import { recalculate } from "./calc";
import type {
  FormulaEvaluator,
  FormulaResult,
  MemorySheet,
  MemoryWorkbook,
  StoredValue,
} from "./workbook";

export type CustomFunction = (...args: unknown[]) => unknown;

export interface FormulaEngineOptions {
  /**
   * Custom functions by their full name (`GTM.LTV`, `TEST.SLOW`), case-insensitive; or a getter,
   * read at the first calculation (in the browser, functions.js registers after the stand-in loads).
   */
  functions?: Record<string, CustomFunction> | (() => Record<string, CustomFunction>);
  /** For formulas the parser cannot read (table references). */
  fallback?: FormulaEvaluator;
}

/** Results of one calculation pass, by sheet and formula text (A1 text names the same cells anywhere on a sheet). */
interface PassMemo {
  pass: number;
  results: Map<string, FormulaResult>;
  running: Set<string>;
}

type Settled = { value: unknown } | { error: unknown };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/** An error code carried by a thrown or returned value (`CustomFunctions.Error`, FormulaError). */
function errorCode(value: unknown): string | null {
  if (value instanceof FormulaError) return value.error;
  const code = (value as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/** A value as fast-formula-parser takes it from a cell. */
function toParser(value: StoredValue | ""): unknown {
  if (value === "") return null;
  if (typeof value === "object") return new FormulaError(value.error);
  return value;
}

function toStored(value: unknown): StoredValue {
  const code = errorCode(value);
  if (code !== null) return { error: code };
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "string" || typeof value === "boolean") return value;
  return { error: "#VALUE!" };
}

function toResult(value: unknown): FormulaResult {
  if (Array.isArray(value)) {
    const rows = value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
    if (rows.length === 1 && rows[0].length === 1) return toStored(rows[0][0]);
    return rows.map((row) => row.map(toStored));
  }
  return toStored(value);
}

/** An argument as Excel hands it to a custom function: ranges as 2-D arrays, blanks as null. */
function plainArgument(arg: FunctionArg): unknown {
  if (arg.omitted === true) return null;
  const code = errorCode(arg.value);
  if (code !== null) throw new FormulaError(code);
  return arg.value;
}

export class FormulaEngine {
  private readonly functions = new Map<string, CustomFunction>();
  private readonly source: FormulaEngineOptions["functions"];
  private readonly fallback: FormulaEvaluator | undefined;
  private readonly settled = new Map<string, Settled>();
  private readonly pending = new Set<string>();
  private memo: PassMemo = { pass: -1, results: new Map(), running: new Set() };
  private book: MemoryWorkbook | null = null;
  private parserOrNull: FormulaParser | null = null;

  constructor(options: FormulaEngineOptions = {}) {
    this.source = options.functions;
    this.fallback = options.fallback;
  }

  /** The parser, made at the first calculation with the functions known by then. */
  private get parser(): FormulaParser {
    if (this.parserOrNull !== null) return this.parserOrNull;
    const source = typeof this.source === "function" ? this.source() : (this.source ?? {});
    for (const [name, fn] of Object.entries(source)) this.functions.set(name.toUpperCase(), fn);
    const wrapped: Record<string, (...args: FunctionArg[]) => unknown> = {};
    for (const name of this.functions.keys())
      wrapped[name] = (...args: FunctionArg[]) => this.call(name, args);
    this.parserOrNull = new FormulaParser({
      functions: wrapped,
      onCell: (ref) => this.cellValue(ref),
      onRange: (ref) => this.rangeValues(ref),
    });
    return this.parserOrNull;
  }

  /** Calculate the workbook's formulas with this engine from now on. */
  attach(book: MemoryWorkbook): void {
    this.book = book;
    book.evaluator = this.evaluator;
  }

  /** Asynchronous calls still running. */
  get running(): number {
    return this.pending.size;
  }

  readonly evaluator: FormulaEvaluator = (formula, sheet, book) => {
    this.book = book;
    if (this.memo.pass !== book.calcPass)
      this.memo = { pass: book.calcPass, results: new Map(), running: new Set() };
    return this.evaluate(formula, sheet);
  };

  private evaluate(formula: string, sheet: MemorySheet): FormulaResult {
    const key = `${sheet.id}|${formula}`;
    const known = this.memo.results.get(key);
    if (known !== undefined) return known;
    if (this.memo.running.has(key)) return { error: "#REF!" }; // a circular reference
    this.memo.running.add(key);
    let result: FormulaResult;
    try {
      result = toResult(
        this.parser.parse(formula.replace(/^=/, ""), { sheet: sheet.name, row: 1, col: 1 }, true)
      );
    } catch (error) {
      // fast-formula-parser reports a formula it cannot read (`Channels[#All]`) as #ERROR!.
      const code = errorCode(error);
      if (code !== null && code !== "#ERROR!") result = { error: code };
      else if (this.fallback !== undefined)
        result = this.fallback(formula, sheet, this.book as MemoryWorkbook);
      else result = { error: "#NAME?" };
    } finally {
      this.memo.running.delete(key);
    }
    this.memo.results.set(key, result);
    return result;
  }

  private sheetOf(name: string | undefined): MemorySheet | null {
    if (this.book === null || name === undefined) return null;
    return this.book.sheet(name);
  }

  /** A cell's value, its formula calculated first when this pass has not reached it. */
  private valueAt(sheet: MemorySheet, row: number, column: number): unknown {
    const cell = sheet.cell(row, column);
    if (cell === undefined) return null;
    if (cell.formula !== undefined) {
      const result = this.evaluate(cell.formula, sheet);
      if (result !== null) {
        const first = Array.isArray(result) ? (result[0]?.[0] ?? "") : result;
        cell.value = first;
      }
    }
    return toParser(cell.value);
  }

  private cellValue(ref: CellRef): unknown {
    const sheet = this.sheetOf(ref.sheet);
    if (sheet === null) return new FormulaError("#REF!");
    return this.valueAt(sheet, ref.row - 1, ref.col - 1);
  }

  private rangeValues(ref: RangeRef): unknown[][] {
    const sheet = this.sheetOf(ref.sheet);
    if (sheet === null) throw new FormulaError("#REF!");
    const used = sheet.usedRange(true);
    const lastRow = Math.min(ref.to.row, used === null ? 0 : used.row + used.rows);
    const lastCol = Math.min(ref.to.col, used === null ? 0 : used.column + used.columns);
    const rows: unknown[][] = [];
    for (let r = ref.from.row; r <= Math.max(lastRow, ref.from.row); r++) {
      const row: unknown[] = [];
      for (let c = ref.from.col; c <= Math.max(lastCol, ref.from.col); c++)
        row.push(this.valueAt(sheet, r - 1, c - 1));
      rows.push(row);
    }
    return rows;
  }

  private call(name: string, args: FunctionArg[]): unknown {
    const fn = this.functions.get(name) as CustomFunction;
    const plain = args.map(plainArgument);
    const key = `${name}(${JSON.stringify(plain)})`;
    const done = this.settled.get(key);
    if (done !== undefined) return this.unwrap(done);
    if (this.pending.has(key)) throw new FormulaError("#BUSY!");
    let result: unknown;
    try {
      result = fn(...plain);
    } catch (error) {
      throw new FormulaError(errorCode(error) ?? "#VALUE!");
    }
    if (!isThenable(result)) return this.unwrap({ value: result });
    this.pending.add(key);
    result.then(
      (value) => this.settle(key, { value }),
      (error: unknown) => this.settle(key, { error })
    );
    throw new FormulaError("#BUSY!");
  }

  private unwrap(settled: Settled): unknown {
    if ("error" in settled) throw new FormulaError(errorCode(settled.error) ?? "#VALUE!");
    const code = errorCode(settled.value);
    if (code !== null) throw new FormulaError(code);
    return settled.value;
  }

  /** A late result: kept for its arguments, then the workbook recalculates (Excel writes it into the cell). */
  private settle(key: string, settled: Settled): void {
    this.pending.delete(key);
    this.settled.set(key, settled);
    const book = this.book;
    if (book === null) return;
    recalculate(book);
    book.notify();
  }
}

/** A formula engine attached to the workbook (its evaluator replaces any other). */
export function attachFormulaEngine(
  book: MemoryWorkbook,
  options: FormulaEngineOptions = {}
): FormulaEngine {
  const engine = new FormulaEngine(options);
  engine.attach(book);
  return engine;
}
