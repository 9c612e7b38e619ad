/** The readable summaries `gtm run`, `sensitivity` and `tornado` print when asked for neither --json nor --out. */
import {
  CHANNEL_RESULT_COLUMNS,
  metricInfo,
  SEGMENT_HEADER,
  SEGMENT_RESULT_COLUMNS,
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

export function gridSummary(grid: GridResult, style: FigureStyle): string {
  const label = metricInfo(grid.metric).label;
  const how = grid.mode === "scale" ? "× baseline" : "value";
  const xTitle = `${grid.x.driver} (${how})`;
  const title =
    grid.y === null
      ? `${label} by ${xTitle}`
      : `${label} by ${xTitle} across, ${grid.y.driver} (${how}) down`;
  const header = [
    grid.y === null ? "" : `${grid.y.driver} \\ ${grid.x.driver}`,
    ...grid.x.values.map(formatPlain),
  ];
  const yValues = grid.y === null ? [null] : grid.y.values;
  const rows = grid.values.map((row, i) => {
    const y = yValues[i];
    return [
      y === null || y === undefined ? label : formatPlain(y),
      ...row.map((value) => formatMetric(value, grid.metric, style)),
    ];
  });
  return `${title}\n\n${renderTable([header, ...rows])}`;
}

export function tornadoSummary(tornado: TornadoResult, style: FigureStyle): string {
  const label = metricInfo(tornado.metric).label;
  const pct = formatPlain(tornado.swing * 100);
  const rows = tornado.rows.map((row) => [
    row.driver,
    formatMetric(row.low, tornado.metric, style),
    formatMetric(row.base, tornado.metric, style),
    formatMetric(row.high, tornado.metric, style),
    formatMetric(row.swing, tornado.metric, style),
  ]);
  const header = ["Driver", `Low (−${pct}%)`, "Base", `High (+${pct}%)`, "Swing"];
  return `${label} tornado: each driver scaled by ${formatPlain(1 - tornado.swing)} and ${formatPlain(1 + tornado.swing)}\n\n${renderTable([header, ...rows])}`;
}
