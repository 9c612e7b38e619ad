/**
 * One sheet of the stand-in's workbook as Excel shows it: a grid of cells with sticky column
 * letters and row numbers, the add-in's formats, fills and heat maps, the selected cells
 * highlighted, and its charts drawn over the cells where the sheet placed them.
 * The grid's scroll area takes the keyboard focus; arrow keys move the selected cell.
 */
import { Suspense, lazy, useLayoutEffect, useRef, useState } from "react";
import type { KeyboardEvent } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cellRef, columnLetters } from "../workbook/a1";
import type { Rect } from "../workbook/port";
import type { ChartModel } from "./chartModel";
import { formatCellStyled } from "./formatCell";
import { ROW_PX, columnPx, gridSize, inRect, moveSelection } from "./gridLayout";
import type { TableRole } from "./gridLayout";
import { heatMapFills } from "./heatMap";
import type { PreviewStrings } from "./previewStrings";
import type { SheetDump } from "../testing/office/dump";

export interface PlacedChart {
  chart: ChartModel;
  place: Rect;
}

export interface SheetGridProps {
  sheet: SheetDump;
  charts: PlacedChart[];
  /** The cells of the sheet's Excel tables (header row, bands). */
  tables: Map<string, TableRole>;
  selection: Rect | null;
  onSelect(rect: Rect, extend: boolean): void;
  strings: PreviewStrings;
  culture: string;
}

const ROW_HEAD_PX = 44;
/** Excel's `[Red]`, as formatCellStyled gives it. */
const RED = "#C00000";
const CHART_TITLE_PX = 30;

/** The charting library loads with the first chart shown (its own chunk, preview-charts.js). */
const ChartView = lazy(() =>
  import(/* webpackChunkName: "preview-charts" */ "./ChartView").then((m) => ({
    default: m.ChartView,
  }))
);

const useStyles = makeStyles({
  scroller: {
    overflow: "auto",
    maxHeight: "calc(100vh - 210px)",
    minHeight: "240px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  sheet: { position: "relative", width: "max-content" },
  table: {
    // Clicks select cells, not text (shift-click extends the selection, as in Excel).
    userSelect: "none",
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  head: {
    position: "sticky",
    top: 0,
    zIndex: 3,
    height: `${ROW_PX}px`,
    padding: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  corner: { left: 0, zIndex: 5, width: `${ROW_HEAD_PX}px` },
  headPinned: { zIndex: 4 },
  rowHeadPinned: { zIndex: 4 },
  /** A cell of a frozen pane: it stays in view over the scrolled cells (and the charts). */
  pinned: {
    position: "sticky",
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  /** Frozen rows cover the frozen columns' cells scrolled up under them. */
  pinnedTop: { zIndex: 3 },
  /** …and the frozen corner covers the frozen rows' cells scrolled left under it. */
  pinnedCorner: { zIndex: 4 },
  paneBottom: { borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  paneRight: { borderRight: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 2,
    height: `${ROW_PX}px`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    boxSizing: "border-box",
    textAlign: "right",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headSelected: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    height: `${ROW_PX}px`,
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "clip",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: "cell",
    scrollMarginTop: `${ROW_PX}px`,
    scrollMarginLeft: `${ROW_HEAD_PX}px`,
  },
  /** Text spills into the empty cells on its right, as in Excel. */
  spill: { overflow: "visible", position: "relative", zIndex: 1 },
  filled: { color: "#000000" },
  tableHeader: { color: "#FFFFFF" },
  red: { color: tokens.colorPaletteRedForeground1 },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  /** The other cells of a selected range: tinted over their own fill, as Excel does. */
  inRange: { boxShadow: "inset 0 0 0 100px rgba(15, 108, 189, 0.18)" },
  active: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  chart: {
    position: "absolute",
    zIndex: 1,
    boxSizing: "border-box",
    overflow: "hidden",
    margin: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    // Legends show the series' names as written (Fluent capitalises each word by default).
    "& .fui-legend__legend": { textTransform: "none" },
  },
  /** Fluent's chart fills its container's height (plot and legend). */
  plot: { "& .fui-cart__root": { height: "100%" } },
  /** The chart's title, as Excel shows it above the plot. */
  chartTitle: {
    height: `${CHART_TITLE_PX}px`,
    lineHeight: `${CHART_TITLE_PX}px`,
    textAlign: "center",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
});

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const cellKey = (row: number, column: number): string => `${row},${column}`;

/** Where each chart's cells lie in the drawn grid (measured, so the widths the sheet set hold). */
function useChartBoxes(
  sheetRef: React.RefObject<HTMLDivElement>,
  charts: PlacedChart[],
  deps: unknown[]
): Box[] {
  const [boxes, setBoxes] = useState<Box[]>([]);
  useLayoutEffect(() => {
    const root = sheetRef.current;
    if (root === null) return;
    const measure = (): void => {
      const origin = root.getBoundingClientRect();
      const next = charts.map(({ place }) => {
        const first = root.querySelector(`[data-cell="${cellKey(place.row, place.column)}"]`);
        const last = root.querySelector(
          `[data-cell="${cellKey(place.row + place.rows - 1, place.column + place.columns - 1)}"]`
        );
        if (first === null || last === null) return { left: 0, top: 0, width: 0, height: 0 };
        const a = first.getBoundingClientRect();
        const b = last.getBoundingClientRect();
        return {
          left: a.left - origin.left,
          top: a.top - origin.top,
          width: b.right - a.left,
          height: b.bottom - a.top,
        };
      });
      setBoxes((old) => (JSON.stringify(old) === JSON.stringify(next) ? old : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, deps);
  return boxes;
}

/** TableStyleMedium2, Excel's default table style: a blue header row, light blue bands. */
const TABLE_FILLS: Record<TableRole, string | undefined> = {
  header: "#4472C4",
  band: "#D9E1F2",
  plain: undefined,
};

function Cell({ sheet, row, column, selection, heat, bold, tables, pin }: CellProps) {
  const styles = useStyles();
  const value = sheet.values[row]?.[column] ?? null;
  const formula = sheet.formulas[row]?.[column] ?? null;
  const name = cellRef(row, column);
  const role = tables.get(cellKey(row, column));
  const fill =
    sheet.fills[name] ??
    heat.get(cellKey(row, column)) ??
    (role === undefined ? undefined : TABLE_FILLS[role]);
  const header = role === "header" && sheet.fills[name] === undefined;
  const next = sheet.values[row]?.[column + 1] ?? null;
  const active = selection !== null && selection.row === row && selection.column === column;
  const shown = formatCellStyled(value, sheet.numberFormats[row]?.[column] ?? "General");
  return (
    <td
      data-cell={cellKey(row, column)}
      className={mergeClasses(
        styles.cell,
        typeof value === "number" && styles.number,
        typeof value === "string" && next === null && styles.spill,
        fill !== undefined && styles.filled,
        header && styles.tableHeader,
        shown.color === RED && fill === undefined && styles.red,
        (bold.has(name) || header) && styles.bold,
        inRect(selection, row, column) && !active && styles.inRange,
        active && styles.active,
        pin !== undefined && styles.pinned,
        pin?.top !== undefined && styles.pinnedTop,
        pin?.top !== undefined && pin.left !== undefined && styles.pinnedCorner,
        pin?.lastRow === true && styles.paneBottom,
        pin?.lastColumn === true && styles.paneRight
      )}
      style={{
        top: pin?.top,
        left: pin?.left,
        backgroundColor: fill,
        // A format's colour (`[Red]`); red follows the theme on the sheet's own background.
        color:
          shown.color === null || (shown.color === RED && fill === undefined)
            ? undefined
            : shown.color,
      }}
    >
      {formula !== null && value === null ? formula : shown.text}
    </td>
  );
}

interface CellProps {
  sheet: SheetDump;
  row: number;
  column: number;
  selection: Rect | null;
  heat: Map<string, string>;
  bold: Set<string>;
  tables: Map<string, TableRole>;
  /** Set on the cells of frozen panes: where they stick, and whether they edge the panes. */
  pin?: Pin;
}

interface Pin {
  top?: number;
  left?: number;
  lastRow: boolean;
  lastColumn: boolean;
}

/** The frozen panes (`freezePanes`) of a sheet: where each frozen row and column sticks. */
function pinOf(
  freeze: SheetDump["freeze"],
  row: number,
  column: number,
  lefts: number[],
  metrics: { header: number; row: number }
): Pin | undefined {
  const rows = freeze?.rows ?? 0;
  const columns = freeze?.columns ?? 0;
  if (row >= rows && column >= columns) return undefined;
  return {
    top: row < rows ? metrics.header + row * metrics.row : undefined,
    left: column < columns ? lefts[column] : undefined,
    lastRow: row === rows - 1,
    lastColumn: column === columns - 1,
  };
}

/** The drawn heights of the column letters' row and of a sheet row (for frozen rows' places). */
function useRowMetrics(
  tableRef: React.RefObject<HTMLTableElement>,
  deps: unknown[]
): { header: number; row: number } {
  const [metrics, setMetrics] = useState({ header: ROW_PX, row: ROW_PX });
  useLayoutEffect(() => {
    const table = tableRef.current;
    const head = table?.tHead?.rows[0];
    const first = table?.tBodies[0]?.rows[0];
    if (head === undefined || first === undefined) return;
    const next = {
      header: head.getBoundingClientRect().height,
      row: first.getBoundingClientRect().height,
    };
    setMetrics((old) => (old.header === next.header && old.row === next.row ? old : next));
  }, deps);
  return metrics;
}

function ColumnHeads({
  columns,
  selection,
  frozen,
}: {
  columns: number;
  selection: Rect | null;
  /** The lefts of the frozen columns. */
  frozen: number[];
}) {
  const styles = useStyles();
  return (
    <thead>
      <tr>
        <td className={mergeClasses(styles.head, styles.corner)} />
        {Array.from({ length: columns }, (_, c) => (
          <th
            key={c}
            scope="col"
            className={mergeClasses(
              styles.head,
              c < frozen.length && styles.headPinned,
              selection !== null && inRect(selection, selection.row, c) && styles.headSelected
            )}
            style={c < frozen.length ? { left: frozen[c] } : undefined}
          >
            {columnLetters(c)}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The sheet's rows: the row number (pinned when frozen) and the row's cells. */
function SheetRows({
  sheet,
  rows,
  columns,
  selection,
  tables,
  lefts,
  metrics,
}: {
  sheet: SheetDump;
  rows: number;
  columns: number;
  selection: Rect | null;
  tables: Map<string, TableRole>;
  /** The lefts of the frozen columns. */
  lefts: number[];
  metrics: { header: number; row: number };
}) {
  const styles = useStyles();
  const frozenRows = sheet.freeze?.rows ?? 0;
  const heat = heatMapFills(sheet.colorScales, sheet.values);
  const bold = new Set(sheet.bold);
  return (
    <tbody>
      {Array.from({ length: rows }, (_, r) => (
        <tr key={r}>
          <th
            scope="row"
            style={r < frozenRows ? { top: metrics.header + r * metrics.row } : undefined}
            className={mergeClasses(
              styles.rowHead,
              r < frozenRows && styles.rowHeadPinned,
              selection !== null && inRect(selection, r, selection.column) && styles.headSelected
            )}
          >
            {r + 1}
          </th>
          {Array.from({ length: columns }, (_, c) => (
            <Cell
              key={c}
              sheet={sheet}
              row={r}
              column={c}
              selection={selection}
              heat={heat}
              bold={bold}
              tables={tables}
              pin={pinOf(sheet.freeze, r, c, lefts, metrics)}
            />
          ))}
        </tr>
      ))}
    </tbody>
  );
}

/** The sheet's charts, drawn over the cells where it placed them (their boxes as measured). */
function ChartFigures({
  charts,
  boxes,
  strings,
  culture,
}: {
  charts: PlacedChart[];
  boxes: Box[];
  strings: PreviewStrings;
  culture: string;
}) {
  const styles = useStyles();
  return (
    <>
      {charts.map(({ chart }, i) => {
        const box = boxes[i];
        if (box === undefined || box.width === 0) return null;
        const label = strings.chartLabel(chart.title, strings.chartKinds[chart.kind]);
        return (
          <figure
            key={i}
            className={styles.chart}
            style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
            aria-label={label}
            data-chart-kind={chart.kind}
            onMouseDown={(event) => event.stopPropagation()}
          >
            <figcaption className={styles.chartTitle}>{chart.title}</figcaption>
            <div className={styles.plot} style={{ height: box.height - 2 - CHART_TITLE_PX }}>
              <Suspense fallback={null}>
                <ChartView
                  chart={chart}
                  width={box.width - 2}
                  height={box.height - 2 - CHART_TITLE_PX}
                  culture={culture}
                />
              </Suspense>
            </div>
          </figure>
        );
      })}
    </>
  );
}

/** Arrow keys move the selection (scrolling to it); a click selects a cell, shift-click extends. */
function useGridInput(
  scrollerRef: React.RefObject<HTMLDivElement>,
  selection: Rect | null,
  size: { rows: number; columns: number },
  onSelect: SheetGridProps["onSelect"]
) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const moved = moveSelection(selection, event.key, size);
    if (moved === null) return;
    event.preventDefault();
    onSelect(moved, false);
    requestAnimationFrame(() =>
      scrollerRef.current
        ?.querySelector(`[data-cell="${cellKey(moved.row, moved.column)}"]`)
        ?.scrollIntoView({ block: "nearest", inline: "nearest" })
    );
  };
  const onMouseDown = (event: React.MouseEvent<HTMLDivElement>): void => {
    const target = (event.target as HTMLElement).closest("[data-cell]");
    const key = target?.getAttribute("data-cell");
    if (key === undefined || key === null) return;
    const [row, column] = key.split(",").map(Number) as [number, number];
    onSelect({ row, column, rows: 1, columns: 1 }, event.shiftKey);
  };
  return { onKeyDown, onMouseDown };
}

export function SheetGrid({
  sheet,
  charts,
  tables,
  selection,
  onSelect,
  strings,
  culture,
}: SheetGridProps) {
  const styles = useStyles();
  const sheetRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const size = gridSize(
    sheet,
    charts.map((c) => c.place)
  );
  const widths = Array.from({ length: size.columns }, (_, c) => columnPx(sheet, columnLetters(c)));
  const tableRef = useRef<HTMLTableElement>(null);
  const metrics = useRowMetrics(tableRef, [sheet]);
  // The lefts of the frozen columns: after the row numbers and the columns before them.
  const lefts = Array.from(
    { length: sheet.freeze?.columns ?? 0 },
    (_, c) => ROW_HEAD_PX + widths.slice(0, c).reduce((sum, w) => sum + w, 0)
  );
  const boxes = useChartBoxes(sheetRef, charts, [sheet, charts, size.rows, size.columns]);
  const { onKeyDown, onMouseDown } = useGridInput(scrollerRef, selection, size, onSelect);

  return (
    <div
      ref={scrollerRef}
      className={styles.scroller}
      role="region"
      tabIndex={0}
      aria-label={strings.cells(sheet.name)}
      onKeyDown={onKeyDown}
      onMouseDown={onMouseDown}
    >
      <div ref={sheetRef} className={styles.sheet}>
        <table
          ref={tableRef}
          className={styles.table}
          aria-label={sheet.name}
          style={{ width: `${ROW_HEAD_PX + widths.reduce((a, b) => a + b, 0)}px` }}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEAD_PX}px` }} />
            {widths.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <ColumnHeads columns={size.columns} selection={selection} frozen={lefts} />
          <SheetRows
            sheet={sheet}
            rows={size.rows}
            columns={size.columns}
            selection={selection}
            tables={tables}
            lefts={lefts}
            metrics={metrics}
          />
        </table>
        <ChartFigures charts={charts} boxes={boxes} strings={strings} culture={culture} />
      </div>
    </div>
  );
}
