/** The preview calculates GTM formulas with the real custom functions, spilling as Excel does. */
import { calculatingPane } from "../support/calculatingPane";
import { readFileSync } from "fs";
import path from "path";
import * as gtm from "../../src/functions/functions";
import { createHost } from "../../src/excel/host";
import { builtMetadata } from "../support/functionsMetadata";
import { createGtmEvaluator, splitArguments } from "../../src/testing/office/evaluateGtm";
import type { CustomFunction } from "../../src/testing/office/evaluateGtm";
import { createStandIn, standInRun } from "../../src/testing/office";
import { dumpWorkbook } from "../../src/testing/office/dump";
import { createOperations } from "../../src/taskpane/createOperations";
import { EXAMPLES_DIR } from "../support/shared";

const expected = JSON.parse(
  readFileSync(path.join(EXAMPLES_DIR, "direct-vs-partner.expected.json"), "utf8")
) as {
  result: { total: { npv: number } };
};

test("arguments split at top-level commas only", () => {
  expect(splitArguments("Channels[#All],\"a,b\",,'My, sheet'!A1:B2")).toEqual([
    "Channels[#All]",
    '"a,b"',
    "",
    "'My, sheet'!A1:B2",
  ]);
  expect(splitArguments("")).toEqual([]);
});

test("the sample's model sheet (its formula reads Assumptions[#Data]) is calculated", async () => {
  const { standIn, operations } = await calculatingPane({ MODEL: gtm.model as CustomFunction });
  await operations.insertSample();
  const sheet = dumpWorkbook(standIn.workbook).sheets.find((s) => s.name === "GTM Model");
  const formula = sheet?.formulas.flat().find((f) => f !== null);
  expect(formula).toContain("Assumptions[#Data]");
  const values = sheet?.values.flat() ?? [];
  expect(values).toContain("Total");
  expect(
    values.some(
      (v) =>
        typeof v === "number" &&
        Math.abs(v - expected.result.total.npv) <= expected.result.total.npv * 1e-9
    )
  ).toBe(true);
});

test("the sample's live model sheet shows the example's NPV once formulas are calculated", async () => {
  const standIn = createStandIn();
  const functions: Record<string, CustomFunction> = {
    MODEL: gtm.model as CustomFunction,
    METRIC: gtm.metric as CustomFunction,
    SERIES: gtm.series as CustomFunction,
  };
  standIn.workbook.evaluator = createGtmEvaluator(functions, await builtMetadata());
  const host = createHost({
    run: standInRun(standIn),
    settings: standIn.settings,
    displayLanguage: "en-US",
  });
  const operations = createOperations({ host, version: "1.0.0" });
  await operations.insertSample();
  await operations.runModel(
    { output: "formulas", chartMetric: "revenue" },
    { signal: new AbortController().signal, onProgress: () => undefined }
  );
  const results = dumpWorkbook(standIn.workbook).sheets.find((s) => s.name === "Results");
  const anchor = results?.formulas
    .flatMap((row, r) => row.map((f, c) => ({ f, r, c })))
    .find(({ f }) => f?.startsWith("=GTM.MODEL("));
  expect(anchor).toBeDefined();
  if (results === undefined || anchor === undefined) return;
  const header = results.values[anchor.r];
  expect(header[anchor.c]).toBe("Channel");
  const total = results.values.findIndex((row, r) => r > anchor.r && row[anchor.c] === "Total");
  const npv = results.values[total][anchor.c + header.slice(anchor.c).indexOf("NPV")];
  expect(Math.abs((npv as number) - expected.result.total.npv)).toBeLessThanOrEqual(
    expected.result.total.npv * 1e-9
  );
});
