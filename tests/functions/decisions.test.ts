/** GTM.SCENARIOS, GTM.BREAKEVEN and GTM.ALLOCATE on the example's sheet tables: its answers, the contract's shapes, errors with messages. */
import "./customFunctionsDouble";
import { allocate, breakeven, metric, scenarios } from "../../src/functions/functions";
import { metricInfo } from "../../src/model";
import { readExample } from "../support/shared";
import { excelCall, expectClose, expectExcelError, expectTable } from "./expectExcel";

const VALUE = "#VALUE!";
const NA = "#N/A";
const { expected } = readExample("direct-vs-partner");
const t = expected.tables as unknown as Record<string, (string | number)[][]>;
const { channels, segments, mix, assumptions } = t as Record<string, (string | number)[][]>;
const scenarioTable = t.scenarios as (string | number)[][];
const boundsTable = t.bounds as (string | number)[][];

describe("GTM.SCENARIOS", () => {
  it("spills the comparison of §6 with the contract's header and metric labels", () => {
    const want = expected.scenarios!;
    const names = [...new Set(scenarioTable.slice(1).map((row) => String(row[0])))];
    const spill = scenarios(channels, segments, scenarioTable, undefined, mix, assumptions);
    expect(spill[0]).toEqual(["Metric", "Base", ...names, ...names.map((n) => `${n} vs Base`)]);
    expectTable(
      spill.slice(1),
      want.comparison.map((row) => [
        metricInfo(row.metric).label,
        ...[row.base, ...row.values, ...row.change].map((v) => (v === null ? "" : v)),
      ])
    );
  });

  it("takes a list of metrics (range or comma-separated), channel metrics too; no value is an empty cell", () => {
    const spill = scenarios(
      channels,
      segments,
      scenarioTable,
      [["npv, channel[Partners].cac"]],
      mix,
      assumptions
    );
    expect(spill.map((row) => row[0])).toEqual(["Metric", "NPV", "CAC (Partners)"]);
    expect(spill[2]?.[2]).toBe(""); // Direct only: Partners win nobody, no CAC
    expectClose(
      spill[2]?.[1],
      metric(channels, segments, "channel[Partners].cac", mix, assumptions)[0]?.[0]
    );
  });

  it("a bad Scenarios row is #VALUE! naming its cell; no table is #VALUE!", () => {
    const bad = scenarioTable.map((row, r) =>
      r === 4 ? [row[0], row[1], row[2], "double"] : row
    ) as (string | number)[][];
    const invocation = {
      parameterAddresses: [
        "Channels!A1:J3",
        "Segments!A1:J3",
        "Scenarios!A1:D5",
        "",
        "Mix!A1:C3",
        "Assumptions!A1:B4",
      ],
    };
    expectExcelError(
      () => excelCall(scenarios, channels, segments, bad, null, mix, assumptions, invocation),
      VALUE,
      `Scenarios!D5 (${String(bad[4]?.[0])}, mode): "double" is not a mode — use value or scale (blank means value)`
    );
    expectExcelError(
      () => excelCall(scenarios, channels, segments, [[""]], null, mix, assumptions),
      VALUE,
      "scenarios: enter a value"
    );
  });
});

describe("GTM.BREAKEVEN", () => {
  it("answers the example's questions; none in the interval is #N/A giving the metric's range", () => {
    for (const q of expected.breakEven ?? []) {
      const call = () =>
        breakeven(
          channels,
          segments,
          q.metric,
          q.driver,
          q.target,
          undefined,
          undefined,
          mix,
          assumptions
        );
      if (q.value !== null) {
        expectClose(call()[0]?.[0], q.value); // a 1×1 matrix
        continue;
      }
      let message = "";
      try {
        call();
      } catch (error) {
        message = (error as { message: string }).message;
        expect(error).toMatchObject({ code: NA });
      }
      const [, min, max] = /stays between (\S+) and (\S+)$/.exec(message) ?? [];
      expectClose(Number(min), q.min as number);
      expectClose(Number(max), q.max as number);
      expect(message).toMatch(
        new RegExp(
          `^no break-even between 0 and 1: ${metricInfo(q.metric).label.replace(/[()]/g, "\\$&")} stays between`
        )
      );
    }
  });

  it("a whole-number driver or low ≥ high is #VALUE! with the engine's message", () => {
    expectExcelError(
      () =>
        breakeven(channels, segments, "npv", "horizon", 0, undefined, undefined, mix, assumptions),
      VALUE,
      "Drivers (horizon, driver): horizon takes whole numbers only — a break-even needs a field that can take any value, such as spend, conversion or price"
    );
    expectExcelError(
      () => breakeven(channels, segments, "npv", "segment[*].price", 0, 10, 5, mix, assumptions),
      VALUE,
      "Drivers (low): 10 is not below the high end 5 — give low < high"
    );
    expectExcelError(
      () => excelCall(breakeven, channels, segments, "npv", "segment[*].price", "zero"),
      VALUE,
      'target: "zero" is text, not a number'
    );
  });
});

describe("GTM.ALLOCATE", () => {
  const want = expected.allocation!;

  it("spills Channel, Spend now, Best spend, Change; Total; the metric now and at best", () => {
    const spill = allocate(
      channels,
      segments,
      want.metric,
      want.budget,
      boundsTable,
      false,
      mix,
      assumptions
    );
    const names = channels.slice(1).map((row) => row[0]);
    expect(spill.map((row) => row[0])).toEqual(["Channel", ...names, "Total", "NPV"]);
    expect(spill[0]).toEqual(["Channel", "Spend now", "Best spend", "Change"]);
    const total = spill[names.length + 1] as number[];
    expectClose(total[2], want.budget);
    const last = spill[names.length + 2] as number[];
    expectClose(last[1], want.baselineMetric);
    expect(last[2]).toBeGreaterThanOrEqual(want.bestKnown.metric * 0.999);
    expectClose(last[3], last[2] - last[1]);
  });

  it("defaults: npv and the baseline budget; infeasible bounds are #VALUE! naming them", () => {
    const spill = allocate(
      channels,
      segments,
      undefined,
      undefined,
      boundsTable,
      undefined,
      mix,
      assumptions
    );
    expect(spill[spill.length - 1]?.[0]).toBe("NPV");
    const clash = [
      ["Channel", "Min", "Max"],
      ["Direct sales", 50000, ""],
      ["Partners", 20000, ""],
    ];
    const invocation = {
      parameterAddresses: ["Channels!A1:J3", "Segments!A1:J3", "", "", "Bounds!A1:C3"],
    };
    expectExcelError(
      () =>
        excelCall(
          allocate,
          channels,
          segments,
          null,
          null,
          clash,
          null,
          mix,
          assumptions,
          invocation
        ),
      VALUE,
      "Bounds (min): the minimums add up to 70000 (Direct sales 50000 at Bounds!B2, Partners 20000 at Bounds!B3), above the budget of 60000 — lower a minimum or raise the budget"
    );
  });
});
