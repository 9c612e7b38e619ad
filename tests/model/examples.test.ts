/** Every shared example reproduced: result, tornado and grid to 1e-9; the sheet-table form reads to the same model. */
import {
  loadJson,
  loadTables,
  runModel,
  sensitivityGrid,
  sensitivityGridAsync,
  sensitivitySteps,
  tornado,
  modelDrivers,
  defaultTornadoDrivers,
} from "../../src/model";
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
      expect(actual.x).toMatchObject(grid.x);
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

describe("the grid in steps (one Evaluator, the pane and the CLI call it)", () => {
  for (const name of exampleNames()) {
    const { input, expected } = readExample(name);
    if (!expected.grid) continue;
    const grid = expected.grid;
    const model = loadJson(input).model;
    const spec = { metric: grid.metric, mode: grid.mode, x: grid.x, y: grid.y ?? null };

    test(`${name}: steps report each row of Y and end with the example's grid`, () => {
      const steps = sensitivitySteps(model, spec);
      const progress: { done: number; total: number }[] = [];
      let step = steps.next();
      while (step.done !== true) {
        progress.push(step.value);
        step = steps.next();
      }
      const rows = grid.y?.values.length ?? 1;
      expect(progress).toEqual(
        Array.from({ length: rows }, (_, i) => ({ done: i + 1, total: rows }))
      );
      expectClose(step.value.values, grid.values);
    });

    test(`${name}: the async grid equals the grid row by row computed one Y at a time, and cancels`, async () => {
      const whole = await sensitivityGridAsync(model, spec, { sliceMs: 0, pause: async () => {} });
      const perRow = (grid.y?.values ?? []).map(
        (y) =>
          sensitivityGrid(model, { ...spec, y: { driver: grid.y!.driver, values: [y] } }).values[0]
      );
      expect(whole?.values).toEqual(perRow);
      expectClose(whole?.values, grid.values);
      let asked = 0;
      const cancelled = await sensitivityGridAsync(model, spec, {
        sliceMs: 0,
        pause: async () => {},
        cancelled: () => ++asked >= 2,
      });
      expect(cancelled).toBeNull();
      expect(asked).toBe(2);
    });
  }

  test("a driver over one row reports the values it takes; over several rows none", () => {
    const { input } = readExample("direct-vs-partner");
    const model = loadJson(input).model;
    const price = model.segments.find((s) => s.name === "Enterprise")!.price;
    const conversion = model.channels.find((c) => c.name === "Partners")!.conversion;
    const grid = sensitivityGrid(model, {
      metric: "npv",
      mode: "scale",
      x: { driver: "segment[Enterprise].price", values: [0.8, 1, 1.2] },
      y: { driver: "channel[*].conversion", values: [0.9, 1.1] },
    });
    expectClose(grid.x.applied, [0.8 * price, price, 1.2 * price]);
    expect(grid.y?.applied).toBeNull();
    const one = sensitivityGrid(model, {
      metric: "npv",
      mode: "scale",
      x: { driver: "channel[Partners].conversion", values: [0.8, 1.2] },
    });
    expectClose(one.x.applied, [0.8 * conversion, 1.2 * conversion]);
    // Whole-number fields are rounded as the model applies them: cycle 2 × 1.3 = 2.6 → 3.
    const cycle = sensitivityGrid(model, {
      metric: "npv",
      mode: "scale",
      x: { driver: "channel[Direct sales].cycle", values: [1.3] },
    });
    expect(cycle.x.applied).toEqual([Math.round(1.3 * model.channels[0].cycle!)]);
  });
});

test("the model lists its drivers: every number field over all rows and each row, then the assumptions; the tornado's leave out blank fields", () => {
  const { input } = readExample("direct-vs-partner");
  const model = loadJson(input).model;
  const all = modelDrivers(model);
  expect(all.slice(0, 3)).toEqual([
    "channel[*].spend",
    "channel[Direct sales].spend",
    "channel[Partners].spend",
  ]);
  expect(all.slice(-3)).toEqual(["horizon", "discountRate", "launchPeriods"]);
  expect(all).toContain("segment[Enterprise].refPrice");
  const tornadoChoices = modelDrivers(model, { skipBlank: true });
  // No segment of the example has a reference price; Direct sales has no partner margin.
  expect(tornadoChoices.filter((d) => d.includes("refPrice"))).toEqual([]);
  expect(tornadoChoices).toContain("channel[Partners].partnerMargin");
  expect(tornadoChoices).not.toContain("channel[Direct sales].partnerMargin");
  for (const driver of defaultTornadoDrivers(model)) expect(tornadoChoices).toContain(driver);
});
