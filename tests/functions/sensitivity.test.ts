import "./customFunctionsDouble";
import { sensitivity, tornado } from "../../src/functions/functions";
import { ErrorDouble } from "./customFunctionsDouble";
import {
  EXAMPLE_NAMES,
  expectedGridTable,
  expectedTornadoTable,
  gridArgs,
  loadExample,
  tableArgs,
} from "./examples";
import { excelCall, expectExcelError, expectTable } from "./expectExcel";

const VALUE = "#VALUE!";
const NUM = "#NUM!";

/**
 * A deferred call of `fn` on online-launch's tables: the arguments between segments and mix are
 * given, padded with `undefined` (omitted) to `count`, then mix omitted and the assumptions.
 */
function onlineLaunchCaller(fn: (...args: never[]) => unknown, count: number) {
  const [channels, segments, , assumptions] = tableArgs(loadExample("online-launch"));
  return (...args: unknown[]) =>
    () => {
      const padded = [...args, ...Array<undefined>(count - args.length).fill(undefined)];
      return excelCall(fn, channels, segments, ...padded, null, assumptions);
    };
}

const column = <T>(values: T[]): T[][] => values.map((value) => [value]);

describe.each(EXAMPLE_NAMES.map((name) => [name, loadExample(name)] as const))(
  "%s",
  (_name, example) => {
    const [channels, segments, mix, assumptions] = tableArgs(example);
    const { x, y, values } = example.grid;

    it("GTM.SENSITIVITY two-way in scale mode is the example's grid in data-table layout, for values in rows or columns", () => {
      const expected = expectedGridTable(example, "NPV");
      expectTable(
        excelCall(
          sensitivity,
          channels,
          segments,
          ...gridArgs(example),
          mix,
          assumptions
        ) as unknown[][],
        expected
      );
      expectTable(
        sensitivity(
          channels,
          segments,
          "NPV",
          x.driver,
          column(x.values),
          y.driver,
          [y.values],
          "Scale",
          mix ?? undefined,
          assumptions
        ),
        expected
      );
    });

    it("GTM.SENSITIVITY one-way is a header [driverX, metric] then [x, value] rows (the grid's row at Y = 1)", () => {
      const baseRow = values[y.values.indexOf(1)];
      const expected = [
        [x.driver, "NPV"],
        ...x.values.map((value, j) => [value, baseRow[j] as number]),
      ];
      const withBlanks = [
        [x.values[0], "", x.values[1]],
        [null, x.values[2], ""],
        [x.values[3], x.values[4], undefined],
      ];
      const oneWay: [unknown, unknown, unknown][] = [
        [[x.values], undefined, undefined],
        [column(x.values), null, null],
        [withBlanks, "", [[""]]],
      ];
      for (const [valuesX, driverY, valuesY] of oneWay) {
        const args = ["npv", x.driver, valuesX, driverY, valuesY, "scale", mix, assumptions];
        expectTable(excelCall(sensitivity, channels, segments, ...args) as unknown[][], expected);
      }
    });

    const tornadoOf = (drivers: unknown, swing: unknown) =>
      excelCall(
        tornado,
        channels,
        segments,
        "npv",
        drivers,
        swing,
        mix,
        assumptions
      ) as unknown[][];

    it("GTM.TORNADO with the default drivers and swing is the example's tornado", () => {
      const expected = expectedTornadoTable(example);
      for (const [drivers, swing] of [
        [null, null],
        [undefined, undefined],
        [[[""]], 0.2],
      ]) {
        expectTable(tornadoOf(drivers, swing), expected);
      }
    });

    it("GTM.TORNADO takes drivers as a column, a row or one comma-separated text", () => {
      const picked = example.tornado.rows.slice(0, 3);
      const names = [...picked].reverse().map((row) => row.driver);
      const expected = expectedTornadoTable({
        ...example,
        tornado: { ...example.tornado, rows: picked },
      });
      for (const drivers of [
        column(names),
        [[...names, ""]],
        [[names.join(", ")]],
        names.join(","),
      ]) {
        expectTable(tornadoOf(drivers, 0.2), expected);
      }
    });
  }
);

describe("GTM.SENSITIVITY in value mode", () => {
  const example = loadExample("online-launch");
  const [channels, segments, , assumptions] = tableArgs(example);

  it("sets the driver to each value: conversion 0.04 reproduces the baseline NPV", () => {
    const table = sensitivity(
      channels,
      segments,
      "npv",
      "channel[Self-serve].conversion",
      [[0.02, 0.04]],
      undefined,
      undefined,
      undefined,
      undefined,
      assumptions
    );
    expect(table[0]).toEqual(["channel[Self-serve].conversion", "NPV"]);
    expectTable([table[2]], [[0.04, example.result.total.npv as number]]);
  });

  it("gives #N/A cells where the metric has no value, naming the metric", () => {
    const table = sensitivity(
      channels,
      segments,
      "cac",
      "channel[*].spend",
      [[0, 10000]],
      undefined,
      undefined,
      "value",
      undefined,
      assumptions
    );
    expect(table[1][1]).toEqual(
      new ErrorDouble("#N/A" as ErrorDouble["code"], "CAC has no value for this model")
    );
    expectTable([table[2]], [[10000, example.result.total.cac as number]]);
  });

  it("refuses the whole table when a value is out of range, with the model's input error", () => {
    expectExcelError(
      () =>
        sensitivity(
          channels,
          segments,
          "npv",
          "channel[*].conversion",
          [[0.5, 25]],
          undefined,
          undefined,
          undefined,
          undefined,
          assumptions
        ),
      VALUE,
      "Channels (Self-serve, conversion): 25 is not between 0 and 1 — enter 25% or 0.25"
    );
  });
});

describe("GTM.SENSITIVITY argument errors", () => {
  // metric, driverX, valuesX, driverY, valuesY, mode: the arguments before mix and assumptions.
  const call = onlineLaunchCaller(sensitivity, 6);

  it("refuses missing values, a lone driverY or valuesY, an unknown mode and unknown drivers with #VALUE!", () => {
    expectExcelError(
      call("npv", "discountRate", [[""]]),
      VALUE,
      "valuesX: no number found — enter at least one"
    );
    expectExcelError(
      call("npv", "discountRate", [["a"]]),
      VALUE,
      'valuesX: "a" is text, not a number'
    );
    expectExcelError(
      call("npv", "discountRate", [[0.1]], "horizon", null),
      VALUE,
      "driverY needs valuesY as well"
    );
    expectExcelError(
      call("npv", "discountRate", [[0.1]], null, [[12]]),
      VALUE,
      "valuesY needs driverY as well"
    );
    expectExcelError(
      call("npv", "discountRate", [[0.1]], null, null, "percent"),
      VALUE,
      'mode: "percent" is not one of value, scale'
    );
    expectExcelError(call("npv", null, [[0.1]]), VALUE, "driverX: enter a value");
    expectExcelError(
      call("npv", "channel[Foo].conversion", [[0.1]]),
      VALUE,
      'Drivers (channel[Foo].conversion): there is no channel named "Foo"'
    );
    expectExcelError(
      call("npv", "channel[*].colour", [[0.1]]),
      VALUE,
      'Drivers (channel[*].colour): "colour" is not a number field of a channel — use spend, costPerLead, conversion, cycle, capacity, ramp, partnerMargin, fixedCost'
    );
  });
});

describe("GTM.TORNADO argument errors", () => {
  // metric, drivers, swing: the arguments before mix and assumptions.
  const call = onlineLaunchCaller(tornado, 3);

  it("refuses a swing outside (0, 1) with #NUM! and text with #VALUE!", () => {
    for (const swing of [0, 1, -0.2]) {
      expectExcelError(call("npv", null, swing), NUM, undefined);
    }
    expectExcelError(call("npv", null, "20%"), VALUE, 'swing: "20%" is text, not a number');
  });

  it("refuses unknown drivers and metrics with the model's message", () => {
    expectExcelError(
      call("npv", [["segment[Foo].price"]]),
      VALUE,
      'Drivers (segment[Foo].price): there is no segment named "Foo"'
    );
    expectExcelError(call("npv", [[3]]), VALUE, "drivers: 3 is not text");
    expectExcelError(
      call("margin"),
      VALUE,
      'Drivers (metric): "margin" is not a metric — use one of customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, or channel[Name].field or segment[Name].field'
    );
  });
});

describe("GTM.SENSITIVITY size limit", () => {
  it("a 1,000 × 1,000 grid is #VALUE! with the limit, at once (the shared runtime never freezes)", () => {
    const call = onlineLaunchCaller(sensitivity, 6);
    const values = Array.from({ length: 1_000 }, (_, i) => [1 + i / 1_000]);
    const start = Date.now();
    expectExcelError(
      call("npv", "channel[*].spend", values, "segment[*].price", values, "scale"),
      VALUE,
      "valuesX, valuesY: the grid has 1,000,000 cells — at most 40,000 (e.g. 200 × 200): use fewer values"
    );
    expect(Date.now() - start).toBeLessThan(1_000);
  });

  it("a one-way table past the limit names valuesX", () => {
    const call = onlineLaunchCaller(sensitivity, 6);
    const values = Array.from({ length: 40_001 }, (_, i) => [i]);
    expectExcelError(
      call("npv", "channel[*].spend", values),
      VALUE,
      "valuesX: the grid has 40,001 cells — at most 40,000 (e.g. 200 × 200): use fewer values"
    );
  });
});
