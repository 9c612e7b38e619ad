/** The sample's live GTM.SCENARIOS and GTM.ALLOCATE, calculated in the preview with the real functions, give the example's answers. */
import * as gtm from "../../src/functions/functions";
import { createHost } from "../../src/excel/host";
import { createGtmEvaluator, type CustomFunction } from "../../src/testing/office/evaluateGtm";
import { createStandIn, standInRun } from "../../src/testing/office";
import { dumpWorkbook } from "../../src/testing/office/dump";
import { createOperations } from "../../src/taskpane/createOperations";
import { builtMetadata } from "../support/functionsMetadata";
import { readExample } from "../support/shared";

const { expected } = readExample("direct-vs-partner");

test("the sample's model sheet calculates the scenarios and the best split", async () => {
  const standIn = createStandIn();
  standIn.workbook.evaluator = createGtmEvaluator(
    {
      MODEL: gtm.model as CustomFunction,
      SCENARIOS: gtm.scenarios as CustomFunction,
      ALLOCATE: gtm.allocate as CustomFunction,
    },
    await builtMetadata()
  );
  const host = createHost({
    run: standInRun(standIn),
    settings: standIn.settings,
    displayLanguage: "en-US",
  });
  await createOperations({ host, version: "1.0.0" }).insertSample();
  const sheet = dumpWorkbook(standIn.workbook).sheets.find((s) => s.name === "GTM Model");
  if (sheet === undefined) throw new Error("no GTM Model sheet");
  const at = (prefix: string): number =>
    sheet.formulas.findIndex((row) => row[0]?.startsWith(prefix) === true);

  const scenarios = at("=GTM.SCENARIOS(");
  expect(sheet.values[scenarios]?.slice(0, 3)).toEqual(["Metric", "Base", "Direct only"]);
  const npv = expected.scenarios!.comparison.find((row) => row.metric === "npv")!;
  const row = sheet.values[scenarios + 1] as unknown[];
  expect(row[0]).toBe("NPV");
  [npv.base, ...npv.values, ...npv.change].forEach((value, j) =>
    expect(Math.abs((row[1 + j] as number) - (value as number))).toBeLessThanOrEqual(
      1e-9 * Math.abs(value as number)
    )
  );

  const allocation = at("=GTM.ALLOCATE(");
  expect(sheet.values[allocation]?.slice(0, 4)).toEqual([
    "Channel",
    "Spend now",
    "Best spend",
    "Change",
  ]);
  const last = sheet.values[allocation + 4] as unknown[];
  expect(last[0]).toBe("NPV");
  expect(last[2] as number).toBeGreaterThanOrEqual(expected.allocation!.bestKnown.metric * 0.999);
});
