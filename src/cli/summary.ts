/**
 * The readable summaries `gtm run`, `sensitivity` and `tornado` print when asked for neither --json
 * nor --out, in the language of `--lang` (`style.locale`): headings from the command line's table
 * (i18n/messages.ts), metric, field and period names from the model's and the sheets' tables.
 */
import { axisDisplay, driverWords, sheetText, type AxisDisplay } from "../workbook";
import {
  CHANNEL_RESULT_COLUMNS,
  FIELD_LABELS,
  metricInfo,
  metricLabelIn,
  parseDriver,
  SEGMENT_HEADER,
  SEGMENT_RESULT_COLUMNS,
  type ModelInput,
  type GridResult,
  type ModelResult,
  type TornadoResult,
} from "../model";
import { message } from "./i18n/messages";
import {
  formatFigure,
  formatMetric,
  formatPlain,
  plural,
  renderTable,
  type FigureStyle,
} from "./format";

/** A result column's header: as the presentation table names it, or the model's name in `locale`. */
function header(column: { header: string; field: string }, style: FigureStyle): string {
  return style.locale === "zh-CN" ? metricLabelIn(column.field, style.locale) : column.header;
}

/** Every channel result of the presentation table, one row each, a column per channel and Total. */
export function runSummary(result: ModelResult, style: FigureStyle): string {
  const { locale = "en" } = style;
  const columns = [...result.channels, result.total];
  const channelTable = [
    [
      message("channels", locale),
      ...result.channels.map((channel) => channel.name),
      locale === "en" ? result.total.name : message("total", locale),
    ],
    ...CHANNEL_RESULT_COLUMNS.map((row) => [
      header(row, style),
      ...columns.map((channel) => formatFigure(channel[row.field], row.presentation, style)),
    ]),
  ];
  const segmentName = locale === "en" ? SEGMENT_HEADER : sheetText(locale).common.segment;
  const segmentTable = [
    [segmentName, ...SEGMENT_RESULT_COLUMNS.map((c) => header(c, style))],
    ...result.segments.map((segment) => [
      segment.name,
      ...SEGMENT_RESULT_COLUMNS.map((c) => formatFigure(segment[c.field], c.presentation, style)),
    ]),
  ];
  const periods =
    locale === "en"
      ? `${result.horizon} ${plural(result.periodUnit, result.horizon)}`
      : sheetText(locale).count(result.horizon, result.periodUnit);
  const title = message("runTitle", locale, periods);
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
  const { locale = "en" } = style;
  const label = metricInfo(grid.metric, locale).label;
  const x = axisDisplay(grid.x, model, grid.mode, locale);
  const y = grid.y === null ? null : axisDisplay(grid.y, model, grid.mode, locale);
  const title =
    y === null
      ? message("gridTitle", locale, label, x.title)
      : message("gridTitle2", locale, label, x.title, y.title);
  const head = [
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
  return `${title}\n\n${renderTable([head, ...rows])}`;
}

/** The tornado with its drivers in words (`Price (Enterprise)`), largest swing first. */
export function tornadoSummary(
  tornado: TornadoResult,
  model: ModelInput,
  style: FigureStyle
): string {
  const { locale = "en" } = style;
  const label = metricInfo(tornado.metric, locale).label;
  const pct = formatPlain(tornado.swing * 100);
  const rows = tornado.rows.map((row) => [
    driverWords(parseDriver(row.driver, model), model, locale),
    formatMetric(row.low, tornado.metric, style),
    formatMetric(row.base, tornado.metric, style),
    formatMetric(row.high, tornado.metric, style),
    formatMetric(row.swing, tornado.metric, style),
  ]);
  const head = [
    message("driver", locale),
    message("low", locale, pct),
    message("base", locale),
    message("high", locale, pct),
    message("swing", locale),
  ];
  const low = formatPlain(1 - tornado.swing);
  const high = formatPlain(1 + tornado.swing);
  return `${message("tornadoTitle", locale, label, low, high)}\n\n${renderTable([head, ...rows])}`;
}
