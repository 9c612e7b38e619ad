/**
 * A simulation sheet (spec §9): the set-up, the probability of falling below the target in words,
 * the statistics table, each driver's rank correlation with the metric (a tornado of them), the
 * histogram with its cumulative share (an S-curve), and an audit block of what was run: seed,
 * iterations, sampling, every distribution, the correlations and the warnings.
 *
 * Hosts without charts (the exceljs command line) write the tables and skip the charts.
 */
import { issueMessage, METRICS, parseDriver } from "../../model";
import { checkPlan } from "../blocks";
import { PERCENT_FORMAT, presentationFormat } from "../formats";
import type { Block, ChartPlan, SheetPlan, WorkbookPort, WrittenSheet } from "../port";
import { driverWords } from "./labels";
import { sheetText } from "./sheetText";
import { assemblePlan, QUESTION_BODY_ROW, headerRow, noteBlock, sectionTitle } from "./layout";
import {
  belowTargetWords,
  distributionWords,
  figureText,
  simulationMetric,
} from "./simulationText";
import { outputTarget, sheetNames } from "./sheetNames";
import type { WriteSimulationOptions } from "./types";

const CORRELATION_FORMAT = "0.00";
/** A seed is a label: whole digits, no separators. */
const SEED_FORMAT = "0";
const STATISTICS: readonly [
  string,
  (
    | "mean"
    | "sd"
    | "min"
    | "p1"
    | "p5"
    | "p10"
    | "p25"
    | "p50"
    | "p75"
    | "p90"
    | "p95"
    | "p99"
    | "max"
  ),
][] = [
  ["Mean", "mean"],
  ["Standard deviation", "sd"],
  ["Min", "min"],
  ["P1", "p1"],
  ["P5", "p5"],
  ["P10", "p10"],
  ["P25", "p25"],
  ["P50 (median)", "p50"],
  ["P75", "p75"],
  ["P90", "p90"],
  ["P95", "p95"],
  ["P99", "p99"],
  ["Max", "max"],
];

/** Where everything sits (0-based rows and columns), shared by the plan and the tests. */
export function simulationLayout(o: Pick<WriteSimulationOptions, "simulation" | "spec">) {
  const setup = QUESTION_BODY_ROW + 1;
  const sentence = setup + 6;
  const statsHeader = sentence + 2;
  const statsRows = 1 + STATISTICS.length + 3;
  const driversHeader = statsHeader + statsRows + 2;
  const drivers = o.simulation.rankCorrelations.length;
  const histogramHeader = driversHeader + drivers + 4;
  const bins = o.simulation.histogram.length;
  const auditTitle = histogramHeader + bins + 2;
  return {
    setup,
    sentence,
    statsHeader,
    statsRows,
    driversHeader,
    drivers,
    histogramHeader,
    bins,
    auditTitle,
  };
}

type Layout = ReturnType<typeof simulationLayout>;

function setupBlocks(o: WriteSimulationOptions, layout: Layout, moneyish: string): Block[] {
  const { simulation } = o;
  const t = sheetText(o.locale);
  const { label } = simulationMetric(simulation.metric, o.locale);
  return [
    sectionTitle(QUESTION_BODY_ROW, 0, t.common.setUp),
    {
      row: layout.setup,
      column: 0,
      cells: t.simulation.setupLabels.map((text) => [text]),
      style: { bold: true },
    },
    { row: layout.setup, column: 1, cells: [[label]] },
    {
      row: layout.setup + 1,
      column: 1,
      cells: [[simulation.iterations], [simulation.seed]],
      numberFormat: "#,##0",
    },
    {
      row: layout.setup + 3,
      column: 1,
      cells: [[simulation.sampling === "latin" ? t.simulation.latin : t.simulation.random]],
    },
    { row: layout.setup + 4, column: 1, cells: [[simulation.target]], numberFormat: moneyish },
  ];
}

function statisticsBlocks(o: WriteSimulationOptions, layout: Layout, format: string): Block[] {
  const { simulation } = o;
  const t = sheetText(o.locale).simulation;
  const { label } = simulationMetric(simulation.metric, o.locale);
  const first = layout.statsHeader + 1;
  const names = t.statistics as Partial<Record<string, string>>;
  return [
    sectionTitle(
      layout.statsHeader - 1,
      0,
      t.over(label, simulation.iterations.toLocaleString("en-US"))
    ),
    headerRow(layout.statsHeader, 0, [t.statistic, label]),
    {
      row: first,
      column: 0,
      cells: STATISTICS.map(([name, key]) => [names[key] ?? name, simulation[key]]),
      columnFormats: [null, format],
    },
    {
      row: first + STATISTICS.length,
      column: 0,
      cells: [
        [t.shareBelow, simulation.shareBelowTarget],
        [t.withValue, simulation.iterations - simulation.noValue],
        [t.withoutValue, simulation.noValue],
      ],
      cellFormats: [
        [null, PERCENT_FORMAT],
        [null, "#,##0"],
        [null, "#,##0"],
      ],
    },
  ];
}

function driverBlocks(o: WriteSimulationOptions, layout: Layout): Block[] {
  const rows = o.simulation.rankCorrelations;
  const t = sheetText(o.locale).simulation;
  const blocks: Block[] = [
    sectionTitle(layout.driversHeader - 1, 0, t.drivesSpread),
    headerRow(layout.driversHeader, 0, t.driverHeaders),
  ];
  if (rows.length > 0)
    blocks.push({
      row: layout.driversHeader + 1,
      column: 0,
      cells: rows.map((row) => [
        driverWords(parseDriver(row.driver, o.model), o.model, o.locale),
        row.rankCorrelation,
        row.driver,
      ]),
      columnFormats: [null, CORRELATION_FORMAT, null],
    });
  blocks.push(noteBlock(layout.driversHeader + rows.length + 1, 0, t.spearmanNote));
  return blocks;
}

function histogramBlocks(o: WriteSimulationOptions, layout: Layout, format: string): Block[] {
  const bins = o.simulation.histogram;
  const runs = Math.max(1, o.simulation.iterations - o.simulation.noValue);
  let running = 0;
  const t = sheetText(o.locale).simulation;
  const blocks: Block[] = [
    sectionTitle(layout.histogramHeader - 1, 0, t.distribution),
    headerRow(layout.histogramHeader, 0, t.histogramHeaders),
  ];
  if (bins.length > 0)
    blocks.push({
      row: layout.histogramHeader + 1,
      column: 0,
      cells: bins.map((bin) => {
        running += bin.count;
        return [bin.from, bin.to, bin.count, running / runs];
      }),
      columnFormats: [format, format, "#,##0", PERCENT_FORMAT],
    });
  return blocks;
}

function auditBlocks(o: WriteSimulationOptions, layout: Layout): Block[] {
  const { spec, simulation } = o;
  const t = sheetText(o.locale);
  const s = t.simulation;
  const drivers = spec.drivers.map((entry) => [entry.text, distributionWords(entry, o.locale)]);
  const pairs = spec.correlations.map((pair) => [
    s.pairWith(spec.drivers[pair.a]?.text ?? "", spec.drivers[pair.b]?.text ?? ""),
    pair.correlation,
  ]);
  const warnings = simulation.warnings.map((warning) => [issueMessage(warning, o.locale)]);
  let row = layout.auditTitle;
  const blocks: Block[] = [sectionTitle(row, 0, s.auditTitle)];
  const place = (
    label: string,
    cells: (string | number)[][],
    formats?: (string | null)[]
  ): void => {
    row += 1;
    blocks.push({ row, column: 0, cells: [[label]], style: { bold: true } });
    if (cells.length === 0) {
      blocks.push({ row, column: 1, cells: [[t.common.none]] });
      return;
    }
    blocks.push({ row, column: 1, cells, ...(formats && { columnFormats: formats }) });
    row += cells.length - 1;
  };
  place(s.auditLabels.seed, [[simulation.seed]], [SEED_FORMAT]);
  place(s.auditLabels.iterations, [[simulation.iterations]], ["#,##0"]);
  place(s.auditLabels.sampling, [[simulation.sampling === "latin" ? s.latin : s.random]]);
  place(s.auditLabels.distributions, drivers);
  place(s.auditLabels.correlations, pairs, [null, CORRELATION_FORMAT]);
  place(s.auditLabels.warnings, warnings);
  const uncertainty = o.tables?.uncertainty?.address ?? null;
  const correlations = o.tables?.correlations?.address ?? null;
  place(s.auditLabels.readFrom, [
    [s.readFrom(uncertainty, correlations, spec.correlations.length > 0)],
  ]);
  return blocks;
}

function charts(o: WriteSimulationOptions, layout: Layout): ChartPlan[] {
  const { label } = simulationMetric(o.simulation.metric, o.locale);
  const t = sheetText(o.locale).simulation;
  const bins = layout.bins;
  const first = layout.histogramHeader + 1;
  const list: ChartPlan[] = [];
  if (bins > 0) {
    list.push(
      {
        type: "columnClustered",
        title: t.runsPerRange(label),
        categories: { row: first, column: 1, rows: bins, columns: 1 },
        series: [{ name: t.runs, values: { row: first, column: 2, rows: bins, columns: 1 } }],
        xAxisTitle: t.upTo(label),
        yAxisTitle: t.runs,
        anchor: { row: QUESTION_BODY_ROW, column: 5, rows: 16, columns: 8 },
        gapWidth: 10,
      },
      {
        type: "line",
        title: t.sCurve(label),
        categories: { row: first, column: 1, rows: bins, columns: 1 },
        series: [
          { name: t.shareAtOrBelow, values: { row: first, column: 3, rows: bins, columns: 1 } },
        ],
        xAxisTitle: label,
        yAxisTitle: t.shareOfRuns,
        valueFormat: PERCENT_FORMAT,
        anchor: { row: QUESTION_BODY_ROW + 17, column: 5, rows: 16, columns: 8 },
      }
    );
  }
  if (layout.drivers > 0) {
    list.push({
      type: "barClustered",
      title: t.drives(label),
      categories: { row: layout.driversHeader + 1, column: 0, rows: layout.drivers, columns: 1 },
      series: [
        {
          name: t.rankCorrelation,
          values: { row: layout.driversHeader + 1, column: 1, rows: layout.drivers, columns: 1 },
        },
      ],
      yAxisTitle: t.rankCorrelation,
      valueFormat: CORRELATION_FORMAT,
      anchor: {
        row: QUESTION_BODY_ROW + 34,
        column: 5,
        rows: Math.max(10, layout.drivers + 5),
        columns: 8,
      },
      crossesAt: 0,
      reverseCategories: true,
      gapWidth: 40,
    });
  }
  return list;
}

/** The simulation sheet as a plan (pure). */
export function buildSimulationPlan(
  target: { name: string; replace: boolean },
  o: WriteSimulationOptions
): SheetPlan {
  const { simulation, model } = o;
  const presentation = simulationMetric(simulation.metric, o.locale);
  const { label } = presentation;
  const t = sheetText(o.locale).simulation;
  const { periodUnit, currency } = model.assumptions;
  const format = presentationFormat(presentation, { periodUnit, currency });
  const layout = simulationLayout(o);
  const sentence = belowTargetWords(
    simulation,
    (value) => figureText(value, presentation, { periodUnit, currency }),
    o.locale
  );
  const blocks: Block[] = [
    ...setupBlocks(o, layout, format),
    { row: layout.sentence, column: 0, cells: [[sentence]], style: { bold: true, size: 12 } },
    ...statisticsBlocks(o, layout, format),
    ...driverBlocks(o, layout),
    ...histogramBlocks(o, layout, format),
    ...auditBlocks(o, layout),
  ];
  const metric = METRICS.find((name) => name === simulation.metric);
  const definitions = metric === undefined ? [] : [{ figure: metric, label }];
  return assemblePlan(
    target,
    {
      analysis: "simulation",
      title: t.title(label),
      locale: o.locale,
      run: t.run(
        label,
        simulation.iterations.toLocaleString("en-US"),
        simulation.seed,
        simulation.sampling === "latin",
        o.spec.drivers.length
      ),
      question: `GTM.SIMULATE metric ${simulation.metric}; iterations ${simulation.iterations}; seed ${simulation.seed}; sampling ${simulation.sampling}; target ${simulation.target}`,
      now: o.now,
      version: o.version,
      inputs: o.inputs,
      warnings: [...(o.warnings ?? []), ...simulation.warnings],
    },
    {
      blocks,
      charts: charts(o, layout),
      definitions,
      periodUnit: model.assumptions.periodUnit,
    }
  );
}

/** Write the simulation sheet (replaces our earlier one, never a user's sheet). */
export async function writeSimulation(
  port: WorkbookPort,
  o: WriteSimulationOptions
): Promise<WrittenSheet> {
  const info = await port.inspect();
  const target = outputTarget(info, "simulation", sheetNames.simulation(o.simulation.metric), o);
  const plan = buildSimulationPlan(target, o);
  checkPlan(plan);
  return port.writeSheet(plan);
}
