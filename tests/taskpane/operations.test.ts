/** The task pane's operations over the Excel stand-in (the same code path as in Excel). */
import { createHost } from "../../src/excel/host";
import { createStandIn, standInRun } from "../../src/preview/standIn";
import { createOperations } from "../../src/taskpane/createOperations";
import type { TaskControl } from "../../src/taskpane/operations";

function setup() {
  const standIn = createStandIn();
  const host = createHost({ run: standInRun(standIn), settings: standIn.settings, displayLanguage: "en-US" });
  const operations = createOperations({ host, version: "1.0.0", now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) });
  return { standIn, operations };
}

const control = (): TaskControl => ({ signal: new AbortController().signal, onProgress: () => undefined });

test("insert the sample, then the inputs are found and valid", async () => {
  const { standIn, operations } = setup();
  const outcome = await operations.insertSample();
  expect(outcome).toEqual({ status: "done", sheets: ["Channels", "Segments", "Mix", "Assumptions", "GTM Model"], warnings: [] });
  const state = await operations.checkInputs();
  expect(state.errors).toEqual([]);
  // The assumptions table's header row is not an assumption: no warning about it.
  expect(state.warnings).toEqual([]);
  expect(state.inputs.map((i) => `${i.input} ${i.address} ${i.rows}`)).toEqual([
    "channels Channels!A1:J3 2",
    "segments Segments!A1:J3 2",
    "mix Mix!A1:C3 2",
    "assumptions Assumptions!A1:B5 4",
  ]);
  expect(standIn.settings.saved.get("gtm.bindings")).toEqual({ channels: "Channels", segments: "Segments", mix: "Mix", assumptions: "Assumptions" });
  const result = await operations.runModel({ output: "values", chartMetric: "revenue" }, control());
  expect(result.status).toBe("done");
});
