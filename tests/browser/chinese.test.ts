/**
 * The pane in Simplified Chinese (issue 11, point 4), in Chromium over the built stand-in with
 * Office's display language zh-CN: the What-if page's refusals and the typed values' problems in
 * Chinese, then every page of the pane over the sample model with no English word left outside
 * the user's own names and the figures' abbreviations. Screenshots: tests/artifacts/zh-*.png.
 */
import type { Page } from "playwright-core";
import { CHINESE } from "../../src/taskpane/strings";
import type { WorkbookDump } from "../../src/testing/office/dump";
import { Harness, openPage, startHarness } from "./harness/taskpane";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.stop();
});

/** Inputs!B1 = 120 beside its label, Model!B1 = Inputs!B1 × 2: a small formula model. */
async function seedModel(page: Page): Promise<void> {
  await page.evaluate(async () => {
    type Cell = { value: unknown; formula?: string; numberFormat: string };
    type Sheet = { ensure(r: number, c: number): Cell };
    const book = (
      window as unknown as {
        GTMStandIn: {
          workbook: {
            addSheet(n: string): Sheet;
            sheet(n: string): Sheet;
            renameSheet(s: unknown, n: string): void;
            sheets: unknown[];
          };
        };
      }
    ).GTMStandIn.workbook;
    book.renameSheet(book.sheets[0], "Inputs");
    book.addSheet("Model");
    book.sheet("Inputs").ensure(0, 0).value = "Price";
    book.sheet("Inputs").ensure(0, 1).value = 120;
    book.sheet("Model").ensure(0, 0).value = "Value";
    book.sheet("Model").ensure(0, 1).formula = "=Inputs!B1*2";
    const excel = (
      window as unknown as {
        Excel: { run(batch: (c: { sync(): Promise<void> }) => Promise<void>): Promise<void> };
      }
    ).Excel;
    await excel.run(async (context) => context.sync());
  });
}

async function dump(page: Page): Promise<WorkbookDump> {
  return page.evaluate(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump()
  );
}

test("the What-if page refuses in Chinese, naming the cells", async () => {
  const page = await harness.openTaskpane("taskpane.html?formulas=1&lang=zh-CN");
  await page.getByRole("heading", { level: 1, name: "GTM 建模器" }).waitFor();
  await seedModel(page);
  await openPage(page, CHINESE.tabs.whatif);
  await page.getByRole("textbox", { name: "输出单元格" }).fill("Inputs!B1");
  await page.getByRole("textbox", { name: "输入 X（横向）" }).fill("Inputs!B1");
  const values = page.getByRole("textbox", { name: "取值（X）" });
  await values.fill("1, abc");
  await page.getByText("“abc”不是数字。").waitFor();
  await values.fill("100, 200");
  await page.getByText("列表（1, 2, 5%）或 起点:终点:步长（10:20:2）：2 个值").waitFor();
  await page.getByRole("button", { name: "运行假设分析" }).click();
  await page.getByText("Inputs!B1 既是输出单元格又是输入单元格：请另选一个输出单元格。").waitFor();
  await harness.screenshot(page, "zh-whatif-01-refused");

  // A protected sheet: the refusal names the sheet and the cell; nothing is written.
  await page.evaluate(() => {
    const book = (
      window as unknown as {
        GTMStandIn: { workbook: { sheet(n: string): { isProtected: boolean } } };
      }
    ).GTMStandIn.workbook;
    book.sheet("Model").isProtected = true;
  });
  await page.getByRole("textbox", { name: "输出单元格" }).fill("Model!B1");
  await page.getByRole("button", { name: "运行假设分析" }).click();
  await page.getByText("工作表 Model 受保护：请先撤销工作表保护，再扫描 Model!B1。").waitFor();
  await harness.screenshot(page, "zh-whatif-02-protected");
  expect((await dump(page)).sheets.map((s) => s.name)).toEqual(["Inputs", "Model"]);

  // Unprotected, the same run goes through: its notice in Chinese, sentences without spaces.
  await page.evaluate(() => {
    const book = (
      window as unknown as {
        GTMStandIn: { workbook: { sheet(n: string): { isProtected: boolean } } };
      }
    ).GTMStandIn.workbook;
    book.sheet("Model").isProtected = false;
  });
  await page.getByRole("button", { name: "运行假设分析" }).click();
  await page.getByText(/^已计算 2 个点；写入 What-if .+。$/).waitFor();
  await harness.screenshot(page, "zh-whatif-03-done");
  expect((await dump(page)).sheets).toHaveLength(3);
  expect(harness.problems).toEqual([]);
  await page.close();
});

/** Latin words of the page's visible text, apart from what the user typed or Excel names. */
const ALLOWED = new Set([
  // The product, Excel and its error codes' words, the figures' abbreviations.
  "GTM",
  "Excel",
  "NPV",
  "CAC",
  "LTV",
  "PERT",
  "Enter",
  "Esc",
  // The axes of a data table, as Excel names them.
  "X",
  "Y",
]);

const WORD = /[A-Za-z][A-Za-z'’-]*/g;

/** The user's own names: the sample's tables, channels, segments and fields as typed on the sheets. */
async function userWords(page: Page): Promise<Set<string>> {
  const book = await dump(page);
  const words = new Set<string>();
  for (const sheet of book.sheets) {
    words.add(sheet.name);
    for (const word of sheet.name.match(WORD) ?? []) words.add(word);
    for (const row of sheet.values)
      for (const value of row)
        if (typeof value === "string") for (const word of value.match(WORD) ?? []) words.add(word);
  }
  return words;
}

/** English words of the visible text that are neither allowed nor the user's. */
async function englishLeft(page: Page, user: Set<string>): Promise<string[]> {
  // The visible text, and what a screen reader or a tooltip says (labels, placeholders, titles).
  const shown = await page.locator("body").innerText();
  const said = await page.evaluate(() =>
    [...document.querySelectorAll("[aria-label], [placeholder], [title]")]
      .flatMap((element) =>
        ["aria-label", "placeholder", "title"].map((name) => element.getAttribute(name) ?? "")
      )
      .join("\n")
  );
  const text = `${shown}\n${said}`;
  const words = text
    // Cell addresses (Channels!E3, $B$2:$D$9) and sheet-qualified names.
    .replace(/('[^']+'|[A-Za-z_][\w.]*)?!\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?/g, " ")
    .match(WORD);
  return [...new Set(words ?? [])].filter((word) => !ALLOWED.has(word) && !user.has(word));
}

test("every page of the pane in Chinese: no English word but the user's names", async () => {
  const page = await harness.openTaskpane("taskpane.html?lang=zh-CN");
  await page.getByRole("heading", { level: 1, name: "GTM 建模器" }).waitFor();
  await page.getByRole("button", { name: "插入示例模型" }).click();
  await page.getByText(/已插入示例模型/).waitFor();
  const user = await userWords(page);
  const left: Record<string, string[]> = {};
  for (const [key, name] of Object.entries(CHINESE.tabs)) {
    await openPage(page, name);
    await page.waitForTimeout(200);
    const words = await englishLeft(page, user);
    if (words.length > 0) left[key] = words;
    await harness.screenshot(page, `zh-page-${key}`);
  }
  expect(left).toEqual({});
  expect(harness.problems).toEqual([]);
  await page.close();
});
