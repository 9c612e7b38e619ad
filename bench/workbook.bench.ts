/**
 * Speed of the shared workbook services (src/workbook): building and checking the plans the hosts
 * apply, and applying them to the in-memory workbook. A 101 × 101 sensitivity sheet and the
 * results sheet of the benchmark model (8 channels × 6 segments × 60 periods).
 */
import { loadTables, runModel } from "../src/model";
import type { GridResult } from "../src/model";
import {
  buildResultsPlan,
  buildSensitivityPlan,
  checkPlan,
  splitPlanBlocks,
} from "../src/workbook";
import { MemoryWorkbook } from "../src/testing/memoryWorkbook";
import type { ReadInputs, TableData } from "../src/workbook";
import { benchTables } from "./benchModel";
import { measure } from "./measure";
import type { Report } from "./measure";

const NOW = new Date("2026-01-01T00:00:00Z");

function table(name: string, values: (string | number)[][]): TableData {
  return {
    values,
    origin: { sheet: name, row: 0, column: 0 },
    address: `${name}!A1`,
    formulaRef: `${name}[#All]`,
    kind: "table",
  };
}

export function benchWorkbook(report: Report): void {
  const tables = benchTables();
  const { model } = loadTables(tables);
  const result = runModel(model);
  const inputs: ReadInputs = {
    channels: table("Channels", tables.channels),
    segments: table("Segments", tables.segments),
    mix: table("Mix", tables.mix),
    assumptions: table("Assumptions", tables.assumptions),
  };
  const axis = Array.from({ length: 101 }, (_, i) => 0.5 + i / 100);
  const grid: GridResult = {
    metric: "npv",
    mode: "scale",
    x: { driver: "segment[*].price", values: axis },
    y: { driver: "channel[*].conversion", values: axis },
    values: axis.map((y) => axis.map((x) => 1e6 * x * y)),
  };
  const target = { name: "GTM Sensitivity", replace: false };
  const sensitivity = measure(
    () => {
      const plan = buildSensitivityPlan(target, {
        model,
        grid,
        inputs,
        mode: "values",
        now: NOW,
        version: "bench",
      });
      checkPlan(plan);
      return splitPlanBlocks(plan);
    },
    { minRuns: 20, minMs: 1000, warmup: 3 }
  );
  report("Sensitivity sheet plan 101 × 101 (build, check, split)", sensitivity.median, "ms", 50);
  const results = measure(
    () => {
      const plan = buildResultsPlan(
        { name: "GTM Results", replace: false },
        { model, result, inputs, mode: "values", now: NOW, version: "bench" }
      );
      checkPlan(plan);
      return plan;
    },
    { minRuns: 20, minMs: 1000, warmup: 3 }
  );
  report("Results sheet plan, 8 × 6 × 60 model (build, check)", results.median, "ms", 20);
  const plan = buildSensitivityPlan(target, {
    model,
    grid,
    inputs,
    mode: "values",
    now: NOW,
    version: "bench",
  });
  const memory = measure(() => new MemoryWorkbook().writeSheet(plan), {
    minRuns: 10,
    minMs: 1000,
    warmup: 2,
  });
  report("In-memory workbook: write the 101 × 101 sheet", memory.median, "ms", 100);
}
