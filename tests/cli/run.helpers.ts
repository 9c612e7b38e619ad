/** Running `gtm` in-process (fast) and checking what lands in a written workbook. */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { BufferIo } from "../../src/cli/io";
import type { CellWrite, SheetPlan } from "../../src/workbook";
import { formatAt } from "../../src/workbook";

/** The fixed clock of every in-process run, so written audit blocks are predictable. */
export const NOW = new Date(Date.UTC(2026, 0, 15, 9, 30, 0));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function gtm(...argv: string[]): Promise<Run> {
  const io = new BufferIo(() => NOW);
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

export function sha256(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

export async function openXlsx(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(fs.readFileSync(file)).buffer);
  return workbook;
}

function expectedValue(cell: CellWrite): unknown {
  if (cell === null || cell === "") return null;
  if (typeof cell === "object" && "formula" in cell) return { formula: cell.formula.slice(1) };
  return cell;
}

function actualValue(value: ExcelJS.CellValue): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && "formula" in value) return { formula: value.formula };
  if (typeof value === "object" && "sharedFormula" in value) return { formula: value.formula };
  return value;
}

/** The cell at a 0-based (row, column). */
function cellOf(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell {
  return sheet.getCell(row + 1, column + 1);
}

/** Every block cell of the plan sits in the sheet with its value (text as text) and number format. */
export function planMismatches(sheet: ExcelJS.Worksheet, plan: SheetPlan): string[] {
  const problems: string[] = [];
  for (const block of plan.blocks) {
    if (block.spill !== undefined) continue;
    block.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const target = cellOf(sheet, block.row + i, block.column + j);
        const want = expectedValue(cell);
        const got = actualValue(target.value);
        if (JSON.stringify(got) !== JSON.stringify(want))
          problems.push(
            `${target.address}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`
          );
        const format = formatAt(block, i, j);
        if (format !== null && target.numFmt !== format)
          problems.push(
            `${target.address}: format ${JSON.stringify(target.numFmt)} instead of ${JSON.stringify(format)}`
          );
      })
    );
  }
  return problems;
}
