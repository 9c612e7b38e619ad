/**
 * A scenarios sheet (spec §6): the set-up (where the scenarios came from, the chart's metric), the
 * comparison (Metric, Base, each scenario, each scenario vs Base; one format per metric row), a
 * column chart of the chosen metric for Base and every scenario, and the scenarios' overrides as
 * read — the question recorded beside the inputs of the audit block.
 */
import { metricInfo, type Locale, type ScenarioComparison } from "../../model";
import { sheetText } from "./sheetText";
import { checkPlan } from "../blocks";
import { metricFormat } from "../formats";
import type {
  Block,
  ChartPlan,
  NumberFormat,
  SheetPlan,
  WorkbookPort,
  WrittenSheet,
} from "../port";
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
import type { WriteScenariosOptions } from "./types";

/** `Metric, Base, <scenario…>, <scenario> vs Base…` (the GTM.SCENARIOS header too). */
export function scenarioHeaders(names: readonly string[], locale: Locale = "en"): string[] {
  const t = sheetText(locale);
  return [t.common.metric, t.scenarios.base, ...names, ...names.map(t.scenarios.vsBase)];
}

/** Cell layout shared by the plan and the tests. */
export function scenariosLayout(comparison: ScenarioComparison) {
  const setup = QUESTION_BODY_ROW + 1;
  const header = setup + 4;
  const overridesHeader = header + comparison.comparison.length + 3;
  return {
    sourceRow: setup,
    chartRow: setup + 1,
    header,
    firstRow: header + 1,
    overridesHeader,
    columns: 1 + 2 * comparison.scenarios.length + 2,
  };
}

/** The chart's metric: the one asked for when compared, else NPV when compared, else the first. */
export function chartMetricOf(
  comparison: ScenarioComparison,
  asked: string | null | undefined
): string {
  const metrics = comparison.metrics;
  const wanted = asked === null || asked === undefined ? "npv" : asked;
  const key = wanted.toLowerCase().replace(/[\s_.-]/g, "");
  return (
    metrics.find((metric) => metric.toLowerCase().replace(/[\s_.-]/g, "") === key) ??
    (metrics.includes("npv") ? "npv" : (metrics[0] as string))
  );
}

function comparisonBlocks(
  o: WriteScenariosOptions,
  layout: ReturnType<typeof scenariosLayout>
): Block[] {
  const { comparison, model } = o;
  const formatOptions = {
    periodUnit: model.assumptions.periodUnit,
    currency: model.assumptions.currency,
  };
  const n = comparison.scenarios.length;
  const rows = comparison.comparison;
  const t = sheetText(o.locale);
  const blocks: Block[] = [
    sectionTitle(layout.header - 1, 0, t.scenarios.comparison),
    headerRow(layout.header, 0, [
      ...scenarioHeaders(comparison.scenarios, o.locale),
      t.scenarios.metricInFormulas,
    ]),
  ];
  if (rows.length > 0) {
    blocks.push({
      row: layout.firstRow,
      column: 0,
      cells: rows.map((row) => [
        metricInfo(row.metric, o.locale).label,
        row.base,
        ...row.values,
        ...row.change,
        row.metric,
      ]),
      cellFormats: rows.map((row) => {
        const format: NumberFormat = metricFormat(row.metric, formatOptions);
        return [null, ...Array.from({ length: 1 + 2 * n }, () => format), null];
      }),
    });
  }
  blocks.push(noteBlock(layout.firstRow + rows.length, 0, t.scenarios.note));
  return blocks;
}

function overridesBlocks(o: WriteScenariosOptions, row: number): Block[] {
  const overrides = o.comparison.overrides;
  const t = sheetText(o.locale);
  const blocks: Block[] = [
    sectionTitle(row - 1, 0, t.scenarios.asRead),
    headerRow(row, 0, t.scenarios.asReadHeaders),
  ];
  if (overrides.length > 0) {
    blocks.push({
      row: row + 1,
      column: 0,
      cells: overrides.map((item) => [item.scenario, item.driver, item.value, item.mode]),
      columnFormats: [null, null, "#,##0.########", null],
    });
  }
  return blocks;
}

/** The scenarios sheet as a plan (pure). */
export function buildScenariosPlan(
  target: { name: string; replace: boolean },
  o: WriteScenariosOptions
): SheetPlan {
  const { comparison, model } = o;
  const layout = scenariosLayout(comparison);
  const chartMetric = chartMetricOf(comparison, o.chartMetric);
  const chartLabel = metricInfo(chartMetric, o.locale).label;
  const n = comparison.scenarios.length;
  const t = sheetText(o.locale);
  const blocks: Block[] = [
    sectionTitle(QUESTION_BODY_ROW, 0, t.common.setUp),
    {
      row: layout.sourceRow,
      column: 0,
      cells: [[t.scenarios.source], [t.scenarios.chart]],
      style: { bold: true },
    },
    { row: layout.sourceRow, column: 1, cells: [[o.source], [chartLabel]] },
    ...comparisonBlocks(o, layout),
    ...overridesBlocks(o, layout.overridesHeader),
  ];
  const chartRow = comparison.metrics.indexOf(chartMetric);
  const charts: ChartPlan[] =
    chartRow < 0
      ? []
      : [
          {
            type: "columnClustered",
            title: t.scenarios.chartTitle(chartLabel),
            categories: { row: layout.header, column: 1, rows: 1, columns: 1 + n },
            series: [
              {
                name: chartLabel,
                values: { row: layout.firstRow + chartRow, column: 1, rows: 1, columns: 1 + n },
              },
            ],
            yAxisTitle: chartLabel,
            valueFormat: metricFormat(chartMetric, {
              periodUnit: model.assumptions.periodUnit,
              currency: model.assumptions.currency,
            }),
            anchor: { row: QUESTION_BODY_ROW, column: layout.columns + 1, rows: 16, columns: 8 },
          },
        ];
  const figures = [...new Set(comparison.metrics)].map((metric) => ({
    figure: metricInfo(metric).field as DefinedFigure,
    label: metricInfo(metric, o.locale).label,
  }));
  return assemblePlan(
    target,
    {
      analysis: "scenarios",
      title: t.scenarios.title,
      locale: o.locale,
      run: t.scenarios.run(
        t.count(n, "scenario"),
        comparison.scenarios.join(t.simulation.listSeparator),
        o.source,
        t.count(comparison.metrics.length, "metric")
      ),
      question: `GTM.SCENARIOS metrics ${comparison.metrics.join(",")}; chart ${chartMetric}; scenarios ${o.source}`,
      now: o.now,
      version: o.version,
      inputs: o.inputs,
      warnings: o.warnings,
    },
    {
      blocks,
      charts,
      // Many metrics: the header row (the scenarios' names) and the metric names stay in view.
      freeze: longTableFreeze(layout.header, 1, comparison.comparison.length),
      definitions: figures,
      periodUnit: model.assumptions.periodUnit,
    }
  );
}

/** Write the scenarios sheet (replaces our earlier one, never a user's sheet). */
export async function writeScenarios(
  port: WorkbookPort,
  o: WriteScenariosOptions
): Promise<WrittenSheet> {
  const info = await port.inspect();
  const target = outputTarget(
    info,
    "scenarios",
    sheetNames.scenarios(
      o.comparison.metrics.length === 0 ? null : chartMetricOf(o.comparison, o.chartMetric)
    ),
    o
  );
  const plan = buildScenariosPlan(target, o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
