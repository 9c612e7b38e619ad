import {
  blockRect,
  checkPlan,
  planExtent,
  splitBlock,
  splitPlanBlocks,
} from "../../src/workbook/blocks";
import type { Block, CellWrite, SheetPlan } from "../../src/workbook/port";

function grid(rows: number, columns: number): CellWrite[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => r * 100 + c)
  );
}

function plan(blocks: Block[], extra: Partial<SheetPlan> = {}): SheetPlan {
  return { name: "GTM Results", replace: false, blocks, ...extra };
}

describe("splitBlock", () => {
  it("keeps a block that fits", () => {
    const block: Block = { row: 2, column: 1, cells: grid(3, 4) };
    expect(splitBlock(block, 12)).toEqual([block]);
  });

  it("splits into whole rows under the cell limit, formats following their cells", () => {
    const block: Block = {
      row: 10,
      column: 2,
      cells: grid(5, 3),
      columnFormats: ["0%", null, "#,##0"],
      cellFormats: grid(5, 3).map((row) => row.map((v) => `0.0"${String(v)}"`)),
      style: { bold: true },
    };
    const parts = splitBlock(block, 7);
    expect(parts.map((p) => [p.row, p.column, p.cells.length])).toEqual([
      [10, 2, 2],
      [12, 2, 2],
      [14, 2, 1],
    ]);
    expect(parts[1].cells).toEqual([
      [200, 201, 202],
      [300, 301, 302],
    ]);
    expect(parts[1].cellFormats).toEqual([
      ['0.0"200"', '0.0"201"', '0.0"202"'],
      ['0.0"300"', '0.0"301"', '0.0"302"'],
    ]);
    expect(parts[2].columnFormats).toEqual(["0%", null, "#,##0"]);
    expect(parts.every((p) => p.style?.bold === true)).toBe(true);
    expect(parts.flatMap((p) => p.cells)).toEqual(block.cells);
  });

  it("splits a row wider than the limit into strips", () => {
    const block: Block = {
      row: 0,
      column: 1,
      cells: grid(2, 5),
      columnFormats: ["a", "b", "c", "d", "e"],
    };
    const parts = splitBlock(block, 2);
    expect(parts.map((p) => [p.row, p.column, p.cells])).toEqual([
      [0, 1, [[0, 1]]],
      [0, 3, [[2, 3]]],
      [0, 5, [[4]]],
      [1, 1, [[100, 101]]],
      [1, 3, [[102, 103]]],
      [1, 5, [[104]]],
    ]);
    expect(parts.map((p) => p.columnFormats)).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e"],
      ["a", "b"],
      ["c", "d"],
      ["e"],
    ]);
  });

  it("splits a 101 × 101 grid into blocks of at most the limit, covering every cell once", () => {
    const block: Block = { row: 20, column: 1, cells: grid(101, 101), numberFormat: '"$"#,##0' };
    const parts = splitBlock(block, 1000);
    expect(parts.every((p) => p.cells.length * p.cells[0].length <= 1000)).toBe(true);
    expect(parts).toHaveLength(12); // 9 rows of 101 cells each: ceil(101 / 9)
    expect(parts.flatMap((p) => p.cells)).toEqual(block.cells);
    expect(
      splitPlanBlocks(plan([block, { row: 0, column: 0, cells: [["x"]] }]), 1000)
    ).toHaveLength(13);
  });

  it("never splits a spilling formula and refuses a bad size", () => {
    const block: Block = {
      row: 0,
      column: 0,
      cells: [[{ formula: "=GTM.MODEL(A1:B2,C1:D2)" }]],
      spill: { rows: 40, columns: 14 },
    };
    expect(splitBlock(block, 1)).toEqual([block]);
    expect(blockRect(block)).toEqual({ row: 0, column: 0, rows: 40, columns: 14 });
    expect(() => splitBlock(block, 0)).toThrow("Block size must be a whole number ≥ 1, not 0");
  });
});

describe("planExtent", () => {
  it("covers blocks, spills, tables and highlights", () => {
    const p = plan(
      [
        { row: 0, column: 0, cells: [["t"]] },
        { row: 5, column: 2, cells: [[{ formula: "=X()" }]], spill: { rows: 4, columns: 3 } },
      ],
      {
        highlights: [{ row: 12, column: 1, fill: "#000000" }],
      }
    );
    expect(planExtent(p)).toEqual({ row: 0, column: 0, rows: 13, columns: 5 });
  });
});

describe("checkPlan", () => {
  it.each([
    [NaN, "GTM Results!B1: refusing to write NaN"],
    [Infinity, "GTM Results!B1: refusing to write Infinity"],
    [undefined as unknown as CellWrite, "GTM Results!B1: refusing to write undefined"],
    [{ formula: "SUM(A1)" }, "GTM Results!B1: refusing to write formula SUM(A1)"],
    [{ formula: "=A1*NaN" }, "GTM Results!B1: refusing to write formula =A1*NaN"],
  ])("refuses %p", (cell, message) => {
    expect(() => checkPlan(plan([{ row: 0, column: 0, cells: [[1, cell]] }]))).toThrow(message);
  });

  it("leaves a user's text alone, whatever it says", () => {
    expect(() =>
      checkPlan(plan([{ row: 0, column: 0, cells: [["NaN", "undefined"]] }]))
    ).not.toThrow();
  });

  it("refuses scientific and empty formats, and ragged rows", () => {
    expect(() =>
      checkPlan(plan([{ row: 0, column: 0, cells: [[1]], numberFormat: "0.00E+00" }]))
    ).toThrow('GTM Results!A1: refusing number format "0.00E+00"');
    expect(() =>
      checkPlan(plan([{ row: 0, column: 0, cells: [[1]], columnFormats: [""] }]))
    ).toThrow('GTM Results!A1: refusing number format ""');
    expect(() => checkPlan(plan([{ row: 3, column: 0, cells: [[1, 2], [3]] }]))).toThrow(
      "GTM Results!A5: rows of a block must have equal length"
    );
    expect(() =>
      checkPlan(plan([{ row: 0, column: 0, cells: [[1]], numberFormat: '0.0" Euros"' }]))
    ).not.toThrow();
  });

  it("refuses a chart crossing at NaN", () => {
    const chart = {
      type: "barClustered" as const,
      title: "Tornado",
      categories: { row: 0, column: 0, rows: 1, columns: 1 },
      series: [],
      anchor: { row: 0, column: 0, rows: 1, columns: 1 },
      crossesAt: NaN,
    };
    expect(() => checkPlan(plan([], { charts: [chart] }))).toThrow(
      'GTM Results: chart "Tornado" crosses at NaN'
    );
  });
});
