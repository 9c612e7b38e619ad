/**
 * An allocation sheet (spec §8): the question (metric, budget, unspent allowed, where the bounds
 * came from), per channel its bounds, spend now and best, the change and why it stops there, the
 * totals and the metric now and at best, and a column chart of spend now vs best per channel.
 */
import { metricInfo, type StopReason } from "../../model";
import { checkPlan } from "../blocks";
import { metricFormat, moneyFormat } from "../formats";
import type { Block, ChartPlan, SheetPlan, WorkbookPort, WrittenSheet } from "../port";
import type { DefinedFigure } from "./definitions";
import {
  assemblePlan,
  headerRow,
  longTableFreeze,
  noteBlock,
  QUESTION_BODY_ROW,
  sectionTitle,
} from "./layout";
import { outputTarget, sheetNames } from "./sheetNames";
import { sheetText, type SheetText } from "./sheetText";
import type { WriteAllocationOptions } from "./types";

/** Why a channel's best spend is where it is, in words. */
export const STOP_WORDS: Record<StopReason, string> = {
  fixed: "Cannot buy leads (no cost per lead or no mix row): stays at 0",
  min: "At its minimum: less would earn more elsewhere",
  max: "At its maximum",
  capacity: "Held by its capacity: more spend wins no more customers",
  margin: "The next dollar earns less here than elsewhere",
};

export const ALLOCATION_HEADERS = [
  "Channel",
  "Min",
  "Max",
  "Spend now",
  "Best spend",
  "Change",
  "Why it stops there",
];

/** Cell layout shared by the plan and the tests. */
export function allocationLayout(channels: number, unspent: boolean) {
  const setup = QUESTION_BODY_ROW + 1;
  const header = setup + 6;
  const firstRow = header + 1;
  const totalRow = firstRow + channels;
  const unspentRow = unspent ? totalRow + 1 : -1;
  return {
    metricRow: setup,
    budgetRow: setup + 1,
    unspentFlagRow: setup + 2,
    boundsRow: setup + 3,
    header,
    firstRow,
    totalRow,
    unspentRow,
    metricResultRow: (unspent ? totalRow + 2 : totalRow + 1) + 1,
  };
}

interface Context {
  answer: WriteAllocationOptions["answer"];
  layout: ReturnType<typeof allocationLayout>;
  label: string;
  unit: string;
  money: string;
  figure: string;
  t: SheetText;
}

function questionBlocks(c: Context, bounds: string): Block[] {
  const { answer, layout } = c;
  return [
    sectionTitle(QUESTION_BODY_ROW, 0, c.t.common.question),
    {
      row: layout.metricRow,
      column: 0,
      cells: c.t.allocation.questionLabels(c.unit).map((text) => [text]),
      style: { bold: true },
    },
    { row: layout.metricRow, column: 1, cells: [[c.label]] },
    { row: layout.budgetRow, column: 1, cells: [[answer.budget]], numberFormat: c.money },
    {
      row: layout.unspentFlagRow,
      column: 1,
      cells: [[answer.unspent ? c.t.common.yes : c.t.common.no], [bounds]],
    },
  ];
}

/** Per channel, then Total, Unspent (when allowed) and the metric now and at best. */
function tableBlocks(c: Context): Block[] {
  const { answer, layout, money, figure } = c;
  const now = answer.channels.reduce((sum, ch) => sum + ch.now, 0);
  const best = answer.channels.reduce((sum, ch) => sum + ch.best, 0);
  const change =
    answer.value === null || answer.baseline === null ? null : answer.value - answer.baseline;
  const totals = [null, null, null, money, money, money, null];
  const blocks: Block[] = [
    sectionTitle(layout.header - 1, 0, c.t.allocation.bestSplit(c.label)),
    headerRow(layout.header, 0, c.t.allocation.headers),
    {
      row: layout.firstRow,
      column: 0,
      cells: answer.channels.map((ch) => [
        ch.name,
        ch.min,
        ch.max,
        ch.now,
        ch.best,
        ch.best - ch.now,
        c.t.allocation.stop[ch.stop],
      ]),
      columnFormats: [null, money, money, money, money, money, null],
    },
    {
      row: layout.totalRow,
      column: 0,
      cells: [[c.t.common.total, "", "", now, best, best - now, ""]],
      columnFormats: totals,
      style: { bold: true, border: "top" },
    },
    {
      row: layout.metricResultRow,
      column: 0,
      cells: [[c.label, "", "", answer.baseline, answer.value, change, c.t.allocation.nowAndBest]],
      columnFormats: [null, null, null, figure, figure, figure, null],
      style: { bold: true },
    },
    noteBlock(layout.metricResultRow + 1, 0, c.t.allocation.noMove),
  ];
  if (answer.unspent) {
    const left = answer.unspentAmount;
    blocks.push({
      row: layout.unspentRow,
      column: 0,
      cells: [[c.t.allocation.unspent, "", "", 0, left, left, c.t.allocation.unspentWords]],
      columnFormats: totals,
    });
  }
  return blocks;
}

function spendChart(c: Context): ChartPlan {
  const rows = c.answer.channels.length;
  const first = c.layout.firstRow;
  return {
    type: "columnClustered",
    title: c.t.allocation.chart(c.unit, c.label),
    categories: { row: first, column: 0, rows, columns: 1 },
    series: [
      { name: c.t.allocation.spendNow, values: { row: first, column: 3, rows, columns: 1 } },
      { name: c.t.allocation.bestSpend, values: { row: first, column: 4, rows, columns: 1 } },
    ],
    yAxisTitle: c.t.allocation.spendPer(c.unit),
    valueFormat: c.money,
    anchor: { row: QUESTION_BODY_ROW, column: 8, rows: 16, columns: 8 },
  };
}

/** The allocation sheet as a plan (pure). */
export function buildAllocationPlan(
  target: { name: string; replace: boolean },
  o: WriteAllocationOptions
): SheetPlan {
  const { answer, model } = o;
  const unit = model.assumptions.periodUnit;
  const t = sheetText(o.locale);
  const c: Context = {
    answer,
    layout: allocationLayout(answer.channels.length, answer.unspent),
    label: metricInfo(answer.metric, o.locale).label,
    unit: o.locale === "zh-CN" ? t.period.plural(unit) : unit,
    t,
    money: moneyFormat(model.assumptions.currency),
    figure: metricFormat(answer.metric, { periodUnit: unit, currency: model.assumptions.currency }),
  };
  return assemblePlan(
    target,
    {
      analysis: "allocation",
      title: t.allocation.title(c.label),
      locale: o.locale,
      run: t.allocation.run(
        answer.budget.toLocaleString("en-US", { maximumFractionDigits: 2 }),
        c.unit,
        answer.unspent,
        t.count(answer.channels.length, "channel"),
        c.label,
        o.bounds
      ),
      question: `GTM.ALLOCATE metric ${answer.metric}; budget ${answer.budget}; unspent ${answer.unspent ? "TRUE" : "FALSE"}; bounds ${o.bounds}`,
      now: o.now,
      version: o.version,
      inputs: o.inputs,
      warnings: o.warnings,
    },
    {
      blocks: [...questionBlocks(c, o.bounds), ...tableBlocks(c)],
      charts: [spendChart(c)],
      // Many channels: the header row and the channel names stay in view.
      freeze: longTableFreeze(c.layout.header, 1, answer.channels.length),
      definitions: [{ figure: metricInfo(answer.metric).field as DefinedFigure, label: c.label }],
      periodUnit: unit,
    }
  );
}

/** Write the allocation sheet (replaces our earlier one, never a user's sheet). */
export async function writeAllocation(
  port: WorkbookPort,
  o: WriteAllocationOptions
): Promise<WrittenSheet> {
  const info = await port.inspect();
  const target = outputTarget(info, "allocation", sheetNames.allocation(o.answer.metric), o);
  const plan = buildAllocationPlan(target, o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
