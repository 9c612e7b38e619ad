/**
 * The GTM.* functions' messages follow Office's display language (issue 11, point 4): with
 * `Office.context.displayLanguage` zh-CN (the Office stand-in's), every #VALUE!/#N/A message is in
 * Simplified Chinese; with en-US, or with no Office at all, it is the English one, byte for byte.
 */
import "./customFunctionsDouble";
import * as gtm from "../../src/functions/functions";
import { formatNumber, METRICS, metricInfo, SERIES_FIELDS } from "../../src/model";
import { createStandIn } from "../../src/testing/office";
import { readExample } from "../support/shared";
import { excelCall, expectExcelError } from "./expectExcel";

const VALUE = "#VALUE!";
const NA = "#N/A";
const { expected } = readExample("direct-vs-partner");
const t = expected.tables as unknown as Record<string, (string | number)[][]>;
const { channels, segments, mix, assumptions } = t;
const partners = String(channels[2][0]);
const badChannels = channels.map((row, r) =>
  row.map((cell, c) => (r === 2 && c === 4 ? 25 : cell))
);
const addresses = {
  parameterAddresses: ["Channels!A1:J3", "Segments!A1:J3", "Mix!A1:C3", "Assumptions!A1:B4"],
};

/** Office as the shared runtime shows it, in `displayLanguage`; undefined removes it. */
function setOffice(displayLanguage: string | undefined): void {
  const office =
    displayLanguage === undefined ? undefined : createStandIn({ displayLanguage }).Office;
  Object.assign(globalThis, { Office: office });
}

afterEach(() => setOffice(undefined));

describe("in Simplified Chinese (displayLanguage zh-CN)", () => {
  beforeEach(() => setOffice("zh-CN"));

  it("a text where a number belongs, a boolean, an error value, a blank", () => {
    expectExcelError(
      () => excelCall(gtm.conversion, [["abc"]]),
      VALUE,
      'rates："abc" 是文本，不是数字'
    );
    expectExcelError(() => excelCall(gtm.conversion, [[true]]), VALUE, "rates：TRUE 不是数字");
    expectExcelError(
      () => excelCall(gtm.conversion, [[{ code: "#N/A" }]]),
      VALUE,
      "rates：单元格包含错误 #N/A——请修正或清空该单元格"
    );
    expectExcelError(() => excelCall(gtm.funnel, null, [[0.5]]), VALUE, "top：请输入一个值");
    expectExcelError(
      () => excelCall(gtm.funnel, [[1, 2]], [[0.5]]),
      VALUE,
      "top：一个区域不是数字"
    );
  });

  it("a rate typed as 25", () => {
    expectExcelError(
      () => excelCall(gtm.conversion, [[25]]),
      VALUE,
      "rates：25 不在 0 与 1 之间——请输入 25% 或 0.25"
    );
  });

  it("an unknown metric, series field or channel, with the allowed names", () => {
    expectExcelError(
      () => gtm.metric(channels, segments, "profit", mix, assumptions),
      VALUE,
      `驱动因素（metric）："profit" 不是指标——请使用以下之一：${METRICS.join(", ")}，或 channel[Name].field、segment[Name].field`
    );
    expectExcelError(
      () => gtm.series(channels, segments, "profit", undefined, mix, assumptions),
      VALUE,
      `field："profit" 不是以下之一：${SERIES_FIELDS.join("、")}`
    );
    expectExcelError(
      () => gtm.series(channels, segments, "revenue", "Retail", mix, assumptions),
      VALUE,
      `channel："Retail" 不是以下之一：${channels[1][0]}、${partners}`
    );
  });

  it("a model input problem naming its cell, table, row and field", () => {
    expectExcelError(
      () => excelCall(gtm.model, badChannels, segments, mix, assumptions, addresses),
      VALUE,
      `Channels!E3（${partners}，转化率）：25 不在 0 与 1 之间——请输入 25% 或 0.25`
    );
    expectExcelError(
      () => excelCall(gtm.model, badChannels, segments, mix, assumptions),
      VALUE,
      `渠道表（${partners}，转化率）：25 不在 0 与 1 之间——请输入 25% 或 0.25`
    );
  });

  it("no break-even in the interval: #N/A with the metric's range, in Chinese", () => {
    const questions = (expected.breakEven ?? []).filter((q) => q.value === null);
    expect(questions.length).toBeGreaterThan(0);
    for (const q of questions) {
      const label = metricInfo(q.metric, "zh-CN").label;
      expect(label).not.toBe(metricInfo(q.metric).label);
      expectExcelError(
        () =>
          gtm.breakeven(channels, segments, q.metric, q.driver, q.target, 0, 1, mix, assumptions),
        NA,
        `0 到 1 之间没有盈亏平衡点：${label}始终在 ${formatNumber(q.min as number)} 到 ${formatNumber(q.max as number)} 之间`
      );
    }
  });

  it("arguments that go together, a grid past its limit", () => {
    const call = (driverY: unknown, valuesY: unknown, valuesX: unknown = [[0.1]]) =>
      excelCall(
        gtm.sensitivity,
        channels,
        segments,
        "npv",
        "discountRate",
        valuesX,
        driverY,
        valuesY,
        null,
        mix,
        assumptions
      );
    expectExcelError(() => call("horizon", null), VALUE, "driverY 还需要 valuesY");
    const many = Array.from({ length: 300 }, (_, i) => [i / 300]);
    expectExcelError(
      () => call("horizon", many, many),
      VALUE,
      "valuesX, valuesY：网格有 90,000 个单元格——最多 40,000 个（例如 200 × 200）：请减少取值"
    );
  });
});

describe("in English", () => {
  it("stays as before with displayLanguage en-US, zh-TW (no Traditional strings) and without Office", () => {
    for (const language of ["en-US", "zh-TW", undefined]) {
      setOffice(language);
      expectExcelError(
        () => excelCall(gtm.conversion, [[25]]),
        VALUE,
        "rates: 25 is not between 0 and 1 — enter 25% or 0.25"
      );
      expectExcelError(
        () => excelCall(gtm.model, badChannels, segments, mix, assumptions, addresses),
        VALUE,
        `Channels!E3 (${partners}, conversion): 25 is not between 0 and 1 — enter 25% or 0.25`
      );
    }
  });

  it("reads Office defensively: no context or no display language is English", () => {
    for (const office of [{}, { context: {} }, { context: { displayLanguage: 7 } }]) {
      Object.assign(globalThis, { Office: office });
      expectExcelError(
        () => excelCall(gtm.conversion, [["abc"]]),
        VALUE,
        'rates: "abc" is text, not a number'
      );
    }
  });
});

/** Parameter names as Excel shows them: the user types them, they stay as they are. */
const PARAMETERS =
  "rates top spend customers arpa grossMargin churn discountRate cac p q market periods cumulative " +
  "metric field channel driverX valuesX driverY valuesY mode drivers swing scenarios metrics driver " +
  "target low high budget bounds unspent uncertainty iterations seed correlations";

/** Words a Chinese message may hold: what the user types (names, codes), TRUE/FALSE, addresses. */
const ALLOWED = new Set<string>([
  ...PARAMETERS.split(" "),
  ...METRICS,
  ...SERIES_FIELDS,
  ...["value", "scale", "latin", "random", "TRUE", "FALSE", "NPV", "CAC", "LTV", "ARPA", "Name"],
  ...["Channels", "Risks", "Scenarios", "Bounds", "Retail", "Foo", "abc", "double", "lots"],
  ...channels.slice(1).flatMap((row) => String(row[0]).split(" ")),
  ...t.scenarios.slice(1).flatMap((row) => String(row[0]).split(" ")),
  // Drivers and the Uncertainty table's columns as the user types them (the model's field keys).
  ...["horizon", "driver", "distribution", "Driver", "Distribution", "Min", "Most", "likely"],
  ...["Max", "Mean", "SD", "Apply"],
]);

/** The Latin words of a message that are not allowed, e.g. an English fragment left over. */
function englishWords(message: string): string[] {
  const words = message
    .replace(/"[^"]*"|#[A-Z/0!?]+/g, " ")
    .replace(/channel\[[^\]]*\]\.\w+|segment\[[^\]]*\]\.\w+/g, " ");
  return (words.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !ALLOWED.has(word));
}

/** The message of the Excel error a call ends in (awaited when the function is asynchronous). */
async function messageOf(call: () => unknown): Promise<string> {
  try {
    await call();
  } catch (error) {
    return (error as { message?: string }).message ?? "";
  }
  throw new Error("the call did not fail");
}

describe("every function over bad arguments in zh-CN", () => {
  beforeEach(() => setOffice("zh-CN"));
  const m = [channels, segments] as const;
  const tail = [mix, assumptions] as const;
  const scenarioTable = t.scenarios;
  const badScenarios = scenarioTable.map((row, r) =>
    row.map((cell, c) => (r === 1 && c === 3 ? "double" : cell))
  );
  const badBounds = t.bounds.map((row, r) =>
    row.map((cell, c) => (r === 1 && c === 0 ? "Retail" : cell))
  );
  const calls: [string, () => unknown][] = [
    ["CONVERSION", () => excelCall(gtm.conversion, [["abc"], [0.5]])],
    ["CONVERSION", () => excelCall(gtm.conversion, [[""]])],
    ["FUNNEL", () => excelCall(gtm.funnel, "lots", [[0.5]])],
    ["CAC", () => excelCall(gtm.cac, [[{ code: "#REF!" }]], [[1]])],
    ["LTV", () => excelCall(gtm.ltv, 100, 80, 0.02)],
    ["LTV", () => excelCall(gtm.ltv, null, 0.8, 0.02)],
    ["PAYBACK", () => excelCall(gtm.payback, 100, 10, true)],
    ["BASS", () => excelCall(gtm.bass, 0.01, 0.3, 100, 10, "yes")],
    ["MODEL", () => excelCall(gtm.model, badChannels, segments, ...tail)],
    ["MODEL", () => excelCall(gtm.model, [["", ""]], segments, null, assumptions)],
    ["METRIC", () => excelCall(gtm.metric, ...m, "profit", ...tail)],
    ["METRIC", () => excelCall(gtm.metric, ...m, "", ...tail)],
    ["SERIES", () => excelCall(gtm.series, ...m, "profit", null, ...tail)],
    ["SERIES", () => excelCall(gtm.series, ...m, "revenue", 7, ...tail)],
    [
      "SENSITIVITY",
      () =>
        excelCall(
          gtm.sensitivity,
          ...m,
          "npv",
          "discountRate",
          [[0.1]],
          null,
          null,
          "double",
          ...tail
        ),
    ],
    [
      "SENSITIVITY",
      () =>
        excelCall(
          gtm.sensitivity,
          ...m,
          "npv",
          "segment[Foo].price",
          [[1]],
          null,
          null,
          null,
          ...tail
        ),
    ],
    [
      "SENSITIVITY",
      () =>
        excelCall(gtm.sensitivity, ...m, "npv", "discountRate", null, null, null, null, ...tail),
    ],
    [
      "SENSITIVITY",
      () =>
        excelCall(
          gtm.sensitivity,
          ...m,
          "npv",
          "discountRate",
          [[0.1]],
          null,
          [[0.2]],
          null,
          ...tail
        ),
    ],
    ["TORNADO", () => excelCall(gtm.tornado, ...m, "npv", [["segment[Foo].price"]], null, ...tail)],
    ["TORNADO", () => excelCall(gtm.tornado, ...m, "npv", [[3]], null, ...tail)],
    ["SCENARIOS", () => excelCall(gtm.scenarios, ...m, badScenarios, null, ...tail)],
    ["SCENARIOS", () => excelCall(gtm.scenarios, ...m, [[""]], null, ...tail)],
    ["BREAKEVEN", () => excelCall(gtm.breakeven, ...m, "npv", "horizon", 0, null, null, ...tail)],
    ["ALLOCATE", () => excelCall(gtm.allocate, ...m, "npv", null, badBounds, null, ...tail)],
    ["ALLOCATE", () => excelCall(gtm.allocate, ...m, "npv", null, null, 3, ...tail)],
    ["SIMULATE", () => excelCall(gtm.simulate, ...m, [[""]], "npv", 100, 1, null, ...tail)],
    ["SIMULATE", () => excelCall(gtm.simulate, ...m, [["x"]], "npv", 100, 1, null, ...tail)],
  ];

  it.each(calls)(
    "GTM.%s: the message is Chinese, with no English word but names the user types",
    async (_name, call) => {
      const message = await messageOf(call);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(englishWords(message)).toEqual([]);
    }
  );
});
