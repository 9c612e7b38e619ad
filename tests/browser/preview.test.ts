/**
 * The preview page in Chromium: it opens on an empty workbook, inserts the sample from its main
 * action, and draws every chart the pane writes (the model's line chart, the tornado) as Excel
 * shows them, from the cells the charts read; language and theme switch in the page; the grid
 * keeps its headers in view, shows the selected cell and takes the keyboard; axe-core finds no
 * serious violation. Screenshots go to tests/artifacts/preview-*.png.
 */
import path from "path";
import type { Locator, Page } from "playwright-core";
import { parseSheetRange } from "../../src/workbook/a1";
import { formatAxis } from "../../src/preview/formatCell";
import type { DumpValue, SheetDump, WorkbookDump } from "../../src/testing/office/dump";
import type { ChartRecord } from "../../src/testing/office/workbook";
import { CHINESE, ENGLISH } from "../../src/taskpane/strings";
import { PREVIEW_CHINESE, PREVIEW_ENGLISH } from "../../src/preview/previewStrings";
import { ARTIFACTS, Harness, REPO_ROOT, startHarness } from "./harness/taskpane";

let harness: Harness;
let page: Page;

async function dump(): Promise<WorkbookDump> {
  return page.evaluate(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump()
  );
}

function sheet(book: WorkbookDump, name: string): SheetDump {
  const found = book.sheets.find((s) => s.name === name);
  if (found === undefined)
    throw new Error(`no sheet ${name}; sheets: ${book.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

/** The cells of a chart's range (`'GTM Tornado'!B17:B27`), read from the dump. */
function cells(book: WorkbookDump, address: string | null): { value: DumpValue; format: string }[] {
  const parsed = parseSheetRange(address ?? "");
  if (parsed === null) throw new Error(`not a range: ${address}`);
  const s = sheet(book, parsed.sheet);
  const { row, column, rows, columns } = parsed.rect;
  return Array.from({ length: rows * columns }, (_, k) => {
    const r = row + Math.floor(k / columns);
    const c = column + (k % columns);
    return { value: s.values[r]?.[c] ?? null, format: s.numberFormats[r]?.[c] ?? "General" };
  });
}

const shown = (cell: { value: DumpValue; format: string }): string =>
  formatAxis(cell.value, cell.format);

const pane = (): Locator => page.locator("aside");
const workbook = (): Locator => page.getByRole("region", { name: PREVIEW_ENGLISH.heading });

/** A page of the pane by its tab (or the overflow menu's item when the tab does not fit). */
async function paneTab(name: string): Promise<void> {
  const tab = pane().getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) return tab.click();
  // The overflow menu's trigger is a tab of the tab list (AnalysisNav): "More: 3 other pages".
  await pane()
    .getByRole("tab", { name: /^(More|更多)/ })
    .click();
  await page.getByRole("menuitem", { name }).click();
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
    // Fluent UI's focus manager (Tabster) adds aria-hidden focus guards (`<i data-tabster-dummy>`);
    // they are never read or reached by a screen reader (a documented false positive).
    const { violations } = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** Scroll the grid so the chart's top-left corner shows just below the column letters. */
async function showChart(figure: Locator): Promise<void> {
  await figure.evaluate((element) => {
    const scroller = element.closest("[role=region][tabindex='0']") as HTMLElement;
    const chart = element as HTMLElement;
    scroller.scrollTop = Math.max(0, chart.offsetTop - 40);
    scroller.scrollLeft = Math.max(0, chart.offsetLeft - 60);
  });
}

/** A screenshot of the chart as the grid shows it (not scrolled by the screenshot), and of the page. */
async function chartShot(figure: Locator, name: string): Promise<void> {
  await showChart(figure);
  const box = await figure.boundingBox();
  const area = await figure.evaluate((element) => {
    const r = (
      element.closest("[role=region][tabindex='0']") as HTMLElement
    ).getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });
  if (box === null) throw new Error("the chart is not laid out");
  const x = Math.max(box.x, area.x);
  const y = Math.max(box.y, area.y);
  const clip = {
    x,
    y,
    width: Math.min(box.x + box.width, area.x + area.width) - x,
    height: Math.min(box.y + box.height, area.y + area.height) - y,
  };
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), clip });
  await harness.screenshot(page, name.replace("-chart", "-page"));
}

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.openTaskpane("preview.html");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("heading", { level: 1, name: ENGLISH.appTitle }).waitFor();
});

afterAll(async () => {
  await harness?.stop();
});

test("the preview opens on an empty workbook, Insert sample model its main action", async () => {
  const book = await dump();
  expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  expect(book.sheets[0].values).toEqual([]);
  const insert = workbook().getByRole("button", { name: PREVIEW_ENGLISH.insertSample });
  await insert.waitFor();
  await workbook().getByText(PREVIEW_ENGLISH.emptyTitle).waitFor();
  // The main action: Fluent's primary (brand-coloured) button.
  expect(await insert.evaluate((b) => b.className)).toMatch(/fui-Button/);
  expect(await insert.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
    "rgb(15, 108, 189)"
  );
  // The grid's scroll area takes the keyboard focus and has a name (axe: scrollable-region-focusable).
  const grid = workbook().getByRole("region", { name: PREVIEW_ENGLISH.cells("Sheet1") });
  expect(await grid.getAttribute("tabindex")).toBe("0");
  await harness.screenshot(page, "preview-01-empty");
  expect(await seriousViolations()).toEqual([]);
});

test("Insert sample model in the preview writes the sample, and the pane reads it", async () => {
  await workbook().getByRole("button", { name: PREVIEW_ENGLISH.insertSample }).click();
  await workbook().getByRole("tab", { name: "Channels" }).waitFor();
  await pane().getByText("Channels!A1:J3", { exact: true }).waitFor();
  const book = await dump();
  expect(book.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["Channels", "Segments", "Mix", "Assumptions", "GTM Model"])
  );
  expect(await workbook().getByText(PREVIEW_ENGLISH.emptyTitle).count()).toBe(0);
  expect(await workbook().getByRole("button", { name: PREVIEW_ENGLISH.insertSample }).count()).toBe(
    0
  );
  await harness.screenshot(page, "preview-02-sample");
});

test("run the model: its line chart is drawn with title, axes, legend and every value", async () => {
  await paneTab(ENGLISH.tabs.run);
  await pane().getByRole("button", { name: ENGLISH.run.button }).click();
  const figure = workbook().locator("figure[data-chart-kind=line]");
  await figure.locator("svg").first().waitFor();
  const book = await dump();
  const results = book.sheets.find((s) => s.name === book.activeSheet) as SheetDump;
  expect(results.charts).toHaveLength(1);
  const chart = results.charts[0] as ChartRecord;
  // Plain words in its name, never Excel's type name.
  expect(await figure.getAttribute("aria-label")).toBe(
    PREVIEW_ENGLISH.chartLabel(chart.title as string, PREVIEW_ENGLISH.chartKinds.line)
  );
  expect(await figure.getAttribute("aria-label")).not.toContain(chart.type);
  expect(await figure.locator("figcaption").textContent()).toBe(chart.title);
  const texts = await figure.locator("svg text").allTextContents();
  expect(texts).toEqual(expect.arrayContaining([chart.categoryAxis.title, chart.valueAxis.title]));
  const legend = await figure.locator(".fui-legend__text").allTextContents();
  expect(legend).toEqual(chart.series.map((s) => s.name));
  // One marker per month and channel, each with the value its cell shows.
  for (const series of chart.series) {
    const values = cells(book, series.values);
    const months = cells(book, series.categories);
    const points = await figure
      .locator(`path[role=img][aria-label*=". ${series.name}, "]`)
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label")));
    expect(points).toEqual(
      values.map((v, i) => `${shown(months[i])}. ${series.name}, ${shown(v)}.`)
    );
  }
  // The value axis in the cells' format; the chart where its sheet placed it.
  const ticks = await figure.locator("g[id^=yAxisGElement] text").allTextContents();
  expect(ticks.length).toBeGreaterThan(2);
  for (const tick of ticks) expect(tick).toMatch(/^\$[\d,]+$/);
  await expectPlaced(figure, chart);
  await chartShot(figure, "preview-03-line-chart");
  expect(await seriousViolations()).toEqual([]);
});

/** The chart covers the cells of its position (top-left and bottom-right cells' corners). */
async function expectPlaced(figure: Locator, chart: ChartRecord): Promise<void> {
  const start = parseSheetRange(chart.position?.start ?? "");
  const end = parseSheetRange(chart.position?.end ?? "");
  if (start === null || end === null) throw new Error("the chart has no position");
  const cell = (row: number, column: number) =>
    workbook().locator(`td[data-cell="${row},${column}"]`).boundingBox();
  await showChart(figure);
  const [box, first, last] = await Promise.all([
    figure.boundingBox(),
    cell(start.rect.row, start.rect.column),
    cell(end.rect.row, end.rect.column),
  ]);
  if (box === null || first === null || last === null) throw new Error("not laid out");
  expect(Math.abs(box.x - first.x)).toBeLessThan(1.5);
  expect(Math.abs(box.y - first.y)).toBeLessThan(1.5);
  expect(Math.abs(box.x + box.width - (last.x + last.width))).toBeLessThan(1.5);
  expect(Math.abs(box.y + box.height - (last.y + last.height))).toBeLessThan(1.5);
}

interface Bar {
  label: string;
  x: number;
  y: number;
  width: number;
}

test("the tornado is drawn centred on the base, the largest bar on top", async () => {
  await paneTab(ENGLISH.tabs.tornado);
  await pane().getByRole("button", { name: ENGLISH.tornado.button }).click();
  const figure = workbook().locator("figure[data-chart-kind=tornado]");
  await figure.locator("svg rect[role=option]").first().waitFor();
  const book = await dump();
  const tornado = book.sheets.find((s) => s.name === book.activeSheet) as SheetDump;
  const chart = tornado.charts[0] as ChartRecord;
  expect(await figure.getAttribute("aria-label")).toBe(
    PREVIEW_ENGLISH.chartLabel(chart.title as string, PREVIEW_ENGLISH.chartKinds.tornado)
  );
  expect(await figure.locator("figcaption").textContent()).toBe(chart.title);
  const legend = await figure.locator(".fui-legend__text").allTextContents();
  expect(legend).toEqual(chart.series.map((s) => s.name));
  expect(await figure.locator("svg text").allTextContents()).toContain(chart.valueAxis.title);

  const drivers = cells(book, chart.series[0].categories).map(shown);
  const [low, high] = chart.series.map((s) => cells(book, s.values));
  const bars: Bar[] = await figure.locator("svg rect[role=option]").evaluateAll((nodes) =>
    nodes.map((n) => ({
      label: n.getAttribute("aria-label") ?? "",
      x: Number(n.getAttribute("x")),
      y: Number(n.getAttribute("y")),
      width: Number(n.getAttribute("width")),
    }))
  );
  // Two bars a driver, each labelled with its driver, series and the value of its cell.
  const expected = drivers.flatMap((driver, i) => [
    `${driver}. ${chart.series[0].name}, ${shown(low[i])}.`,
    `${driver}. ${chart.series[1].name}, ${shown(high[i])}.`,
  ]);
  expect(bars.map((b) => b.label).sort()).toEqual([...expected].sort());
  // Every bar grows from the base: one of its ends is the base's x.
  const edges = bars.flatMap((b) => [b.x, b.x + b.width].map((e) => Math.round(e)));
  const base = Number(
    [...new Set(edges)].sort(
      (a, b) => edges.filter((e) => e === b).length - edges.filter((e) => e === a).length
    )[0]
  );
  for (const bar of bars) {
    const ends = [bar.x, bar.x + bar.width];
    expect(Math.min(...ends.map((e) => Math.abs(e - base)))).toBeLessThan(1.5);
  }
  // Centred: the base is the middle of the value axis.
  const axis = await figure
    .locator("g[id^=xAxisGElement] path.domain")
    .evaluate((p) => /M([\d.]+),[\d.]+V[\d.]+H([\d.]+)/.exec(p.getAttribute("d") ?? ""));
  if (axis === null) throw new Error("no value axis");
  expect(Math.abs((Number(axis[1]) + Number(axis[2])) / 2 - base)).toBeLessThan(2);
  // Top to bottom: the drivers in the sheet's order (largest swing first), total width falling.
  const rows = [...new Set(bars.map((b) => b.y))].sort((a, b) => a - b);
  const order = rows.map((y) => bars.find((b) => b.y === y)?.label.split(". ")[0]);
  expect(order).toEqual(drivers);
  const spans = rows.map((y) => bars.filter((b) => b.y === y).reduce((sum, b) => sum + b.width, 0));
  for (let i = 1; i < spans.length; i++) expect(spans[i]).toBeLessThanOrEqual(spans[i - 1] + 0.5);
  // The value axis labels in the cells' money format.
  const ticks = await figure.locator("g[id^=xAxisGElement] text").allTextContents();
  for (const tick of ticks) expect(tick).toMatch(/^\$[\d,]+$/);
  await expectPlaced(figure, chart);
  await chartShot(figure, "preview-04-tornado-chart");
  expect(await seriousViolations()).toEqual([]);
});

test("a column chart and a scatter chart written through Office.js are drawn too", async () => {
  await page.evaluate(async () => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Chart kinds");
      sheet.getRange("A1:C4").values = [
        ["Quarter", "Direct", "Partners"],
        ["Q1", 100, 80],
        ["Q2", 150, 120],
        ["Q3", 90, 160],
      ];
      const quarters = sheet.getRange("A2:A4");
      const column = sheet.charts.add("ColumnClustered", sheet.getRange("B2:B4"), "Auto");
      column.title.text = "Revenue by quarter";
      column.series.getItemAt(0).name = "Direct";
      column.series.getItemAt(0).setXAxisValues(quarters);
      const partners = column.series.add("Partners");
      partners.setValues(sheet.getRange("C2:C4"));
      partners.setXAxisValues(quarters);
      column.axes.categoryAxis.title.text = "Quarter";
      column.axes.valueAxis.title.text = "Revenue";
      column.setPosition("E1", "L15");
      const scatter = sheet.charts.add("XYScatter", sheet.getRange("C2:C4"), "Auto");
      scatter.title.text = "Partners against direct";
      scatter.series.getItemAt(0).name = "Quarters";
      scatter.series.getItemAt(0).setXAxisValues(sheet.getRange("B2:B4"));
      scatter.axes.categoryAxis.title.text = "Direct";
      scatter.axes.valueAxis.title.text = "Partners";
      scatter.setPosition("E17", "L31");
      sheet.activate();
      await context.sync();
    });
  });
  const column = workbook().locator("figure[data-chart-kind=column]");
  await column.locator("svg rect[role=option]").first().waitFor();
  expect(await column.getAttribute("aria-label")).toBe(
    PREVIEW_ENGLISH.chartLabel("Revenue by quarter", PREVIEW_ENGLISH.chartKinds.column)
  );
  expect(await column.locator("figcaption").textContent()).toBe("Revenue by quarter");
  expect(await column.locator(".fui-legend__text").allTextContents()).toEqual([
    "Direct",
    "Partners",
  ]);
  expect(await column.locator("svg text").allTextContents()).toEqual(
    expect.arrayContaining(["Q1", "Q2", "Q3", "Quarter", "Revenue"])
  );
  const bars = await column.locator("svg rect[role=option]").evaluateAll((nodes) =>
    nodes.map((n) => ({
      label: n.getAttribute("aria-label"),
      height: Number(n.getAttribute("height")),
    }))
  );
  expect(bars.map((b) => b.label)).toEqual([
    "Q1. Direct, 100.",
    "Q1. Partners, 80.",
    "Q2. Direct, 150.",
    "Q2. Partners, 120.",
    "Q3. Direct, 90.",
    "Q3. Partners, 160.",
  ]);
  // Heights in proportion to the values (the value axis starts at 0).
  expect(bars[2].height / bars[0].height).toBeCloseTo(1.5, 6);
  expect(bars[5].height / bars[1].height).toBeCloseTo(2, 6);
  const scatter = workbook().locator("figure[data-chart-kind=scatter]");
  await scatter.locator("svg circle[role=option]").first().waitFor();
  expect(await scatter.locator("figcaption").textContent()).toBe("Partners against direct");
  const points = await scatter
    .locator("svg circle[role=option]")
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ label: n.getAttribute("aria-label"), x: Number(n.getAttribute("cx")) }))
    );
  expect(points.map((p) => p.label)).toEqual([
    "100. Quarters, 80.",
    "150. Quarters, 120.",
    "90. Quarters, 160.",
  ]);
  // Plotted at their x values: 90 < 100 < 150.
  expect(points[2].x).toBeLessThan(points[0].x);
  expect(points[0].x).toBeLessThan(points[1].x);
  expect(await scatter.locator("svg text").allTextContents()).toEqual(
    expect.arrayContaining(["Direct", "Partners"])
  );
  await harness.screenshot(page, "preview-05-column-scatter");
  expect(await seriousViolations()).toEqual([]);
});

test("a selected cell is highlighted and named; arrows move it; headers stay in view", async () => {
  await workbook().getByRole("tab", { name: "Channels" }).click();
  const grid = workbook().getByRole("region", { name: PREVIEW_ENGLISH.cells("Channels") });
  await grid.locator('td[data-cell="2,4"]').click();
  const nameBox = workbook().getByRole("status", { name: PREVIEW_ENGLISH.nameBox });
  await expect(nameBox.textContent()).resolves.toBe("E3");
  expect((await dump()).selection).toBe("Channels!E3");
  const channels = sheet(await dump(), "Channels");
  await expect(
    workbook().getByRole("note", { name: PREVIEW_ENGLISH.formulaBar }).textContent()
  ).resolves.toBe(shown({ value: channels.values[2][4], format: channels.numberFormats[2][4] }));
  const outline = (row: number, column: number) =>
    grid
      .locator(`td[data-cell="${row},${column}"]`)
      .evaluate((td) => getComputedStyle(td).outlineStyle);
  expect(await outline(2, 4)).toBe("solid");
  // The keyboard: the grid is focused by the click; arrows move the selection.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await expect(nameBox.textContent()).resolves.toBe("F4");
  expect((await dump()).selection).toBe("Channels!F4");
  expect(await outline(3, 5)).toBe("solid");
  expect(await outline(2, 4)).not.toBe("solid");
  // Shift-click: a range from the selected cell, as "Use selection" in the pane reads it.
  await grid.locator('td[data-cell="1,1"]').click({ modifiers: ["Shift"] });
  await expect(nameBox.textContent()).resolves.toBe("B2:F4");
  expect((await dump()).selection).toBe("Channels!B2:F4");
  await harness.screenshot(page, "preview-06-selection");
});

test("scrolled, letters, row numbers and frozen panes stay in view", async () => {
  await page.evaluate(async () => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Long table");
      const rows = Array.from({ length: 80 }, (_, r) =>
        Array.from({ length: 16 }, (_, c) =>
          r === 0 ? `Column ${c + 1}` : c === 0 ? `Row ${r}` : r * 100 + c
        )
      );
      sheet.getRange("A1:P80").values = rows;
      sheet.freezePanes.freezeAt(sheet.getRange("A1"));
      sheet.activate();
      await context.sync();
    });
  });
  const grid = workbook().getByRole("region", { name: PREVIEW_ENGLISH.cells("Long table") });
  await grid.locator('td[data-cell="79,15"]').waitFor();
  const scrolled = await grid.evaluate((element) => {
    element.scrollTop = 600;
    element.scrollLeft = 300;
    return { top: element.scrollTop, left: element.scrollLeft };
  });
  expect(scrolled.top).toBe(600);
  expect(scrolled.left).toBe(300);
  const box = async (locator: Locator) => {
    const found = await locator.boundingBox();
    if (found === null) throw new Error("not laid out");
    return found;
  };
  const area = await box(grid);
  const letters = await box(grid.locator("thead th").nth(9));
  const numbers = await box(grid.locator("tbody th").nth(50));
  // The column letters at the top, the row numbers at the left, as in Excel.
  expect(Math.abs(letters.y - area.y)).toBeLessThan(2);
  expect(Math.abs(numbers.x - area.x)).toBeLessThan(2);
  // The frozen header row and first column stay below the letters and right of the numbers.
  const header = await box(grid.locator('td[data-cell="0,9"]'));
  const first = await box(grid.locator('td[data-cell="50,0"]'));
  expect(Math.abs(header.y - (letters.y + letters.height))).toBeLessThan(2);
  expect(Math.abs(first.x - (numbers.x + numbers.width))).toBeLessThan(2);
  expect(await grid.locator('td[data-cell="0,9"]').textContent()).toBe("Column 10");
  expect(await grid.locator('td[data-cell="50,0"]').textContent()).toBe("Row 50");
  // What scrolls under the frozen row is hidden by it: the first column's cell of row 29 too.
  expect(
    await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.getAttribute("data-cell") ?? null,
      [first.x + 5, header.y + header.height / 2]
    )
  ).toBe("0,0");
  // A scrolled-away cell is really gone under them.
  const hidden = await box(grid.locator('td[data-cell="10,3"]'));
  expect(hidden.y + hidden.height).toBeLessThan(header.y + 1);
  await harness.screenshot(page, "preview-07-frozen-scrolled");
});

test("the preview switches to Simplified Chinese: pane and workbook speak it", async () => {
  await page.getByRole("combobox", { name: PREVIEW_ENGLISH.language }).selectOption("zh-CN");
  await page.getByRole("heading", { level: 1, name: CHINESE.appTitle }).waitFor();
  await page.getByRole("heading", { level: 2, name: PREVIEW_CHINESE.heading }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(CHINESE.lang);
  expect(page.url()).toContain("lang=zh-CN");
  // The same workbook: the pane starts again over it and finds the sample's tables.
  await pane().getByText("Channels!A1:J3", { exact: true }).waitFor();
  expect(await pane().getByRole("tab", { name: CHINESE.tabs.tornado }).count()).toBe(1);
  await page
    .getByRole("region", { name: PREVIEW_CHINESE.heading })
    .getByRole("tab", { name: /^Tornado / })
    .first()
    .click();
  await page.locator("figure[data-chart-kind=tornado] svg").first().waitFor();
  expect(
    await page.locator("figure[data-chart-kind=tornado]").getAttribute("aria-label")
  ).toContain(PREVIEW_CHINESE.chartKinds.tornado);
  await page.waitForTimeout(400); // the sheet tab's indicator slides to the selected tab
  await harness.screenshot(page, "preview-08-zh");
  expect(await seriousViolations()).toEqual([]);
});

test("the preview switches to the dark theme, still without serious accessibility problems", async () => {
  await page.getByRole("combobox", { name: PREVIEW_CHINESE.theme }).selectOption("dark");
  await page.waitForFunction(() => new URLSearchParams(location.search).get("theme") === "dark");
  await page.getByRole("heading", { level: 1, name: CHINESE.appTitle }).waitFor();
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor
  );
  expect(background).toBe("rgb(41, 41, 41)");
  const stub = await page.evaluate(
    () =>
      (window as unknown as { Office: { context: { officeTheme: { isDarkTheme: boolean } } } })
        .Office.context.officeTheme.isDarkTheme
  );
  expect(stub).toBe(true);
  await page.getByRole("combobox", { name: PREVIEW_CHINESE.language }).selectOption("en-US");
  await page.getByRole("heading", { level: 1, name: ENGLISH.appTitle }).waitFor();
  const figure = page.locator("figure[data-chart-kind=tornado]");
  await figure.locator("svg").first().waitFor();
  await chartShot(figure, "preview-09-dark-chart");
  expect(await seriousViolations()).toEqual([]);
  expect(harness.problems).toEqual([]);
});

test("in Simplified Chinese the sample's model sheet and a budget sheet read in Chinese, labels only in the set-up", async () => {
  await page.getByRole("combobox", { name: PREVIEW_ENGLISH.language }).selectOption("zh-CN");
  await page.getByRole("heading", { level: 1, name: CHINESE.appTitle }).waitFor();
  // A second sample, inserted from the pane in Chinese: its model sheet speaks the pane's language.
  await paneTab(CHINESE.tabs.inputs);
  await pane().getByRole("button", { name: CHINESE.inputs.insertSample }).click();
  const zhWorkbook = page.getByRole("region", { name: PREVIEW_CHINESE.heading });
  await zhWorkbook.getByRole("tab", { name: "GTM Model (2)" }).click();
  let book = await dump();
  const model = sheet(book, "GTM Model (2)");
  expect(model.values[0][0]).toBe("GTM Modeler · 示例模型");
  expect(model.values.flat()).toContain("渠道汇总");
  await harness.screenshot(page, "preview-10-zh-sample-model");

  await paneTab(CHINESE.tabs.budget);
  await pane().getByRole("button", { name: CHINESE.budget.button }).click();
  await pane()
    .getByText(/已写入工作表 Budget NPV/)
    .first()
    .waitFor({ timeout: 30_000 });
  book = await dump();
  const budget = book.sheets.filter((s) => s.name.startsWith("Budget NPV")).at(-1) as SheetDump;
  await zhWorkbook.getByRole("tab", { name: budget.name }).click();
  // Row 11 blank under the audit header; the set-up names the metric in words, never `npv`.
  expect(budget.values[10]?.every((v) => v === null || v === "") ?? true).toBe(true);
  expect(budget.values[12].slice(0, 3)).toEqual(["指标", "净现值 (NPV)", null]);
  expect(String(budget.values[4][1])).toMatch(
    /^GTM\.ALLOCATE metric npv; budget \d+; unspent FALSE; bounds /
  );
  await page.waitForTimeout(400);
  await harness.screenshot(page, "preview-11-zh-budget");
  expect(harness.problems).toEqual([]);
});
