/**
 * The stand-in's workbook as Excel shows it: the selected cell's address and contents (name box
 * and formula bar), the active sheet's grid with its charts drawn, and one tab per sheet below.
 * Selecting a tab or a cell selects it in the workbook, so "Use selection" in the pane reads it.
 */
import { useEffect, useMemo, useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { rectRef } from "../workbook/a1";
import type { Rect } from "../workbook/port";
import { chartModel } from "./chartModel";
import { formatCell } from "./formatCell";
import { chartPlace, extendSelection, selectionOn, tableRoles } from "./gridLayout";
import type { PreviewStrings } from "./previewStrings";
import { SheetGrid } from "./SheetGrid";
import type { PlacedChart } from "./SheetGrid";
import type { SheetDump, WorkbookDump } from "../testing/office/dump";
import { dumpWorkbook } from "../testing/office/dump";
import type { MemoryWorkbook } from "../testing/office/workbook";

export interface WorkbookViewProps {
  workbook: MemoryWorkbook;
  strings: PreviewStrings;
  culture: string;
  /** Inserts the sample model (through the pane's operations); offered while the book is empty. */
  onInsertSample(): Promise<void>;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  bar: {
    display: "grid",
    gridTemplateColumns: "96px 1fr",
    gap: tokens.spacingHorizontalXS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
  },
  box: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: `2px ${tokens.spacingHorizontalS}`,
    minHeight: "20px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
  },
  empty: { alignSelf: "start" },
  // Many sheets wrap onto a second row instead of running past the page (and its background).
  tabs: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexWrap: "wrap",
    minWidth: 0,
  },
});

const FIRST_CELL: Rect = { row: 0, column: 0, rows: 1, columns: 1 };

function isEmpty(book: WorkbookDump): boolean {
  return book.sheets.every((sheet) => sheet.values.length === 0 && sheet.charts.length === 0);
}

/** What the formula bar shows for the selection's first cell: its formula, else its value. */
function contents(sheet: SheetDump, selection: Rect | null): string {
  if (selection === null) return "";
  const { row, column } = selection;
  const formula = sheet.formulas[row]?.[column] ?? null;
  if (formula !== null) return formula;
  return formatCell(
    sheet.values[row]?.[column] ?? null,
    sheet.numberFormats[row]?.[column] ?? "General"
  );
}

function EmptyBook({ strings, onInsert }: { strings: PreviewStrings; onInsert(): Promise<void> }) {
  const styles = useStyles();
  const [state, setState] = useState<"idle" | "busy" | string>("idle");
  const insert = (): void => {
    setState("busy");
    onInsert().then(
      () => setState("idle"),
      (error: unknown) => setState(error instanceof Error ? error.message : String(error))
    );
  };
  const failed = state !== "idle" && state !== "busy";
  return (
    <MessageBar className={styles.empty} intent={failed ? "error" : "info"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.emptyTitle}</MessageBarTitle>
        {failed ? strings.insertFailed(state) : strings.emptyText}
      </MessageBarBody>
      <Button appearance="primary" disabled={state === "busy"} onClick={insert}>
        {state === "busy" ? strings.inserting : strings.insertSample}
      </Button>
    </MessageBar>
  );
}

export function WorkbookView({ workbook, strings, culture, onInsertSample }: WorkbookViewProps) {
  const styles = useStyles();
  const [dump, setDump] = useState<WorkbookDump>(() => dumpWorkbook(workbook));
  useEffect(() => workbook.onChange(() => setDump(dumpWorkbook(workbook))), [workbook]);
  const active = dump.sheets.find((sheet) => sheet.name === dump.activeSheet) ?? dump.sheets[0];
  const charts: PlacedChart[] = useMemo(
    () =>
      active === undefined
        ? []
        : active.charts.map((record) => {
            const chart = chartModel(record, dump, active.name);
            return { chart, place: chartPlace(chart, active) };
          }),
    [active, dump]
  );
  // Excel selects A1 of a sheet until something else is selected.
  const selection =
    active === undefined ? null : (selectionOn(dump.selection, active.name) ?? FIRST_CELL);

  /** Select a sheet or cells in the workbook, as a click in Excel does. */
  const select = (sheet: string, rect: Rect): void => {
    workbook.activeSheet = sheet;
    workbook.selection = { sheet, ...rect };
    workbook.notify();
  };

  return (
    <section className={styles.root} aria-label={strings.heading}>
      {isEmpty(dump) && <EmptyBook strings={strings} onInsert={onInsertSample} />}
      <div className={styles.bar}>
        <div className={styles.box} role="status" aria-label={strings.nameBox}>
          {selection === null ? "" : rectRef(selection)}
        </div>
        <div className={styles.box} aria-label={strings.formulaBar} role="note">
          {active === undefined ? "" : contents(active, selection)}
        </div>
      </div>
      {active !== undefined && (
        <SheetGrid
          key={active.name}
          sheet={active}
          charts={charts}
          tables={tableRoles(dump.tables, active.name)}
          selection={selection}
          onSelect={(rect, extend) =>
            select(active.name, extend ? extendSelection(selection, rect.row, rect.column) : rect)
          }
          strings={strings}
          culture={culture}
        />
      )}
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={strings.sheets}
        selectedValue={active?.name}
        onTabSelect={(_, data) => {
          const name = String(data.value);
          const kept = selectionOn(dump.selection, name);
          select(name, kept ?? FIRST_CELL);
        }}
      >
        {dump.sheets.map((sheet) => (
          <Tab key={sheet.name} value={sheet.name}>
            {sheet.name}
          </Tab>
        ))}
      </TabList>
      <Caption1>{strings.intro}</Caption1>
    </section>
  );
}
