/**
 * Insert the sample model: the `direct-vs-partner` example as formatted Excel tables Channels,
 * Segments, Mix and Assumptions, and its Scenarios, Bounds, Uncertainty and Correlations tables
 * (each on a new sheet), and a sheet with a live `=GTM.MODEL(...)`, `=GTM.SCENARIOS(...)` and
 * `=GTM.ALLOCATE(...)` over them. Never touches an existing sheet or table: free names are picked (`Channels (2)`,
 * table `Channels2`) and the formula refers to the table names actually used.
 */
import { contentWidths } from "../widths";
import { FIELD_LABELS, fieldLabel } from "../../model";
import type { Locale, PeriodUnit } from "../../model";
import { sheetRef } from "../a1";
import { checkPlan } from "../blocks";
import { fieldFormat, moneyFormat, SCALE_FORMAT } from "../formats";
import { freeSheetName, freeTableName } from "../ownership";
import { DEFAULT_TABLE_NAMES, INPUT_NAMES, tablePart } from "../port";
import type {
  Block,
  CellValue,
  InputName,
  NumberFormat,
  ReadInputs,
  SheetPlan,
  TableData,
  WorkbookInfo,
  WorkbookPort,
  WrittenSheet,
} from "../port";
import { SAMPLE_INPUT, SAMPLE_TABLES } from "../sampleData";
import { assemblePlan, BODY_ROW, HEADER_STYLE, noteBlock, sectionTitle } from "./layout";
import { CHANNEL_COLUMNS, channelColumnFormats, columnLabel } from "./columns";
import { sheetText } from "./sheetText";
import { formulaCall, inputRefs, textLiteral } from "./formulas";
import { liveSummaryBlocks } from "./results";
import type { InsertSampleOptions, SampleWritten } from "./types";

export const SAMPLE_MODEL_SHEET = "GTM Model";
export const SAMPLE_TABLE_STYLE = "TableStyleMedium2";
/** The sample's Assumptions table names no currency: its money is in the default, USD. */
const SAMPLE_CURRENCY: string | null = null;

/** The model's field for a header in words (`Cost per lead` → `costPerLead`); null for name columns. */
function fieldOfHeader(header: string): string | null {
  const key = header.toLowerCase().replace(/[\s_.-]/g, "");
  const found = Object.entries(FIELD_LABELS).find(
    ([field, entry]) =>
      field.toLowerCase() === key || entry.label.toLowerCase().replace(/[\s_.-]/g, "") === key
  );
  return found === undefined || found[0] === "name" ? null : found[0];
}

/** The four input grids as the sample writes them (blanks as null, mix corner `Channel`, assumptions with a header). */
export function sampleGrids(): Record<
  InputName,
  { cells: CellValue[][]; formats: (NumberFormat | null)[][] }
> {
  const unit: PeriodUnit = SAMPLE_INPUT.assumptions.periodUnit;
  const blank = (v: string | number): CellValue => (v === "" ? null : v);
  const byHeader = (grid: (string | number)[][]) => {
    const headers = (grid[0] ?? []).map(String);
    const formats = headers.map((h) => {
      const field = fieldOfHeader(h);
      return field === null ? null : fieldFormat(field, { periodUnit: unit });
    });
    return {
      cells: grid.map((row) => row.map(blank)),
      formats: grid.map((_, r) =>
        r === 0 ? headers.map(() => null) : formats.map((f) => (f === "@" ? null : f))
      ),
    };
  };
  const mixGrid = SAMPLE_TABLES.mix.map((row, r) =>
    row.map((v, c) => (r === 0 && c === 0 ? "Channel" : blank(v)))
  );
  const assumptionRows = SAMPLE_TABLES.assumptions.map(([name, value]) => {
    const field = String(name);
    const entry = FIELD_LABELS[field];
    return {
      label: fieldLabel(field, unit),
      value: value ?? null,
      format:
        entry === undefined || entry.kind === "text"
          ? null
          : fieldFormat(field, { periodUnit: unit }),
    };
  });
  return {
    channels: byHeader(SAMPLE_TABLES.channels),
    segments: byHeader(SAMPLE_TABLES.segments),
    mix: {
      cells: mixGrid,
      formats: mixGrid.map((row, r) => row.map((_, c) => (r > 0 && c > 0 ? "0%" : null))),
    },
    assumptions: {
      cells: [["Assumption", "Value"], ...assumptionRows.map((a) => [a.label, a.value])],
      formats: [[null, null], ...assumptionRows.map((a) => [null, a.format])],
    },
  };
}

/** The decision tables the sample adds beside the model's inputs (spec §6, §8, §9). */
export const SAMPLE_DECISION_TABLES = [
  "scenarios",
  "bounds",
  "uncertainty",
  "correlations",
] as const;
export type SampleDecisionTable = (typeof SAMPLE_DECISION_TABLES)[number];

/** The input field a driver text names (`channel[Partners].spend` → `spend`), for its format. */
function driverField(driver: CellValue): string | null {
  const text = String(driver ?? "");
  const field = text.includes(".") ? text.slice(text.lastIndexOf(".") + 1) : text;
  return FIELD_LABELS[field] === undefined ? null : field;
}

/** A driver's value format: × baseline as a percentage in scale mode, else the field's own. */
function driverValueFormat(
  driver: CellValue,
  mode: CellValue,
  unit: PeriodUnit
): NumberFormat | null {
  if (String(mode ?? "").toLowerCase() === "scale") return SCALE_FORMAT;
  const field = driverField(driver);
  return field === null ? null : fieldFormat(field, { periodUnit: unit });
}

/** The decision tables as the sample writes them, with a format per cell. */
export function sampleDecisionGrids(
  currency: string | null = SAMPLE_CURRENCY
): Record<SampleDecisionTable, { cells: CellValue[][]; formats: (NumberFormat | null)[][] }> {
  const unit: PeriodUnit = SAMPLE_INPUT.assumptions.periodUnit;
  const blank = (v: string | number): CellValue => (v === "" ? null : v);
  const grid = (
    table: SampleDecisionTable,
    format: (row: (string | number)[], column: number) => NumberFormat | null
  ) => {
    const rows = SAMPLE_TABLES[table];
    return {
      cells: rows.map((row) => row.map(blank)),
      formats: rows.map((row, r) => row.map((_, c) => (r === 0 ? null : format(row, c)))),
    };
  };
  const money = moneyFormat(currency);
  return {
    scenarios: grid("scenarios", (row, c) =>
      c === 2 ? driverValueFormat(row[1], row[3], unit) : null
    ),
    bounds: grid("bounds", (_, c) => (c > 0 ? money : null)),
    uncertainty: grid("uncertainty", (row, c) =>
      c >= 2 && c <= 6 ? driverValueFormat(row[0], row[7], unit) : null
    ),
    correlations: grid("correlations", (_, c) => (c === 2 ? "0.00" : null)),
  };
}

export interface SamplePlans {
  inputs: { input: InputName; plan: SheetPlan; table: string; data: TableData }[];
  decisions: { table: SampleDecisionTable; plan: SheetPlan; name: string; data: TableData }[];
  model: SheetPlan;
}

/** A new sheet holding one formatted Excel table at A1. */
export function tablePlan(
  sheet: string,
  table: string,
  grid: { cells: CellValue[][]; formats: (NumberFormat | null)[][] }
): { plan: SheetPlan; rect: { row: number; column: number; rows: number; columns: number } } {
  const { cells, formats } = grid;
  const rect = { row: 0, column: 0, rows: cells.length, columns: (cells[0] ?? []).length };
  return {
    rect,
    plan: {
      name: sheet,
      replace: false,
      blocks: [{ row: 0, column: 0, cells, cellFormats: formats }],
      tables: [{ name: table, style: SAMPLE_TABLE_STYLE, ...rect }],
      columnWidths: contentWidths({
        name: sheet,
        replace: false,
        blocks: [{ row: 0, column: 0, cells, cellFormats: formats }],
      }),
    },
  };
}

/** The decision tables' sheets with free sheet and table names (pushed onto the taken names). */
function decisionPlans(
  sheets: string[],
  tables: string[],
  currency: string | null
): SamplePlans["decisions"] {
  const decisionGrids = sampleDecisionGrids(currency);
  return SAMPLE_DECISION_TABLES.map((table) => {
    const sheet = freeSheetName(sheets, DEFAULT_TABLE_NAMES[table]);
    sheets.push(sheet);
    const name = freeTableName(tables, DEFAULT_TABLE_NAMES[table]);
    tables.push(name);
    const { plan, rect } = tablePlan(sheet, name, decisionGrids[table]);
    const data: TableData = {
      values: decisionGrids[table].cells.map((row) => row.map((v) => v ?? "")),
      origin: { sheet, row: 0, column: 0 },
      address: sheetRef(sheet, rect),
      formulaRef: `${name}[#All]`,
      kind: "table",
    };
    return { table, plan, name, data };
  });
}

/** Every sheet the sample writes, with free sheet and table names (pure). */
export function buildSamplePlans(info: WorkbookInfo, o: InsertSampleOptions): SamplePlans {
  const sheets = info.sheets.map((s) => s.name);
  // Tables and defined names share Excel's one namespace: a new table avoids both.
  const tables = [...info.tables, ...(info.names ?? [])];
  const grids = sampleGrids();
  const inputs = INPUT_NAMES.map((input) => {
    const name = freeSheetName(sheets, DEFAULT_TABLE_NAMES[input]);
    sheets.push(name);
    const table = freeTableName(tables, DEFAULT_TABLE_NAMES[input]);
    tables.push(table);
    const { cells } = grids[input];
    const { plan, rect } = tablePlan(name, table, grids[input]);
    const part = tablePart(input);
    const skip = part.skipHeader ? 1 : 0;
    const data: TableData = {
      values: cells.slice(skip).map((row) => row.map((v) => v ?? "")),
      origin: { sheet: name, row: skip, column: 0 },
      address: sheetRef(name, { ...rect, row: skip, rows: rect.rows - skip }),
      formulaRef: `${table}${part.specifier}`,
      kind: "table",
    };
    return { input, plan, table, data };
  });
  const read: ReadInputs = Object.fromEntries(inputs.map((i) => [i.input, i.data]));
  const currency = SAMPLE_CURRENCY;
  const decisions = decisionPlans(sheets, tables, currency);
  const modelName = freeSheetName(sheets, SAMPLE_MODEL_SHEET);
  const unit: PeriodUnit = SAMPLE_INPUT.assumptions.periodUnit;
  const live = liveSummaryBlocks(
    BODY_ROW + 1,
    read,
    SAMPLE_INPUT.channels.length,
    channelColumnFormats(currency, unit),
    o.locale
  );
  const t = sheetText(o.locale);
  const model = assemblePlan(
    { name: modelName, replace: false },
    {
      analysis: "sample",
      title: t.sample.title,
      run: t.sample.run,
      locale: o.locale,
      now: o.now,
      version: o.version,
      inputs: read,
    },
    {
      blocks: [
        sectionTitle(BODY_ROW, 0, t.results.channelSummary),
        ...live.blocks,
        noteBlock(live.end, 0, t.sample.editNote),
        ...liveDecisionBlocks(live.end + 2, read, decisions, currency, o.locale),
      ],
      definitions: CHANNEL_COLUMNS.flatMap((c) =>
        c.figure === null ? [] : [{ figure: c.figure, label: columnLabel(c, o.locale) }]
      ),
      periodUnit: unit,
    }
  );
  return { inputs, decisions, model };
}

/** The metrics the sample's live GTM.SCENARIOS compares (all money, one format). */
export const SAMPLE_SCENARIO_METRICS = "npv,revenue,grossProfit,contribution";

/** Live GTM.SCENARIOS over the Scenarios table and GTM.ALLOCATE over the Bounds table. */
function liveDecisionBlocks(
  top: number,
  read: ReadInputs,
  decisions: SamplePlans["decisions"],
  currency: string | null,
  locale: Locale | undefined
): Block[] {
  const t = sheetText(locale).sample;
  const refs = inputRefs(read);
  const ref = (table: SampleDecisionTable): string =>
    (decisions.find((d) => d.table === table) as { data: TableData }).data.formulaRef;
  const money = moneyFormat(currency);
  const scenarioNames = new Set(
    SAMPLE_TABLES.scenarios.slice(1).map((row) => String(row[0]).toLowerCase())
  );
  const metrics = SAMPLE_SCENARIO_METRICS.split(",").length;
  const scenarioColumns = 1 + 1 + 2 * scenarioNames.size;
  const scenarios = formulaCall("GTM.SCENARIOS", [
    refs.channels,
    refs.segments,
    ref("scenarios"),
    textLiteral(SAMPLE_SCENARIO_METRICS),
    refs.mix,
    refs.assumptions,
  ]);
  const allocateTop = top + 1 + (1 + metrics) + 3;
  const allocate = formulaCall("GTM.ALLOCATE", [
    refs.channels,
    refs.segments,
    textLiteral("npv"),
    null,
    ref("bounds"),
    "FALSE",
    refs.mix,
    refs.assumptions,
  ]);
  const allocateRows = SAMPLE_INPUT.channels.length + 3;
  return [
    sectionTitle(top, 0, t.scenarios),
    {
      row: top + 1,
      column: 0,
      cells: [[{ formula: scenarios }]],
      spill: { rows: 1 + metrics, columns: scenarioColumns },
      columnFormats: [null, ...Array.from({ length: scenarioColumns - 1 }, () => money)],
      headerStyle: HEADER_STYLE,
    },
    noteBlock(top + 2 + metrics, 0, t.scenariosNote),
    sectionTitle(allocateTop - 1, 0, t.allocation),
    {
      row: allocateTop,
      column: 0,
      cells: [[{ formula: allocate }]],
      spill: { rows: allocateRows, columns: 4 },
      columnFormats: [null, money, money, money],
      headerStyle: HEADER_STYLE,
    },
    noteBlock(allocateTop + allocateRows, 0, t.allocationNote),
    ...liveSimulationBlocks(allocateTop + allocateRows + 2, refs, ref, money, locale),
  ];
}

/** Runs of the sample's live simulation (spec §9's default, 5,000; seed 1). */
export const SAMPLE_SIMULATION_ITERATIONS = 5000;

/** The live GTM.SIMULATE of the sample: its statistics, each in its own format. */
function liveSimulationBlocks(
  top: number,
  refs: ReturnType<typeof inputRefs>,
  ref: (table: SampleDecisionTable) => string,
  money: NumberFormat,
  locale: Locale | undefined
): Block[] {
  const t = sheetText(locale);
  const simulate = formulaCall("GTM.SIMULATE", [
    refs.channels,
    refs.segments,
    ref("uncertainty"),
    textLiteral("npv"),
    String(SAMPLE_SIMULATION_ITERATIONS),
    "1",
    ref("correlations"),
    refs.mix,
    refs.assumptions,
  ]);
  const drivers = SAMPLE_TABLES.uncertainty.length - 1;
  // Statistic, Value: Iterations, No value, Mean, SD, Min, P1 … P99, Max, Share below target,
  // then each uncertain driver's rank correlation.
  const valueFormats: (NumberFormat | null)[] = [
    null,
    "#,##0",
    "#,##0",
    ...Array.from({ length: 13 }, () => money),
    "0.0%",
    ...Array.from({ length: drivers }, () => "0.00"),
  ];
  return [
    sectionTitle(top, 0, t.sample.simulation),
    {
      row: top + 1,
      column: 0,
      cells: [[{ formula: simulate }]],
      spill: { rows: valueFormats.length, columns: 2 },
      cellFormats: valueFormats.map((format) => [null, format]),
      headerStyle: HEADER_STYLE,
    },
    noteBlock(
      top + 1 + valueFormats.length,
      0,
      t.sample.simulationNote(t.integer(SAMPLE_SIMULATION_ITERATIONS))
    ),
  ];
}

/**
 * Write new sheets in order; when one fails, delete the ones this call created (newest first) and
 * rethrow: a failed multi-step write leaves the workbook as it found it.
 */
export async function writeNewSheets(
  port: WorkbookPort,
  before: WorkbookInfo,
  plans: readonly SheetPlan[]
): Promise<WrittenSheet[]> {
  const had = new Set(before.sheets.map((s) => s.name.toLowerCase()));
  if (plans.some((plan) => plan.replace || had.has(plan.name.toLowerCase())))
    throw new Error("writeNewSheets writes new sheets only");
  const sheets: WrittenSheet[] = [];
  try {
    for (const plan of plans) sheets.push(await port.writeSheet(plan));
  } catch (error) {
    // The sheet that failed may exist half-written too (Excel applies a batch up to the failing call).
    const failed = plans[sheets.length];
    const created = [...sheets.map((s) => s.name), ...(failed === undefined ? [] : [failed.name])];
    const existing = new Set((await port.inspect()).sheets.map((s) => s.name.toLowerCase()));
    for (const name of created.reverse())
      if (existing.has(name.toLowerCase())) await port.removeSheet(name);
    throw error;
  }
  return sheets;
}

/** Insert the sample: four new input sheets with tables, then the live model sheet (all or nothing). */
export async function insertSample(
  port: WorkbookPort,
  o: InsertSampleOptions
): Promise<SampleWritten> {
  const info = await port.inspect();
  const plans = buildSamplePlans(info, o);
  const all = [
    ...plans.inputs.map((i) => i.plan),
    ...plans.decisions.map((d) => d.plan),
    plans.model,
  ];
  all.forEach(checkPlan);
  const sheets = await writeNewSheets(port, info, all);
  const tables = Object.fromEntries(plans.inputs.map((i) => [i.input, i.table])) as Record<
    InputName,
    string
  >;
  return {
    sheets,
    tables,
    decisionTables: Object.fromEntries(plans.decisions.map((d) => [d.table, d.name])) as Record<
      SampleDecisionTable,
      string
    >,
    bindings: { ...tables },
    inputs: Object.fromEntries(plans.inputs.map((i) => [i.input, i.data])),
  };
}
