/** The readable summaries `gtm run`, `sensitivity` and `tornado` print when asked for neither --json nor --out. */
import { axisDisplay, type AxisDisplay } from "../workbook";
import {
  FIELD_LABELS,
  metricInfo,
  type ModelInput,
  type ChannelResult,
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

type Kind = Parameters<typeof formatFigure>[1];

const CHANNEL_ROWS: readonly {
  field: keyof Omit<ChannelResult, "name">;
  label: string;
  kind: Kind;
}[] = [
  { field: "spend", label: "Spend", kind: "money" },
  { field: "fixedCost", label: "Fixed cost", kind: "money" },
  { field: "leads", label: "Leads", kind: "count" },
  { field: "customers", label: "Customers won", kind: "count" },
  { field: "conversion", label: "Conversion", kind: "rate" },
  { field: "activeCustomers", label: "Active customers at end", kind: "count" },
  { field: "cac", label: "CAC", kind: "money" },
  { field: "ltv", label: "LTV", kind: "money" },
  { field: "ltvToCac", label: "LTV:CAC", kind: "ratio" },
  { field: "payback", label: "Payback", kind: "periods" },
  { field: "revenue", label: "Revenue", kind: "money" },
  { field: "launchRevenue", label: "Launch revenue", kind: "money" },
  { field: "grossProfit", label: "Gross profit", kind: "money" },
  { field: "contribution", label: "Contribution", kind: "money" },
  { field: "npv", label: "NPV", kind: "money" },
  { field: "lostToCapacity", label: "Customers lost to capacity", kind: "count" },
  { field: "lostToSaturation", label: "Customers lost to saturation", kind: "count" },
];

export function runSummary(result: ModelResult, style: FigureStyle): string {
  const columns = [...result.channels, result.total];
  const channelTable = [
    ["Channels", ...columns.map((channel) => channel.name)],
    ...CHANNEL_ROWS.map((row) => [
      row.label,
      ...columns.map((channel) => formatFigure(channel[row.field], row.kind, style)),
    ]),
  ];
  const segmentTable = [
    ["Segment", "Customers won", "Active at end", "Revenue", "Gross profit", "Penetration"],
    ...result.segments.map((segment) => [
      segment.name,
      formatFigure(segment.customers, "count", style),
      formatFigure(segment.activeCustomers, "count", style),
      formatFigure(segment.revenue, "money", style),
      formatFigure(segment.grossProfit, "money", style),
      formatFigure(segment.penetration, "rate", style),
    ]),
  ];
  const title = `GTM model over ${result.horizon} ${plural(result.periodUnit, result.horizon)}`;
  return `${title}\n\n${renderTable(channelTable)}\n${renderTable(segmentTable)}`;
}

/** An axis value as the reader knows it: the field's value in its unit, or a signed change. */
function axisText(value: number, shown: AxisDisplay, style: FigureStyle): string {
  if (shown.kind === "change") {
    const sign = value > 0 ? "+" : value < 0 ? "-" : "";
    return `${sign}${formatFigure(Math.abs(value), "rate", style)}`;
  }
  const kind = FIELD_LABELS[shown.driver.field]?.kind;
  return kind === undefined || kind === "text"
    ? formatPlain(value)
    : formatFigure(value, kind, style);
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
