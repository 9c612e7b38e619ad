/** The preview grid's geometry and selection. */
import {
  DEFAULT_COLUMN_PX,
  chartPlace,
  columnPx,
  extendSelection,
  gridSize,
  moveSelection,
  selectionOn,
  tableRoles,
} from "../../src/preview/gridLayout";
import type { ChartModel } from "../../src/preview/chartModel";
import type { SheetDump } from "../../src/testing/office/dump";

function sheetOf(values: SheetDump["values"], widths: Record<string, number> = {}): SheetDump {
  return {
    name: "GTM Results",
    values,
    formulas: values.map((row) => row.map(() => null)),
    numberFormats: values.map((row) => row.map(() => "General")),
    textPrefixed: [],
    bold: [],
    fills: {},
    columnWidths: widths,
    charts: [],
    colorScales: [],
    freeze: null,
  };
}

const chart = (anchor: ChartModel["anchor"]): ChartModel => ({
  kind: "line",
  title: "Revenue by channel",
  categories: [],
  series: [],
  categoryTitle: null,
  valueTitle: null,
  valueFormat: "General",
  base: 0,
  anchor,
});

test("an empty sheet shows Excel's empty grid; a sheet shows its cells, its charts and spare cells", () => {
  expect(gridSize(sheetOf([]), [])).toEqual({ rows: 30, columns: 12 });
  const cells = sheetOf(Array.from({ length: 40 }, () => Array.from({ length: 14 }, () => 1)));
  expect(gridSize(cells, [])).toEqual({ rows: 45, columns: 16 });
  expect(gridSize(cells, [{ row: 50, column: 7, rows: 16, columns: 9 }])).toEqual({
    rows: 71,
    columns: 18,
  });
});

test("a chart sits where its sheet placed it, else below the cells with Excel's default size", () => {
  const sheet = sheetOf([[1], [2], [3]]);
  const anchor = { row: 10, column: 7, rows: 16, columns: 9 };
  expect(chartPlace(chart(anchor), sheet)).toEqual(anchor);
  expect(chartPlace(chart(null), sheet)).toEqual({ row: 4, column: 0, rows: 15, columns: 8 });
});

test("column widths: the points the add-in set, in pixels; Excel's default otherwise", () => {
  const sheet = sheetOf([[1]], { A: 129.75 });
  expect(columnPx(sheet, "A")).toBe(173);
  expect(columnPx(sheet, "B")).toBe(DEFAULT_COLUMN_PX);
});

test("the selection on a sheet, by its address (quoted names too); none on another sheet", () => {
  expect(selectionOn("'GTM Results'!B3:C4", "GTM Results")).toEqual({
    row: 2,
    column: 1,
    rows: 2,
    columns: 2,
  });
  expect(selectionOn("Channels!E3", "channels")).toEqual({
    row: 2,
    column: 4,
    rows: 1,
    columns: 1,
  });
  expect(selectionOn("Channels!E3", "GTM Results")).toBeNull();
  expect(selectionOn(null, "GTM Results")).toBeNull();
});

test("arrow keys move the selected cell inside the grid; shift-click extends from its first cell", () => {
  const size = { rows: 30, columns: 12 };
  const at = { row: 2, column: 4, rows: 1, columns: 1 };
  expect(moveSelection(at, "ArrowDown", size)).toEqual({ ...at, row: 3 });
  expect(moveSelection(at, "ArrowLeft", size)).toEqual({ ...at, column: 3 });
  expect(moveSelection({ ...at, row: 0 }, "ArrowUp", size)).toEqual({ ...at, row: 0 });
  expect(moveSelection({ ...at, column: 11 }, "ArrowRight", size)).toEqual({ ...at, column: 11 });
  expect(moveSelection(at, "Enter", size)).toBeNull();
  expect(moveSelection(null, "ArrowDown", size)).toEqual({
    row: 1,
    column: 0,
    rows: 1,
    columns: 1,
  });
  expect(extendSelection(at, 5, 1)).toEqual({ row: 2, column: 1, rows: 4, columns: 4 });
  expect(extendSelection(null, 5, 1)).toEqual({ row: 5, column: 1, rows: 1, columns: 1 });
});

test("an Excel table's cells: its header row, then banded rows", () => {
  const roles = tableRoles(
    [
      { sheet: "Channels", address: "Channels!A1:B4" },
      { sheet: "Mix", address: "Mix!A1:C3" },
    ],
    "Channels"
  );
  expect(roles.get("0,0")).toBe("header");
  expect(roles.get("0,1")).toBe("header");
  expect(roles.get("1,0")).toBe("band");
  expect(roles.get("2,1")).toBe("plain");
  expect(roles.get("3,1")).toBe("band");
  expect(roles.has("0,2")).toBe(false);
  expect(roles.size).toBe(8);
});
