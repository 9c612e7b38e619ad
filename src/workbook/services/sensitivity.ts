/**
 * A sensitivity sheet: the grid in Excel's data-table layout (metric name top-left, X values
 * across, Y values down; one-way as two columns), a colour-scale heat map over the body, the
 * baseline cell outlined, axes titled in plain words, and the audit block. Live mode writes one
 * `=GTM.SENSITIVITY(...)` whose set-up (metric, drivers, values, mode) sits in cells above it.
 */
import { metricInfo } from "../../model";
import type { GridResult, ModelInput } from "../../model";
import { checkPlan } from "../blocks";
import { changeFormat, fieldFormat, metricFormat, ofCurrentFormat } from "../formats";
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
import { formulaCall, inputRefs, textLiteral } from "./formulas";
import { axisDisplay, driverBaseline, sameNumber, type AxisDisplay } from "./labels";
import {
  assemblePlan,
  COLORS,
  longTableFreeze,
  noteBlock,
  QUESTION_BODY_ROW,
  sectionTitle,
} from "./layout";
import { outputTarget, sheetNames } from "./sheetNames";
import { sheetText } from "./sheetText";
import type { WriteSensitivityOptions } from "./types";

/** An axis as the sheet shows it: the reader's values and their format. */
interface ShownAxis extends AxisDisplay {
  format: NumberFormat;
}

function shownAxis(
  axis: NonNullable<GridResult["y"]>,
  model: ModelInput,
  grid: GridResult,
  locale: WriteSensitivityOptions["locale"]
): ShownAxis {
  const shown = axisDisplay(axis, model, grid.mode, locale);
  const format =
    shown.kind === "change"
      ? changeFormat(axis.values)
      : fieldFormat(shown.driver.field, { periodUnit: model.assumptions.periodUnit });
  return { ...shown, format };
}

function baselineIndex(
  axis: NonNullable<GridResult["y"]>,
  shown: ShownAxis,
  model: ModelInput,
  grid: GridResult
): number {
  const base = driverBaseline(shown.driver, model, grid.mode);
  return base === null ? -1 : axis.values.findIndex((v) => sameNumber(v, base));
}

/** Cell layout of the sheet, shared by the plan and the tests. */
export function sensitivityLayout(grid: GridResult) {
  const twoWay = grid.y !== null;
  const setup = QUESTION_BODY_ROW + 1;
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

type Layout = ReturnType<typeof sensitivityLayout>;

/** The set-up in words and the reader's values; the model's names go to the audit's Question. */
function setupBlocks(
  o: WriteSensitivityOptions,
  layout: Layout,
  x: ShownAxis,
  y: ShownAxis | null
): Block[] {
  const t = sheetText(o.locale);
  const label = (row: number, text: string): Block => ({
    row,
    column: 0,
    cells: [[text]],
    style: { bold: true },
  });
  const text = (row: number, value: string): Block => ({ row, column: 1, cells: [[value]] });
  const values = (row: number, axis: ShownAxis): Block => ({
    row,
    column: 1,
    cells: [axis.values],
    numberFormat: axis.format,
  });
  const blocks: Block[] = [
    sectionTitle(QUESTION_BODY_ROW, 0, t.common.setUp),
    label(layout.rows.metric, t.common.metric),
    text(layout.rows.metric, metricInfo(o.grid.metric, o.locale).label),
    label(layout.rows.x, t.sensitivity.across),
    text(layout.rows.x, x.title),
    label(layout.rows.xValues, t.sensitivity.xValues),
    values(layout.rows.xValues, x),
    label(layout.rows.mode, t.common.mode),
    text(
      layout.rows.mode,
      o.grid.mode === "scale" ? t.sensitivity.scaleMode : t.sensitivity.valueMode
    ),
  ];
  if (y !== null) {
    blocks.push(
      label(layout.rows.y, t.sensitivity.down),
      text(layout.rows.y, y.title),
      label(layout.rows.yValues, t.sensitivity.yValues),
      values(layout.rows.yValues, y)
    );
  }
  return blocks;
}

/** The question in the model's own names, for the audit (and to retype in GTM.SENSITIVITY). */
function question(grid: GridResult): string {
  const axis = (a: NonNullable<GridResult["y"]>): string =>
    `${a.driver} = ${a.values.map((v) => String(Number(v.toPrecision(12)))).join("; ")}`;
  const y = grid.y === null ? "" : `; Y: ${axis(grid.y)}`;
  return `GTM.SENSITIVITY metric ${grid.metric}; X: ${axis(grid.x)}${y}; mode ${grid.mode}`;
}

/** An array constant of numbers: `{0.8,0.9,1}` (Excel's formula syntax, en-US separators). */
function arrayConstant(values: readonly number[]): string {
  return `{${values.map((v) => String(Number(v.toPrecision(15)))).join(",")}}`;
}

/**
 * The live formula: the question as literals (the set-up cells hold words and the reader's
 * values, not what the function reads).
 */
function liveFormula(o: WriteSensitivityOptions): string {
  const refs = inputRefs(o.inputs);
  const { grid } = o;
  return formulaCall("GTM.SENSITIVITY", [
    refs.channels,
    refs.segments,
    textLiteral(grid.metric),
    textLiteral(grid.x.driver),
    arrayConstant(grid.x.values),
    grid.y === null ? null : textLiteral(grid.y.driver),
    grid.y === null ? null : arrayConstant(grid.y.values),
    textLiteral(grid.mode),
    refs.mix,
    refs.assumptions,
  ]);
}

/** The grid's cells (values mode) and per-cell formats, in the table's layout. */
function gridTable(
  o: WriteSensitivityOptions,
  x: ShownAxis,
  y: ShownAxis | null
): { cells: CellWrite[][]; formats: (NumberFormat | null)[][] } {
  const { grid } = o;
  const metricLabel = metricInfo(grid.metric, o.locale).label;
  const body = metricFormat(grid.metric, {
    periodUnit: o.model.assumptions.periodUnit,
    currency: o.model.assumptions.currency,
  });
  // A live formula echoes the multipliers it was given: they read as "80% of current".
  const live = o.mode === "formulas" && grid.mode === "scale";
  const xFormat = live ? ofCurrentFormat(grid.x.values) : x.format;
  if (y === null || grid.y === null) {
    const row = grid.values[0] ?? [];
    const cells: CellWrite[][] = [
      [x.title, metricLabel],
      ...x.values.map((value, j) => [value, row[j] ?? null]),
    ];
    const formats = [[null, null], ...x.values.map(() => [xFormat, body])];
    return { cells, formats };
  }
  const yFormat = live ? ofCurrentFormat(grid.y.values) : y.format;
  const cells: CellWrite[][] = [
    [metricLabel, ...x.values],
    ...y.values.map((value, i) => [value, ...x.values.map((_, j) => grid.values[i]?.[j] ?? null)]),
  ];
  const formats = [
    [null, ...x.values.map(() => xFormat)],
    ...y.values.map(() => [yFormat, ...x.values.map(() => body)]),
  ];
  return { cells, formats };
}

/** The table (values, or one live formula spilling over it) and the axis titles of a two-way grid. */
function tableBlocks(
  o: WriteSensitivityOptions,
  layout: Layout,
  x: ShownAxis,
  y: ShownAxis | null
): Block[] {
  const table = gridTable(o, x, y);
  const blocks: Block[] = [
    o.mode === "formulas"
      ? {
          row: layout.table.row,
          column: layout.table.column,
          cells: [[{ formula: liveFormula(o) }]],
          spill: { rows: layout.table.rows, columns: layout.table.columns },
          cellFormats: table.formats,
        }
      : {
          row: layout.table.row,
          column: layout.table.column,
          cells: table.cells,
          cellFormats: table.formats,
        },
  ];
  if (y !== null) {
    const t = sheetText(o.locale);
    blocks.push(
      {
        row: layout.axisTitleRow,
        column: 2,
        cells: [[t.sensitivity.acrossTitle(x.title)]],
        style: { bold: true, italic: true },
      },
      {
        row: layout.body.row,
        column: 0,
        cells: [[t.sensitivity.downTitle(y.title)]],
        style: { bold: true, italic: true, wrap: true },
      }
    );
  }
  return blocks;
}

/** The baseline cell outlined (when the grid has one), and the note saying so. */
function baselineMarks(
  o: WriteSensitivityOptions,
  layout: Layout,
  x: ShownAxis,
  y: ShownAxis | null
) {
  const { grid, model } = o;
  const jx = baselineIndex(grid.x, x, model, grid);
  const iy = grid.y === null || y === null ? 0 : baselineIndex(grid.y, y, model, grid);
  const highlights =
    jx >= 0 && iy >= 0
      ? [
          layout.twoWay
            ? { row: layout.body.row + iy, column: layout.body.column + jx, fill: COLORS.baseline }
            : { row: layout.body.row + jx, column: layout.body.column, fill: COLORS.baseline },
        ]
      : [];
  const t = sheetText(o.locale);
  const note = noteBlock(
    layout.table.row + layout.table.rows + 1,
    1,
    highlights.length > 0 ? t.sensitivity.outlined : t.sensitivity.noBaseline
  );
  return { highlights, note };
}

/** The sensitivity sheet as a plan (pure). */
export function buildSensitivityPlan(
  target: { name: string; replace: boolean },
  o: WriteSensitivityOptions
): SheetPlan {
  const { grid, model } = o;
  const layout = sensitivityLayout(grid);
  const x = shownAxis(grid.x, model, grid, o.locale);
  const y = grid.y === null ? null : shownAxis(grid.y, model, grid, o.locale);
  const marks = baselineMarks(o, layout, x, y);
  const blocks = [...setupBlocks(o, layout, x, y), ...tableBlocks(o, layout, x, y), marks.note];
  const info = metricInfo(grid.metric, o.locale);
  // Where a lower figure is better (CAC, payback) the heat map runs green (low) to red (high).
  const colorScale: ColorScale = {
    ...layout.body,
    low: info.lowerIsBetter ? COLORS.heatHigh : COLORS.heatLow,
    mid: COLORS.heatMid,
    high: info.lowerIsBetter ? COLORS.heatLow : COLORS.heatHigh,
  };
  const t = sheetText(o.locale);
  const counted = (axis: ShownAxis): string =>
    `${axis.title}${t.common.paren(t.count(axis.values.length, "value"))}`;
  const run = t.sensitivity.run(
    info.label,
    counted(x),
    y === null ? null : counted(y),
    o.mode === "formulas"
  );
  return assemblePlan(
    target,
    {
      analysis: "sensitivity",
      title: t.sensitivity.title(info.label),
      locale: o.locale,
      run,
      question: question(grid),
      now: o.now,
      version: o.version,
      inputs: o.inputs,
      warnings: o.warnings,
    },
    {
      blocks,
      colorScales: [colorScale],
      highlights: marks.highlights,
      freeze: longTableFreeze(layout.table.row, layout.table.column + 1, layout.table.rows - 1),
      definitions: [{ figure: info.field as DefinedFigure, label: info.label }],
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
  const target = outputTarget(
    info,
    "sensitivity",
    sheetNames.sensitivity(o.model, o.grid.metric, o.grid.x.driver, o.grid.y?.driver ?? null),
    o
  );
  const plan = buildSensitivityPlan(target, o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
