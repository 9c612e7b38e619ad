/**
 * Insert the sample model: the `direct-vs-partner` example as formatted Excel tables Channels,
 * Segments, Mix and Assumptions (each on a new sheet), and a sheet with a live `=GTM.MODEL(...)`
 * over them. Never touches an existing sheet or table: free names are picked (`Channels (2)`,
 * table `Channels2`) and the formula refers to the table names actually used.
 */
import { FIELD_LABELS } from "../../model";
import type { PeriodUnit } from "../../model";
import { sheetRef } from "../a1";
import { checkPlan } from "../blocks";
import { fieldFormat } from "../formats";
import { freeSheetName, freeTableName } from "../ownership";
import { INPUT_NAMES, tablePart } from "../port";
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
import { assemblePlan, BODY_ROW, noteBlock, sectionTitle } from "./layout";
import { CHANNEL_COLUMNS, channelColumnFormats } from "./columns";
import { liveSummaryBlocks } from "./results";
import type { InsertSampleOptions, SampleWritten } from "./types";

export const SAMPLE_MODEL_SHEET = "GTM Model";
export const SAMPLE_TABLE_STYLE = "TableStyleMedium2";

const TITLES: Record<InputName, string> = {
  channels: "Channels",
  segments: "Segments",
  mix: "Mix",
  assumptions: "Assumptions",
};

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
      label: entry?.label ?? field,
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

export interface SamplePlans {
  inputs: { input: InputName; plan: SheetPlan; table: string; data: TableData }[];
  model: SheetPlan;
}

/** Every sheet the sample writes, with free sheet and table names (pure). */
export function buildSamplePlans(info: WorkbookInfo, o: InsertSampleOptions): SamplePlans {
  const sheets = info.sheets.map((s) => s.name);
  // Tables and defined names share Excel's one namespace: a new table avoids both.
  const tables = [...info.tables, ...(info.names ?? [])];
  const grids = sampleGrids();
  const inputs = INPUT_NAMES.map((input) => {
    const name = freeSheetName(sheets, TITLES[input]);
    sheets.push(name);
    const table = freeTableName(tables, TITLES[input]);
    tables.push(table);
    const { cells, formats } = grids[input];
    const rect = { row: 0, column: 0, rows: cells.length, columns: (cells[0] ?? []).length };
    const block: Block = { row: 0, column: 0, cells, cellFormats: formats };
    const plan: SheetPlan = {
      name,
      replace: false,
      blocks: [block],
      tables: [{ name: table, style: SAMPLE_TABLE_STYLE, ...rect }],
      columnWidths: Array.from({ length: rect.columns }, (_, column) => ({
        column,
        width: column === 0 ? 18 : 14,
      })),
    };
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
  const modelName = freeSheetName(sheets, SAMPLE_MODEL_SHEET);
  const unit: PeriodUnit = SAMPLE_INPUT.assumptions.periodUnit;
  const live = liveSummaryBlocks(
    BODY_ROW + 1,
    read,
    SAMPLE_INPUT.channels.length,
    channelColumnFormats(o.currency ?? "$", unit)
  );
  const model = assemblePlan(
    { name: modelName, replace: false },
    {
      title: "Sample model",
      run: "Inserted the direct-vs-partner sample model (live GTM.MODEL over its tables)",
      now: o.now,
      version: o.version,
      inputs: read,
    },
    {
      blocks: [
        sectionTitle(BODY_ROW, 0, "Channel summary"),
        ...live.blocks,
        noteBlock(
          live.end,
          0,
          "Edit the Channels, Segments, Mix and Assumptions tables: this summary follows. Run the model for the full results sheet."
        ),
      ],
      columnWidths: [
        { column: 0, width: 24 },
        ...Array.from({ length: CHANNEL_COLUMNS.length - 1 }, (_, i) => ({
          column: i + 1,
          width: 14,
        })),
      ],
      definitions: CHANNEL_COLUMNS.flatMap((c) =>
        c.figure === null ? [] : [{ figure: c.figure, label: c.label }]
      ),
      periodUnit: unit,
    }
  );
  return { inputs, model };
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
  const all = [...plans.inputs.map((i) => i.plan), plans.model];
  all.forEach(checkPlan);
  const sheets = await writeNewSheets(port, info, all);
  const tables = Object.fromEntries(plans.inputs.map((i) => [i.input, i.table])) as Record<
    InputName,
    string
  >;
  return {
    sheets,
    tables,
    bindings: { ...tables },
    inputs: Object.fromEntries(plans.inputs.map((i) => [i.input, i.data])),
  };
}
