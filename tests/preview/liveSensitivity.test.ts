/**
 * The pane's live sensitivity sheet (one GTM.SENSITIVITY with the question as literals and array
 * constants) calculated in the preview with the real function gives the example's grid.
 */
import { calculatingPane } from "../support/calculatingPane";
import * as gtm from "../../src/functions/functions";
import type { CustomFunction } from "../../src/testing/office/evaluateGtm";
import { dumpWorkbook } from "../../src/testing/office/dump";
import { sensitivityLayout } from "../../src/workbook";
import { readExample } from "../support/shared";

const { expected } = readExample("direct-vs-partner");

test("a live sensitivity sheet calculates the example's grid", async () => {
  const { standIn, operations } = await calculatingPane({
    SENSITIVITY: gtm.sensitivity as CustomFunction,
  });
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
