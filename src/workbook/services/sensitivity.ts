/**
 * A sensitivity sheet: the grid in Excel's data-table layout (metric name top-left, X values
 * across, Y values down; one-way as two columns), a colour-scale heat map over the body, the
 * baseline cell outlined, axes titled in plain words, and the audit block. Live mode writes one
 * `=GTM.SENSITIVITY(...)` whose set-up (metric, drivers, values, mode) sits in cells above it.
 */
import { metricInfo, parseDriver } from "../../model";
import type { DriverMode, GridResult, ModelInput } from "../../model";
import { cellRef, rectRef } from "../a1";
import { checkPlan } from "../blocks";
import { fieldFormat, metricFormat, scaleFormat } from "../formats";
import { chooseSheet } from "../ownership";
import type {
  Block,
  CellWrite,
  ColorScale,
  NumberFormat,
  Rect,
  SheetPlan,
  WorkbookPort,
  WrittenSheet,
} from "../port";
import type { DefinedFigure } from "./definitions";
import { formulaCall, inputRefs } from "./formulas";
import { driverAxisTitle, driverBaseline, sameNumber } from "./labels";
import { sheetText } from "./sheetText";
import { assemblePlan, BODY_ROW, COLORS, noteBlock, sectionTitle } from "./layout";
import type { WriteSensitivityOptions } from "./types";

export const SENSITIVITY_SHEET = "GTM Sensitivity";

function axisFormat(
  driverText: string,
  model: ModelInput,
  mode: DriverMode,
  values: readonly number[]
): NumberFormat {
  if (mode === "scale") return scaleFormat(values);
  return fieldFormat(parseDriver(driverText, model).field, {
    periodUnit: model.assumptions.periodUnit,
  });
}

function baselineIndex(
  driverText: string,
  model: ModelInput,
  mode: DriverMode,
  values: readonly number[]
): number {
  const base = driverBaseline(parseDriver(driverText, model), model, mode);
  return base === null ? -1 : values.findIndex((v) => sameNumber(v, base));
}

/** Cell layout of the sheet, shared by the plan and the tests. */
export function sensitivityLayout(grid: GridResult) {
  const twoWay = grid.y !== null;
  const setup = BODY_ROW + 1;
  const rows = {
    metric: setup,
    x: setup + 1,
    xValues: setup + 2,
    y: twoWay ? setup + 3 : -1,
    yValues: twoWay ? setup + 4 : -1,
    mode: twoWay ? setup + 5 : setup + 3,
  };
  const axisTitleRow = rows.mode + 2;
  const top = axisTitleRow + 1;
  const n = grid.x.values.length;
  const m = grid.y?.values.length ?? 0;
  /** The body: metric values, y_i down and x_j across (one-way: one column, x_j down). */
  const body: Rect = twoWay
    ? { row: top + 1, column: 2, rows: m, columns: n }
    : { row: top + 1, column: 2, rows: n, columns: 1 };
  const table: Rect = twoWay
    ? { row: top, column: 1, rows: m + 1, columns: n + 1 }
    : { row: top, column: 1, rows: n + 1, columns: 2 };
  return { twoWay, rows, axisTitleRow, top, body, table };
}

function setupBlocks(
  o: WriteSensitivityOptions,
  layout: ReturnType<typeof sensitivityLayout>,
  xFormat: NumberFormat,
  yFormat: NumberFormat | null
): Block[] {
  const { grid, model } = o;
  const t = sheetText(o.locale);
  const label = (row: number, text: string): Block => ({
    row,
    column: 0,
    cells: [[text]],
    style: { bold: true },
  });
  const blocks: Block[] = [
    sectionTitle(BODY_ROW, 0, t.common.setUp),
    label(layout.rows.metric, t.common.metric),
    {
      row: layout.rows.metric,
      column: 1,
      cells: [[grid.metric, metricInfo(grid.metric, o.locale).label]],
    },
    label(layout.rows.x, t.sensitivity.across),
    {
      row: layout.rows.x,
      column: 1,
      cells: [[grid.x.driver, driverAxisTitle(grid.x.driver, model, grid.mode, o.locale)]],
    },
    label(layout.rows.xValues, t.sensitivity.xValues),
    { row: layout.rows.xValues, column: 1, cells: [grid.x.values], numberFormat: xFormat },
    label(layout.rows.mode, t.common.mode),
    {
      row: layout.rows.mode,
      column: 1,
      cells: [
        [grid.mode, grid.mode === "scale" ? t.sensitivity.scaleMode : t.sensitivity.valueMode],
      ],
    },
  ];
  if (grid.y !== null && yFormat !== null) {
    blocks.push(
      label(layout.rows.y, t.sensitivity.down),
      {
        row: layout.rows.y,
        column: 1,
        cells: [[grid.y.driver, driverAxisTitle(grid.y.driver, model, grid.mode, o.locale)]],
      },
      label(layout.rows.yValues, t.sensitivity.yValues),
      { row: layout.rows.yValues, column: 1, cells: [grid.y.values], numberFormat: yFormat }
    );
  }
  return blocks;
}

function liveFormula(
  o: WriteSensitivityOptions,
  layout: ReturnType<typeof sensitivityLayout>
): string {
  const refs = inputRefs(o.inputs);
  const { grid } = o;
  const values = (row: number, count: number): string =>
    rectRef({ row, column: 1, rows: 1, columns: count }, true);
  return formulaCall("GTM.SENSITIVITY", [
    refs.channels,
    refs.segments,
    cellRef(layout.rows.metric, 1, true),
    cellRef(layout.rows.x, 1, true),
    values(layout.rows.xValues, grid.x.values.length),
    grid.y === null ? null : cellRef(layout.rows.y, 1, true),
    grid.y === null ? null : values(layout.rows.yValues, grid.y.values.length),
    cellRef(layout.rows.mode, 1, true),
    refs.mix,
    refs.assumptions,
  ]);
}

/** The grid's cells (values mode) and per-cell formats, in the table's layout. */
function gridTable(
  o: WriteSensitivityOptions,
  xTitle: string,
  xFormat: NumberFormat,
  yFormat: NumberFormat | null
): { cells: CellWrite[][]; formats: (NumberFormat | null)[][] } {
  const { grid } = o;
  const metricLabel = metricInfo(grid.metric, o.locale).label;
  const body = metricFormat(grid.metric, {
    periodUnit: o.model.assumptions.periodUnit,
    currency: o.model.assumptions.currency,
  });
  if (grid.y === null) {
    const row = grid.values[0] ?? [];
    const cells: CellWrite[][] = [
      [xTitle, metricLabel],
      ...grid.x.values.map((x, j) => [x, row[j] ?? null]),
    ];
    const formats = [[null, null], ...grid.x.values.map(() => [xFormat, body])];
    return { cells, formats };
  }
  const cells: CellWrite[][] = [
    [metricLabel, ...grid.x.values],
    ...grid.y.values.map((y, i) => [
      y,
      ...grid.x.values.map((_, j) => grid.values[i]?.[j] ?? null),
    ]),
  ];
  const formats = [
    [null, ...grid.x.values.map(() => xFormat)],
    ...grid.y.values.map(() => [yFormat, ...grid.x.values.map(() => body)]),
  ];
  return { cells, formats };
}

/** The sensitivity sheet as a plan (pure). */
export function buildSensitivityPlan(
  target: { name: string; replace: boolean },
  o: WriteSensitivityOptions
): SheetPlan {
  const { grid, model } = o;
  const layout = sensitivityLayout(grid);
  const t = sheetText(o.locale);
  const xTitle = driverAxisTitle(grid.x.driver, model, grid.mode, o.locale);
  const yTitle =
    grid.y === null ? null : driverAxisTitle(grid.y.driver, model, grid.mode, o.locale);
  const xFormat = axisFormat(grid.x.driver, model, grid.mode, grid.x.values);
  const yFormat =
    grid.y === null ? null : axisFormat(grid.y.driver, model, grid.mode, grid.y.values);
  const table = gridTable(o, xTitle, xFormat, yFormat);
  const blocks: Block[] = setupBlocks(o, layout, xFormat, yFormat);
  if (o.mode === "formulas") {
    blocks.push({
      row: layout.table.row,
      column: layout.table.column,
      cells: [[{ formula: liveFormula(o, layout) }]],
      spill: { rows: layout.table.rows, columns: layout.table.columns },
      cellFormats: table.formats,
    });
  } else {
    blocks.push({
      row: layout.table.row,
      column: layout.table.column,
      cells: table.cells,
      cellFormats: table.formats,
    });
  }
  if (yTitle !== null) {
    blocks.push({
      row: layout.axisTitleRow,
      column: 2,
      cells: [[t.sensitivity.acrossTitle(xTitle)]],
      style: { bold: true, italic: true },
    });
    blocks.push({
      row: layout.body.row,
      column: 0,
      cells: [[t.sensitivity.downTitle(yTitle)]],
      style: { bold: true, italic: true, wrap: true },
    });
  }
  const jx = baselineIndex(grid.x.driver, model, grid.mode, grid.x.values);
  const iy = grid.y === null ? 0 : baselineIndex(grid.y.driver, model, grid.mode, grid.y.values);
  const highlights =
    jx >= 0 && iy >= 0
      ? [
          layout.twoWay
            ? { row: layout.body.row + iy, column: layout.body.column + jx, fill: COLORS.baseline }
            : { row: layout.body.row + jx, column: layout.body.column, fill: COLORS.baseline },
        ]
      : [];
  const noteRow = layout.table.row + layout.table.rows + 1;
  blocks.push(
    noteBlock(
      noteRow,
      1,
      highlights.length > 0
        ? t.sensitivity.outlined(grid.mode === "scale")
        : t.sensitivity.noBaseline
    )
  );
  /** Columns holding figures: the grid's, and the set-up's value rows (B onwards). */
  const lastColumn = Math.max(
    layout.table.column + layout.table.columns,
    1 + grid.x.values.length,
    1 + (grid.y?.values.length ?? 0)
  );
  // Where a lower figure is better (CAC, payback) the heat map runs green (low) to red (high).
  const lowerBetter = metricInfo(grid.metric).lowerIsBetter;
  const colorScale: ColorScale = {
    ...layout.body,
    low: lowerBetter ? COLORS.heatHigh : COLORS.heatLow,
    mid: COLORS.heatMid,
    high: lowerBetter ? COLORS.heatLow : COLORS.heatHigh,
  };
  const label = metricInfo(grid.metric, o.locale).label;
  const counted = (title: string, n: number): string =>
    `${title}${t.common.paren(t.count(n, "value"))}`;
  const run = t.sensitivity.run(
    label,
    counted(xTitle, grid.x.values.length),
    yTitle === null ? null : counted(yTitle, grid.y?.values.length ?? 0),
    grid.mode,
    o.mode === "formulas"
  );
  return assemblePlan(
    target,
    {
      title: t.sensitivity.title(label),
      locale: o.locale,
      run,
      now: o.now,
      version: o.version,
      inputs: o.inputs,
      warnings: o.warnings,
    },
    {
      blocks,
      colorScales: [colorScale],
      highlights,
      columnWidths: [
        { column: 0, width: 24 },
        { column: 1, width: 22 },
        ...Array.from({ length: lastColumn - 2 }, (_, j) => ({ column: j + 2, width: 14 })),
      ],
      definitions: [{ figure: metricInfo(grid.metric).field as DefinedFigure, label }],
      periodUnit: model.assumptions.periodUnit,
    }
  );
}

/** Write the sensitivity sheet (replaces our earlier one, never a user's sheet). */
export async function writeSensitivity(
  port: WorkbookPort,
  o: WriteSensitivityOptions
): Promise<WrittenSheet> {
  const info = await port.inspect();
  const plan = buildSensitivityPlan(chooseSheet(info, o.sheetName ?? SENSITIVITY_SHEET), o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
