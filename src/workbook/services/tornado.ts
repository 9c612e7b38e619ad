/**
 * A tornado sheet: the table (Driver, Low, Base, High, Swing; drivers in plain words) in tornado
 * order, and a clustered bar chart of Low and High with the category axis crossing at the base
 * value, so each bar grows from the base (left: down-side, right: up-side) and the value axis shows
 * the metric itself. Largest swing on top (`reverseCategories`), Low and High on one row
 * (`overlap: 100`).
 *
 * Hosts without charts (the exceljs command line) write the table and skip the chart.
 */
import { metricInfo, parseDriver, type Locale } from "../../model";
import type { TornadoResult } from "../../model";
import { checkPlan } from "../blocks";
import { metricFormat, scaleFormat } from "../formats";
import type {
  Block,
  ChartPlan,
  NumberFormat,
  SheetPlan,
  WorkbookPort,
  WrittenSheet,
} from "../port";
import type { DefinedFigure } from "./definitions";
import { driverWords } from "./labels";
import { assemblePlan, QUESTION_BODY_ROW, headerRow, noteBlock, sectionTitle } from "./layout";
import { outputTarget, sheetNames } from "./sheetNames";
import { sheetText } from "./sheetText";
import type { WriteTornadoOptions } from "./types";

/** `20%` or `12.5%` for headers. */
function percentText(share: number): string {
  const pct = Math.round(share * 1000) / 10;
  return `${pct}%`;
}

/** Cell layout shared by the plan and the tests. */
export function tornadoLayout(tornado: TornadoResult) {
  const header = QUESTION_BODY_ROW + 5;
  return {
    metricRow: QUESTION_BODY_ROW + 1,
    swingRow: QUESTION_BODY_ROW + 2,
    header,
    firstRow: header + 1,
    rows: tornado.rows.length,
  };
}

/** Column headers: `Driver`, `Low (−20%)`, `Base`, `High (+20%)`, `Swing`, `Driver in formulas`. */
export function tornadoHeaders(swing: number, locale: Locale = "en"): string[] {
  return sheetText(locale).tornado.headers(percentText(swing));
}

type Layout = ReturnType<typeof tornadoLayout>;

/** Set-up in words (the metric's name in the model's terms is in the audit's Question row) and the table. */
function tornadoBlocks(o: WriteTornadoOptions, layout: Layout, format: NumberFormat): Block[] {
  const { tornado, model } = o;
  const t = sheetText(o.locale);
  const label = metricInfo(tornado.metric, o.locale).label;
  const blocks: Block[] = [
    sectionTitle(QUESTION_BODY_ROW, 0, t.common.setUp),
    {
      row: layout.metricRow,
      column: 0,
      cells: [[t.common.metric], [t.tornado.swing]],
      style: { bold: true },
    },
    { row: layout.metricRow, column: 1, cells: [[label]] },
    {
      row: layout.swingRow,
      column: 1,
      cells: [[tornado.swing]],
      numberFormat: scaleFormat([tornado.swing]),
    },
    {
      row: layout.swingRow,
      column: 2,
      cells: [[t.tornado.swingWords]],
    },
    sectionTitle(layout.header - 1, 0, t.tornado.title(label)),
    headerRow(layout.header, 0, tornadoHeaders(tornado.swing, o.locale)),
  ];
  if (tornado.rows.length > 0) {
    blocks.push({
      row: layout.firstRow,
      column: 0,
      cells: tornado.rows.map((row) => [
        driverWords(parseDriver(row.driver, model), model, o.locale),
        row.low,
        row.base,
        row.high,
        row.swing,
        row.driver,
      ]),
      columnFormats: [null, format, format, format, format, null],
    });
  }
  blocks.push(noteBlock(layout.firstRow + tornado.rows.length, 0, t.tornado.sorted));
  return blocks;
}

/** Low and High as bars from the base value, largest swing on top; none without rows. */
function tornadoChart(
  tornado: TornadoResult,
  layout: Layout,
  format: NumberFormat,
  locale: Locale | undefined
): ChartPlan[] {
  if (tornado.rows.length === 0) return [];
  const t = sheetText(locale);
  const label = metricInfo(tornado.metric, locale).label;
  const headers = tornadoHeaders(tornado.swing, locale);
  const rows = tornado.rows.length;
  const base = tornado.rows.find((row) => row.base !== null)?.base ?? null;
  const column = (c: number) => ({ row: layout.firstRow, column: c, rows, columns: 1 });
  return [
    {
      type: "barClustered",
      title: t.tornado.chart(label, percentText(tornado.swing)),
      categories: column(0),
      series: [
        { name: headers[1] as string, values: column(1) },
        { name: headers[3] as string, values: column(3) },
      ],
      yAxisTitle: label,
      valueFormat: format,
      anchor: { row: QUESTION_BODY_ROW, column: 7, rows: Math.max(16, rows + 6), columns: 9 },
      ...(base === null ? {} : { crossesAt: base }),
      reverseCategories: true,
      overlap: 100,
      gapWidth: 40,
    },
  ];
}

/** The tornado sheet as a plan (pure). */
export function buildTornadoPlan(
  target: { name: string; replace: boolean },
  o: WriteTornadoOptions
): SheetPlan {
  const { tornado, model } = o;
  const t = sheetText(o.locale);
  const label = metricInfo(tornado.metric, o.locale).label;
  const format = metricFormat(tornado.metric, {
    periodUnit: model.assumptions.periodUnit,
    currency: model.assumptions.currency,
  });
  const layout = tornadoLayout(tornado);
  const drivers = tornado.rows.map((row) => row.driver).join("; ");
  return assemblePlan(
    target,
    {
      analysis: "tornado",
      title: t.tornado.title(label),
      locale: o.locale,
      run: t.tornado.run(
        label,
        t.count(tornado.rows.length, "driver"),
        percentText(tornado.swing).replace("%", "")
      ),
      question: `GTM.TORNADO metric ${tornado.metric}; swing ${tornado.swing}; drivers ${drivers}`,
      now: o.now,
      version: o.version,
      inputs: o.inputs,
      warnings: o.warnings,
    },
    {
      blocks: tornadoBlocks(o, layout, format),
      charts: tornadoChart(tornado, layout, format, o.locale),
      definitions: [{ figure: metricInfo(tornado.metric).field as DefinedFigure, label }],
      periodUnit: model.assumptions.periodUnit,
    }
  );
}

/** Write the tornado sheet (replaces our earlier one, never a user's sheet). */
export async function writeTornado(
  port: WorkbookPort,
  o: WriteTornadoOptions
): Promise<WrittenSheet> {
  const info = await port.inspect();
  const target = outputTarget(info, "tornado", sheetNames.tornado(o.tornado.metric), o);
  const plan = buildTornadoPlan(target, o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
