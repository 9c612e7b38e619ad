/**
 * Draws a chart the add-in wrote (read by `chartModel`) as Excel shows it, with Fluent UI's v9
 * charts: title, axis titles, legend and the values of the cells. Only the preview imports this
 * (the charting library stays out of the task pane's bundle).
 */
import {
  GanttChart,
  GroupedVerticalBarChart,
  LineChart,
  ScatterChart,
} from "@fluentui/react-charts";
import type {
  GanttChartDataPoint,
  GroupedVerticalBarChartData,
  LineChartPoints,
} from "@fluentui/react-charts";
import type { ChartModel } from "./chartModel";
import { niceTicks } from "./chartModel";
import { formatAxis } from "./formatCell";

/** Excel's default Office theme colours, in series order. */
export const SERIES_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

const color = (index: number): string => SERIES_COLORS[index % SERIES_COLORS.length] as string;

export interface ChartViewProps {
  chart: ChartModel;
  width: number;
  height: number;
  /** Number locale of the axis labels (the cells' formats decide currency and decimals). */
  culture: string;
}

let measurer: CanvasRenderingContext2D | null = null;

/** The width in pixels of an axis label (the chart's 10 px semibold axis font, generously). */
function textWidth(text: string): number {
  measurer ??= document.createElement("canvas").getContext("2d");
  if (measurer === null) return text.length * 7;
  measurer.font = "600 11px sans-serif";
  return Math.ceil(measurer.measureText(text).width);
}

interface Scale {
  ticks: number[];
  labels: string[];
  min: number;
  max: number;
}

function valueScale(chart: ChartModel, extra: number[] = []): Scale {
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const all = [...values, ...extra];
  const ticks = niceTicks(Math.min(...all), Math.max(...all));
  return {
    ticks,
    labels: ticks.map((t) => formatAxis(t, chart.valueFormat)),
    min: ticks[0] ?? 0,
    max: ticks[ticks.length - 1] ?? 1,
  };
}

/** A tornado's value axis: as far on each side of the base, so the base is the plot's centre. */
function centredScale(chart: ChartModel): Scale {
  const values = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const reach =
    values.length === 0 ? 1 : Math.max(...values.map((v) => Math.abs(v - chart.base))) * 1.1 || 1;
  const min = chart.base - reach;
  const max = chart.base + reach;
  const ticks = niceTicks(min, max).filter((t) => t >= min && t <= max);
  return { ticks, labels: ticks.map((t) => formatAxis(t, chart.valueFormat)), min, max };
}

/** Category positions shown on a line chart's axis: every one, or every n-th when they are many. */
function categoryTicks(categories: string[], width: number): number[] {
  const room = Math.max(1, Math.floor(width / 48));
  const every = Math.max(1, Math.ceil(categories.length / room));
  return categories.map((_, i) => i + 1).filter((x) => (x - 1) % every === 0);
}

function common(chart: ChartModel, width: number, height: number) {
  return {
    width,
    height,
    chartTitle: chart.title,
    xAxisTitle:
      (chart.kind === "bar" || chart.kind === "tornado" ? chart.valueTitle : chart.categoryTitle) ??
      undefined,
    yAxisTitle:
      (chart.kind === "bar" || chart.kind === "tornado" ? chart.categoryTitle : chart.valueTitle) ??
      undefined,
    legendProps: { canSelectMultipleLegends: false, allowFocusOnLegends: true },
    titleStyles: { titleFont: { size: 14 } },
  };
}

function LineView({ chart, width, height, culture }: ChartViewProps) {
  const scale = valueScale(chart);
  const lineChartData: LineChartPoints[] = chart.series.map((s, k) => ({
    legend: s.name,
    color: color(k),
    data: s.values.flatMap((y, i) =>
      y === null
        ? []
        : [
            {
              x: i + 1,
              y,
              xAxisCalloutData: chart.categories[i],
              yAxisCalloutData: formatAxis(y, chart.valueFormat),
            },
          ]
    ),
  }));
  const xTicks = categoryTicks(chart.categories, width);
  return (
    <LineChart
      {...common(chart, width, height)}
      culture={culture}
      data={{ chartTitle: chart.title, lineChartData }}
      tickValues={xTicks}
      xAxis={{ tickText: xTicks.map((x) => chart.categories[x - 1] ?? "") }}
      yAxisTickValues={scale.ticks}
      yMinValue={scale.min}
      yMaxValue={scale.max}
      yAxis={{ tickText: scale.labels }}
      hideTickOverlap={false}
    />
  );
}

function ScatterView({ chart, width, height, culture }: ChartViewProps) {
  const scale = valueScale(chart);
  const data: LineChartPoints[] = chart.series.map((s, k) => ({
    legend: s.name,
    color: color(k),
    data: s.values.flatMap((y, i) => {
      const x = s.xs[i] ?? i + 1;
      return y === null ? [] : [{ x, y, yAxisCalloutData: formatAxis(y, chart.valueFormat) }];
    }),
  }));
  return (
    <ScatterChart
      {...common(chart, width, height)}
      culture={culture}
      data={{ chartTitle: chart.title, scatterChartData: data }}
      yAxisTickValues={scale.ticks}
      yMinValue={scale.min}
      yMaxValue={scale.max}
      yAxis={{ tickText: scale.labels }}
    />
  );
}

function ColumnView({ chart, width, height, culture }: ChartViewProps) {
  const scale = valueScale(chart, [0]);
  const data: GroupedVerticalBarChartData[] = chart.categories.map((name, i) => ({
    name,
    series: chart.series.map((s, k) => ({
      key: s.name,
      legend: s.name,
      color: color(k),
      data: s.values[i] ?? 0,
      yAxisCalloutData: formatAxis(s.values[i] ?? null, chart.valueFormat),
    })),
  }));
  return (
    <GroupedVerticalBarChart
      {...common(chart, width, height)}
      culture={culture}
      data={data}
      hideLabels
      barWidth="auto"
      maxBarWidth={48}
      yAxisTickValues={scale.ticks}
      yMinValue={scale.min}
      yMaxValue={scale.max}
      yAxis={{ tickText: scale.labels }}
    />
  );
}

/**
 * Bar charts, the tornado among them: each bar runs from the base (where the value axis crosses)
 * to its value, categories top to bottom as Excel draws them.
 */
function BarView({ chart, width, height, culture }: ChartViewProps) {
  const scale = chart.kind === "tornado" ? centredScale(chart) : valueScale(chart, [chart.base]);
  const labels = Math.max(0, ...chart.categories.map(textWidth));
  const data: GanttChartDataPoint[] = chart.series.flatMap((s, k) =>
    s.values.flatMap((value, i) =>
      value === null
        ? []
        : [
            {
              x: { start: Math.min(chart.base, value), end: Math.max(chart.base, value) },
              y: chart.categories[i] ?? String(i + 1),
              legend: s.name,
              color: color(k),
              xAxisCalloutData: formatAxis(value, chart.valueFormat),
            },
          ]
    )
  );
  return (
    <GanttChart
      {...common(chart, width, height)}
      culture={culture}
      data={data}
      tickValues={scale.ticks}
      xMinValue={scale.min}
      xMaxValue={scale.max}
      // The axis ends where the scale says (Fluent rounds them otherwise; not in its public props).
      {...({ showRoundOffXTickValues: false } as object)}
      xAxis={{ tickText: scale.labels }}
      // The Gantt chart draws its first category at the bottom: given bottom to top.
      yAxisCategoryOrder={[...chart.categories].reverse()}
      showYAxisLables
      margins={{
        left: Math.min(width / 2, labels + 28) + (chart.categoryTitle === null ? 0 : 24),
        right: 48,
        top: 12,
        bottom: chart.valueTitle === null ? 35 : 55,
      }}
      hideTickOverlap={false}
    />
  );
}

export function ChartView(props: ChartViewProps) {
  switch (props.chart.kind) {
    case "line":
      return <LineView {...props} />;
    case "scatter":
      return <ScatterView {...props} />;
    case "column":
      return <ColumnView {...props} />;
    case "bar":
    case "tornado":
      return <BarView {...props} />;
  }
}
