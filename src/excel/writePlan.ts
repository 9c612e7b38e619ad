/**
 * Applying a `SheetPlan` through Office.js (the rules are in src/workbook/port.ts). The blocks are
 * split into parts of at most `maxBlockCells` cells, and the parts grouped into requests of at most
 * `maxRequestBytes` (Excel on the web refuses requests over 5 MB); each request is one
 * `context.sync()`. A plan that fits one request — a 101 × 101 sensitivity grid does — is written
 * with a single sync: the sheet, its cells, formats, tables, heat map, highlights and charts.
 */
import { cellRef, sheetRef } from "../workbook/a1";
import { blockRect, checkPlan, formatAt, planExtent, splitBlock } from "../workbook/blocks";
import type {
  Block,
  BlockStyle,
  ChartPlan,
  NumberFormat,
  PageSetup,
  Rect,
  SheetPlan,
  WrittenSheet,
} from "../workbook/port";
import { utf8Length } from "../workbook/text";
import { toExcelInput } from "./cells";
import type { SheetContents } from "./inspect";
import type { ExcelRun } from "./run";

export interface WriteLimits {
  /** Most cells per written block part. */
  maxBlockCells: number;
  /** Most estimated bytes (UTF-8) of cell data per request. */
  maxRequestBytes: number;
}

/** Cell data per request: well under the 5 MB limit, leaving room for the commands around it. */
export const DEFAULT_LIMITS: WriteLimits = {
  maxBlockCells: 20000,
  maxRequestBytes: 3 * 1024 * 1024,
};

const CHART_TYPES: Record<ChartPlan["type"], "Line" | "BarClustered" | "ColumnClustered"> = {
  line: "Line",
  barClustered: "BarClustered",
  columnClustered: "ColumnClustered",
};

/** Excel's column width unit is the point; plans give widths in characters of the default font. */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function rangeAt(sheet: Excel.Worksheet, rect: Rect): Excel.Range {
  return sheet.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns);
}

/** One block part as what Office.js is given: its range, the formulas input and the formats. */
interface PreparedPart {
  rect: Rect;
  formulas: (string | number | boolean)[][] | null;
  formats: (NumberFormat | null)[][] | null;
  bytes: number;
}

function prepare(part: Block): PreparedPart {
  const rect = blockRect(part);
  const spill = part.spill !== undefined;
  const formulas = spill ? null : part.cells.map((row) => row.map(toExcelInput));
  let anyFormat = false;
  const formats = Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.columns }, (_, c) => {
      const format = formatAt(part, r, c);
      if (format !== null) anyFormat = true;
      return format;
    })
  );
  // The limit is on the request's bytes (UTF-8): `€` or `中` count 3, not 1.
  const bytes =
    utf8Length(JSON.stringify(formulas ?? part.cells)) +
    (anyFormat ? utf8Length(JSON.stringify(formats)) : 0);
  return { rect, formulas, formats: anyFormat ? formats : null, bytes };
}

/** Parts grouped into requests under the byte limit (a part bigger than the limit goes alone). */
function groupParts(parts: PreparedPart[], maxBytes: number): PreparedPart[][] {
  const groups: PreparedPart[][] = [[]];
  let bytes = 0;
  for (const part of parts) {
    const current = groups[groups.length - 1];
    if (current.length > 0 && bytes + part.bytes > maxBytes) {
      groups.push([part]);
      bytes = part.bytes;
    } else {
      current.push(part);
      bytes += part.bytes;
    }
  }
  return groups;
}

function writePart(sheet: Excel.Worksheet, part: PreparedPart): void {
  const range = rangeAt(sheet, part.rect);
  // Formats first: a value lands in a cell that already shows it the right way.
  if (part.formats !== null) range.numberFormat = part.formats;
  if (part.formulas !== null) range.formulas = part.formulas;
}

function writeSpill(sheet: Excel.Worksheet, block: Block): void {
  const cell = sheet.getRangeByIndexes(block.row, block.column, 1, 1);
  cell.formulas = [[toExcelInput(block.cells[0]?.[0] ?? null)]];
}

function applyStyle(range: Excel.Range, style: BlockStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontalAlignment !== undefined) {
    format.horizontalAlignment =
      style.horizontalAlignment === "left"
        ? "Left"
        : style.horizontalAlignment === "center"
          ? "Center"
          : "Right";
  }
  const edges: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight")[] =
    style.border === "bottom"
      ? ["EdgeBottom"]
      : style.border === "top"
        ? ["EdgeTop"]
        : style.border === "box"
          ? ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"]
          : [];
  for (const edge of edges) format.borders.getItem(edge).style = "Continuous";
}

function addChart(sheet: Excel.Worksheet, chart: ChartPlan): void {
  const [first, ...rest] = chart.series;
  if (first === undefined) return;
  const categories = rangeAt(sheet, chart.categories);
  const added = sheet.charts.add(CHART_TYPES[chart.type], rangeAt(sheet, first.values), "Auto");
  added.title.text = chart.title;
  added.legend.position = "Bottom";
  const firstSeries = added.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const plan of rest) {
    const series = added.series.add(plan.name);
    series.setValues(rangeAt(sheet, plan.values));
    series.setXAxisValues(categories);
  }
  if (chart.overlap !== undefined) firstSeries.overlap = chart.overlap;
  if (chart.gapWidth !== undefined) firstSeries.gapWidth = chart.gapWidth;
  const { categoryAxis, valueAxis } = added.axes;
  if (chart.xAxisTitle !== undefined) categoryAxis.title.text = chart.xAxisTitle;
  if (chart.yAxisTitle !== undefined) valueAxis.title.text = chart.yAxisTitle;
  if (chart.valueFormat !== undefined) valueAxis.numberFormat = chart.valueFormat;
  if (chart.reverseCategories === true) categoryAxis.reversePlotOrder = true;
  if (chart.crossesAt !== undefined) {
    valueAxis.setPositionAt(chart.crossesAt);
    categoryAxis.tickLabelPosition = "Low";
  }
  const { anchor } = chart;
  added.setPosition(
    cellRef(anchor.row, anchor.column),
    cellRef(anchor.row + anchor.rows - 1, anchor.column + anchor.columns - 1)
  );
}

/** Everything but the cells: tables, styles, widths, heat maps, highlights, charts, freeze panes. */
function finish(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    const rect = blockRect(block);
    if (block.style !== undefined) applyStyle(rangeAt(sheet, rect), block.style);
    if (block.headerStyle !== undefined)
      applyStyle(rangeAt(sheet, { ...rect, rows: 1 }), block.headerStyle);
  }
  for (const table of plan.tables ?? []) {
    const added = sheet.tables.add(rangeAt(sheet, table), true);
    added.name = table.name;
    added.style = table.style;
  }
  for (const { column, width } of plan.columnWidths ?? [])
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = charactersToPoints(width);
  for (const scale of plan.colorScales ?? []) {
    const format = rangeAt(sheet, scale).conditionalFormats.add("ColorScale");
    format.colorScale.criteria = {
      minimum: { type: "LowestValue", color: scale.low },
      midpoint: { formula: "50", type: "Percentile", color: scale.mid },
      maximum: { type: "HighestValue", color: scale.high },
    };
  }
  for (const highlight of plan.highlights ?? []) {
    applyStyle(sheet.getRangeByIndexes(highlight.row, highlight.column, 1, 1), {
      fill: highlight.fill,
      bold: true,
      border: "box",
    });
  }
  for (const chart of plan.charts ?? []) addChart(sheet, chart);
  if (plan.freeze !== undefined && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    if (columns === 0) sheet.freezePanes.freezeRows(rows);
    else if (rows === 0) sheet.freezePanes.freezeColumns(columns);
    else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  }
  if (plan.page !== undefined) applyPage(sheet, plan.page);
  sheet.activate();
}

/**
 * Print set-up through `worksheet.pageLayout` (ExcelApi 1.9, within the manifest's requirement):
 * the orientation, and the zoom set as one object (the docs: "must be set as a JSON object").
 * Only `horizontalFitToPages` is given: the docs do not say what a `verticalFitToPages` of 0
 * means, so the height is left to Excel (docs/excel.md, "Print set-up").
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
 */
function applyPage(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: page.fitToPagesWide };
}

/** Empty one of our sheets in place (formulas elsewhere that refer to it keep working). */
function clearOwnSheet(sheet: Excel.Worksheet, contents: SheetContents): void {
  for (const table of contents.tables) sheet.tables.getItem(table).delete();
  for (const chart of contents.charts) sheet.charts.getItem(chart).delete();
  const everything = sheet.getRange();
  everything.conditionalFormats.clearAll();
  everything.clear();
  sheet.freezePanes.unfreeze();
}

/** What a sheet holds that clearing must remove, when `inspect()` did not note it. */
async function loadContents(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet
): Promise<SheetContents> {
  const charts = sheet.charts.load("items/name");
  const tables = sheet.tables.load("items/name");
  await context.sync();
  return { charts: charts.items.map((c) => c.name), tables: tables.items.map((t) => t.name) };
}

/**
 * Write a plan: a new sheet (`replace: false`, placed last) or one of our sheets emptied in place
 * (`replace: true`). `known` is what `inspect()` noted about that sheet; without it one more round
 * trip finds the charts and tables to remove.
 */
export async function writePlan(
  run: ExcelRun,
  plan: SheetPlan,
  limits: WriteLimits,
  known: SheetContents | undefined
): Promise<WrittenSheet> {
  checkPlan(plan);
  const parts = plan.blocks
    .flatMap((block) => (block.spill !== undefined ? [] : splitBlock(block, limits.maxBlockCells)))
    .map(prepare);
  const spills = plan.blocks.filter((block) => block.spill !== undefined);
  const spillFormats = spills.map(prepare).filter((part) => part.formats !== null);
  const groups = groupParts(
    [...parts, ...spillFormats.map((part) => ({ ...part, formulas: null }))],
    limits.maxRequestBytes
  );
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    let sheet: Excel.Worksheet;
    if (plan.replace) {
      sheet = worksheets.getItem(plan.name);
      clearOwnSheet(sheet, known ?? (await loadContents(context, sheet)));
    } else {
      sheet = worksheets.add(plan.name);
    }
    for (const [index, group] of groups.entries()) {
      for (const part of group) writePart(sheet, part);
      // One request per group of blocks: that is the point of the split (each stays under 5 MB).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      if (index < groups.length - 1) await context.sync();
    }
    for (const block of spills) writeSpill(sheet, block);
    finish(sheet, plan);
    await context.sync();
    return { name: plan.name, address: sheetRef(plan.name, planExtent(plan)) };
  });
}
