/**
 * Excel's automatic calculation in the stand-in: after every batch, each formula is calculated by
 * the workbook's evaluator (the preview plugs in the real GTM functions) and arrays spill into the
 * cells below and to the right; a spill blocked by another cell is `#SPILL!`.
 */
import type { FormulaResult, MemoryWorkbook, StoredValue } from "./workbook";

export function recalculate(book: MemoryWorkbook): void {
  book.calcPass += 1;
  const evaluator = book.evaluator;
  if (evaluator === null) return;
  for (const sheet of book.sheets) {
    for (const [key, cell] of [...sheet.cells]) {
      if (cell.spilledFrom === undefined) continue;
      delete cell.spilledFrom;
      cell.value = "";
      if (cell.numberFormat === "General" && Object.keys(cell.style).length === 0)
        sheet.cells.delete(key);
    }
    for (const [key, cell] of [...sheet.cells]) {
      if (cell.formula === undefined) continue;
      let result: FormulaResult;
      try {
        result = evaluator(cell.formula, sheet, book);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        result = { error: typeof code === "string" && code.startsWith("#") ? code : "#VALUE!" };
      }
      if (result === null) continue;
      const grid: StoredValue[][] = Array.isArray(result) ? result : [[result]];
      const [row, column] = key.split(",").map(Number);
      const blocked = grid.some((line, i) =>
        line.some((_, j) => {
          if (i === 0 && j === 0) return false;
          const other = sheet.cell(row + i, column + j);
          return (
            other !== undefined &&
            (other.formula !== undefined || (other.value !== "" && other.spilledFrom === undefined))
          );
        })
      );
      if (blocked) {
        cell.value = { error: "#SPILL!" };
        continue;
      }
      cell.value = grid[0]?.[0] ?? "";
      grid.forEach((line, i) =>
        line.forEach((value, j) => {
          if (i === 0 && j === 0) return;
          const target = sheet.ensure(row + i, column + j);
          target.value = value;
          target.spilledFrom = key;
        })
      );
    }
  }
}
