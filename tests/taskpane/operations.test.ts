/** The task pane's operations over the Excel stand-in (the same code path as in Excel). */
import { createHost } from "../../src/excel/host";
import { createStandIn, standInRun } from "../../src/testing/office";
import { createOperations } from "../../src/taskpane/createOperations";
import type { TaskControl } from "../../src/taskpane/operations";
import { CHINESE, ENGLISH } from "../../src/taskpane/strings";

function setup() {
  const standIn = createStandIn();
  const host = createHost({
    run: standInRun(standIn),
    settings: standIn.settings,
    displayLanguage: "en-US",
  });
  const operations = createOperations({
    host,
    version: "1.0.0",
    now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
  });
  return { standIn, operations };
}

const control = (): TaskControl => ({
  signal: new AbortController().signal,
  onProgress: () => undefined,
});

test("insert the sample, then the inputs are found and valid", async () => {
  const { standIn, operations } = setup();
  const outcome = await operations.insertSample();
  expect(outcome).toEqual({
    status: "done",
    sheets: [
      "Channels",
      "Segments",
      "Mix",
      "Assumptions",
      "Scenarios",
      "Bounds",
      "Uncertainty",
      "Correlations",
      "GTM Model",
    ],
    warnings: [],
  });
  const state = await operations.checkInputs();
  expect(state.errors).toEqual([]);
  // The assumptions table's header row is not an assumption: no warning about it.
  expect(state.warnings).toEqual([]);
  expect(state.inputs.map((i) => `${i.input} ${i.address} ${i.rows}`)).toEqual([
    "channels Channels!A1:J3 2",
    "segments Segments!A1:J3 2",
    "mix Mix!A1:C3 2",
    // The port contract: an assumptions table is read as [#Data] (its header row is no assumption).
    "assumptions Assumptions!A2:B5 4",
  ]);
  expect(standIn.settings.saved.get("gtm.bindings")).toEqual({
    channels: "Channels",
    segments: "Segments",
    mix: "Mix",
    assumptions: "Assumptions",
  });
  const result = await operations.runModel({ output: "values", chartMetric: "revenue" }, control());
  expect(result.status).toBe("done");
});

import { readFileSync } from "fs";
import path from "path";
import { EXAMPLES_DIR } from "../support/shared";
import { dumpWorkbook } from "../../src/testing/office/dump";
import { sensitivityLayout } from "../../src/workbook";
import type { GridResult } from "../../src/model";
import { percentSteps } from "../../src/taskpane/ranges";

const expectedGrid = (
  JSON.parse(readFileSync(path.join(EXAMPLES_DIR, "direct-vs-partner.expected.json"), "utf8")) as {
    grid: GridResult;
  }
).grid;

function close(actual: unknown, wanted: number): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - wanted)).toBeLessThanOrEqual(
    Math.max(1e-9, Math.abs(wanted) * 1e-9)
  );
}

test("a sensitivity table computed in slices equals the example's grid, ± 20 % in 5 × 3 steps", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  const x = percentSteps("20", "5");
  const y = percentSteps("20", "3");
  if (!x.ok || !y.ok) throw new Error("steps");
  expect(x.value).toEqual(expectedGrid.x.values);
  expect(y.value).toEqual(expectedGrid.y?.values);
  const progress: string[] = [];
  const outcome = await operations.makeSensitivity(
    {
      metric: "npv",
      mode: "scale",
      x: { driver: "segment[*].price", values: x.value },
      y: { driver: "channel[*].conversion", values: y.value },
      output: "values",
    },
    {
      signal: new AbortController().signal,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
    }
  );
  const { inputs, ...rest } = outcome as Extract<typeof outcome, { status: "done" }>;
  expect(rest).toEqual({
    status: "done",
    sheets: ["Sens NPV Price×Conv"],
    cells: 15,
    warnings: [],
  });
  // The inputs as the click read them ride on the outcome: the pane needs no second read.
  expect(inputs).toEqual(await operations.checkInputs());
  expect(progress).toEqual(["1/3", "2/3", "3/3"]);
  const sheet = dumpWorkbook(standIn.workbook).sheets.find((s) => s.name === "Sens NPV Price×Conv");
  const body = sensitivityLayout(expectedGrid).body;
  expectedGrid.values.forEach((row, i) =>
    row.forEach((value, j) => close(sheet?.values[body.row + i][body.column + j], value as number))
  );
});

test("a cancelled sensitivity table writes nothing", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  const abort = new AbortController();
  const sheets = standIn.workbook.sheets.length;
  const outcome = await operations.makeSensitivity(
    {
      metric: "npv",
      mode: "scale",
      x: { driver: "segment[*].price", values: [0.9, 1, 1.1] },
      y: { driver: "channel[*].conversion", values: [0.9, 1, 1.1] },
      output: "values",
    },
    { signal: abort.signal, onProgress: (done) => done === 1 && abort.abort() }
  );
  expect(outcome).toEqual({ status: "cancelled" });
  expect(standIn.workbook.sheets.length).toBe(sheets);
});

test("a conversion of 25 is refused with the exact message, and nothing is written", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  standIn.workbook.sheet("Channels")!.ensure(2, 4).value = 25;
  const before = JSON.stringify({ ...dumpWorkbook(standIn.workbook), syncs: 0 });
  const outcome = await operations.runModel(
    { output: "values", chartMetric: "revenue" },
    control()
  );
  expect(outcome.status).toBe("invalid");
  if (outcome.status !== "invalid") return;
  expect(outcome.errors.map((e) => [e.message, e.address])).toEqual([
    [
      "Channels!E3 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
      "Channels!E3",
    ],
  ]);
  expect(JSON.stringify({ ...dumpWorkbook(standIn.workbook), syncs: 0 })).toBe(before);
  await operations.selectCell("Channels!E3");
  expect(dumpWorkbook(standIn.workbook).selection).toBe("Channels!E3");
});

test("an input bound to the selection is remembered in the workbook's settings", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  const book = standIn.workbook;
  const sheet = book.addSheet("Other channels");
  [
    ["Channel", "Spend", "Cost per lead", "Conversion"],
    ["Events", 1000, 100, 0.05],
  ].forEach((row, r) => row.forEach((v, c) => (sheet.ensure(3 + r, 1 + c).value = v)));
  book.selection = { sheet: "Other channels", row: 3, column: 1, rows: 2, columns: 4 };
  const state = await operations.bindSelection("channels");
  expect(state.inputs[0]).toEqual({
    input: "channels",
    required: true,
    address: "'Other channels'!B4:E5",
    rows: 1,
    kind: "range",
    bound: "'Other channels'!B4:E5",
  });
  expect(standIn.settings.saved.get("gtm.bindings")).toMatchObject({
    channels: "'Other channels'!B4:E5",
  });
  // The sample's mix names channels the bound table does not have: that is reported, not guessed.
  expect(state.errors.length).toBeGreaterThan(0);
  expect(state.errors.every((issue) => issue.table === "Mix")).toBe(true);
  expect(state.choices).toBeNull();
  const reset = await operations.resetBinding("channels");
  expect(reset.inputs[0].address).toBe("Channels!A1:J3");
});

test("a 101 × 101 sensitivity table: two syncs to read, two to inspect, one to write", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  const steps = percentSteps("50", "101");
  if (!steps.ok) throw new Error("steps");
  const before = standIn.workbook.syncs;
  const outcome = await operations.makeSensitivity(
    {
      metric: "npv",
      mode: "scale",
      x: { driver: "segment[*].price", values: steps.value },
      y: { driver: "channel[*].conversion", values: steps.value },
      output: "values",
    },
    control()
  );
  expect(outcome).toMatchObject({ status: "done", cells: 10201 });
  expect(standIn.workbook.syncs - before).toBe(5);
});

test("live formulas: the results sheet calls GTM.MODEL over the input tables", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  await operations.runModel({ output: "formulas", chartMetric: "customers" }, control());
  const sheet = dumpWorkbook(standIn.workbook).sheets.find((s) => s.name === "Results");
  const formulas = (sheet?.formulas.flat() ?? []).filter((f): f is string => f !== null);
  expect(
    formulas.some((f) =>
      f.startsWith("=GTM.MODEL(Channels[#All],Segments[#All],Mix[#All],Assumptions[#Data]")
    )
  ).toBe(true);
  expect(formulas.some((f) => f.startsWith("=GTM.SERIES("))).toBe(true);
});

test("a channel named like a formula is written back as text on every sheet", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  const book = standIn.workbook;
  for (const [sheet, row, column] of [
    ["Channels", 1, 0],
    ["Mix", 1, 0],
  ] as const) {
    const cell = book.sheet(sheet)!.ensure(row, column);
    cell.value = "=Direct+1";
    cell.prefixed = true;
  }
  const outcome = await operations.runModel(
    { output: "values", chartMetric: "revenue" },
    control()
  );
  expect(outcome.status).toBe("done");
  const results = dumpWorkbook(book).sheets.find((s) => s.name === "Results");
  const cells =
    results?.values.flatMap((row, r) =>
      row.map((value, c) => ({ value, formula: results.formulas[r][c] }))
    ) ?? [];
  const named = cells.filter((cell) => cell.value === "=Direct+1");
  expect(named.length).toBeGreaterThan(1);
  expect(named.every((cell) => cell.formula === null)).toBe(true);
  expect(cells.some((cell) => cell.formula?.includes("Direct") === true)).toBe(false);
});

test("Use selection refuses one cell and a sheet the add-in wrote, in words, and saves nothing", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  await operations.runModel({ output: "values", chartMetric: "revenue" }, control());
  const book = standIn.workbook;
  const before = standIn.settings.saved.get("gtm.bindings");
  book.selection = { sheet: "GTM Model", row: 0, column: 0, rows: 1, columns: 1 };
  await expect(operations.bindSelection("channels")).rejects.toMatchObject({
    code: "SingleCellSelected",
  });
  book.selection = { sheet: "Results", row: 3, column: 0, rows: 4, columns: 5 };
  await expect(operations.bindSelection("channels")).rejects.toMatchObject({
    code: "AddinSheetSelected",
  });
  expect(standIn.settings.saved.get("gtm.bindings")).toEqual(before);
  expect(ENGLISH.excelErrors.SingleCellSelected).toMatch(/^One cell is selected\./);
  expect(CHINESE.excelErrors.AddinSheetSelected).toMatch(/GTM 建模器/);
});

test("Use selection first shows what would be read (address, size, header, first rows, this table's problems), saving nothing", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  const book = standIn.workbook;
  const sheet = book.addSheet("Other channels");
  const rows = [
    ["Channel", "Spend", "Cost per lead", "Conversion"],
    ["Events", 1000, 100, 25],
  ];
  rows.forEach((row, r) => row.forEach((v, c) => (sheet.ensure(3 + r, 1 + c).value = v)));
  book.selection = { sheet: "Other channels", row: 3, column: 1, rows: 2, columns: 4 };
  const before = standIn.settings.saved.get("gtm.bindings");
  const preview = await operations.previewSelection("channels");
  expect(preview).toMatchObject({
    input: "channels",
    selection: "'Other channels'!B4:E5",
    address: "'Other channels'!B4:E5",
    kind: "range",
    rows: 2,
    columns: 4,
    dataRows: 1,
    header: rows[0],
    first: [rows[1].map(String)],
  });
  expect(preview.problems.map((issue) => issue.message)).toEqual([
    "'Other channels'!E5 (Events, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
  ]);
  expect(standIn.settings.saved.get("gtm.bindings")).toEqual(before);
  // Confirmed: the previewed address is bound, even if the selection moved since.
  book.selection = { sheet: "Channels", row: 0, column: 0, rows: 1, columns: 1 };
  const state = await operations.bindSelection("channels", preview.selection);
  expect(state.inputs[0].bound).toBe("'Other channels'!B4:E5");
  book.selection = { sheet: "Channels", row: 0, column: 0, rows: 1, columns: 1 };
  await expect(operations.previewSelection("segments")).rejects.toMatchObject({
    code: "SingleCellSelected",
  });
});

test("the model's warnings are written in the audit block of every sheet the pane writes", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  // A row of the Assumptions table that is no assumption: ignored, with a warning.
  standIn.workbook.sheet("Assumptions")!.ensure(4, 0).value = "Notes";
  const state = await operations.checkInputs();
  expect(state.warnings).toHaveLength(1);
  const warning = state.warnings[0].message;
  const written = [
    await operations.runModel({ output: "values", chartMetric: "revenue" }, control()),
    await operations.makeSensitivity(
      {
        metric: "npv",
        mode: "scale",
        x: { driver: "segment[*].price", values: [0.9, 1, 1.1] },
        y: null,
        output: "values",
      },
      control()
    ),
    await operations.makeTornado(
      { metric: "npv", swing: 0.2, drivers: ["segment[*].price", "channel[*].conversion"] },
      control()
    ),
  ];
  const book = dumpWorkbook(standIn.workbook);
  for (const outcome of written) {
    expect(outcome.status).toBe("done");
    if (outcome.status !== "done") continue;
    const sheet = book.sheets.find((s) => s.name === outcome.sheets[0])!;
    const row = sheet.values.find((r) => r[0] === "Warnings");
    expect({ sheet: sheet.name, warnings: row?.[1] }).toEqual({
      sheet: sheet.name,
      warnings: warning,
    });
  }
});
