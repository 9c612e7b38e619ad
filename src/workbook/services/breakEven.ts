/**
 * A break-even sheet (spec §7): the question (metric, target, driver, interval), the answer (the
 * driver's value and its bracketing step, or "no break-even" with the metric's range over the
 * interval), the metric at baseline, and the 101 points searched with a line chart of the metric
 * over the driver.
 */
import {
  FIELD_LABELS,
  formatNumber,
  metricInfo,
  parseDriver,
  BREAK_EVEN_POINTS,
} from "../../model";
import { checkPlan } from "../blocks";
import { fieldFormat, metricFormat } from "../formats";
import type { Block, ChartPlan, SheetPlan, WorkbookPort, WrittenSheet } from "../port";
import type { DefinedFigure } from "./definitions";
import { driverWords } from "./labels";
import {
  assemblePlan,
  QUESTION_BODY_ROW,
  headerRow,
  longTableFreeze,
  noteBlock,
  sectionTitle,
} from "./layout";
import { outputTarget, sheetNames } from "./sheetNames";
import { sheetText, type SheetText } from "./sheetText";
import type { WriteBreakEvenOptions } from "./types";

/** Cell layout shared by the plan and the tests. */
export function breakEvenLayout() {
  const setup = QUESTION_BODY_ROW + 1;
  const answer = setup + 6;
  return {
    metricRow: setup,
    targetRow: setup + 1,
    driverRow: setup + 2,
    lowRow: setup + 3,
    highRow: setup + 4,
    valueRow: answer,
    stepRow: answer + 1,
    baselineRow: answer + 2,
    minRow: answer + 3,
    maxRow: answer + 4,
    pointsHeader: answer + 7,
  };
}

/** What the blocks of the sheet need: the answer and its formats and words. */
interface Context {
  answer: WriteBreakEvenOptions["answer"];
  layout: ReturnType<typeof breakEvenLayout>;
  label: string;
  words: string;
  figure: string;
  field: string;
  t: SheetText;
}

function questionBlocks(c: Context): Block[] {
  const { answer, layout } = c;
  return [
    sectionTitle(QUESTION_BODY_ROW, 0, c.t.common.question),
    {
      row: layout.metricRow,
      column: 0,
      cells: c.t.breakEven.setupLabels.map((text) => [text]),
      style: { bold: true },
    },
    { row: layout.metricRow, column: 1, cells: [[c.label]] },
    { row: layout.targetRow, column: 1, cells: [[answer.target]], numberFormat: c.figure },
    { row: layout.driverRow, column: 1, cells: [[c.words]] },
    { row: layout.lowRow, column: 1, cells: [[answer.low], [answer.high]], numberFormat: c.field },
  ];
}

function answerBlocks(c: Context, precise: string): Block[] {
  const { answer, layout, label } = c;
  const found = answer.value !== null;
  return [
    sectionTitle(layout.valueRow - 1, 0, c.t.common.answer),
    {
      row: layout.valueRow,
      column: 0,
      cells: c.t.breakEven.answerLabels(label).map((text) => [text]),
      style: { bold: true },
    },
    found
      ? {
          row: layout.valueRow,
          column: 1,
          cells: [[answer.value]],
          numberFormat: precise,
          style: { bold: true },
        }
      : {
          row: layout.valueRow,
          column: 1,
          cells: [[c.t.breakEven.noneInInterval]],
          style: { bold: true },
        },
    found && answer.step !== null
      ? { row: layout.stepRow, column: 1, cells: [answer.step], numberFormat: c.field }
      : { row: layout.stepRow, column: 1, cells: [[c.t.common.none]] },
    {
      row: layout.baselineRow,
      column: 1,
      cells: [[answer.baseline], [answer.min], [answer.max]],
      numberFormat: c.figure,
    },
    noteBlock(
      layout.maxRow + 1,
      0,
      found ? c.t.breakEven.found(c.words, label) : c.t.breakEven.notFound(label)
    ),
  ];
}

/** The 101 points searched, and their line chart. */
function pointsBlocks(c: Context): { blocks: Block[]; chart: ChartPlan } {
  const { answer, layout, label, words } = c;
  const first = layout.pointsHeader + 1;
  const rows = answer.points.length;
  return {
    blocks: [
      sectionTitle(
        layout.pointsHeader - 1,
        0,
        c.t.breakEven.overInterval(label, BREAK_EVEN_POINTS)
      ),
      headerRow(layout.pointsHeader, 0, [words, label]),
      {
        row: first,
        column: 0,
        cells: answer.points.map((point, i) => [point, answer.values[i] ?? null]),
        columnFormats: [c.field, c.figure],
      },
    ],
    chart: {
      type: "line",
      title: c.t.breakEven.chart(label, words),
      categories: { row: first, column: 0, rows, columns: 1 },
      series: [{ name: label, values: { row: first, column: 1, rows, columns: 1 } }],
      xAxisTitle: words,
      yAxisTitle: label,
      valueFormat: c.figure,
      anchor: { row: QUESTION_BODY_ROW, column: 4, rows: 18, columns: 8 },
    },
  };
}

/** The break-even sheet as a plan (pure). */
export function buildBreakEvenPlan(
  target: { name: string; replace: boolean },
  o: WriteBreakEvenOptions
): SheetPlan {
  const { answer, model } = o;
  const unit = model.assumptions.periodUnit;
  const driver = parseDriver(answer.driver, model);
  const c: Context = {
    answer,
    layout: breakEvenLayout(),
    label: metricInfo(answer.metric, o.locale).label,
    words: driverWords(driver, model, o.locale),
    t: sheetText(o.locale),
    figure: metricFormat(answer.metric, { periodUnit: unit, currency: model.assumptions.currency }),
    field: fieldFormat(driver.field, { periodUnit: unit, currency: model.assumptions.currency }),
  };
  const precise = FIELD_LABELS[driver.field]?.kind === "rate" ? "0.0000%" : "#,##0.0000";
  const points = pointsBlocks(c);
  return assemblePlan(
    target,
    {
      analysis: "break-even",
      title: c.t.breakEven.title(c.label),
      locale: o.locale,
      run: c.t.breakEven.run(
        c.label,
        formatNumber(answer.target),
        c.words,
        formatNumber(answer.low),
        formatNumber(answer.high)
      ),
      question: `GTM.BREAKEVEN metric ${answer.metric}; target ${answer.target}; driver ${answer.driver}; low ${answer.low}; high ${answer.high}`,
      now: o.now,
      version: o.version,
      inputs: o.inputs,
      warnings: o.warnings,
    },
    {
      blocks: [...questionBlocks(c), ...answerBlocks(c, precise), ...points.blocks],
      charts: [points.chart],
      // The 101 points: a long table whose label column (the driver's values) stays in view.
      freeze: longTableFreeze(c.layout.pointsHeader, 1, answer.points.length),
      definitions: [{ figure: metricInfo(answer.metric).field as DefinedFigure, label: c.label }],
      periodUnit: unit,
    }
  );
}

/** Write the break-even sheet (replaces our earlier one, never a user's sheet). */
export async function writeBreakEven(
  port: WorkbookPort,
  o: WriteBreakEvenOptions
): Promise<WrittenSheet> {
  const info = await port.inspect();
  const target = outputTarget(
    info,
    "break-even",
    sheetNames.breakEven(o.model, o.answer.driver),
    o
  );
  const plan = buildBreakEvenPlan(target, o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
