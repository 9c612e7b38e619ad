/**
 * Issue 11, point 4: every sheet of every analysis, written for the shared example with the locale
 * zh-CN, holds no English the add-in wrote. Every text cell, chart title, axis title and series
 * name either contains Chinese or is the user's own words (channel, segment and scenario names),
 * an address, a formula-facing token (metric and driver names, `value`/`scale`), a number or the
 * version line. And a sheet written in Chinese is the add-in's own: a later run replaces it.
 */
import { parseDriver, resolveMetric, scenarioComparison, type ModelInput } from "../../src/model";
import {
  insertSample,
  SAMPLE_MODEL_SHEET,
  writeResults,
  isOwnedSheet,
  writeWhatIf,
  ANALYSIS_KINDS,
  type SheetInfo,
} from "../../src/workbook";
import type { CellInfo, WhatIfResult } from "../../src/workbook/whatIf/types";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import { readExample } from "../support/shared";
import { NOW, sampleFixture, VERSION } from "../workbook/helpers";
import { writeEverySheet } from "../workbook/everySheet";
import { CJK, loadExampleModel } from "./helpers";

const { expected } = readExample("direct-vs-partner");
const ZH = { now: NOW, version: VERSION, locale: "zh-CN" as const };

function parses(text: string, model: ModelInput): boolean {
  for (const parse of [() => resolveMetric(text, model), () => parseDriver(text, model)]) {
    try {
      parse();
      return true;
    } catch {
      // not this kind of token
    }
  }
  return false;
}

/** Text the add-in may write in a Chinese sheet without translating it. */
function allowed(text: string, model: ModelInput, userWords: Set<string>): boolean {
  const t = text.trim();
  return (
    t === "" ||
    CJK.test(t) ||
    userWords.has(t) ||
    /^[-−+]?[\d.,%$\s:×x()]+$/.test(t) ||
    /^('?[^!]+'?!)?\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/.test(t) ||
    /^GTM Modeler [\d.]+$/.test(t) ||
    /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/.test(t) ||
    // The audit's Question row: the question in the model's own names, as GTM.* formulas take it.
    /^GTM\.(SENSITIVITY|TORNADO|BREAKEVEN|ALLOCATE|SCENARIOS|SIMULATE) metrics? /.test(t) ||
    // The audit's Analysis row: a language-independent code ("replace the earlier sheet" reads it).
    (ANALYSIS_KINDS as readonly string[]).includes(t) ||
    t === "value" ||
    t === "scale" ||
    parses(t, model) ||
    onlyUserWords(t, userWords)
  );
}

/** Text made of the user's words and addresses joined by punctuation: no English word left. */
function onlyUserWords(text: string, userWords: Set<string>): boolean {
  let rest = text.replace(/('?[^!'\s]+'?!)\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?/g, " ");
  for (const word of [...userWords].sort((a, b) => b.length - a.length))
    rest = rest.split(word).join(" ");
  return !/[A-Za-z]{2,}/.test(rest);
}

/** Every string the sheets of `wb` show: cells, chart titles, axis titles, series names. */
function shownTexts(wb: MemoryWorkbook): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  for (const name of wb.sheetNames()) {
    for (const { row, column, cell } of wb.entries(name))
      if (typeof cell.value === "string" && cell.formula === undefined)
        texts.push({ where: `${name}!R${row + 1}C${column + 1}`, text: cell.value });
    for (const chart of wb.sheet(name)?.charts ?? []) {
      const parts = [
        chart.title,
        chart.xAxisTitle,
        chart.yAxisTitle,
        ...chart.series.map((s) => s.name),
      ];
      for (const text of parts)
        if (typeof text === "string") texts.push({ where: `${name} chart`, text });
    }
  }
  return texts;
}

describe("sheets written in Simplified Chinese", () => {
  it("hold no untranslated text in any sheet of any analysis", async () => {
    const f = await sampleFixture();
    const written = await writeEverySheet(f, "zh-CN");
    expect(written.length).toBeGreaterThanOrEqual(9);
    const scenarios = scenarioComparison(f.model, {
      scenarios: { table: (expected.tables?.scenarios ?? []) as (string | number)[][] },
    }).scenarios;
    const userWords = new Set([
      ...f.model.channels.map((c) => c.name),
      ...f.model.segments.map((s) => s.name),
      ...scenarios,
    ]);
    const ours = shownTexts(f.wb).filter(({ where }) =>
      written.some((name) => where.startsWith(name))
    );
    expect(ours.filter(({ text }) => CJK.test(text)).length).toBeGreaterThan(300);
    expect(ours.filter(({ text }) => !allowed(text, f.model, userWords))).toEqual([]);
  });

  it("hold no untranslated text on the sample's model sheet (its input tables keep the model's headers)", async () => {
    const wb = new MemoryWorkbook();
    const written = await insertSample(wb, { now: NOW, version: VERSION, locale: "zh-CN" });
    expect(written.sheets.at(-1)?.name).toBe(SAMPLE_MODEL_SHEET);
    const model = loadExampleModel();
    const texts = shownTexts(wb).filter(({ where }) => where.startsWith(SAMPLE_MODEL_SHEET));
    expect(wb.cell(SAMPLE_MODEL_SHEET, 0, 0)?.value).toBe("GTM Modeler · 示例模型");
    expect(texts.filter(({ text }) => CJK.test(text)).length).toBeGreaterThan(20);
    expect(texts.filter(({ text }) => !allowed(text, model, new Set()))).toEqual([]);
    // The input tables are read by the model: their headers stay as the model names them.
    expect(wb.cell("Channels", 0, 0)?.value).toBe("Channel");
  });

  it('show periods with Chinese words in their number formats (0.0" 个月"), no English word', async () => {
    const f = await sampleFixture();
    const written = await writeEverySheet(f, "zh-CN");
    const formats = new Set<string>();
    for (const name of written)
      for (const { cell } of f.wb.entries(name))
        if (cell.format !== undefined) formats.add(cell.format);
    expect([...formats].filter((format) => format.includes("个月")).length).toBeGreaterThan(0);
    // A quoted literal in a format is a word the reader sees: none may be English.
    const quoted = [...formats].flatMap((format) => format.match(/"[^"]*"/g) ?? []);
    expect(quoted.filter((literal) => /[A-Za-z]{2,}/.test(literal))).toEqual([]);
  });
});

describe("the ownership marker in either language", () => {
  it("finds a sheet written in Chinese to be the add-in's, and a later run replaces it", async () => {
    const f = await sampleFixture();
    const zh = await writeResults(f.wb, {
      ...ZH,
      model: f.model,
      inputs: f.inputs,
      result: f.result,
      mode: "values",
    });
    expect(f.wb.cell(zh.name, 0, 0)?.value).toBe("GTM Modeler · 模型结果");
    expect(f.wb.cell(zh.name, 5, 0)?.value).toBe("写入范围");
    expect(String(f.wb.cell(zh.name, 5, 1)?.value)).toMatch(
      /^A1:[A-Z]+\d+ （内容校验 [0-9a-f]{8}）$/
    );
    const info = await f.wb.inspect();
    const sheet = info.sheets.find((s) => s.name === zh.name);
    expect(sheet !== undefined && isOwnedSheet(sheet)).toBe(true);
    const again = await writeResults(f.wb, {
      ...ZH,
      locale: "en",
      replace: true,
      model: f.model,
      inputs: f.inputs,
      result: f.result,
      mode: "values",
    });
    expect(again.name).toBe(zh.name);
    expect(f.wb.cell(zh.name, 0, 0)?.value).toBe("GTM Modeler · Model results");
  });

  it("takes a Chinese sheet a user typed into as the user's", async () => {
    const f = await sampleFixture();
    const zh = await writeResults(f.wb, {
      ...ZH,
      model: f.model,
      inputs: f.inputs,
      result: f.result,
      mode: "values",
    });
    const sheet = (await f.wb.inspect()).sheets.find((s) => s.name === zh.name) as SheetInfo;
    const content = () =>
      f.wb.entries(zh.name).map(({ row, column, cell }) => ({ row, column, value: cell.value }));
    expect(isOwnedSheet({ ...sheet, content: content() })).toBe(true);
    // A note typed into a blank cell inside the written range (the content check sees it).
    f.wb.setCell(zh.name, 12, 1, { value: "我的备注" });
    expect(isOwnedSheet({ ...sheet, content: content() })).toBe(false);
  });
});

describe("the what-if sheet in Simplified Chinese", () => {
  const cell = (address: string, label: string | null, value: number): CellInfo => ({
    cell: address,
    exists: true,
    formula: value,
    value,
    numberFormat: "0.00",
    sheetProtected: false,
    label,
  });
  const output = cell("Model!B9", "NPV", 1000);
  const price = cell("Inputs!B2", "Price", 10);
  const churn = cell("Inputs!B3", null, 0.1);
  const common = { output, base: 1000, flat: true, points: 4, batches: 1, pointsPerSync: 20 };
  const results: WhatIfResult[] = [
    {
      ...common,
      request: {
        kind: "table",
        output: output.cell,
        x: { cell: price.cell, values: [10, 12] },
        y: { cell: churn.cell, values: [0.1, 0.2] },
      },
      inputs: [price, churn],
      table: {
        x: [10, 12],
        y: [0.1, 0.2],
        values: [
          [1, 2],
          [3, null],
        ],
      },
      failures: [
        {
          point: [
            { cell: price.cell, value: 12 },
            { cell: churn.cell, value: null },
          ],
          reason: "#VALUE!",
        },
      ],
    },
    {
      ...common,
      request: {
        kind: "tornado",
        output: output.cell,
        inputs: [{ cell: price.cell, low: 9, high: 11 }],
      },
      inputs: [price],
      tornado: [{ cell: price.cell, low: 9, high: 11, atLow: 900, atHigh: 1100, swing: 200 }],
      failures: [],
    },
    {
      ...common,
      request: {
        kind: "goalSeek",
        output: output.cell,
        input: price.cell,
        target: 0,
        low: 0,
        high: 20,
      },
      inputs: [price],
      goalSeek: {
        target: 0,
        low: 0,
        high: 20,
        value: null,
        outputAtValue: null,
        step: null,
        min: 5,
        max: 9,
      },
      failures: [],
    },
  ] as WhatIfResult[];

  it("holds no untranslated text", async () => {
    const wb = new MemoryWorkbook();
    const names: string[] = [];
    for (const result of results)
      names.push((await writeWhatIf(wb, { result, ...ZH, sheetName: `W${names.length}` })).name);
    const texts = shownTexts(wb);
    expect(texts.filter(({ text }) => CJK.test(text)).length).toBeGreaterThan(40);
    const model = loadExampleModel();
    const userWords = new Set(["NPV", "Price", "#VALUE!"]);
    expect(texts.filter(({ text }) => !allowed(text, model, userWords))).toEqual([]);
  });

  it("says in Chinese why a point was not computed (an Excel error code stays as it is)", async () => {
    const wb = new MemoryWorkbook();
    const point = [{ cell: price.cell, value: 12 }];
    const result = {
      ...results[0],
      failures: [
        { point, reason: "#VALUE!" },
        { point, reason: 'text "n/a"' },
        { point, reason: "logical FALSE" },
        { point, reason: "empty" },
        { point, reason: "still #BUSY! after 10 s" },
      ],
    } as WhatIfResult;
    const written = await writeWhatIf(wb, { result, ...ZH, sheetName: "W" });
    const texts = shownTexts(wb).map(({ text }) => text);
    expect(written.name).toBe("W");
    expect(texts).toEqual(
      expect.arrayContaining(["#VALUE!", "文本“n/a”", "逻辑值 FALSE", "空", "10 秒后仍为 #BUSY!"])
    );
    expect(texts).not.toContain('text "n/a"');
  });
});
