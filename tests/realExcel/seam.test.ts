/**
 * Issue 9, defect 10: one contract for reading inputs ([#Data] for the assumptions table), one
 * function turning what a port read into model input. Over the memory port the task pane used to
 * drop the `Horizon 24` row and run 12 months.
 */
import { parseTables } from "../../src/model";
import type { OfficeHost } from "../../src/taskpane/host";
import { createOperations } from "../../src/taskpane/createOperations";
import { insertSample, SAMPLE_INPUT, SAMPLE_TABLES, tablesInput } from "../../src/workbook";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import type { InputBindings } from "../../src/workbook";

const OPTIONS = { now: new Date(Date.UTC(2026, 0, 2)), version: "1.0.0" };

function memoryHost(port: MemoryWorkbook): OfficeHost {
  let bindings: InputBindings = {};
  return {
    port,
    displayLanguage: "en-US",
    darkTheme: false,
    loadBindings: () => bindings,
    saveBindings: async (next) => void (bindings = next),
    select: async () => undefined,
    selectedAddress: async () => "Sheet1!A1",
  };
}

test("over the memory port the task pane keeps every assumption (horizon 24)", async () => {
  const memory = new MemoryWorkbook();
  const operations = createOperations({ host: memoryHost(memory), version: "1.0.0" });
  await operations.insertSample();
  const state = await operations.checkInputs();
  expect(state.errors).toEqual([]);
  expect(state.warnings).toEqual([]);
  const assumptions = state.inputs.find((i) => i.input === "assumptions");
  expect(assumptions?.rows).toBe(SAMPLE_TABLES.assumptions.length);
  const outcome = parseTables(tablesInput(await memory.readInputs({})));
  expect(outcome.model?.assumptions.horizon).toBe(SAMPLE_INPUT.assumptions.horizon);
});

test("the sample's live formulas name the same table parts whichever port wrote them", async () => {
  const memory = new MemoryWorkbook();
  const written = await insertSample(memory, OPTIONS);
  const read = await memory.readInputs(written.bindings);
  expect(Object.fromEntries(Object.entries(read).map(([k, v]) => [k, v.formulaRef]))).toEqual(
    Object.fromEntries(Object.entries(written.inputs).map(([k, v]) => [k, v.formulaRef]))
  );
});
