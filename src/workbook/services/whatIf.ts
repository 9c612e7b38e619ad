/**
 * The sheet of a what-if run over the user's own cells (docs/whatif.md): set-up (output and
 * inputs with their labels, addresses and values before the run), then the one- or two-way table
 * in Excel's data-table layout (real input values on the axes), the tornado table and chart, or
 * the goal-seek answer; points that could not be computed; the audit block at A1. Formats are
 * the cells' own (General or scientific → a plain number format).
 */
import { checkPlan } from "../blocks";
import type {
  Block,
  CellWrite,
  ChartPlan,
  ColorScale,
  NumberFormat,
  SheetPlan,
  WorkbookPort,
  WrittenSheet,
} from "../port";
import type { CellInfo, Point, WhatIfResult } from "../whatIf/types";
import { outputTarget, sheetNames } from "./sheetNames";
import { assemblePlan, BODY_ROW, COLORS, headerRow, noteBlock, sectionTitle } from "./layout";
import { sheetText, type SheetText } from "./sheetText";
import type { Locale } from "../../model";
import { reasonIn } from "../messages";

/** A number format for a plain number when the cell's own cannot be used. */
export const PLAIN_FORMAT: NumberFormat = "#,##0.00##";

export interface WriteWhatIfOptions {
  result: WhatIfResult;
  now: Date;
  version: string;
  sheetName?: string;
  /** Replace the newest what-if sheet the add-in still owns instead of adding a new one. */
  replace?: boolean;
  /** The language of every text of the sheet; English by default. */
  locale?: Locale;
}

/** The cell's format, unless it is General, text or scientific. */
export function cellFormat(info: CellInfo): NumberFormat {
  const format = info.numberFormat.trim();
  if (format === "" || /^general$/i.test(format) || format === "@" || /E[+-]/i.test(format))
    return PLAIN_FORMAT;
  return format;
}

/** `Price (Inputs!B1)`, or the address alone when the cell has no label. */
export function cellWords(info: CellInfo): string {
  return info.label === null ? info.cell : `${info.label} (${info.cell})`;
}

function shortName(info: CellInfo): string {
  return info.label ?? info.cell;
}

function valueCell(value: CellInfo["value"]): CellWrite {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value;
  return value === null ? null : value.error;
}

function pointText(point: Point, inputs: readonly CellInfo[], t: SheetText): string {
  return point
    .map(({ cell, value }) => {
      const info = inputs.find((input) => input.cell.toLowerCase() === cell.toLowerCase());
      return `${info ? shortName(info) : cell} = ${value === null ? t.whatIf.empty : String(value)}`;
    })
    .join(t.simulation.listSeparator);
}

function setUpBlocks(result: WhatIfResult, t: SheetText): Block[] {
  const roles = t.whatIf.roles;
  const rows: [string, CellInfo][] = [
    [roles.output, result.output],
    ...result.inputs.map((info, i): [string, CellInfo] => [
      result.request.kind === "table" ? (i === 0 ? roles.x : roles.y) : roles.input,
      info,
    ]),
  ];
  return [
    sectionTitle(BODY_ROW, 0, t.common.setUp),
    headerRow(BODY_ROW + 1, 0, t.whatIf.setUpHeaders),
    {
      row: BODY_ROW + 2,
      column: 0,
      cells: rows.map(([role, info]) => [
        role,
        info.label ?? t.whatIf.noLabel,
        info.cell,
        valueCell(info.value),
      ]),
      cellFormats: rows.map(([, info]) => [null, null, null, cellFormat(info)]),
    },
  ];
}

interface Body {
  blocks: Block[];
  charts?: ChartPlan[];
  colorScales?: ColorScale[];
  highlights?: SheetPlan["highlights"];
}

/** Where the axis holds the input's value before the run (the baseline), or -1. */
function baselineIndex(values: readonly number[], info: CellInfo): number {
  return typeof info.value === "number" ? values.indexOf(info.value) : -1;
}

function tableBody(result: WhatIfResult, top: number, t: SheetText): Body {
  const table = result.table;
  if (table === undefined) return { blocks: [] };
  const [xInfo, yInfo] = result.inputs;
  const out = cellFormat(result.output);
  const title = t.whatIf.by(
    shortName(result.output),
    shortName(xInfo),
    table.y === null ? null : shortName(yInfo)
  );
  if (table.y === null) {
    const base = baselineIndex(table.x, xInfo);
    return {
      highlights: base < 0 ? [] : [{ row: top + 2 + base, column: 1, fill: COLORS.baseline }],
      blocks: [
        sectionTitle(top, 0, title),
        headerRow(top + 1, 0, [shortName(xInfo), shortName(result.output)]),
        {
          row: top + 2,
          column: 0,
          cells: table.x.map((x, j) => [x, table.values[0][j]]),
          columnFormats: [cellFormat(xInfo), out],
        },
      ],
    };
  }
  const ys = table.y;
  const corner = `${shortName(yInfo)} ↓ · ${shortName(xInfo)} →`;
  const body: ColorScale = {
    row: top + 2,
    column: 1,
    rows: ys.length,
    columns: table.x.length,
    low: COLORS.heatLow,
    mid: COLORS.heatMid,
    high: COLORS.heatHigh,
  };
  const baseX = baselineIndex(table.x, xInfo);
  const baseY = baselineIndex(ys, yInfo);
  return {
    highlights:
      baseX < 0 || baseY < 0
        ? []
        : [{ row: top + 2 + baseY, column: 1 + baseX, fill: COLORS.baseline }],
    blocks: [
      sectionTitle(top, 0, title),
      {
        ...headerRow(top + 1, 0, [corner]),
        style: { bold: true, fill: COLORS.headerFill, wrap: true },
      },
      {
        row: top + 1,
        column: 1,
        cells: [table.x],
        numberFormat: cellFormat(xInfo),
        style: { bold: true, fill: COLORS.headerFill, border: "bottom" },
      },
      {
        row: top + 2,
        column: 0,
        cells: ys.map((y) => [y]),
        numberFormat: cellFormat(yInfo),
        style: { bold: true },
      },
      { row: top + 2, column: 1, cells: table.values, numberFormat: out },
    ],
    colorScales: [body],
  };
}

function tornadoBody(result: WhatIfResult, top: number, t: SheetText): Body {
  const rows = result.tornado ?? [];
  const out = cellFormat(result.output);
  const infoOf = (cell: string): CellInfo =>
    result.inputs.find((info) => info.cell.toLowerCase() === cell.toLowerCase()) ??
    result.inputs[0];
  const first = top + 2;
  const blocks: Block[] = [
    sectionTitle(top, 0, t.whatIf.tornadoTitle(shortName(result.output))),
    headerRow(top + 1, 0, t.whatIf.tornadoHeaders),
  ];
  if (rows.length > 0)
    blocks.push({
      row: first,
      column: 0,
      cells: rows.map((row) => [
        shortName(infoOf(row.cell)),
        row.cell,
        row.low,
        row.high,
        row.atLow,
        row.atHigh,
        row.swing,
      ]),
      cellFormats: rows.map((row) => {
        const input = cellFormat(infoOf(row.cell));
        return [null, null, input, input, out, out, out];
      }),
    });
  const base = typeof result.base === "number" ? result.base : null;
  const charts: ChartPlan[] =
    rows.length === 0
      ? []
      : [
          {
            type: "barClustered",
            title: t.whatIf.tornadoChart(shortName(result.output)),
            categories: { row: first, column: 0, rows: rows.length, columns: 1 },
            series: [
              {
                name: t.whatIf.tornadoHeaders[4] as string,
                values: { row: first, column: 4, rows: rows.length, columns: 1 },
              },
              {
                name: t.whatIf.tornadoHeaders[5] as string,
                values: { row: first, column: 5, rows: rows.length, columns: 1 },
              },
            ],
            yAxisTitle: shortName(result.output),
            valueFormat: out,
            anchor: { row: BODY_ROW, column: 8, rows: Math.max(16, rows.length + 6), columns: 8 },
            ...(base === null ? {} : { crossesAt: base }),
            reverseCategories: true,
            overlap: 100,
            gapWidth: 40,
          },
        ];
  return { blocks, charts };
}

function goalSeekBody(result: WhatIfResult, top: number, t: SheetText): Body {
  const seek = result.goalSeek;
  if (seek === undefined) return { blocks: [] };
  const input = result.inputs[0];
  const inFormat = cellFormat(input);
  const out = cellFormat(result.output);
  const l = t.whatIf.goalSeekLabels;
  const rows: [string, CellWrite, CellWrite, NumberFormat | null][] = [
    [l.target, seek.target, null, out],
    [l.interval, seek.low, seek.high, inFormat],
    seek.value === null
      ? [l.answer, t.whatIf.noAnswer(shortName(result.output)), null, null]
      : [l.answer, seek.value, null, inFormat],
    [l.atAnswer, seek.outputAtValue, null, out],
    [l.step, seek.step?.[0] ?? null, seek.step?.[1] ?? null, inFormat],
    [l.smallest, seek.min, null, out],
    [l.largest, seek.max, null, out],
  ];
  return {
    blocks: [
      sectionTitle(top, 0, t.whatIf.goalSeekTitle(shortName(input), shortName(result.output))),
      {
        row: top + 1,
        column: 0,
        cells: rows.map(([label, a, b]) => [label, a, b]),
        cellFormats: rows.map(([, , , format]) => [null, format, format]),
      },
      noteBlock(top + 1 + rows.length, 0, t.whatIf.scanNote),
    ],
  };
}

function failureBlocks(
  result: WhatIfResult,
  top: number,
  t: SheetText,
  locale: Locale | undefined
): Block[] {
  if (result.failures.length === 0) return [];
  return [
    sectionTitle(top, 0, t.whatIf.notComputed),
    headerRow(top + 1, 0, t.whatIf.failureHeaders),
    {
      row: top + 2,
      column: 0,
      cells: result.failures.map((failure) => [
        pointText(failure.point, result.inputs, t),
        reasonIn(failure.reason, locale),
      ]),
    },
  ];
}

function lastRow(blocks: readonly Block[]): number {
  return blocks.reduce((end, block) => Math.max(end, block.row + block.cells.length), 0);
}

function warningsOf(result: WhatIfResult, t: SheetText): { message: string }[] {
  const warnings: { message: string }[] = [];
  if (result.flat) {
    const inputs = result.inputs.map((i) => i.cell).join(t.simulation.listSeparator);
    warnings.push({ message: t.whatIf.flat(result.output.cell, inputs) });
  }
  if (result.failures.length > 0)
    warnings.push({ message: t.whatIf.failed(t.count(result.failures.length, "point")) });
  return warnings;
}

function runWords(result: WhatIfResult, t: SheetText): string {
  const points = t.whatIf.pointsIn(
    t.count(result.points, "point"),
    t.count(result.batches, "round trip")
  );
  const output = cellWords(result.output);
  switch (result.request.kind) {
    case "table":
      return t.whatIf.run(result.table?.y === null ? "one" : "two", output, points, "");
    case "tornado":
      return t.whatIf.run("tornado", output, points, t.count(result.inputs.length, "input"));
    default:
      return t.whatIf.run("goalSeek", output, points, cellWords(result.inputs[0]));
  }
}

/** The what-if sheet as a plan (pure). */
export function buildWhatIfPlan(
  target: { name: string; replace: boolean },
  o: WriteWhatIfOptions
): SheetPlan {
  const { result } = o;
  const t = sheetText(o.locale);
  const setUp = setUpBlocks(result, t);
  const top = lastRow(setUp) + 1;
  const body =
    result.request.kind === "table"
      ? tableBody(result, top, t)
      : result.request.kind === "tornado"
        ? tornadoBody(result, top, t)
        : goalSeekBody(result, top, t);
  const blocks = [...setUp, ...body.blocks];
  blocks.push(...failureBlocks(result, lastRow(blocks) + 1, t, o.locale));
  return assemblePlan(
    target,
    {
      analysis: "what-if",
      title: t.whatIf.title(shortName(result.output)),
      locale: o.locale,
      run: runWords(result, t),
      now: o.now,
      version: o.version,
      inputs: {},
      inputsText: [result.output, ...result.inputs].map(cellWords).join("; "),
      warnings: warningsOf(result, t),
    },
    {
      blocks,
      charts: body.charts,
      colorScales: body.colorScales,
      highlights: body.highlights,
      definitions: [],
      periodUnit: "month",
    }
  );
}

/** Write the what-if sheet (replaces our earlier one, never a user's sheet). */
export async function writeWhatIf(
  port: WorkbookPort,
  o: WriteWhatIfOptions
): Promise<WrittenSheet> {
  const info = await port.inspect();
  const target = outputTarget(info, "what-if", sheetNames.whatIf(shortName(o.result.output)), o);
  const plan = buildWhatIfPlan(target, o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
