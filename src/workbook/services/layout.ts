/**
 * What every written sheet shares: the audit header at A1 (which is also the ownership marker,
 * see ownership.ts), the definitions section at the bottom, and the assembly of a `SheetPlan`.
 */
import { issueMessage } from "../../model";
import type { InputIssue, Locale, PeriodUnit } from "../../model";
import { rectRef } from "../a1";
import { planExtent } from "../blocks";
import {
  contentCheck,
  OWNER_TITLE_PREFIX,
  type AnalysisKind,
  writtenRangeLabel,
  writtenRangeText,
  type PlacedValue,
} from "../ownership";
import { DEFAULT_TABLE_NAMES, INPUT_NAMES } from "../port";
import type { Block, BlockStyle, NumberFormat, PageSetup, ReadInputs, SheetPlan } from "../port";
import { localizedFormat } from "../formats";
import { contentWidths } from "../widths";
import { definition, type DefinedFigure } from "./definitions";
import { sheetText } from "./sheetText";

/** Every written sheet prints landscape, one page wide (as many pages tall as it needs). */
export const PRINT_SETUP: PageSetup = { orientation: "landscape", fitToPagesWide: 1 };

/** A table of more data rows than this is long: its header row and label columns are frozen. */
export const LONG_TABLE_ROWS = 20;
/** Most rows frozen: Excel freezes from the top, so a header further down freezes columns only. */
export const MAX_FROZEN_ROWS = 24;

/**
 * The frozen panes of a sheet with a long table whose header row is at `headerRow` and whose
 * labels fill the first `labelColumns` columns; none for a short table.
 */
export function longTableFreeze(
  headerRow: number,
  labelColumns: number,
  dataRows: number
): { rows: number; columns: number } | undefined {
  if (dataRows <= LONG_TABLE_ROWS) return undefined;
  return { rows: headerRow + 1 <= MAX_FROZEN_ROWS ? headerRow + 1 : 0, columns: labelColumns };
}

/** First row of a sheet's own content, below the audit header and one blank row. */
export const BODY_ROW = 10;
/** First row of the content of a sheet whose audit header has a `Question` row (one row longer). */
export const QUESTION_BODY_ROW = BODY_ROW + 1;

export const COLORS = {
  sectionFill: "#DDEBF7",
  headerFill: "#F2F2F2",
  note: "#595959",
  baseline: "#FFE699",
  heatLow: "#F8696B",
  heatMid: "#FFEB84",
  heatHigh: "#63BE7B",
} as const;

export interface AuditInfo {
  /** Which analysis wrote the sheet: recorded as a stable code (`Analysis | tornado`), never translated. */
  analysis: AnalysisKind;
  /** Shown after the owner prefix: `GTM Modeler · Model results`. */
  title: string;
  /** What was run, in words. */
  run: string;
  now: Date;
  version: string;
  inputs: ReadInputs;
  warnings?: readonly Pick<InputIssue, "message">[];
  /** Shown in the `Inputs` row instead of the model's input tables (what-if sheets name their cells). */
  inputsText?: string;
  /** The language of every text (English by default). */
  locale?: Locale;
  /** The question in the model's own names (`npv over segment[*].price …`): a `Question` row. */
  question?: string;
}

/** `1 channel`, `2 channels`, `1 month`, `24 months`. */
export function count(n: number, singular: string): string {
  return `${n} ${n === 1 ? singular : `${singular}s`}`;
}

/** `2026-11-22 04:30:12 UTC`. */
export function formatTimestamp(now: Date): string {
  const time = now.getTime();
  if (!Number.isFinite(time)) throw new RangeError("The run time is not a valid date");
  return `${now.toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** `Channels: Channels!A1:J3; Segments: Segments!A1:J3; Mix: none; …`. */
export function inputsText(inputs: ReadInputs, locale: Locale = "en"): string {
  if (locale !== "en") {
    const t = sheetText(locale).audit;
    return INPUT_NAMES.map((name) => `${t.tables[name]}：${inputs[name]?.address ?? t.none}`).join(
      "；"
    );
  }
  return INPUT_NAMES.map(
    (name) => `${DEFAULT_TABLE_NAMES[name]}: ${inputs[name]?.address ?? "none"}`
  ).join("; ");
}

/** A section title row. */
export function sectionTitle(row: number, column: number, text: string): Block {
  return { row, column, cells: [[text]], style: { bold: true, size: 12 } };
}

/** A note in small grey italics. */
export function noteBlock(row: number, column: number, text: string): Block {
  return { row, column, cells: [[text]], style: { italic: true, fontColor: COLORS.note } };
}

/** How a table's header row looks, written as values or spilled by a live formula. */
export const HEADER_STYLE: BlockStyle = {
  bold: true,
  fill: COLORS.headerFill,
  border: "bottom",
  wrap: true,
};

/** A header row of plain words. */
export function headerRow(row: number, column: number, labels: string[]): Block {
  return { row, column, cells: [labels], style: HEADER_STYLE };
}

/** Room for the warnings in one cell (Excel holds 32,767 characters), with space for the tail. */
const WARNINGS_ROOM = 32_000;

/** The warnings in one cell: every one while they fit, then how many more there are. */
export function warningsText(messages: readonly string[], locale: Locale = "en"): string {
  const t = sheetText(locale).audit;
  if (messages.length === 0) return t.none;
  let text = "";
  for (let i = 0; i < messages.length; i++) {
    const next = i === 0 ? messages[i] : `${text}${t.separator}${messages[i]}`;
    if (next.length > WARNINGS_ROOM)
      return `${text}${t.separator}${t.moreWarnings(messages.length - i)}`;
    text = next;
  }
  return text;
}

/** A warning in the sheet's language. */
function warningText(warning: Pick<InputIssue, "message">, locale: Locale): string {
  return issueMessage(warning, locale);
}

function auditRows(audit: AuditInfo, written: string): [string, string][] {
  const warnings = audit.warnings ?? [];
  const locale = audit.locale ?? "en";
  const t = sheetText(locale).audit;
  return [
    [t.run, audit.run],
    [t.when, formatTimestamp(audit.now)],
    [t.inputs, audit.inputsText ?? inputsText(audit.inputs, locale)],
    ...(audit.question === undefined ? [] : [[t.question, audit.question] as [string, string]]),
    [t.version, `GTM Modeler ${audit.version}`],
    [writtenRangeLabel(locale), written],
    [
      t.warnings,
      warningsText(
        warnings.map((w) => warningText(w, locale)),
        locale
      ),
    ],
    [t.note, t.noteText],
    // Last: the rows above keep their places; the code is what "replace the earlier sheet" finds.
    [t.analysis, audit.analysis],
  ];
}

function headerBlocks(audit: AuditInfo, written: string): Block[] {
  const rows = auditRows(audit, written);
  return [
    {
      row: 0,
      column: 0,
      cells: [[`${OWNER_TITLE_PREFIX}${audit.title}`]],
      style: { bold: true, size: 14 },
    },
    {
      row: 1,
      column: 0,
      cells: rows.map(([label]) => [label]),
      style: { bold: true, fontColor: COLORS.note },
    },
    {
      row: 1,
      column: 1,
      cells: rows.map(([, value]) => [value]),
      style: { fontColor: COLORS.note },
    },
  ];
}

/** The definitions section: `[label, definition]` rows. */
function definitionsBlocks(
  row: number,
  figures: readonly { figure: DefinedFigure; label: string }[],
  unit: PeriodUnit,
  locale: Locale
): Block[] {
  if (figures.length === 0) return [];
  return [
    sectionTitle(row, 0, sheetText(locale).audit.definitions),
    {
      row: row + 1,
      column: 0,
      cells: figures.map(({ figure, label }) => [label, definition(figure, unit, locale)]),
      style: { fontColor: COLORS.note },
    },
  ];
}

export interface PlanBody extends Omit<SheetPlan, "name" | "replace"> {
  /** Figures to define in the audit's definitions section, with the label the sheet uses. */
  definitions: readonly { figure: DefinedFigure; label: string }[];
  periodUnit: PeriodUnit;
}

/** Put a sheet together: audit header at A1, the body, the definitions below it, the written range recorded. */
export function assemblePlan(
  target: { name: string; replace: boolean },
  audit: AuditInfo,
  body: PlanBody
): SheetPlan {
  const { definitions, periodUnit, ...rest } = localizedBody(body, audit.locale ?? "en");
  checkBlankRowBelowAudit(audit, rest);
  const bodyPlan: SheetPlan = {
    name: target.name,
    replace: target.replace,
    ...rest,
    blocks: [...headerBlocks(audit, "A1"), ...rest.blocks],
  };
  const bodyExtent = planExtent(bodyPlan);
  const locale = audit.locale ?? "en";
  const defs = definitionsBlocks(
    bodyExtent.row + bodyExtent.rows + 1,
    definitions,
    periodUnit,
    locale
  );
  const withDefs: SheetPlan = { ...bodyPlan, blocks: [...bodyPlan.blocks, ...defs] };
  const extent = planExtent(withDefs);
  const written = rectRef({
    row: 0,
    column: 0,
    rows: extent.row + extent.rows,
    columns: extent.column + extent.columns,
  });
  const draft = [...headerBlocks(audit, written), ...rest.blocks, ...defs];
  const at = {
    row: 1 + auditRows(audit, written).findIndex(([label]) => label === writtenRangeLabel(locale)),
    column: 1,
  };
  const check = valuesOnly(draft) ? contentCheck(placedValues(draft), at) : null;
  const range = writtenRangeText(written, check, locale);
  const plan: SheetPlan = {
    ...withDefs,
    blocks: [...headerBlocks(audit, range), ...rest.blocks, ...defs],
  };
  return { ...plan, columnWidths: contentWidths(plan), page: PRINT_SETUP };
}

/**
 * The body starts after the audit header and one blank row, so the header reads as a block of its
 * own (a sheet whose header has a Question row starts at `QUESTION_BODY_ROW`).
 */
function checkBlankRowBelowAudit(
  audit: AuditInfo,
  body: Pick<SheetPlan, "blocks" | "charts">
): void {
  const firstFree = 1 + auditRows(audit, "A1").length + 1;
  const top = Math.min(
    ...body.blocks.map((block) => block.row),
    ...(body.charts ?? []).map((chart) => chart.anchor.row)
  );
  if (top < firstFree)
    throw new Error(
      `The sheet's body starts at row ${top + 1}: rows 1 to ${firstFree} belong to its audit header and the blank row below it`
    );
}

/** The body's number formats (cells and charts) in the sheet's language (`0.0" 个月"`). */
function localizedBody(body: PlanBody, locale: Locale): PlanBody {
  if (locale === "en") return body;
  const f = (format: NumberFormat): NumberFormat => localizedFormat(format, locale);
  const some = (format: NumberFormat | null): NumberFormat | null =>
    format === null ? null : f(format);
  const blocks = body.blocks.map((block): Block => ({
    ...block,
    ...(block.numberFormat === undefined ? {} : { numberFormat: f(block.numberFormat) }),
    ...(block.columnFormats === undefined ? {} : { columnFormats: block.columnFormats.map(some) }),
    ...(block.cellFormats === undefined
      ? {}
      : { cellFormats: block.cellFormats.map((row) => row.map(some)) }),
  }));
  const charts = body.charts?.map((chart) =>
    chart.valueFormat === undefined ? chart : { ...chart, valueFormat: f(chart.valueFormat) }
  );
  return { ...body, blocks, ...(charts === undefined ? {} : { charts }) };
}

/** True when every block holds values only (no formula, no spill): the content check applies. */
function valuesOnly(blocks: readonly Block[]): boolean {
  return blocks.every(
    (block) =>
      block.spill === undefined &&
      block.cells.every((row) =>
        row.every((cell) => cell === null || typeof cell !== "object" || !("formula" in cell))
      )
  );
}

/** The values the blocks leave on the sheet, later blocks over earlier ones ("" clears a cell). */
function placedValues(blocks: readonly Block[]): PlacedValue[] {
  const cells = new Map<string, PlacedValue>();
  for (const block of blocks) {
    block.cells.forEach((line, i) =>
      line.forEach((cell, j) => {
        const row = block.row + i;
        const column = block.column + j;
        const key = `${row},${column}`;
        if (cell === null || cell === "") cells.delete(key);
        else cells.set(key, { row, column, value: cell as PlacedValue["value"] });
      })
    );
  }
  return Array.from(cells.values());
}
