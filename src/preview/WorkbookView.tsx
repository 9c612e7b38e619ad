/** The stand-in's workbook as HTML: one tab per sheet, its cells formatted, its charts listed. */
import { useEffect, useState } from "react";
import { Caption1, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters } from "../workbook/a1";
import type { MemoryWorkbook } from "./standIn/workbook";
import { dumpWorkbook } from "./standIn/dump";
import type { SheetDump, WorkbookDump } from "./standIn/dump";
import { formatCell } from "./formatCell";
import { heatMapFills } from "./heatMap";

export interface WorkbookViewProps {
  workbook: MemoryWorkbook;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  scroller: {
    overflow: "auto",
    maxHeight: "calc(100vh - 120px)",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: {
    borderCollapse: "collapse",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
  },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    position: "sticky",
    top: 0,
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: "right",
    paddingRight: tokens.spacingHorizontalXS,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    padding: `1px ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "260px",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  charts: { color: tokens.colorNeutralForeground2 },
});

/** A planned fill (the baseline cell) shows over the heat map, as its outline does in Excel. */
function fillOf(
  fill: string | undefined,
  heat: string | undefined
): { backgroundColor: string } | undefined {
  const color = fill ?? heat;
  return color === undefined ? undefined : { backgroundColor: color };
}

function SheetTable({ sheet }: { sheet: SheetDump }) {
  const styles = useStyles();
  const bold = new Set(sheet.bold);
  const heat = heatMapFills(sheet.colorScales, sheet.values);
  const columns = sheet.values[0]?.length ?? 0;
  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label={sheet.name}>
        <thead>
          <tr>
            <th className={styles.head} scope="col">
              #
            </th>
            {Array.from({ length: columns }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.values.map((row, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {row.map((value, c) => {
                const name = `${columnLetters(c)}${r + 1}`;
                const classes = [
                  styles.cell,
                  typeof value === "number" ? styles.number : "",
                  bold.has(name) ? styles.bold : "",
                ].join(" ");
                const formula = sheet.formulas[r]?.[c];
                return (
                  <td
                    key={c}
                    className={classes}
                    title={formula ?? undefined}
                    style={fillOf(sheet.fills[name], heat.get(`${r},${c}`))}
                  >
                    {formula !== null && formula !== undefined && value === null
                      ? formula
                      : formatCell(value, sheet.numberFormats[r]?.[c] ?? "General")}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WorkbookView({ workbook }: WorkbookViewProps) {
  const styles = useStyles();
  const [dump, setDump] = useState<WorkbookDump>(() => dumpWorkbook(workbook));
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => workbook.onChange(() => setDump(dumpWorkbook(workbook))), [workbook]);
  const active =
    dump.sheets.find((sheet) => sheet.name === (selected ?? dump.activeSheet)) ?? dump.sheets[0];
  return (
    <section className={styles.root} aria-label="Workbook">
      <TabList
        size="small"
        selectedValue={active?.name}
        onTabSelect={(_, data) => setSelected(String(data.value))}
      >
        {dump.sheets.map((sheet) => (
          <Tab key={sheet.name} value={sheet.name}>
            {sheet.name}
          </Tab>
        ))}
      </TabList>
      {active !== undefined && <SheetTable sheet={active} />}
      {active !== undefined && active.charts.length > 0 && (
        <Caption1 className={styles.charts}>
          {active.charts
            .map(
              (chart) =>
                `Chart: ${chart.title ?? chart.name} (${chart.type}, ${chart.series.map((s) => s.name).join(", ")})`
            )
            .join(" · ")}
        </Caption1>
      )}
      {active === undefined && <Text>No sheets.</Text>}
    </section>
  );
}
