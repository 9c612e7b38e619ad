/**
 * The results sheet (`Results`): channel summary (the GTM.MODEL columns, with a Total row), segment
 * summary, launch revenue and the customers lost to capacity and saturation, per-period series by
 * channel (first column frozen when long), a chart by channel over time, and the audit block.
 */
import type { Locale, ModelResult, PeriodUnit } from "../../model";
import { metricLabelIn } from "../../model";
import { cellRef } from "../a1";
import { checkPlan } from "../blocks";
import { countFormat, moneyFormat } from "../formats";
import type {
  Block,
  CellWrite,
  ChartPlan,
  NumberFormat,
  ReadInputs,
  SheetPlan,
  WorkbookPort,
  WrittenSheet,
} from "../port";
import {
  CHANNEL_COLUMNS,
  columnFormats,
  columnLabel,
  figureFormat,
  rowCells,
  SEGMENT_COLUMNS,
  SERIES_GROUPS,
  seriesLabel,
} from "./columns";
import type { Money } from "./columns";
import type { DefinedFigure } from "./definitions";
import { formulaCall, inputRefs, textLiteral } from "./formulas";
import {
  assemblePlan,
  BODY_ROW,
  HEADER_STYLE,
  headerRow,
  longTableFreeze,
  noteBlock,
  sectionTitle,
} from "./layout";
import { outputTarget, sheetNames } from "./sheetNames";
import { sheetText } from "./sheetText";
import type { WriteResultsOptions } from "./types";

/** Rows kept free below a live GTM.MODEL spill, so added channels do not collide with what follows. */
export const LIVE_SPARE_ROWS = 10;

const CHART_ROWS = 18;
const CHART_COLUMNS = 8;

/** Layout of the series section, shared by the plan and the chart. */
export function seriesLayout(start: number, channels: number, horizon: number) {
  const groupWidth = channels + 2;
  return {
    titleRow: start,
    headerRow: start + 1,
    firstDataRow: start + 2,
    groupColumn: (g: number): number => 1 + g * groupWidth,
    width: 1 + SERIES_GROUPS.length * groupWidth - 1,
    end: start + 2 + horizon,
  };
}

/**
 * A live channel summary: `=GTM.MODEL(channels, segments, mix, assumptions)` at (top, A), its spill
 * (header, one row per channel, Total, and `LIVE_SPARE_ROWS` for added channels) formatted ahead.
 */
export function liveSummaryBlocks(
  top: number,
  inputs: ReadInputs,
  channels: number,
  formats: (NumberFormat | null)[],
  locale: Locale = "en"
): { blocks: Block[]; end: number } {
  const refs = inputRefs(inputs);
  const formula = formulaCall("GTM.MODEL", [
    refs.channels,
    refs.segments,
    refs.mix,
    refs.assumptions,
  ]);
  const rows = channels + 2 + LIVE_SPARE_ROWS;
  return {
    blocks: [
      {
        row: top,
        column: 0,
        cells: [[{ formula }]],
        spill: { rows, columns: CHANNEL_COLUMNS.length },
        columnFormats: formats,
        headerStyle: HEADER_STYLE,
      },
      noteBlock(top + rows, 0, sheetText(locale).results.live),
    ],
    end: top + rows + 1,
  };
}

function summaryBlocks(
  o: WriteResultsOptions,
  money: Money,
  unit: PeriodUnit
): { blocks: Block[]; end: number } {
  const { result } = o;
  const formats = columnFormats(CHANNEL_COLUMNS, money, unit);
  const t = sheetText(o.locale);
  const blocks: Block[] = [sectionTitle(BODY_ROW, 0, t.results.channelSummary)];
  const top = BODY_ROW + 1;
  if (o.mode === "formulas") {
    const live = liveSummaryBlocks(top, o.inputs, result.channels.length, formats, o.locale);
    return { blocks: [...blocks, ...live.blocks], end: live.end };
  }
  blocks.push(
    headerRow(
      top,
      0,
      CHANNEL_COLUMNS.map((c) => columnLabel(c, o.locale))
    )
  );
  blocks.push({
    row: top + 1,
    column: 0,
    cells: result.channels.map((r) => rowCells(CHANNEL_COLUMNS, r)),
    columnFormats: formats,
  });
  const totalRow = top + 1 + result.channels.length;
  blocks.push({
    row: totalRow,
    column: 0,
    cells: [rowCells(CHANNEL_COLUMNS, { ...result.total, name: t.common.total })],
    columnFormats: formats,
    style: { bold: true, border: "top" },
  });
  return { blocks, end: totalRow + 1 };
}

function segmentBlocks(
  o: WriteResultsOptions,
  start: number,
  money: Money,
  unit: PeriodUnit
): { blocks: Block[]; end: number } {
  const segments = o.result.segments;
  const t = sheetText(o.locale);
  const blocks: Block[] = [
    sectionTitle(start, 0, t.results.segmentSummary),
    headerRow(
      start + 1,
      0,
      SEGMENT_COLUMNS.map((c) => columnLabel(c, o.locale))
    ),
  ];
  blocks.push({
    row: start + 2,
    column: 0,
    cells: segments.map((s) => rowCells(SEGMENT_COLUMNS, s)),
    columnFormats: columnFormats(SEGMENT_COLUMNS, money, unit),
  });
  let end = start + 2 + segments.length;
  if (o.mode === "formulas") {
    blocks.push(noteBlock(end, 0, t.results.segmentsSnapshot));
    end++;
  }
  return { blocks, end };
}

/** The launch and the limits (spec §3): what the channel summary does not show, per channel and in total. */
export const LIMIT_COLUMNS: readonly {
  field: "launchRevenue" | "lostToCapacity" | "lostToSaturation";
  money: boolean;
}[] = [
  { field: "launchRevenue", money: true },
  { field: "lostToCapacity", money: false },
  { field: "lostToSaturation", money: false },
];

function limitBlocks(
  o: WriteResultsOptions,
  start: number,
  money: Money
): { blocks: Block[]; end: number } {
  const { result } = o;
  const t = sheetText(o.locale);
  const formats = [null, ...LIMIT_COLUMNS.map((c) => (c.money ? money(0) : countFormat(1)))];
  const line = (row: ModelResult["total"], name: string): CellWrite[] => [
    name,
    ...LIMIT_COLUMNS.map((c) => row[c.field]),
  ];
  const top = start + 2;
  const totalRow = top + result.channels.length;
  const blocks: Block[] = [
    sectionTitle(start, 0, t.results.limits),
    headerRow(start + 1, 0, [
      t.common.channel,
      ...LIMIT_COLUMNS.map((c) => t.results.limitHeaders[c.field]),
    ]),
    {
      row: top,
      column: 0,
      cells: result.channels.map((c) => line(c, c.name)),
      columnFormats: formats,
    },
    {
      row: totalRow,
      column: 0,
      cells: [line(result.total, t.common.total)],
      columnFormats: formats,
      style: { bold: true, border: "top" },
    },
  ];
  let end = totalRow + 1;
  if (o.mode === "formulas") {
    blocks.push(noteBlock(end, 0, t.results.limitsSnapshot));
    end++;
  }
  return { blocks, end };
}

function seriesBlocks(o: WriteResultsOptions, start: number, money: Money): Block[] {
  const { result } = o;
  const unit = result.periodUnit;
  const k = result.channels.length;
  const layout = seriesLayout(start, k, result.horizon);
  const t = sheetText(o.locale);
  const blocks: Block[] = [
    sectionTitle(layout.titleRow, 0, t.period.by(unit)),
    headerRow(layout.headerRow, 0, [t.period.title(unit)]),
    {
      row: layout.firstDataRow,
      column: 0,
      cells: Array.from({ length: result.horizon }, (_, i) => [t.period.label(unit, i + 1)]),
    },
  ];
  const refs = o.mode === "formulas" ? inputRefs(o.inputs) : null;
  SERIES_GROUPS.forEach((group, g) => {
    const col = layout.groupColumn(g);
    const format = figureFormat(group.presentation, money, unit);
    const names = [...result.channels.map((c) => c.name), t.common.total];
    blocks.push({
      row: layout.titleRow,
      column: col,
      cells: [[seriesLabel(group, o.locale)]],
      style: { bold: true },
    });
    blocks.push(headerRow(layout.headerRow, col, names));
    if (refs === null) {
      const series = [
        ...result.periods.channels.map((p) => p[group.field]),
        result.periods.total[group.field],
      ];
      const cells = Array.from({ length: result.horizon }, (_, t) =>
        series.map((s) => s[t] ?? null)
      );
      blocks.push({ row: layout.firstDataRow, column: col, cells, numberFormat: format });
      return;
    }
    names.forEach((_, j) => {
      const channelArg = j < k ? cellRef(layout.headerRow, col + j, true) : null;
      const formula = formulaCall("GTM.SERIES", [
        refs.channels,
        refs.segments,
        textLiteral(group.field),
        channelArg,
        refs.mix,
        refs.assumptions,
      ]);
      blocks.push({
        row: layout.firstDataRow,
        column: col + j,
        cells: [[{ formula }]],
        spill: { rows: result.horizon, columns: 1 },
        numberFormat: format,
      });
    });
  });
  return blocks;
}

/** The chart sits between the segment summary and the series, as wide as the channel summary. */
function chartPlan(
  o: WriteResultsOptions,
  chartRow: number,
  seriesStart: number,
  money: Money
): ChartPlan {
  const { result } = o;
  const metric = o.chartMetric ?? "revenue";
  const g = SERIES_GROUPS.findIndex((group) => group.field === metric);
  const group = SERIES_GROUPS[g] as (typeof SERIES_GROUPS)[number];
  const layout = seriesLayout(seriesStart, result.channels.length, result.horizon);
  const t = sheetText(o.locale);
  const label = seriesLabel(group, o.locale);
  return {
    type: "line",
    title: t.results.byChannel(label),
    categories: { row: layout.firstDataRow, column: 0, rows: result.horizon, columns: 1 },
    series: result.channels.map((channel, j) => ({
      name: channel.name,
      values: {
        row: layout.firstDataRow,
        column: layout.groupColumn(g) + j,
        rows: result.horizon,
        columns: 1,
      },
    })),
    xAxisTitle: t.period.title(result.periodUnit),
    yAxisTitle: label,
    valueFormat: figureFormat(group.presentation, money, result.periodUnit),
    anchor: { row: chartRow, column: 0, rows: CHART_ROWS, columns: CHART_COLUMNS },
  };
}

function runText(o: WriteResultsOptions, result: ModelResult): string {
  const t = sheetText(o.locale);
  return t.results.run(
    o.mode === "formulas",
    t.count(result.channels.length, "channel"),
    t.count(result.segments.length, "segment"),
    t.count(result.horizon, result.periodUnit)
  );
}

/** The results sheet as a plan (pure). */
export function buildResultsPlan(
  target: { name: string; replace: boolean },
  o: WriteResultsOptions
): SheetPlan {
  const { result } = o;
  const unit = result.periodUnit;
  const money: Money = (decimals) => moneyFormat(o.model.assumptions.currency, decimals);
  const summary = summaryBlocks(o, money, unit);
  const segments = segmentBlocks(o, summary.end + 1, money, unit);
  const limits = limitBlocks(o, segments.end + 1, money);
  const chartRow = limits.end + 1;
  const seriesStart = chartRow + CHART_ROWS + 1;
  const figures = CHANNEL_COLUMNS.filter((c) => c.figure !== null).map((c) => ({
    figure: c.figure as DefinedFigure,
    label: columnLabel(c, o.locale),
  }));
  const english = (o.locale ?? "en") === "en";
  const limitHeaders = sheetText(o.locale).results.limitHeaders;
  figures.push(
    {
      figure: "activeCustomers",
      label: english ? "Active customers" : metricLabelIn("activeCustomers", o.locale),
    },
    { figure: "penetration", label: metricLabelIn("penetration", o.locale) },
    ...LIMIT_COLUMNS.map((c) => ({ figure: c.field, label: limitHeaders[c.field] }))
  );
  return assemblePlan(
    target,
    {
      analysis: "results",
      title: sheetText(o.locale).results.title,
      locale: o.locale,
      run: runText(o, result),
      now: o.now,
      version: o.version,
      inputs: o.inputs,
      warnings: o.warnings,
    },
    {
      blocks: [
        ...summary.blocks,
        ...segments.blocks,
        ...limits.blocks,
        ...seriesBlocks(o, seriesStart, money),
      ],
      charts: [chartPlan(o, chartRow, seriesStart, money)],
      freeze: longTableFreeze(
        seriesLayout(seriesStart, result.channels.length, result.horizon).headerRow,
        1,
        result.horizon
      ),
      definitions: figures,
      periodUnit: unit,
    }
  );
}

/** Write the results sheet: replaces our earlier one, never a user's sheet. */
export async function writeResults(
  port: WorkbookPort,
  o: WriteResultsOptions
): Promise<WrittenSheet> {
  const info = await port.inspect();
  const target = outputTarget(info, "results", sheetNames.results(), o);
  const plan = buildResultsPlan(target, o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
