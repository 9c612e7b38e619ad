import { makeIssue, parseJson, runModel } from "../../src/model";
import { GTM_MODEL_HEADERS } from "../functions/examples";
import type { ModelInput } from "../../src/model";
import { warningsText } from "../../src/workbook/services/layout";
import { CHANNEL_COLUMNS, LiveFormulaError, SERIES_GROUPS, writeResults } from "../../src/workbook";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import type { WriteResultsOptions } from "../../src/workbook";
import {
  expectCleanWorkbook,
  expected,
  expectNear,
  NOW,
  readExample,
  sampleFixture,
  sheetWorkbook,
  modelOf,
  VERSION,
} from "./helpers";

const MONEY0 = "[$$-409]#,##0_);[Red]([$$-409]#,##0)";
const MONEY2 = "[$$-409]#,##0.00_);[Red]([$$-409]#,##0.00)";
const SHEET = "Results";
/** Rows of the values layout for 2 channels, 2 segments, 24 months. */
const HEADER = 11;
const TOTAL = 14;
const SEGMENT_HEADER = 17;
const SERIES_HEADER = 47;
const FIRST_PERIOD = 48;

async function written(mode: WriteResultsOptions["mode"] = "values") {
  const fixture = await sampleFixture();
  const options: WriteResultsOptions = {
    model: fixture.model,
    result: fixture.result,
    inputs: fixture.inputs,
    mode,
    now: NOW,
    version: VERSION,
  };
  const sheet = await writeResults(fixture.wb, options);
  return { ...fixture, sheet, options };
}

describe("writeResults, values", () => {
  it("writes the channel summary with the GTM.MODEL columns, exact figures and formats", async () => {
    const { wb, sheet } = await written();
    expect(sheet).toEqual({ name: SHEET, address: "Results!A1:X92" });
    expect(wb.values(SHEET, { row: HEADER, column: 0, rows: 1, columns: 14 })[0]).toEqual([
      "Channel",
      ...GTM_MODEL_HEADERS,
    ]);
    const ex = expected().result;
    const keys = [
      "leads",
      "customers",
      "conversion",
      "spend",
      "fixedCost",
      "cac",
      "ltv",
      "ltvToCac",
      "payback",
      "revenue",
      "grossProfit",
      "contribution",
      "npv",
    ] as const;
    const rows = [...ex.channels, { ...ex.total, name: "Total" }];
    rows.forEach((row, i) => {
      expect(wb.cell(SHEET, HEADER + 1 + i, 0)?.value).toBe(row.name);
      keys.forEach((key, j) =>
        expectNear(wb.cell(SHEET, HEADER + 1 + i, j + 1)?.value, row[key], `${row.name}.${key}`)
      );
    });
    expect(wb.cell(SHEET, TOTAL, 0)?.style).toEqual({ bold: true, border: "top" });
    expect(Array.from({ length: 13 }, (_, j) => wb.cell(SHEET, TOTAL, j + 1)?.format)).toEqual([
      "#,##0",
      "#,##0.0",
      "0.0%",
      MONEY0,
      MONEY0,
      MONEY2,
      MONEY2,
      '0.00"x"',
      '0.0" months"',
      MONEY0,
      MONEY0,
      MONEY0,
      MONEY0,
    ]);
    expectCleanWorkbook(wb);
  });

  it("writes the segment summary and every per-period series", async () => {
    const { wb } = await written();
    const ex = expected().result;
    expect(wb.values(SHEET, { row: SEGMENT_HEADER, column: 0, rows: 1, columns: 6 })[0]).toEqual([
      "Segment",
      "Customers won",
      "Active customers at end",
      "Revenue",
      "Gross profit",
      "Penetration",
    ]);
    ex.segments.forEach((segment, i) => {
      const r = SEGMENT_HEADER + 1 + i;
      expect(wb.cell(SHEET, r, 0)?.value).toBe(segment.name);
      (["customers", "activeCustomers", "revenue", "grossProfit", "penetration"] as const).forEach(
        (key, j) =>
          expectNear(wb.cell(SHEET, r, j + 1)?.value, segment[key], `${segment.name}.${key}`)
      );
    });
    expect(wb.cell(SHEET, SEGMENT_HEADER + 1, 5)?.format).toBe("0.0%");
    expect(wb.cell(SHEET, SERIES_HEADER - 1, 0)?.value).toBe("By month");
    expect(
      wb.values(SHEET, { row: FIRST_PERIOD, column: 0, rows: 24, columns: 1 }).map((r) => r[0])
    ).toEqual(Array.from({ length: 24 }, (_, t) => `Month ${t + 1}`));
    SERIES_GROUPS.forEach((group, g) => {
      const col = 1 + g * 4;
      expect(wb.cell(SHEET, SERIES_HEADER - 1, col)?.value).toBe(group.label);
      expect(wb.values(SHEET, { row: SERIES_HEADER, column: col, rows: 1, columns: 3 })[0]).toEqual(
        ["Direct sales", "Partners", "Total"]
      );
      for (let t = 0; t < 24; t++) {
        const a = ex.periods.channels[0][group.field][t];
        const b = ex.periods.channels[1][group.field][t];
        expectNear(wb.cell(SHEET, FIRST_PERIOD + t, col)?.value, a, `${group.field}[Direct][${t}]`);
        expectNear(
          wb.cell(SHEET, FIRST_PERIOD + t, col + 1)?.value,
          b,
          `${group.field}[Partners][${t}]`
        );
        expectNear(
          wb.cell(SHEET, FIRST_PERIOD + t, col + 2)?.value,
          a + b,
          `${group.field}[Total][${t}]`
        );
      }
      const formats: Record<string, string> = {
        revenue: MONEY0,
        grossProfit: MONEY0,
        contribution: MONEY0,
        customers: "#,##0.0",
        activeCustomers: "#,##0.0",
        leads: "#,##0",
      };
      expect(wb.cell(SHEET, FIRST_PERIOD, col)?.format).toBe(formats[group.field]);
    });
  });

  it("charts revenue (or customers) by channel over time", async () => {
    const { wb, options, model, result, inputs } = await written();
    expect(wb.sheet(SHEET)?.charts).toEqual([
      {
        type: "line",
        title: "Revenue by channel",
        categories: { row: FIRST_PERIOD, column: 0, rows: 24, columns: 1 },
        series: [
          { name: "Direct sales", values: { row: FIRST_PERIOD, column: 1, rows: 24, columns: 1 } },
          { name: "Partners", values: { row: FIRST_PERIOD, column: 2, rows: 24, columns: 1 } },
        ],
        xAxisTitle: "Month",
        yAxisTitle: "Revenue",
        valueFormat: MONEY0,
        anchor: { row: 27, column: 0, rows: 18, columns: 8 },
      },
    ]);
    const again = await writeResults(wb, {
      ...options,
      model,
      result,
      inputs,
      chartMetric: "customers",
    });
    expect(again.name).toBe("Results 2");
    const chart = wb.sheet(again.name)?.charts[0];
    expect(chart?.title).toBe("Customers won by channel");
    expect(chart?.series[1].values).toEqual({ row: FIRST_PERIOD, column: 6, rows: 24, columns: 1 });
  });

  it("writes the audit block: what, when, inputs, version, written range, definitions", async () => {
    const { wb } = await written();
    const header = wb.values(SHEET, { row: 0, column: 0, rows: 9, columns: 2 });
    // A values sheet records a hash of what it wrote beside its range (ownership.ts).
    expect(header[5][1]).toMatch(/^A1:X92 \(content check [0-9a-f]{8}\)$/);
    header[5][1] = String(header[5][1]).replace(/ \(content check [0-9a-f]{8}\)$/, "");
    expect(header).toEqual([
      ["GTM Modeler · Model results", null],
      ["Run", "Model run, values snapshot: 2 channels, 2 segments, 24 months"],
      ["When", "2026-11-22 04:30:00 UTC"],
      [
        "Inputs",
        "Channels: Channels!A1:J3; Segments: Segments!A1:J3; Mix: Mix!A1:C3; Assumptions: Assumptions!A2:B5",
      ],
      ["Version", "GTM Modeler 1.2.3"],
      ["Written range", "A1:X92"],
      ["Warnings", "none"],
      [
        "Note",
        "GTM Modeler may replace this sheet when asked to; once you edit it, it is yours and never replaced.",
      ],
      ["Analysis", "results"],
    ]);
    expect(wb.usedRect(SHEET)).toEqual({ row: 0, column: 0, rows: 92, columns: 24 });
    const defs = wb.values(SHEET, { row: 73, column: 0, rows: 19, columns: 2 });
    expect(defs[0]).toEqual(["Definitions", null]);
    expect(defs[6]).toEqual([
      "CAC",
      "Customer acquisition cost: (spend + fixed cost) ÷ customers won",
    ]);
    expect(defs[9]).toEqual([
      "Payback",
      "CAC ÷ margin per customer per month, in months (no churn)",
    ]);
  });

  it("writes launch revenue and the customers lost to capacity and saturation, per channel and in total", async () => {
    const { wb } = await written();
    const want = expected().result;
    const top = SEGMENT_HEADER + 4;
    expect(wb.cell(SHEET, top, 0)?.value).toBe("Launch and limits");
    expect(wb.values(SHEET, { row: top + 1, column: 0, rows: 1, columns: 4 })[0]).toEqual([
      "Channel",
      "Launch revenue",
      "Customers lost to capacity",
      "Customers lost to saturation",
    ]);
    const rows = [...want.channels, { ...want.total, name: "Total" }];
    rows.forEach((row, i) => {
      const r = top + 2 + i;
      expect(wb.cell(SHEET, r, 0)?.value).toBe(row.name);
      expectNear(wb.cell(SHEET, r, 1)?.value, row.launchRevenue, `${row.name} launch revenue`);
      expectNear(wb.cell(SHEET, r, 2)?.value, row.lostToCapacity, `${row.name} lost to capacity`);
      expectNear(
        wb.cell(SHEET, r, 3)?.value,
        row.lostToSaturation,
        `${row.name} lost to saturation`
      );
      expect(wb.cell(SHEET, r, 1)?.format).toBe(MONEY0);
      expect(wb.cell(SHEET, r, 2)?.format).toBe("#,##0.0");
    });
    expect(want.channels[0].lostToCapacity).toBeGreaterThan(0);
    const defs = wb.values(SHEET, { row: 73, column: 0, rows: 19, columns: 2 });
    expect(defs.slice(16)).toEqual([
      ["Launch revenue", "Revenue in the launch months"],
      ["Customers lost to capacity", "Pipeline cut by the channel's capacity (customers not won)"],
      [
        "Customers lost to saturation",
        "Pipeline cut because the segment's market is exhausted (customers not won)",
      ],
    ]);
  });

  it("freezes the first column beside the long by-month table, prints landscape one page wide, sizes columns", async () => {
    const { wb } = await written();
    const sheet = wb.sheet(SHEET);
    // The by-month header sits at row 48: too far down to freeze rows, so column A only.
    expect(sheet?.freeze).toEqual({ rows: 0, columns: 1 });
    expect(sheet?.page).toEqual({ orientation: "landscape", fitToPagesWide: 1 });
    const widths = new Map(sheet?.columnWidths.map((w) => [w.column, w.width]));
    // Column A: its longest text that cannot run over, the definition label beside its definition.
    expect(widths.get(0)).toBe("Customers lost to saturation".length + 2);
    // A money column holds "$4,198,850" (10 characters) and more: at least 12.
    expect(widths.get(10)).toBeGreaterThanOrEqual(12);
  });

  it("shows the model's warnings beside the results", async () => {
    const { wb, options } = await written();
    const warnings = [
      makeIssue(
        "warning",
        { table: "Channels", field: "colour", address: "Channels!K1" },
        "unknown column, ignored"
      ),
      makeIssue("warning", { table: "Segments", row: "SMB" }, "bass q without bass p"),
    ];
    const again = await writeResults(wb, { ...options, warnings });
    expect(wb.values(again.name, { row: 6, column: 0, rows: 1, columns: 2 })).toEqual([
      [
        "Warnings",
        "Channels!K1 (colour): unknown column, ignored | Segments (SMB): bass q without bass p",
      ],
    ]);
  });
});

describe("writeResults, live formulas", () => {
  it("writes =GTM.MODEL over the input tables and =GTM.SERIES per channel, formats ahead of the spill", async () => {
    const { wb } = await written("formulas");
    // The spilled header row is styled as a header written as values is.
    expect(wb.cell(SHEET, HEADER, 0)).toEqual({
      value: null,
      formula: "=GTM.MODEL(Channels[#All],Segments[#All],Mix[#All],Assumptions[#Data])",
      style: { bold: true, fill: "#F2F2F2", border: "bottom", wrap: true },
    });
    expect(wb.cell(SHEET, HEADER, 13)?.style).toEqual(wb.cell(SHEET, HEADER, 0)?.style);
    expect(wb.cell(SHEET, HEADER + 1, 0)?.style).toBeUndefined();
    expect(wb.cell(SHEET, HEADER + 3, 6)?.format).toBe(MONEY2);
    expect(wb.cell(SHEET, HEADER + 13, 13)?.format).toBe(MONEY0);
    expect(wb.cell(SHEET, 1, 1)?.value).toBe(
      "Model run, live formulas (GTM.MODEL, GTM.SERIES): 2 channels, 2 segments, 24 months"
    );
    const entries = wb.entries(SHEET).filter((e) => e.cell.formula?.startsWith("=GTM.SERIES"));
    expect(entries).toHaveLength(SERIES_GROUPS.length * 3);
    const header = entries[0].row - 1;
    expect(wb.values(SHEET, { row: header, column: 1, rows: 1, columns: 3 })[0]).toEqual([
      "Direct sales",
      "Partners",
      "Total",
    ]);
    expect(entries.slice(0, 3).map((e) => e.cell.formula)).toEqual([
      `=GTM.SERIES(Channels[#All],Segments[#All],"revenue",$B$${header + 1},Mix[#All],Assumptions[#Data])`,
      `=GTM.SERIES(Channels[#All],Segments[#All],"revenue",$C$${header + 1},Mix[#All],Assumptions[#Data])`,
      `=GTM.SERIES(Channels[#All],Segments[#All],"revenue",,Mix[#All],Assumptions[#Data])`,
    ]);
    expect(wb.cell(SHEET, header + 24, 1)?.format).toBe(MONEY0);
    expectCleanWorkbook(wb);
  });

  it("refuses live formulas when the inputs are not in the workbook", async () => {
    const model = parseJson(readExample("online-launch.input.json")).model as ModelInput;
    const wb = new MemoryWorkbook();
    const run = writeResults(wb, {
      model,
      result: runModel(model),
      inputs: {},
      mode: "formulas",
      now: NOW,
      version: VERSION,
    });
    await expect(run).rejects.toThrow(LiveFormulaError);
    await expect(run).rejects.toThrow(
      "Live formulas need the channels and segments tables in the workbook; write values instead"
    );
    expect(wb.sheetNames()).toEqual([]);
  });
});

describe("writeResults, ownership", () => {
  it("each run writes a new sheet; replace takes the newest of ours, never a user's or an edited one", async () => {
    const { wb, options } = await sampleFixture().then(async (f) => ({
      wb: f.wb,
      options: {
        model: f.model,
        result: f.result,
        inputs: f.inputs,
        mode: "values" as const,
        now: NOW,
        version: VERSION,
      },
    }));
    wb.addSheet(SHEET, [["my forecast", 42]]);
    const userBefore = wb.entries(SHEET);
    const first = await writeResults(wb, options);
    expect(first.name).toBe("Results 2");
    const second = await writeResults(wb, options);
    expect(second.name).toBe("Results 3");
    const count = wb.sheetNames().length;
    const later = new Date("2026-12-01T09:15:00Z");
    const replaced = await writeResults(wb, { ...options, now: later, replace: true });
    expect(replaced.name).toBe("Results 3");
    expect(wb.sheetNames()).toHaveLength(count);
    expect(wb.cell("Results 3", 2, 1)?.value).toBe("2026-12-01 09:15:00 UTC");
    expect(wb.cell("Results 2", 2, 1)?.value).toBe("2026-11-22 04:30:00 UTC");
    expect(wb.entries(SHEET)).toEqual(userBefore);
    // The newest is "Results 3" (its run time); a user's edit makes it theirs: the older one is replaced.
    wb.setCell("Results 3", 200, 2, { value: "note the user typed" });
    const third = await writeResults(wb, { ...options, replace: true });
    expect(third.name).toBe("Results 2");
    expect(wb.cell("Results 3", 200, 2)?.value).toBe("note the user typed");
    expect(wb.cell("Results 3", 2, 1)?.value).toBe("2026-12-01 09:15:00 UTC");
    // Once no sheet of ours is left, replace writes a new one.
    wb.setCell("Results 2", 300, 0, { value: "mine now" });
    const fourth = await writeResults(wb, { ...options, replace: true });
    expect(fourth.name).toBe("Results 4");
    expect(wb.sheetNames()).toHaveLength(count + 1);
  });

  it("writes channel and segment names that look like formulas as text", async () => {
    const input = structuredClone(readExample("direct-vs-partner.input.json")) as {
      channels: { name: string }[];
      segments: { name: string }[];
      mix: Record<string, Record<string, number>>;
    };
    input.channels[0].name = '=HYPERLINK("http://x")';
    input.channels[1].name = "+Partners";
    input.segments[0].name = "-Enterprise";
    input.segments[1].name = "@Mid";
    input.mix = {
      '=HYPERLINK("http://x")': { "-Enterprise": 0.7, "@Mid": 0.3 },
      "+Partners": { "-Enterprise": 0.3, "@Mid": 0.7 },
    };
    const outcome = parseJson(input);
    expect(outcome.errors).toEqual([]);
    const model = outcome.model as ModelInput;
    const wb = new MemoryWorkbook();
    await writeResults(wb, {
      model,
      result: runModel(model),
      inputs: {},
      mode: "values",
      now: NOW,
      version: VERSION,
    });
    const names = ['=HYPERLINK("http://x")', "+Partners", "-Enterprise", "@Mid"];
    const cells = wb
      .entries(SHEET)
      .filter((e) => typeof e.cell.value === "string" && names.includes(e.cell.value));
    // Channel and segment summaries, the launch-and-limits table, the series' headers.
    expect(cells).toHaveLength(2 + 2 + 2 + 2 * SERIES_GROUPS.length);
    expect(cells.every((e) => e.cell.formula === undefined)).toBe(true);
    expect(wb.entries(SHEET).filter((e) => e.cell.formula !== undefined)).toEqual([]);
    expect(wb.cell(SHEET, HEADER + 1, 0)).toEqual({ value: '=HYPERLINK("http://x")' });
    expectCleanWorkbook(wb);
  });

  it("writes no NaN or undefined for a channel without customers (null CAC, LTV, payback as empty cells)", async () => {
    const input = structuredClone(readExample("online-launch.input.json")) as {
      channels: Record<string, unknown>[];
    };
    input.channels.push({ name: "Events", type: "other", conversion: 0.1, fixedCost: 500 });
    const model = parseJson(input).model as ModelInput;
    const result = runModel(model);
    expect(result.channels[1].cac).toBeNull();
    const wb = new MemoryWorkbook();
    await writeResults(wb, {
      model,
      result,
      inputs: {},
      mode: "values",
      now: NOW,
      version: VERSION,
    });
    const row = HEADER + 2;
    expect(wb.cell(SHEET, row, 0)?.value).toBe("Events");
    const cac = CHANNEL_COLUMNS.findIndex((c) => c.label === "CAC");
    expect(wb.cell(SHEET, row, cac)?.value).toBeNull();
    expect(wb.cell(SHEET, row, cac + 3)?.value).toBeNull();
    expectCleanWorkbook(wb);
  });
});

describe("writeResults, other layouts", () => {
  it("labels periods with the model's unit", async () => {
    const input = structuredClone(readExample("online-launch.input.json")) as {
      assumptions: { periodUnit: string };
    };
    input.assumptions.periodUnit = "quarter";
    const model = parseJson(input).model as ModelInput;
    const wb = new MemoryWorkbook();
    await writeResults(wb, {
      model,
      result: runModel(model),
      inputs: {},
      mode: "values",
      now: NOW,
      version: VERSION,
    });
    const payback = CHANNEL_COLUMNS.findIndex((c) => c.label === "Payback");
    expect(wb.cell(SHEET, HEADER + 1, payback)?.format).toBe('0.0" quarters"');
    const labels = wb
      .entries(SHEET)
      .filter(
        (e) =>
          typeof e.cell.value === "string" && /^(By quarter|Quarter( \d+)?)$/.test(e.cell.value)
      );
    expect(labels.map((e) => e.cell.value)).toEqual([
      "By quarter",
      "Quarter",
      ...[1, 2, 3, 4, 5, 6].map((t) => `Quarter ${t}`),
    ]);
    expect(wb.cell(SHEET, 1, 1)?.value).toBe(
      "Model run, values snapshot: 1 channel, 1 segment, 6 quarters"
    );
  });

  it("live formulas refer to plain sheet ranges when the inputs are not Excel tables", async () => {
    const tables = expected().tables;
    const wb = sheetWorkbook({
      Channels: tables.channels,
      Segments: tables.segments,
      Mix: tables.mix,
      Assumptions: tables.assumptions,
    });
    const inputs = await wb.readInputs({});
    const model = modelOf(inputs);
    await writeResults(wb, {
      model,
      result: runModel(model),
      inputs,
      mode: "formulas",
      now: NOW,
      version: VERSION,
    });
    expect(wb.cell(SHEET, HEADER, 0)?.formula).toBe(
      "=GTM.MODEL(Channels!$A$1:$J$3,Segments!$A$1:$J$3,Mix!$A$1:$C$3,Assumptions!$A$1:$B$4)"
    );
    expect(wb.values("Channels", { row: 0, column: 0, rows: 3, columns: 10 })).toEqual(
      tables.channels.map((row) => row.map((v) => (v === "" ? null : v)))
    );
  });
});

describe("the audit block's warnings cell", () => {
  it("keeps within Excel's 32,767 characters, saying how many more there are", () => {
    const many = Array.from(
      { length: 2_000 },
      (_, i) => `Channels!K${i + 2}: warning number ${i + 1}`
    );
    const text = warningsText(many);
    expect(text.length).toBeLessThanOrEqual(32_767);
    expect(text.startsWith("Channels!K2: warning number 1 | Channels!K3: warning number 2")).toBe(
      true
    );
    expect(text).toMatch(/ \| … and \d+ more warnings \(the run lists them all\)$/);
    expect(warningsText(["one", "two"])).toBe("one | two");
    expect(warningsText([])).toBe("none");
  });
});
