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

/**
 * `gtm run FILE --out OUT --replace`, the real command (in-process, its clock at `now`): the
 * results replace the newest results sheet the add-in still owns, else go to a new sheet.
 * Returns the sheet written, as the command reports it.
 */
export async function rerunReplacing(file: string, out: string, now = NOW): Promise<string> {
  const io = new BufferIo(() => now);
  const code = await main(["run", file, "--out", out, "--replace"], io);
  if (code !== 0) throw new Error(`gtm run --replace exited ${code}: ${io.stderr}`);
  const match = /^Wrote .*: sheet "([^"]+)"/m.exec(io.stdout);
  if (match === null) throw new Error(`gtm run --replace named no sheet: ${io.stdout}`);
  return match[1];
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
  return [...problems, ...layoutMismatches(sheet, plan)];
}

/** Column widths, frozen panes and print set-up as the plan asks, read back from the file. */
export function layoutMismatches(sheet: ExcelJS.Worksheet, plan: SheetPlan): string[] {
  const problems: string[] = [];
  for (const { column, width } of plan.columnWidths ?? []) {
    const got = sheet.getColumn(column + 1).width;
    if (got !== width) problems.push(`column ${column + 1}: width ${got} instead of ${width}`);
  }
  const view = (sheet.views ?? [])[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
  const frozen =
    view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : undefined;
  if (JSON.stringify(frozen) !== JSON.stringify(plan.freeze))
    problems.push(`frozen ${JSON.stringify(frozen)} instead of ${JSON.stringify(plan.freeze)}`);
  if (plan.page !== undefined) {
    const setup = sheet.pageSetup;
    const got = [setup.orientation, setup.fitToPage, setup.fitToWidth, setup.fitToHeight];
    const want = [plan.page.orientation, true, plan.page.fitToPagesWide, 0];
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(`page set-up ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`);
  }
  return problems;
}
