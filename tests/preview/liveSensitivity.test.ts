/**
 * The pane's live sensitivity sheet (one GTM.SENSITIVITY with the question as literals and array
 * constants) calculated in the preview with the real function gives the example's grid.
 */
import * as gtm from "../../src/functions/functions";
import { createHost } from "../../src/excel/host";
import { createGtmEvaluator, type CustomFunction } from "../../src/testing/office/evaluateGtm";
import { createStandIn, standInRun } from "../../src/testing/office";
import { dumpWorkbook } from "../../src/testing/office/dump";
import { createOperations } from "../../src/taskpane/createOperations";
import { sensitivityLayout } from "../../src/workbook";
import { builtMetadata } from "../support/functionsMetadata";
import { readExample } from "../support/shared";

const { expected } = readExample("direct-vs-partner");

test("a live sensitivity sheet calculates the example's grid", async () => {
  const standIn = createStandIn();
  standIn.workbook.evaluator = createGtmEvaluator(
    { SENSITIVITY: gtm.sensitivity as CustomFunction },
    await builtMetadata()
  );
  const host = createHost({
    run: standInRun(standIn),
    settings: standIn.settings,
    displayLanguage: "en-US",
  });
  const operations = createOperations({ host, version: "1.0.0" });
  await operations.insertSample();
  const grid = expected.grid!;
  const outcome = await operations.makeSensitivity(
    { metric: grid.metric, mode: grid.mode, x: grid.x, y: grid.y!, output: "formulas" },
    { signal: new AbortController().signal, onProgress: () => undefined }
  );
  expect(outcome.status).toBe("done");
  const sheet = dumpWorkbook(standIn.workbook).sheets.find(
    (s) => s.name === "Sens NPV Price×Conv"
  )!;
  const layout = sensitivityLayout({ ...grid, y: grid.y!, x: grid.x });
  expect(sheet.formulas[layout.table.row][layout.table.column]).toMatch(
    /^=GTM\.SENSITIVITY\(.*"npv","segment\[\*\]\.price",\{0\.8,0\.9,1,1\.1,1\.2\},/
  );
  grid.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = sheet.values[layout.body.row + i][layout.body.column + j] as number;
      expect(Math.abs(cell - (value as number))).toBeLessThanOrEqual(
        1e-9 * Math.abs(value as number)
      );
    })
  );
});
