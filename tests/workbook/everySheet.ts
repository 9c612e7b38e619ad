/** Every sheet of every analysis for the shared example, in a language (the layout and language tests). */
import {
  allocate,
  breakEven,
  parseUncertaintyJson,
  scenarioComparison,
  sensitivityGrid,
  simulate,
  tornado,
  type Locale,
  type UncertaintySpec,
} from "../../src/model";
import {
  writeAllocation,
  writeBreakEven,
  writeResults,
  writeScenarios,
  writeSensitivity,
  writeSimulation,
  writeTornado,
} from "../../src/workbook";
import { readExample } from "../support/shared";
import { readSimulationExample } from "../support/simulation";
import { NOW, VERSION, type SampleFixture } from "./helpers";

const { expected } = readExample("direct-vs-partner");

/**
 * Every analysis's sheet for the shared example, written in `locale` into the fixture's workbook
 * (results in both modes, sensitivity, tornado, scenarios, every break-even question, allocation with
 * and without bounds, simulation); the names of the sheets written.
 */
export async function writeEverySheet(f: SampleFixture, locale: Locale): Promise<string[]> {
  const base = { model: f.model, inputs: f.inputs, now: NOW, version: VERSION, locale };
  const sheets = [
    await writeResults(f.wb, { ...base, result: f.result, mode: "values" }),
    await writeResults(f.wb, { ...base, result: f.result, mode: "formulas" }),
    await writeSensitivity(f.wb, {
      ...base,
      grid: sensitivityGrid(f.model, {
        metric: expected.grid?.metric ?? "npv",
        mode: expected.grid?.mode ?? "scale",
        x: expected.grid?.x ?? { driver: "segment[*].price", values: [0.9, 1, 1.1] },
        y: expected.grid?.y,
      }),
      mode: "values",
    }),
    await writeTornado(f.wb, { ...base, tornado: tornado(f.model, { metric: "npv" }) }),
    await writeScenarios(f.wb, {
      ...base,
      comparison: scenarioComparison(f.model, {
        scenarios: { table: (expected.tables?.scenarios ?? []) as (string | number)[][] },
      }),
      source: "Scenarios!A1:D5",
    }),
  ];
  for (const question of expected.breakEven ?? [])
    sheets.push(await writeBreakEven(f.wb, { ...base, answer: breakEven(f.model, question) }));
  const bounds = (expected.tables?.bounds ?? []) as (string | number)[][];
  sheets.push(
    await writeAllocation(f.wb, {
      ...base,
      answer: allocate(f.model, { bounds: { table: bounds } }),
      bounds: "Bounds!A1:C3",
    }),
    await writeAllocation(f.wb, {
      ...base,
      answer: allocate(f.model, { unspent: true }),
      bounds: locale === "en" ? "none (0 to the budget)" : "无（0 至预算）",
    })
  );
  const example = readSimulationExample("direct-vs-partner");
  const spec = parseUncertaintyJson(example.input, f.model).spec as UncertaintySpec;
  const simulation = simulate(f.model, spec, {
    metric: "npv",
    iterations: 500,
    seed: 7,
    target: 0,
  });
  sheets.push(await writeSimulation(f.wb, { ...base, simulation, spec }));
  return sheets.map((sheet) => sheet.name);
}
