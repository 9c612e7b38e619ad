/** The readable summaries `gtm run`, `sensitivity` and `tornado` print when asked for neither --json nor --out. */
import { axisDisplay, driverWords, type AxisDisplay } from "../workbook";
import {
  CHANNEL_RESULT_COLUMNS,
  FIELD_LABELS,
  metricInfo,
  parseDriver,
  SEGMENT_HEADER,
  SEGMENT_RESULT_COLUMNS,
  type ModelInput,
  type GridResult,
  type ModelResult,
  type TornadoResult,
} from "../model";
import {
  formatFigure,
  formatMetric,
  formatPlain,
  plural,
  renderTable,
  type FigureStyle,
} from "./format";

/** Every channel result of the presentation table, one row each, a column per channel and Total. */
export function runSummary(result: ModelResult, style: FigureStyle): string {
  const columns = [...result.channels, result.total];
  const channelTable = [
    ["Channels", ...columns.map((channel) => channel.name)],
    ...CHANNEL_RESULT_COLUMNS.map((row) => [
      row.header,
      ...columns.map((channel) => formatFigure(channel[row.field], row.presentation, style)),
    ]),
  ];
  const segmentTable = [
    [SEGMENT_HEADER, ...SEGMENT_RESULT_COLUMNS.map((c) => c.header)],
    ...result.segments.map((segment) => [
      segment.name,
      ...SEGMENT_RESULT_COLUMNS.map((c) => formatFigure(segment[c.field], c.presentation, style)),
    ]),
  ];
  const title = `GTM model over ${result.horizon} ${plural(result.periodUnit, result.horizon)}`;
  return `${title}\n\n${renderTable(channelTable)}\n${renderTable(segmentTable)}`;
}

/** An axis value as the reader knows it: the field's value in its unit, or a signed change. */
function axisText(value: number, shown: AxisDisplay, style: FigureStyle): string {
  if (shown.kind === "change") {
    const sign = value > 0 ? "+" : value < 0 ? "-" : "";
    return `${sign}${formatFigure(Math.abs(value), { kind: "rate", decimals: 1 }, style)}`;
  }
  const field = FIELD_LABELS[shown.driver.field];
  return field === undefined || field.kind === "text"
    ? formatPlain(value)
    : formatFigure(value, { kind: field.kind, decimals: field.decimals }, style);
}

/** The grid with its axes in words and the reader's values (`$2,000`, `8.0%`, `-20.0%`). */
export function gridSummary(grid: GridResult, model: ModelInput, style: FigureStyle): string {
  const label = metricInfo(grid.metric).label;
  const x = axisDisplay(grid.x, model, grid.mode);
  const y = grid.y === null ? null : axisDisplay(grid.y, model, grid.mode);
  const title =
    y === null ? `${label} by ${x.title}` : `${label} by ${x.title} across, ${y.title} down`;
  const header = [
    y === null ? "" : `${y.words} \\ ${x.words}`,
    ...x.values.map((v) => axisText(v, x, style)),
  ];
  const rows = grid.values.map((row, i) => {
    const yValue = y?.values[i];
    return [
      y === null || yValue === undefined ? label : axisText(yValue, y, style),
      ...row.map((value) => formatMetric(value, grid.metric, style)),
    ];
  });
  return `${title}\n\n${renderTable([header, ...rows])}`;
}

/** The tornado with its drivers in words (`Price (Enterprise)`), largest swing first. */
export function tornadoSummary(
  tornado: TornadoResult,
  model: ModelInput,
  style: FigureStyle
): string {
  const label = metricInfo(tornado.metric).label;
  const pct = formatPlain(tornado.swing * 100);
  const rows = tornado.rows.map((row) => [
    driverWords(parseDriver(row.driver, model), model),
    formatMetric(row.low, tornado.metric, style),
    formatMetric(row.base, tornado.metric, style),
    formatMetric(row.high, tornado.metric, style),
    formatMetric(row.swing, tornado.metric, style),
  ]);
  const header = ["Driver", `Low (−${pct}%)`, "Base", `High (+${pct}%)`, "Swing"];
  return `${label} tornado: each driver scaled by ${formatPlain(1 - tornado.swing)} and ${formatPlain(1 + tornado.swing)}\n\n${renderTable([header, ...rows])}`;
}
