/** The stand-in's formula engine: Excel's arithmetic, references across sheets, SUM, IF, GTM.* and late custom functions. */
import "../functions/customFunctionsDouble";
import * as gtm from "../../src/functions/functions";
import { createStandIn, standInRun } from "../../src/testing/office";
import { attachFormulaEngine } from "../../src/testing/office/formulas";
import type { CustomFunction } from "../../src/testing/office/formulas";

function setUp(functions: Record<string, CustomFunction> = {}) {
  const standIn = createStandIn();
  const engine = attachFormulaEngine(standIn.workbook, { functions });
  const run = standInRun(standIn);
  return { standIn, engine, run };
}

async function values(run: ReturnType<typeof standInRun>, address: string): Promise<unknown[][]> {
  return run(async (context) => {
    const [sheet, cells] = address.split("!");
    const range = context.workbook.worksheets.getItem(sheet).getRange(cells).load("values");
    await context.sync();
    return range.values;
  });
}

test("arithmetic, SUM and IF over cells of another sheet, whatever the order of the cells", async () => {
  const { run } = setUp();
  await run(async (context) => {
    context.workbook.worksheets.add("Inputs");
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:A4").formulas = [
      ["=A2*2"],
      ["=SUM(Inputs!B1:B3)+A3"],
      ["=IF(Inputs!B1>1,10,20)"],
      ["=Inputs!B1/Inputs!B4"],
    ];
    await context.sync();
    context.workbook.worksheets.getItem("Inputs").getRange("B1:B3").values = [[2], [3], [4]];
    await context.sync();
  });
  const direct = 2 + 3 + 4 + 10;
  expect(await values(run, "Sheet1!A1:A4")).toEqual([[direct * 2], [direct], [10], ["#DIV/0!"]]);
});

test("GTM.* formulas are calculated by the registered functions", async () => {
  const { run } = setUp({ "GTM.LTV": gtm.ltv as CustomFunction });
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:C1").values = [[120, 0.8, 0.02]];
    sheet.getRange("D1:E1").formulas = [["=GTM.LTV(A1,B1,C1)", "=GTM.LTV(A1,B1,0)"]];
    await context.sync();
  });
  const [[ltv, error]] = (await values(run, "Sheet1!D1:E1")) as [[number, string]];
  expect(ltv).toBeCloseTo(gtm.ltv(120, 0.8, 0.02), 9);
  expect(error).toMatch(/^#/);
});

test("a custom function that answers late shows #BUSY! until it settles, then its value", async () => {
  let resolveLate: (value: number) => void = () => undefined;
  const { run, engine, standIn } = setUp({
    "TEST.LATE": (x: unknown) =>
      new Promise<number>((resolve) => (resolveLate = () => resolve((x as number) * 3))),
  });
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").values = [[7]];
    sheet.getRange("B1:C1").formulas = [["=TEST.LATE(A1)", "=B1+1"]];
    await context.sync();
  });
  expect(await values(run, "Sheet1!B1:C1")).toEqual([["#BUSY!", "#BUSY!"]]);
  expect(engine.running).toBe(1);
  const changed = new Promise<void>((resolve) => standIn.workbook.onChange(resolve));
  resolveLate(0);
  await changed;
  expect(await values(run, "Sheet1!B1:C1")).toEqual([[21, 22]]);
});

test("manual calculation: a batch does not recalculate until application.calculate()", async () => {
  const { run } = setUp();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B1").formulas = [[1, "=A1*10"]];
    await context.sync();
    context.workbook.application.calculationMode = "Manual";
    sheet.getRange("A1").values = [[2]];
    const stale = sheet.getRange("B1").load("values");
    context.workbook.application.calculate("Recalculate");
    const fresh = sheet.getRange("B1").load("values");
    await context.sync();
    expect(stale.values).toEqual([[10]]);
    expect(fresh.values).toEqual([[20]]);
  });
});

test("a formula the parser cannot read (a table reference) goes to the fallback evaluator", async () => {
  const standIn = createStandIn();
  const seen: string[] = [];
  attachFormulaEngine(standIn.workbook, {
    fallback: (formula) => {
      seen.push(formula);
      return 42;
    },
  });
  const run = standInRun(standIn);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = [
      ["=GTM.MODEL(Channels[#All])", "=A1+1"],
    ];
    await context.sync();
  });
  expect(await values(run, "Sheet1!A1:B1")).toEqual([[42, 43]]);
  expect([...new Set(seen)]).toEqual(["=GTM.MODEL(Channels[#All])"]);
});
