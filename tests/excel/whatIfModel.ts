/** A small formula model in the Excel stand-in for the what-if tests: inputs on one sheet, formulas (with GTM.LTV and a late custom function) on another. */
import "../functions/customFunctionsDouble";
import * as gtm from "../../src/functions/functions";
import { ExcelWhatIfPort } from "../../src/excel/whatIfPort";
import { createStandIn, standInRun } from "../../src/testing/office";
import type { StandIn } from "../../src/testing/office";
import { recalculate } from "../../src/testing/office/calc";
import { attachFormulaEngine } from "../../src/testing/office/formulas";
import type { CustomFunction, FormulaEngine } from "../../src/testing/office/formulas";
import type { MemoryWorkbook } from "../../src/testing/office/workbook";

export const MONEY = '"$"#,##0.00';

/** [label, value or formula, number format] per row from A1. */
export const INPUT_ROWS: [string, number | string, string][] = [
  ["Price", 120, MONEY],
  ["Gross margin", 0.8, "0%"],
  ["Churn", 0.02, "0.0%"],
  ["Accounts", 100, "#,##0"],
  ["Churn (derived)", "=B3*1", "0.0%"],
];

export const MODEL_ROWS: [string, string, string][] = [
  ["LTV", "=GTM.LTV(Inputs!B1,Inputs!B2,Inputs!B3)", MONEY],
  ["Value of the base", "=B1*Inputs!B4", '"$"#,##0'],
  ["LTV (late)", "=TEST.LATE(B1)", MONEY],
  ["Ratio", "=1/(Inputs!B4-3)", "0.00"],
  ["Constant", "=SUM(Inputs!B1:B1)*0+7", "0"],
];

/** The model computed directly (not through the workbook). */
export function directValue(
  price: number,
  margin: number,
  churn: number,
  accounts: number
): number {
  return gtm.ltv(price, margin, churn) * accounts;
}

export interface ModelFixture {
  standIn: StandIn;
  book: MemoryWorkbook;
  engine: FormulaEngine;
  port: ExcelWhatIfPort;
  /** The late function: ms before it answers; Infinity: never. */
  late: { delayMs: number };
}

function fill(book: MemoryWorkbook, name: string, rows: [string, number | string, string][]): void {
  const sheet = book.sheet(name) ?? book.addSheet(name);
  rows.forEach(([label, content, format], r) => {
    sheet.ensure(r, 0).value = label;
    const cell = sheet.ensure(r, 1);
    if (typeof content === "string") cell.formula = content;
    else cell.value = content;
    cell.numberFormat = format;
  });
}

export function modelFixture(): ModelFixture {
  const late = { delayMs: 15 };
  const standIn = createStandIn();
  const book = standIn.workbook;
  book.renameSheet(book.sheets[0], "Inputs");
  fill(book, "Inputs", INPUT_ROWS);
  fill(book, "Model", MODEL_ROWS);
  const engine = attachFormulaEngine(book, {
    functions: {
      "GTM.LTV": gtm.ltv as CustomFunction,
      "TEST.LATE": (x: unknown) =>
        new Promise((resolve) => {
          if (Number.isFinite(late.delayMs)) setTimeout(() => resolve(x), late.delayMs);
        }),
    },
  });
  recalculate(book);
  return { standIn, book, engine, port: new ExcelWhatIfPort(standInRun(standIn)), late };
}

/** Every input cell as it is now: value or formula, and number format. */
export function inputState(book: MemoryWorkbook): unknown[] {
  const sheet = book.sheet("Inputs");
  return INPUT_ROWS.map((_, r) => {
    const cell = sheet?.cell(r, 1);
    return [cell?.formula ?? cell?.value, cell?.numberFormat];
  });
}
