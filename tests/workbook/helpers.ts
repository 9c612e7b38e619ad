/** Shared fixtures of the workbook tests: the shared examples, a sample workbook, exact checks. */
import { readFileSync } from "fs";
import path from "path";
import { loadTables, runModel } from "../../src/model";
import type {
  ChannelResult,
  ModelInput,
  ModelResult,
  TableOrigin,
  TornadoResult,
} from "../../src/model";
import { insertSample } from "../../src/workbook";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import type { CellValue, ReadInputs } from "../../src/workbook";

const examplesDir = path.resolve(__dirname, "../../../shared/examples");

export interface ExpectedExample {
  result: {
    channels: ChannelResult[];
    segments: {
      name: string;
      customers: number;
      activeCustomers: number;
      revenue: number;
      grossProfit: number;
      penetration: number | null;
    }[];
    total: ChannelResult;
    periods: ModelResult["periods"];
  };
  tornado: TornadoResult;
  grid: {
    metric: string;
    mode: "scale" | "value";
    x: { driver: string; values: number[] };
    y: { driver: string; values: number[] };
    values: number[][];
  };
  tables: Record<"channels" | "segments" | "mix" | "assumptions", (string | number)[][]>;
  scenarios: {
    metrics: string[];
    comparison: { metric: string; base: number | null; values: (number | null)[] }[];
  };
  allocation: { bestKnown: { metric: number } };
}

export function readExample(file: string): unknown {
  return JSON.parse(readFileSync(path.join(examplesDir, file), "utf8"));
}

export function expected(name = "direct-vs-partner"): ExpectedExample {
  return readExample(`${name}.expected.json`) as ExpectedExample;
}

/** Relative 1e-9 (absolute 1e-9 near zero), as the examples' README asks. */
export function expectNear(actual: unknown, wanted: number | null, where = ""): void {
  if (wanted === null) {
    expect({ where, actual }).toEqual({ where, actual: null });
    return;
  }
  if (typeof actual !== "number")
    throw new Error(`${where}: expected a number near ${wanted}, got ${JSON.stringify(actual)}`);
  const tolerance = Math.max(1e-9, Math.abs(wanted) * 1e-9);
  if (Math.abs(actual - wanted) > tolerance)
    throw new Error(`${where}: ${actual} is not within 1e-9 of ${wanted}`);
}

export const NOW = new Date("2026-11-22T04:30:00Z");
export const VERSION = "1.2.3";

export interface SampleFixture {
  wb: MemoryWorkbook;
  inputs: ReadInputs;
  model: ModelInput;
  result: ModelResult;
}

function originsOf(
  inputs: ReadInputs
): Partial<Record<"channels" | "segments" | "mix" | "assumptions", TableOrigin>> {
  const out: Partial<Record<"channels" | "segments" | "mix" | "assumptions", TableOrigin>> = {};
  for (const [name, data] of Object.entries(inputs))
    if (data !== undefined) out[name as keyof typeof out] = data.origin;
  return out;
}

/** Parse what a workbook holds into a model (throws on input errors). */
export function modelOf(inputs: ReadInputs): ModelInput {
  return loadTables({
    channels: inputs.channels?.values,
    segments: inputs.segments?.values,
    mix: inputs.mix?.values ?? null,
    assumptions: inputs.assumptions?.values ?? null,
    origins: originsOf(inputs),
  }).model;
}

/** A memory workbook with the sample inserted, read back and run. */
export async function sampleFixture(): Promise<SampleFixture> {
  const wb = new MemoryWorkbook();
  const sample = await insertSample(wb, { now: NOW, version: VERSION });
  const inputs = await wb.readInputs(sample.bindings);
  const model = modelOf(inputs);
  return { wb, inputs, model, result: runModel(model) };
}

/** A memory workbook holding input grids on plain sheets at A1 (no tables). */
export function sheetWorkbook(tables: Record<string, CellValue[][]>): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  for (const [name, values] of Object.entries(tables)) wb.addSheet(name, values);
  return wb;
}

/**
 * Every cell and format of every sheet: no NaN, no ±Infinity, no undefined, no text mentioning
 * them, no scientific number format, no General on a number we wrote, and every column holding
 * a figure at least 12 characters wide (so Excel shows no ####).
 */
export function expectCleanWorkbook(wb: MemoryWorkbook): void {
  for (const name of wb.sheetNames()) {
    const widths = new Map((wb.sheet(name)?.columnWidths ?? []).map((w) => [w.column, w.width]));
    for (const { row, column, cell } of wb.entries(name)) {
      if (typeof cell.value === "number" || cell.formula !== undefined) {
        const width = widths.get(column) ?? 0;
        expect({ sheet: name, column, wideEnough: width >= 12 }).toEqual({
          sheet: name,
          column,
          wideEnough: true,
        });
      }
      const where = `${name}!R${row + 1}C${column + 1}`;
      expect({ where, undefinedValue: cell.value === undefined }).toEqual({
        where,
        undefinedValue: false,
      });
      if (typeof cell.value === "number") {
        expect({ where, finite: Number.isFinite(cell.value) }).toEqual({ where, finite: true });
        expect({ where, formatted: typeof cell.format === "string" && cell.format !== "" }).toEqual(
          { where, formatted: true }
        );
      }
      for (const text of [cell.value, cell.formula, cell.format]) {
        if (typeof text === "string")
          expect({ where, text, bad: /NaN|undefined|Infinity/.test(text) }).toEqual({
            where,
            text,
            bad: false,
          });
      }
      if (cell.format !== undefined) {
        const unquoted = cell.format.replace(/"[^"]*"/g, "");
        expect({
          where,
          format: cell.format,
          scientific: /E[+-]/i.test(unquoted) || /general/i.test(unquoted),
        }).toEqual({
          where,
          format: cell.format,
          scientific: false,
        });
      }
    }
  }
}
