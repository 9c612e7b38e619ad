/**
 * The task pane in Chromium over the in-browser workbook (the built stand-in): insert the sample,
 * run the model, a two-way sensitivity table and a tornado, all by clicking the UI; the sheets
 * written must hold the example's figures. A bad input shows its error and writes nothing.
 * Screenshots of each step go to tests/artifacts/; axe-core finds no serious violation.
 */
import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import type { GridResult, TornadoResult } from "../../src/model";
import type { SheetDump, WorkbookDump } from "../../src/testing/office/dump";
import { sensitivityLayout, tornadoLayout } from "../../src/workbook";
import { EXAMPLES_DIR } from "../support/shared";
import { Harness, openPage, REPO_ROOT, startHarness } from "./harness/taskpane";

interface Expected {
  result: {
    total: Record<string, number | null>;
    channels: Record<string, number | string | null>[];
  };
  grid: GridResult;
  tornado: TornadoResult;
  tables: { channels: (string | number)[][] };
}

const expected = JSON.parse(
  readFileSync(path.join(EXAMPLES_DIR, "direct-vs-partner.expected.json"), "utf8")
) as Expected;

let harness: Harness;
let page: Page;

function close(actual: unknown, wanted: number): void {
  expect(typeof actual).toBe("number");
  const tolerance = Math.max(1e-9, Math.abs(wanted) * 1e-9);
  expect(Math.abs((actual as number) - wanted)).toBeLessThanOrEqual(tolerance);
}

async function dump(): Promise<WorkbookDump> {
  return page.evaluate(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump()
  );
}

/** Type a value into a cell of the stand-in workbook, as a user would (0-based row and column). */
async function typeInto(sheetName: string, row: number, column: number, value: unknown) {
  await page.evaluate(
    ([name, r, c, v]) => {
      const { workbook } = (
        window as unknown as {
          GTMStandIn: {
            workbook: { sheet(name: string): { ensure(r: number, c: number): { value: unknown } } };
          };
        }
      ).GTMStandIn;
      workbook.sheet(name as string).ensure(r as number, c as number).value = v;
    },
    [sheetName, row, column, value]
  );
}

function sheet(book: WorkbookDump, name: string): SheetDump {
  const found = book.sheets.find((s) => s.name === name);
  if (found === undefined)
    throw new Error(`no sheet ${name}; sheets: ${book.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

async function notice(text: RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 20000 });
}

async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ path: path.join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js") });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: { exclude: string[][] }): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    // Fluent UI's focus manager (Tabster) adds aria-hidden focus guards (`<i data-tabster-dummy>`)
    // that bounce focus back into the pane; they are never read or reached by a screen reader.
    const { violations } = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.openTaskpane();
  await page.getByRole("heading", { level: 1, name: "GTM Modeler" }).waitFor();
  await notice(/Add Channels and Segments tables/);
});

afterAll(async () => {
  await harness?.stop();
});

test("an empty workbook: the pane asks for inputs and passes the accessibility check", async () => {
  await harness.screenshot(page, "taskpane-01-empty");
  expect(await seriousViolations()).toEqual([]);
});

test("insert the sample model: input tables, the model sheet and remembered bindings", async () => {
  await page.getByRole("button", { name: "Insert sample model" }).click();
  await notice(/Sample model inserted/);
  await page.getByText("Channels!A1:J3", { exact: true }).waitFor();
  expect(await page.getByText("2 rows", { exact: true }).count()).toBe(3);
  expect(await page.getByText("4 rows", { exact: true }).count()).toBe(1);
  await harness.screenshot(page, "taskpane-02-sample");
  const book = await dump();
  expect(book.sheets.map((s) => s.name)).toEqual([
    "Sheet1",
    "Channels",
    "Segments",
    "Mix",
    "Assumptions",
    "Scenarios",
    "Bounds",
    "Uncertainty",
    "Correlations",
    "GTM Model",
  ]);
  expect(book.tables.map((t) => `${t.name} ${t.address}`)).toEqual([
    "Channels Channels!A1:J3",
    "Segments Segments!A1:J3",
    "Mix Mix!A1:C3",
    "Assumptions Assumptions!A1:B5",
    "Scenarios Scenarios!A1:D5",
    "Bounds Bounds!A1:C3",
    "Uncertainty Uncertainty!A1:H5",
    "Correlations Correlations!A1:C2",
  ]);
  const channels = sheet(book, "Channels");
  expect(channels.values[2].slice(0, 5)).toEqual(expected.tables.channels[2].slice(0, 5));
  expect(channels.numberFormats[2][4]).toMatch(/%/);
  const saved = await page.evaluate(() => {
    const settings = (
      window as unknown as { GTMStandIn: { settings: { saved: Map<string, unknown> } } }
    ).GTMStandIn.settings;
    return settings.saved.get("gtm.bindings");
  });
  expect(saved).toEqual({
    channels: "Channels",
    segments: "Segments",
    mix: "Mix",
    assumptions: "Assumptions",
  });
  expect(await seriousViolations()).toEqual([]);
});

test("run the model: the results sheet holds the example's totals", async () => {
  await openPage(page, "Run");
  await page.getByRole("button", { name: "Run model" }).click();
  await notice(/Results written to the sheet Results/);
  await harness.screenshot(page, "taskpane-03-run");
  const results = sheet(await dump(), "Results");
  const headerRow = results.values.findIndex((row) => row.includes("NPV") && row.includes("CAC"));
  expect(headerRow).toBeGreaterThan(0);
  const header = results.values[headerRow];
  const totalRow = results.values.findIndex(
    (row, r) => r > headerRow && row[header.indexOf("Channel")] === "Total"
  );
  expect(totalRow).toBeGreaterThan(headerRow);
  close(results.values[totalRow][header.indexOf("NPV")], expected.result.total.npv as number);
  close(
    results.values[totalRow][header.indexOf("Revenue")],
    expected.result.total.revenue as number
  );
  close(results.values[totalRow][header.indexOf("CAC")], expected.result.total.cac as number);
  expect(results.numberFormats[totalRow][header.indexOf("NPV")]).toContain("$");
  expect(results.charts).toHaveLength(1);
  expect(results.charts[0].series.map((s) => s.name)).toEqual(["Direct sales", "Partners"]);
  expect(results.values.flat().some((v) => typeof v === "string" && /NaN|undefined/.test(v))).toBe(
    false
  );
});

test("a two-way sensitivity table by clicking: NPV over price × conversion, ±20 %", async () => {
  await openPage(page, "Sensitivity");
  await page.getByRole("combobox", { name: "Metric" }).selectOption("npv");
  await page
    .getByRole("combobox", { name: "Driver across (X)" })
    .selectOption({ label: "Price (all segments)" });
  await page
    .getByRole("combobox", { name: "Driver down (Y)" })
    .selectOption({ label: "Conversion (all channels)" });
  await page.getByRole("spinbutton", { name: "± %" }).fill("20");
  await page.getByRole("spinbutton", { name: "Steps (X)" }).fill("5");
  await page.getByRole("spinbutton", { name: "Steps (Y)" }).fill("3");
  await harness.screenshot(page, "taskpane-04-sensitivity-form");
  await page.getByRole("button", { name: "Make sensitivity table" }).click();
  await notice(/Sensitivity table of 15 cells written to the sheet Sens NPV Price×Conv/);
  await harness.screenshot(page, "taskpane-05-sensitivity-done");
  const grid = sheet(await dump(), "Sens NPV Price×Conv");
  const layout = sensitivityLayout(expected.grid);
  expected.grid.values.forEach((row, i) =>
    row.forEach((value, j) =>
      close(grid.values[layout.body.row + i][layout.body.column + j], value as number)
    )
  );
  // Drivers over every row: the axes show the change from each row's value (multiplier − 1).
  expected.grid.x.values.forEach((x, j) =>
    close(grid.values[layout.top][layout.body.column + j], x - 1)
  );
  expected.grid.y?.values.forEach((y, i) =>
    close(grid.values[layout.body.row + i][layout.body.column - 1], y - 1)
  );
  expect(grid.colorScales).toHaveLength(1);
  expect(grid.values[0][0]).toMatch(/^GTM Modeler · /);
});

test("a 101 × 101 table shows its progress, the pane stays responsive, and Cancel writes nothing", async () => {
  // The sample computes 10,201 cells in a fraction of a second. With a 600-month horizon (typed
  // into the Assumptions table) and Chromium's CPU throttled 10×, the table takes seconds, long
  // enough to see the progress and to cancel whatever this machine's speed.
  const horizon = sheet(await dump(), "Assumptions").values[1];
  expect(horizon.slice(0, 2)).toEqual(["Horizon", 24]);
  await typeInto("Assumptions", 1, 1, 600);
  const before = await dump();
  await page.getByRole("spinbutton", { name: "± %" }).fill("50");
  await page.getByRole("spinbutton", { name: "Steps (X)" }).fill("101");
  await page.getByRole("spinbutton", { name: "Steps (Y)" }).fill("101");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 10 });
  try {
    await page.getByRole("button", { name: "Make sensitivity table" }).click();
    await page.getByText(/Computing \d+ of 101/).waitFor();
    await harness.screenshot(page, "taskpane-05b-progress");
    await page.getByRole("button", { name: "Cancel" }).click();
    await notice(/Cancelled\. Nothing was written\./);
    const after = await dump();
    expect({ ...after, syncs: 0 }).toEqual({ ...before, syncs: 0 });
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await cdp.detach();
    await typeInto("Assumptions", 1, 1, 24);
  }
});

test("a tornado by clicking: the example's rows, largest swing first, with its chart", async () => {
  await openPage(page, "Tornado");
  await page.getByRole("combobox", { name: "Metric" }).selectOption("npv");
  await page.getByRole("spinbutton", { name: "Swing ± %" }).fill("20");
  await page.getByRole("button", { name: "Make tornado" }).click();
  await notice(/Tornado written to the sheet Tornado NPV/);
  await harness.screenshot(page, "taskpane-06-tornado");
  const sheetDump = sheet(await dump(), "Tornado NPV");
  const layout = tornadoLayout(expected.tornado);
  expected.tornado.rows.forEach((row, i) => {
    const cells = sheetDump.values[layout.firstRow + i];
    expect(cells[5]).toBe(row.driver);
    close(cells[1], row.low as number);
    close(cells[2], row.base as number);
    close(cells[3], row.high as number);
    close(cells[4], row.swing as number);
  });
  expect(sheetDump.charts).toHaveLength(1);
  expect(sheetDump.charts[0].type).toBe("BarClustered");
  close(sheetDump.charts[0].valueAxis.positionAt, expected.result.total.npv as number);
  expect(await seriousViolations()).toEqual([]);
});

test("a second tornado goes to a new sheet; with 'Replace the earlier sheet' it replaces that one", async () => {
  const tornadoSheets = async (): Promise<string[]> =>
    (await dump()).sheets.map((s) => s.name).filter((name) => name.startsWith("Tornado"));
  const replace = page.getByRole("checkbox", { name: "Replace the earlier sheet" });
  expect(await replace.isChecked()).toBe(false);
  await page.getByRole("button", { name: "Make tornado" }).click();
  await notice(/Tornado written to the sheet Tornado NPV 2\./);
  expect(await tornadoSheets()).toEqual(["Tornado NPV", "Tornado NPV 2"]);
  await replace.check();
  await page.getByRole("spinbutton", { name: "Swing ± %" }).fill("10");
  await harness.screenshot(page, "taskpane-06b-tornado-replace");
  await page.getByRole("button", { name: "Make tornado" }).click();
  await page
    .getByText(/Tornado written to the sheet Tornado NPV 2\./)
    .first()
    .waitFor();
  await page.waitForFunction(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump().sheets.some(
      (s) => s.name === "Tornado NPV 2" && s.values.flat().includes("Low (−10%)")
    )
  );
  expect(await tornadoSheets()).toEqual(["Tornado NPV", "Tornado NPV 2"]);
  const replaced = sheet(await dump(), "Tornado NPV 2");
  // Below the tornado's Question row (row 5), the Analysis row is the tenth.
  expect(replaced.values[9]).toEqual(["Analysis", "tornado", ...replaced.values[9].slice(2)]);
  expect(replaced.page).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1 } });
  await replace.uncheck();
  await page.getByRole("spinbutton", { name: "Swing ± %" }).fill("20");
});

test("a conversion rate of 25 shows its error, writes nothing, and the error selects its cell", async () => {
  await typeInto("Channels", 2, 4, 25);
  const before = await dump();
  await openPage(page, "Run");
  await page.getByRole("button", { name: "Run model" }).click();
  const message =
    "Channels!E3 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25";
  const error = page.getByRole("button", { name: message });
  await error.waitFor();
  await notice(/Nothing was computed or written/);
  await harness.screenshot(page, "taskpane-07-bad-input");
  const after = await dump();
  expect({ ...after, syncs: 0 }).toEqual({ ...before, syncs: 0 });
  await error.click();
  await page.waitForFunction(
    () =>
      (window as unknown as { GTMStandIn: { workbook: { selection: unknown } } }).GTMStandIn
        .workbook.selection !== null
  );
  const selected = await dump();
  expect(selected.selection).toBe("Channels!E3");
  expect(selected.activeSheet).toBe("Channels");
  expect(await seriousViolations()).toEqual([]);
  expect(harness.problems).toEqual([]);
});

test("Simplified Chinese from Office's display language", async () => {
  const zh = await harness.openTaskpane("taskpane.html?lang=zh-CN");
  await zh.getByRole("heading", { level: 1, name: "GTM 建模器" }).waitFor();
  await zh.getByRole("button", { name: "插入示例模型" }).click();
  await zh.getByText(/已插入示例模型/).waitFor();
  await harness.screenshot(zh, "taskpane-08-zh");
  expect(await zh.getByRole("tab", { name: "敏感性" }).count()).toBe(1);
  // A run writes its sheet in Chinese (issue 11, point 4).
  await openPage(zh, "运行");
  await zh.getByRole("button", { name: "运行模型" }).click();
  await zh
    .getByText(/结果已写入工作表/)
    .first()
    .waitFor({ timeout: 20000 });
  const book = await zh.evaluate(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump()
  );
  const results = book.sheets.find((s) => s.values[0]?.[0] === "GTM Modeler · 模型结果");
  expect(results?.values.flat()).toEqual(expect.arrayContaining(["渠道汇总", "写入范围", "合计"]));
  // An input problem reads in Chinese too, and still selects its cell.
  await zh.evaluate(() => {
    const { workbook } = (
      window as unknown as {
        GTMStandIn: {
          workbook: { sheet(name: string): { ensure(r: number, c: number): { value: unknown } } };
        };
      }
    ).GTMStandIn;
    workbook.sheet("Channels").ensure(2, 4).value = 25;
  });
  await zh.getByRole("button", { name: "运行模型" }).click();
  const error = zh.getByRole("button", {
    name: "Channels!E3（Partners，转化率）：25 不在 0 与 1 之间——请输入 25% 或 0.25",
  });
  await error.waitFor();
  await harness.screenshot(zh, "taskpane-09-zh-run");
  await zh.close();
});

test("Office's dark theme gives the dark Fluent theme, still without serious accessibility problems", async () => {
  const dark = await harness.openTaskpane("taskpane.html?theme=dark");
  await dark.getByRole("heading", { level: 1, name: "GTM Modeler" }).waitFor();
  await dark.getByText(/Add Channels and Segments tables/).waitFor();
  await harness.screenshot(dark, "taskpane-09-dark");
  const background = await dark.evaluate(
    () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor
  );
  expect(background).toBe("rgb(41, 41, 41)");
  await dark.addScriptTag({ path: path.join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js") });
  const serious = await dark.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: {
            exclude: string[][];
          }): Promise<{ violations: { id: string; impact: string | null }[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => v.id);
  });
  expect(serious).toEqual([]);
  await dark.close();
});

test("the preview page shows the pane beside the workbook it writes", async () => {
  const preview = await harness.openTaskpane("preview.html");
  await preview.setViewportSize({ width: 1280, height: 800 });
  await preview.getByRole("heading", { level: 1, name: "GTM Modeler" }).waitFor();
  // The preview starts with an empty workbook; its main action inserts the sample.
  await preview
    .getByRole("region", { name: "Workbook (in the browser)" })
    .getByRole("button", { name: "Insert sample model" })
    .click();
  await preview.getByRole("table", { name: "GTM Model" }).waitFor();
  // The sample's model sheet holds a live =GTM.MODEL(...): the preview calculates it.
  const npv = `$${Math.round(expected.result.total.npv as number).toLocaleString("en-US")}`;
  await preview.getByRole("cell", { name: npv }).first().waitFor();
  await harness.screenshot(preview, "preview-01-model");
  await preview.getByRole("tab", { name: "Channels" }).click();
  await preview.getByRole("cell", { name: "Direct sales" }).first().waitFor();
  await harness.screenshot(preview, "preview-02-channels");
  await preview.close();
  expect(harness.problems).toEqual([]);
});
