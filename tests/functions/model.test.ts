import "./customFunctionsDouble";
import { metric, model, series } from "../../src/functions/functions";
import { METRICS, SERIES_FIELDS } from "../../src/model";
import { EXAMPLE_NAMES, expectedModelTable, loadExample, tableArgs } from "./examples";
import { excelCall, expectClose, expectExcelError, expectTable } from "./expectExcel";

const VALUE = "#VALUE!";
const NA = "#N/A";

/** A copy of a table with one cell changed. */
function withCell<T>(table: T[][], row: number, column: number, value: T): T[][] {
  return table.map((cells, r) =>
    cells.map((cell, c) => (r === row && c === column ? value : cell))
  );
}

describe.each(EXAMPLE_NAMES.map((name) => [name, loadExample(name)] as const))(
  "%s as sheet tables",
  (_name, example) => {
    const [channels, segments, mix, assumptions] = tableArgs(example);

    it("GTM.MODEL spills the header, one row per channel and Total, as result.channels and result.total", () => {
      expectTable(
        model(channels, segments, mix ?? undefined, assumptions),
        expectedModelTable(example)
      );
    });

    it("GTM.METRIC gives every metric's total in one cell (a 1×1 matrix), names matching ignoring case", () => {
      for (const name of METRICS) {
        const cell = metric(channels, segments, name, mix ?? undefined, assumptions);
        expect(cell.length).toBe(1);
        expect(cell[0].length).toBe(1);
        expectClose(cell[0][0], example.result.total[name] as number);
      }
      expectClose(
        metric(channels, segments, " NPV ", mix ?? undefined, assumptions)[0][0],
        example.result.total.npv as number
      );
    });

    it("GTM.SERIES gives each channel's per-period field, and the total over channels when channel is omitted", () => {
      example.result.channels.forEach((channel, k) => {
        for (const field of SERIES_FIELDS) {
          const expected = example.result.periods.channels[k][field].map((value) => [value]);
          expectTable(
            series(
              channels,
              segments,
              field,
              channel.name.toUpperCase(),
              mix ?? undefined,
              assumptions
            ),
            expected
          );
        }
      });
      const perChannel = example.result.periods.channels.map((periods) => periods.revenue);
      const total = perChannel[0].map((_, t) => [
        perChannel.reduce((sum, values) => sum + values[t], 0),
      ]);
      expectTable(
        excelCall(series, channels, segments, "Revenue", null, mix, assumptions) as unknown[][],
        total
      );
      expectTable(
        excelCall(
          series,
          channels,
          segments,
          "revenue",
          undefined,
          mix,
          assumptions
        ) as unknown[][],
        total
      );
      expectTable(
        excelCall(series, channels, segments, "revenue", "", mix, assumptions) as unknown[][],
        total
      );
    });
  }
);

describe("the model functions' optional tables", () => {
  const example = loadExample("online-launch");
  const [channels, segments, , assumptions] = tableArgs(example);

  it("accept mix omitted as null, undefined or an empty range", () => {
    const expected = expectedModelTable(example);
    expectTable(excelCall(model, channels, segments, null, assumptions) as unknown[][], expected);
    expectTable(
      excelCall(model, channels, segments, undefined, assumptions) as unknown[][],
      expected
    );
    expectTable(
      excelCall(
        model,
        channels,
        segments,
        [
          ["", ""],
          ["", null],
        ],
        assumptions
      ) as unknown[][],
      expected
    );
  });

  it("use the default assumptions (12 periods) when assumptions are omitted", () => {
    expect(excelCall(series, channels, segments, "customers", null, null, null)).toHaveLength(12);
    expect(series(channels, segments, "customers")).toHaveLength(12);
  });

  it("accept a series field written in words", () => {
    expectTable(
      series(channels, segments, "active customers", undefined, undefined, assumptions),
      example.result.periods.channels[0].activeCustomers.map((v) => [v])
    );
  });
});

describe("empty values", () => {
  const example = loadExample("direct-vs-partner");
  const [channels, segments, mix, assumptions] = tableArgs(example);
  // Spend column (index 2) blank in both channels: no leads, no customers, so CAC, LTV, payback… are empty.
  const idle = withCell(withCell(channels, 1, 2, ""), 2, 2, "");

  it("are empty cells in GTM.MODEL", () => {
    const table = model(idle, segments, mix ?? undefined, assumptions);
    const header = table[0];
    for (const column of ["Conversion", "CAC", "LTV", "LTV:CAC", "Payback"]) {
      expect(table.slice(1).map((row) => row[header.indexOf(column)])).toEqual(["", "", ""]);
    }
    expect(table[3][0]).toBe("Total");
    expect(table[3][header.indexOf("Spend")]).toBe(0);
  });

  it("are #N/A from GTM.METRIC, with the metric's name", () => {
    expectExcelError(
      () => metric(idle, segments, "cac", mix ?? undefined, assumptions),
      NA,
      "CAC has no value for this model"
    );
    expectExcelError(
      () => metric(idle, segments, "ltvToCac", mix ?? undefined, assumptions),
      NA,
      "LTV:CAC has no value for this model"
    );
  });
});

describe("model function errors", () => {
  const example = loadExample("direct-vs-partner");
  const [channels, segments, mix, assumptions] = tableArgs(example);
  const m = mix ?? undefined;

  it("report the model's input error with #VALUE!, naming table, row and field", () => {
    const bad = withCell(channels, 2, 4, 25);
    const message =
      "Channels (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25";
    expectExcelError(() => model(bad, segments, m, assumptions), VALUE, message);
    expectExcelError(() => metric(bad, segments, "npv", m, assumptions), VALUE, message);
    expectExcelError(
      () => series(bad, segments, "revenue", undefined, m, assumptions),
      VALUE,
      message
    );
  });

  it("join the first three input errors and count the rest", () => {
    let bad = withCell(channels, 1, 2, "lots");
    bad = withCell(bad, 2, 4, 25);
    bad = withCell(bad, 1, 3, -1);
    bad = withCell(bad, 2, 9, "x");
    const thrown = (() => {
      try {
        model(bad, segments, m, assumptions);
      } catch (error) {
        return error as { code: string; message: string };
      }
      return null;
    })();
    expect(thrown?.code).toBe(VALUE);
    expect(thrown?.message).toMatch(
      /^Channels \(Direct sales, spend\): "lots" is text, not a number; .+; .+ \(and 1 more\)$/
    );
  });

  it("name the cell when Excel gives the parameter addresses", () => {
    const invocation = {
      parameterAddresses: ["Channels!A1:J3", "Segments!A1:J3", "Mix!A1:C3", "Assumptions!A1:B4"],
    };
    const bad = withCell(channels, 2, 4, 25);
    const message =
      "Channels!E3 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25";
    expectExcelError(
      () => excelCall(model, bad, segments, mix, assumptions, invocation),
      VALUE,
      message
    );
    const metricInvocation = {
      parameterAddresses: [
        "'GTM inputs'!$C$5:$L$7",
        "Segments!A1:J3",
        "",
        "Mix!A1:C3",
        "Assumptions!A1:B4",
      ],
    };
    expectExcelError(
      () => excelCall(metric, bad, segments, "npv", mix, assumptions, metricInvocation),
      VALUE,
      "'GTM inputs'!G7 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25"
    );
  });

  it("report an Excel error value inside a table as an input error", () => {
    const bad = withCell<unknown>(channels, 1, 3, { code: "#N/A" });
    expectExcelError(
      () => excelCall(model, bad, segments, mix, assumptions),
      VALUE,
      "Channels (Direct sales, costPerLead): the cell holds the error #N/A — fix it or clear the cell"
    );
  });

  it("report an empty channels table", () => {
    expectExcelError(
      () => excelCall(model, [["", ""]], segments, null, assumptions),
      VALUE,
      "Channels: the table is missing or empty — it needs a header row and at least one row"
    );
  });

  it("refuse an unknown metric, series field or channel with #VALUE!", () => {
    expectExcelError(
      () => metric(channels, segments, "profit", m, assumptions),
      VALUE,
      'Drivers (metric): "profit" is not a metric — use one of customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, or channel[Name].field or segment[Name].field'
    );
    expectExcelError(
      () => excelCall(metric, channels, segments, "", m, assumptions),
      VALUE,
      "metric: enter a value"
    );
    expectExcelError(
      () => series(channels, segments, "profit", undefined, m, assumptions),
      VALUE,
      'field: "profit" is not one of leads, customers, activeCustomers, revenue, grossProfit, contribution'
    );
    expectExcelError(
      () => series(channels, segments, "revenue", "Retail", m, assumptions),
      VALUE,
      'channel: "Retail" is not one of Direct sales, Partners'
    );
    expectExcelError(
      () => excelCall(series, channels, segments, "revenue", 7, m, assumptions),
      VALUE,
      "channel: 7 is not text"
    );
  });
});
