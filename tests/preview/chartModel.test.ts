/**
 * What the preview draws of a chart the add-in wrote: the charts come from the pane's own
 * operations over the Excel stand-in (the model's line chart, the tornado), read back from the
 * workbook's dump by `chartModel`.
 */
import { createHost } from "../../src/excel/host";
import { createStandIn, standInRun } from "../../src/testing/office";
import { dumpWorkbook } from "../../src/testing/office/dump";
import type { SheetDump, WorkbookDump } from "../../src/testing/office/dump";
import type { ChartRecord } from "../../src/testing/office/workbook";
import { chartKind, chartModel, niceTicks } from "../../src/preview/chartModel";
import { formatCell } from "../../src/preview/formatCell";
import { parseSheetRange } from "../../src/workbook/a1";
import { createOperations } from "../../src/taskpane/createOperations";
import type { TaskControl } from "../../src/taskpane/operations";

const control = (): TaskControl => ({
  signal: new AbortController().signal,
  onProgress: () => undefined,
});

async function written(): Promise<WorkbookDump> {
  const standIn = createStandIn();
  const host = createHost({
    run: standInRun(standIn),
    settings: standIn.settings,
    displayLanguage: "en-US",
  });
  const operations = createOperations({ host, version: "1.0.0" });
  await operations.insertSample();
  const state = await operations.checkInputs();
  const drivers = state.choices?.tornadoDrivers.map((d) => d.value) ?? [];
  await operations.runModel({ output: "values", chartMetric: "revenue" }, control());
  await operations.makeTornado({ metric: "npv", swing: 0.2, drivers }, control());
  return dumpWorkbook(standIn.workbook);
}

let book: WorkbookDump;
beforeAll(async () => {
  book = await written();
});

function chartOn(kind: string): { sheet: SheetDump; chart: ChartRecord } {
  for (const sheet of book.sheets)
    for (const chart of sheet.charts) if (chartKind(chart) === kind) return { sheet, chart };
  throw new Error(`no ${kind} chart`);
}

/** A column of the sheet (0-based) from row `from`, `count` cells. */
function column(sheet: SheetDump, c: number, from: number, count: number) {
  return Array.from({ length: count }, (_, i) => sheet.values[from + i]?.[c] ?? null);
}

test("the tornado: drivers top to bottom as the sheet lists them, bars from the base", () => {
  const { sheet, chart } = chartOn("tornado");
  expect(chart.type).toBe("BarClustered");
  const model = chartModel(chart, book, sheet.name);
  expect(model.kind).toBe("tornado");
  expect(model.title).toBe(chart.title);
  expect(model.base).toBe(chart.valueAxis.positionAt);
  // The category cells (A17:A27 or wherever the plan put them), first (largest swing) on top.
  const first = model.series[0];
  const count = first.values.length;
  expect(count).toBeGreaterThan(3);
  const header = sheet.values.findIndex((row) => row[0] === "Driver");
  expect(model.categories).toEqual(column(sheet, 0, header + 1, count));
  expect(model.series.map((s) => s.name)).toEqual([
    sheet.values[header][1],
    sheet.values[header][3],
  ]);
  expect(model.series[0].values).toEqual(column(sheet, 1, header + 1, count));
  expect(model.series[1].values).toEqual(column(sheet, 3, header + 1, count));
  const swings = model.series[0].values.map((low, i) =>
    Math.abs((model.series[1].values[i] as number) - (low as number))
  );
  expect(swings).toEqual([...swings].sort((a, b) => b - a));
  expect(model.valueTitle).toBe(chart.valueAxis.title);
  expect(model.valueFormat).toBe(chart.valueAxis.numberFormat);
  expect(model.anchor).not.toBeNull();
});

test("a bar chart without reversed order lists its first category at the bottom, as Excel", () => {
  const { sheet, chart } = chartOn("tornado");
  const plain: ChartRecord = {
    ...chart,
    categoryAxis: { ...chart.categoryAxis, reversePlotOrder: false },
    valueAxis: { ...chart.valueAxis, positionAt: null },
  };
  const reversed = chartModel(chart, book, sheet.name);
  const model = chartModel(plain, book, sheet.name);
  expect(model.kind).toBe("bar");
  expect(model.base).toBe(0);
  expect(model.categories).toEqual([...reversed.categories].reverse());
  expect(model.series[0].values).toEqual([...reversed.series[0].values].reverse());
});

test("the model's line chart: one series a channel, the months as the cells show them", () => {
  const { sheet, chart } = chartOn("line");
  const model = chartModel(chart, book, sheet.name);
  expect(model.kind).toBe("line");
  expect(model.series.map((s) => s.name)).toEqual(chart.series.map((s) => s.name));
  const horizon = model.categories.length;
  expect(horizon).toBe(24);
  const range = parseSheetRange(chart.series[0].categories as string);
  if (range === null) throw new Error("no categories");
  expect(model.categories).toEqual(
    column(sheet, range.rect.column, range.rect.row, horizon).map((v, i) =>
      formatCell(v, sheet.numberFormats[range.rect.row + i][range.rect.column])
    )
  );
  expect(model.categories[0]).toMatch(/1$/);
  for (const series of model.series) {
    expect(series.values).toHaveLength(horizon);
    expect(series.values.every((v) => typeof v === "number" && Number.isFinite(v))).toBe(true);
  }
  expect(model.categoryTitle).toBe(chart.categoryAxis.title);
  expect(model.valueTitle).toBe(chart.valueAxis.title);
  // Placed where the sheet put it: its position's cells.
  expect(model.anchor?.row).toBeGreaterThan(0);
  expect(model.anchor?.columns).toBeGreaterThan(1);
});

test("a cell that holds text or an error is a gap, not a zero", () => {
  const { sheet, chart } = chartOn("line");
  const copy: WorkbookDump = JSON.parse(JSON.stringify(book)) as WorkbookDump;
  const target = copy.sheets.find((s) => s.name === sheet.name) as SheetDump;
  const model = chartModel(chart, copy, sheet.name);
  const before = model.series[0].values;
  // The series' first cell, as its address names it.
  const address = chart.series[0].values as string;
  const { row, column: col } = (
    parseSheetRange(address) as { rect: { row: number; column: number } }
  ).rect;
  target.values[row][col] = "#N/A";
  target.values[row + 1][col] = "n/a";
  const after = chartModel(chart, copy, sheet.name).series[0].values;
  expect(after.slice(0, 2)).toEqual([null, null]);
  expect(after.slice(2)).toEqual(before.slice(2));
});

test("value axis ticks: round steps covering the values", () => {
  expect(niceTicks(2009867, 3907349)).toEqual([2000000, 2500000, 3000000, 3500000, 4000000]);
  expect(niceTicks(0, 0.123)).toEqual([0, 0.025, 0.05, 0.075, 0.1, 0.125]);
  expect(niceTicks(-55000, 480000)).toEqual([-100000, 0, 100000, 200000, 300000, 400000, 500000]);
  const flat = niceTicks(5, 5);
  expect(flat[0]).toBeLessThan(5);
  expect(flat[flat.length - 1]).toBeGreaterThan(5);
  expect(niceTicks(Number.NaN, 1)).toEqual([]);
});
