/** Every shared example reproduced: result, tornado and grid to 1e-9; the sheet-table form reads to the same model. */
import { loadJson, loadTables, runModel, sensitivityGrid, tornado } from "../../src/model";
import { exampleNames, readExample } from "../support/shared";
import { expectClose } from "./helpers";

const names = exampleNames();

test("the shared examples are there", () => {
  expect(names).toEqual(expect.arrayContaining(["direct-vs-partner", "online-launch"]));
});

describe.each(names)("example %s", (name) => {
  const { input, expected } = readExample(name);
  const { model, warnings } = loadJson(input);

  test("run reproduces the expected result", () => {
    expectClose(runModel(model), expected.result);
  });

  test("tornado reproduces the expected rows, in order", () => {
    const actual = tornado(model, {
      metric: expected.tornado.metric,
      swing: expected.tornado.swing,
    });
    expect(actual.rows.map((row) => row.driver)).toEqual(
      expected.tornado.rows.map((row) => row.driver)
    );
    expectClose(actual, expected.tornado);
  });

  test("the default swing is 0.2", () => {
    expectClose(tornado(model, { metric: expected.tornado.metric }), expected.tornado);
  });

  if (expected.grid) {
    const grid = expected.grid;
    test("grid reproduces the expected values", () => {
      const actual = sensitivityGrid(model, {
        metric: grid.metric,
        mode: grid.mode,
        x: grid.x,
        y: grid.y ?? null,
      });
      expectClose(actual.values, grid.values);
      expect(actual.x).toEqual(grid.x);
    });
  }

  test("the sheet tables read to the same model as the JSON", () => {
    const fromTables = loadTables(expected.tables);
    expect(fromTables.model).toEqual(model);
    expect(fromTables.warnings).toEqual(warnings);
    expectClose(runModel(fromTables.model), expected.result);
  });
});

test("direct-vs-partner warns of nothing", () => {
  expect(loadJson(readExample("direct-vs-partner").input).warnings).toEqual([]);
});
