/**
 * The What-if operations of the task pane over the stand-in: the sheet written (labels from the
 * label cells, real input values on the axes, the cells' formats, the audit block), refusals as
 * data with their confirmation, the offer to restore an unfinished run; the values parser.
 */
import * as gtm from "../../src/functions/functions";
import { ExcelWorkbookPort } from "../../src/excel/excelPort";
import { standInRun } from "../../src/testing/office";
import { dumpSheet } from "../../src/testing/office/dump";
import type { SheetDump } from "../../src/testing/office/dump";
import { createWhatIfOperations, topLeft } from "../../src/taskpane/whatIfOperations";
import type { WhatIfActionOutcome } from "../../src/taskpane/whatIfOperations";
import { defaultSwing, EMPTY_FORM, requestFromForm } from "../../src/taskpane/whatIfForm";
import { parseValues } from "../../src/taskpane/whatIfValues";
import { PLAIN_FORMAT, WHAT_IF_SHEET } from "../../src/workbook";
import type { Point } from "../../src/workbook";
import { close } from "../support/compare";
import { inputState, modelFixture, MONEY } from "../excel/whatIfModel";

const NOW = new Date("2026-12-02T09:00:00Z");
const control = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

function setUp(selection = "Inputs!B2") {
  const fixture = modelFixture();
  const operations = createWhatIfOperations({
    whatIf: fixture.port,
    workbook: new ExcelWorkbookPort(standInRun(fixture.standIn)),
    selectedAddress: async () => selection,
    version: "1.0.0",
    now: () => NOW,
    pollMs: 5,
  });
  return { ...fixture, operations };
}

function sheetOf(book: ReturnType<typeof modelFixture>["book"], name: string): SheetDump {
  const sheet = book.sheet(name);
  if (sheet === null) throw new Error(`no sheet ${name}`);
  return dumpSheet(sheet);
}

/** Row and column of the first cell holding `text`. */
function find(sheet: SheetDump, text: string): [number, number] {
  for (const [r, row] of sheet.values.entries()) {
    const c = row.indexOf(text);
    if (c >= 0) return [r, c];
  }
  throw new Error(`"${text}" is not on ${sheet.name}`);
}

function auditRow(sheet: SheetDump, label: string): unknown {
  const [r] = find(sheet, label);
  return sheet.values[r][1];
}

function expectDone(
  outcome: WhatIfActionOutcome
): Extract<WhatIfActionOutcome, { status: "done" }> {
  if (outcome.status !== "done") throw new Error(JSON.stringify(outcome));
  return outcome;
}

test("a two-way table sheet: labels beside the cells, real values on the axes, the cells' formats", async () => {
  const { operations, book } = setUp();
  const margins = [0.6, 0.8];
  const churns = [0.01, 0.02, 0.04];
  const outcome = expectDone(
    await operations.run(
      {
        kind: "table",
        output: "Model!B1",
        x: { cell: "Inputs!B2", values: margins },
        y: { cell: "Inputs!B3", values: churns },
      },
      {},
      control()
    )
  );
  expect(outcome.sheet).toBe(WHAT_IF_SHEET);
  const sheet = sheetOf(book, WHAT_IF_SHEET);
  expect(sheet.values[0][0]).toBe("GTM Modeler · What-if of LTV");
  expect(auditRow(sheet, "Inputs")).toBe(
    "LTV (Model!B1); Gross margin (Inputs!B2); Churn (Inputs!B3)"
  );
  expect(auditRow(sheet, "Warnings")).toBe("none");
  const [r, c] = find(sheet, "Churn ↓ · Gross margin →");
  expect(sheet.values[r].slice(c + 1, c + 3)).toEqual(margins);
  expect(sheet.numberFormats[r].slice(c + 1, c + 3)).toEqual(["0%", "0%"]);
  churns.forEach((churn, i) => {
    expect(sheet.values[r + 1 + i][c]).toBe(churn);
    expect(sheet.numberFormats[r + 1 + i][c]).toBe("0.0%");
    margins.forEach((margin, j) => {
      const value = sheet.values[r + 1 + i][c + 1 + j] as number;
      expect(close(value, gtm.ltv(120, margin, churn))).toBe(true);
      expect(sheet.numberFormats[r + 1 + i][c + 1 + j]).toBe(MONEY);
    });
  });
  expect(sheet.colorScales).toHaveLength(1);
  // The baseline (margin 0.8, churn 0.02: the inputs before the run) is marked.
  const column = String.fromCharCode(65 + c + 1 + margins.indexOf(0.8));
  const baseline = `${column}${r + 1 + churns.indexOf(0.02) + 1}`;
  expect(sheet.fills[baseline]).toBe("#FFE699");
  expect(sheet.bold).toContain(baseline);
});

test("a tornado sheet: a row per input, largest swing first, a chart crossing at the base", async () => {
  const { operations, book } = setUp();
  const outcome = expectDone(
    await operations.run(
      {
        kind: "tornado",
        output: "Model!B2",
        inputs: [
          { cell: "Inputs!B1", low: 96, high: 144 },
          { cell: "Inputs!B4", low: 90, high: 110 },
        ],
      },
      {},
      control()
    )
  );
  const sheet = sheetOf(book, outcome.sheet);
  const [r, c0] = find(sheet, "Output at low");
  const c = c0 - 4;
  expect(sheet.values[r].slice(c, c + 7)).toEqual([
    "Input",
    "Cell",
    "Low",
    "High",
    "Output at low",
    "Output at high",
    "Swing",
  ]);
  expect(sheet.values[r + 1].slice(c, c + 4)).toEqual(["Price", "Inputs!B1", 96, 144]);
  expect(sheet.numberFormats[r + 1][c + 2]).toBe(MONEY);
  expect(sheet.values[r + 2].slice(c, c + 4)).toEqual(["Accounts", "Inputs!B4", 90, 110]);
  const chart = sheet.charts[0];
  expect(chart.type).toBe("BarClustered");
  expect(chart.categoryAxis.positionAt ?? chart.valueAxis.positionAt).toBeCloseTo(
    gtm.ltv(120, 0.8, 0.02) * 100,
    6
  );
});

test("a goal-seek sheet: the answer in the input's format", async () => {
  const { operations, book } = setUp();
  const outcome = expectDone(
    await operations.run(
      {
        kind: "goalSeek",
        output: "Model!B1",
        input: "Inputs!B3",
        target: 2400,
        low: 0.01,
        high: 0.1,
      },
      {},
      control()
    )
  );
  const sheet = sheetOf(book, outcome.sheet);
  const [r, c] = find(sheet, "Answer");
  expect(Math.abs((sheet.values[r][c + 1] as number) - 0.04)).toBeLessThan(1e-11);
  expect(sheet.numberFormats[r][c + 1]).toBe("0.0%");
});

test("points not computed are listed, and a flat output warns in the audit block", async () => {
  const { operations, book } = setUp();
  await operations.run(
    { kind: "table", output: "Model!B4", x: { cell: "Inputs!B4", values: [2, 3] } },
    {},
    control()
  );
  let sheet = sheetOf(book, WHAT_IF_SHEET);
  const [r, c] = find(sheet, "Not computed");
  expect(sheet.values[r + 2].slice(c, c + 2)).toEqual(["Accounts = 3", "#DIV/0!"]);
  expect(auditRow(sheet, "Warnings")).toBe("1 point not computed (listed under Not computed)");
  await operations.run(
    { kind: "table", output: "Model!B5", x: { cell: "Inputs!B1", values: [1, 2] } },
    {},
    control()
  );
  sheet = sheetOf(book, WHAT_IF_SHEET);
  expect(auditRow(sheet, "Warnings")).toBe(
    "The output did not change: does Model!B5 depend on Inputs!B1?"
  );
  const [constant] = find(sheet, "Constant");
  expect(sheet.values[constant].slice(0, 4)).toEqual(["Output", "Constant", "Model!B5", 7]);
  expect(sheet.numberFormats[constant][3]).toBe("0");
});

test("a refusal comes back as data with what to confirm; confirmed, the run goes through", async () => {
  const { operations, book } = setUp();
  const before = inputState(book);
  const request = {
    kind: "table" as const,
    output: "Model!B1",
    x: { cell: "Inputs!B5", values: [0.05] },
  };
  expect(await operations.run(request, {}, control())).toEqual({
    status: "refused",
    message:
      "Inputs!B5 (=B3*1) holds a formula: confirm that it may be replaced by the sweep values and restored after.",
    confirm: "formulas",
  });
  expect(book.sheet(WHAT_IF_SHEET)).toBeNull();
  expectDone(await operations.run(request, { formulas: true }, control()));
  expect(inputState(book)).toEqual(before);
});

test("an unfinished run is offered for restore when the pane opens, and restored", async () => {
  const fixture = setUp();
  const before = inputState(fixture.book);
  const dying = Object.create(fixture.port) as typeof fixture.port;
  let calls = 0;
  dying.evaluate = (points: readonly Point[], output: string) =>
    ++calls === 2 ? new Promise<never>(() => undefined) : fixture.port.evaluate(points, output);
  const crashing = createWhatIfOperations({
    whatIf: dying,
    workbook: new ExcelWorkbookPort(standInRun(fixture.standIn)),
    selectedAddress: async () => "Inputs!B1",
    version: "1.0.0",
    now: () => NOW,
    pointsPerSync: 2,
  });
  void crashing.run(
    { kind: "table", output: "Model!B2", x: { cell: "Inputs!B1", values: [1, 2, 3, 4, 5, 6] } },
    {},
    control()
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await fixture.operations.pending()).toEqual({
    started: NOW.toISOString(),
    cells: ["Inputs!B1"],
  });
  expect(await fixture.operations.restorePending()).toEqual(["Inputs!B1"]);
  expect(inputState(fixture.book)).toEqual(before);
  expect(await fixture.operations.pending()).toBeNull();
});

test("the selection's top-left cell; a cell's current value pre-fills a tornado's ±20 %", async () => {
  expect(topLeft("Inputs!$B$2:$D$9")).toBe("Inputs!B2");
  expect(topLeft("'My sheet'!C3")).toBe("'My sheet'!C3");
  const { operations } = setUp("Inputs!B1:B3");
  expect(await operations.selectedCell()).toBe("Inputs!B1");
  const [info] = await operations.describeCells(["Inputs!B1"]);
  expect(defaultSwing(info.value)).toEqual({ low: "96", high: "144" });
  expect(defaultSwing("n/a")).toEqual({ low: "", high: "" });
});

test("values typed in the panel: lists, percentages, ranges, and what is wrong with them", () => {
  expect(parseValues("1, 2; 3 4")).toEqual({ values: [1, 2, 3, 4] });
  expect(parseValues("5%, 12.5%")).toEqual({ values: [0.05, 0.125] });
  expect(parseValues("0.1:0.5:0.1")).toEqual({ values: [0.1, 0.2, 0.3, 0.4, 0.5] });
  expect(parseValues("1, x")).toEqual({ error: '"x" is not a number.' });
  expect(parseValues("5:1:1")).toEqual({
    error: 'In "5:1:1" the step must be above 0 and the end not below the start.',
  });
  expect(parseValues("")).toEqual({
    error: "Type the values: a list (1, 2, 5%) or a range (10:20:2).",
  });
  expect(
    requestFromForm({ ...EMPTY_FORM, output: "Model!B1", xCell: "Inputs!B1", xValues: "1:3:1" })
  ).toEqual({ kind: "table", output: "Model!B1", x: { cell: "Inputs!B1", values: [1, 2, 3] } });
  expect(requestFromForm({ ...EMPTY_FORM, output: "Model!B1", xCell: "Inputs!B1" })).toBeNull();
  expect(PLAIN_FORMAT).not.toMatch(/E/);
});
