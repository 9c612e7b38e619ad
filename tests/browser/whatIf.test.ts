/**
 * The What-if tab in Chromium over a small formula model in the in-browser workbook (the built
 * stand-in, formulas calculated with fast-formula-parser and the real GTM functions): an
 * unfinished run restored when the tab opens, a two-way data table, a tornado and a goal seek by
 * clicking; the sheets hold the model's values computed directly and every input cell is back
 * as it was. Screenshots go to tests/artifacts/whatif-*.png.
 */
import "../functions/customFunctionsDouble";
import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import * as gtm from "../../src/functions/functions";
import type { SheetDump, WorkbookDump } from "../../src/testing/office/dump";
import { EXAMPLES_DIR } from "../support/shared";
import { Harness, openPage, REPO_ROOT, startHarness } from "./harness/taskpane";

let harness: Harness;
let page: Page;

type Seed = [number, number, string | number, string][];

/** [row, column, value or formula, number format] on Inputs and Model (0-based). */
const INPUTS: Seed = [
  [0, 0, "Price", "General"],
  [0, 1, 120, '"$"#,##0.00'],
  [1, 0, "Gross margin", "General"],
  [1, 1, 0.8, "0%"],
  [2, 0, "Churn", "General"],
  [2, 1, 0.02, "0.0%"],
  [3, 0, "Accounts", "General"],
  [3, 1, 100, "#,##0"],
];
const MODEL: Seed = [
  [0, 0, "LTV", "General"],
  [0, 1, "=GTM.LTV(Inputs!B1,Inputs!B2,Inputs!B3)", '"$"#,##0.00'],
  [1, 0, "Value of the base", "General"],
  [1, 1, "=B1*Inputs!B4", '"$"#,##0'],
  [2, 0, "Value (late)", "General"],
  [2, 1, "=STANDIN.LATE(B2,20)", '"$"#,##0'],
];

function near(actual: unknown, wanted: number): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - wanted)).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(wanted))
  );
}

async function dump(): Promise<WorkbookDump> {
  return page.evaluate(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump()
  );
}

/** The what-if sheet written last: every run adds a new one, named for its output, placed last. */
function lastWhatIf(book: WorkbookDump): SheetDump {
  const found = book.sheets.filter((s) => s.name.startsWith("What-if ")).pop();
  if (found === undefined)
    throw new Error(`no What-if sheet; sheets: ${book.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

function sheet(book: WorkbookDump, name: string): SheetDump {
  const found = book.sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** Inputs!B1:B4 as [value, format]. */
async function inputCells(): Promise<unknown[]> {
  const inputs = sheet(await dump(), "Inputs");
  return [0, 1, 2, 3].map((r) => [inputs.values[r][1], inputs.numberFormats[r][1]]);
}

async function calculationMode(): Promise<string> {
  return page.evaluate(
    () =>
      (window as unknown as { GTMStandIn: { workbook: { calculationMode: string } } }).GTMStandIn
        .workbook.calculationMode
  );
}

/** Select a cell on the sheet, as the user would before clicking Use selection. */
async function select(sheetName: string, row: number, column: number): Promise<void> {
  await page.evaluate(
    ([name, r, c]) => {
      const workbook = (window as unknown as { GTMStandIn: { workbook: Record<string, unknown> } })
        .GTMStandIn.workbook;
      workbook.activeSheet = name;
      workbook.selection = { sheet: name, row: r, column: c, rows: 1, columns: 1 };
    },
    [sheetName, row, column] as const
  );
}

async function message(text: RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ timeout: 30000 });
}

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.openTaskpane("taskpane.html?formulas=1");
  await page.getByRole("heading", { level: 1, name: "GTM Modeler" }).waitFor();
  // The model, and the trace of a run that died: Inputs!B1 still at a sweep value, manual mode, the record saved.
  await page.evaluate(
    async ([inputs, model]) => {
      type Cell = { value: unknown; formula?: string; numberFormat: string };
      const standIn = (
        window as unknown as {
          GTMStandIn: {
            workbook: {
              addSheet(n: string): { ensure(r: number, c: number): Cell };
              sheet(n: string): { ensure(r: number, c: number): Cell } | null;
              renameSheet(s: unknown, n: string): void;
              sheets: unknown[];
              calculationMode: string;
              customXmlParts: unknown[];
            };
          };
        }
      ).GTMStandIn;
      const book = standIn.workbook;
      book.renameSheet(book.sheets[0], "Inputs");
      book.addSheet("Model");
      for (const [name, seed] of [
        ["Inputs", inputs],
        ["Model", model],
      ] as const)
        for (const [r, c, content, format] of seed) {
          const cell = (book.sheet(name) as { ensure(r: number, c: number): Cell }).ensure(r, c);
          if (typeof content === "string" && content.startsWith("=")) cell.formula = content;
          else cell.value = content;
          cell.numberFormat = format;
        }
      const record = {
        version: 1,
        started: "2026-12-01T17:45:00.000Z",
        mode: "Automatic",
        output: "Model!B2",
        cells: [{ cell: "Inputs!B1", formula: 120, numberFormat: '"$"#,##0.00' }],
      };
      (book.sheet("Inputs") as { ensure(r: number, c: number): Cell }).ensure(0, 1).value = 77;
      book.calculationMode = "Manual";
      book.customXmlParts.push({
        id: "{crashed-run}",
        namespaceUri: "urn:gtm-modeler:whatif-restore:1",
        xml: `<whatIfRestore xmlns="urn:gtm-modeler:whatif-restore:1">${JSON.stringify(record).replace(/&/g, "&amp;").replace(/</g, "&lt;")}</whatIfRestore>`,
      });
      const excel = (
        window as unknown as {
          Excel: { run(batch: (c: { sync(): Promise<void> }) => Promise<void>): Promise<void> };
        }
      ).Excel;
      await excel.run(async (context) => context.sync());
    },
    [INPUTS, MODEL] as const
  );
});

afterAll(async () => {
  await harness?.stop();
});

test("opening the tab offers to restore the run that did not finish, and restores it", async () => {
  await openPage(page, "What-if");
  await message(/An earlier what-if run did not finish/);
  await harness.screenshot(page, "whatif-01-pending");
  expect((await inputCells())[0]).toEqual([77, '"$"#,##0.00']);
  await page.getByRole("button", { name: "Restore the cells" }).click();
  await message(/Restored: Inputs!B1/);
  expect((await inputCells())[0]).toEqual([120, '"$"#,##0.00']);
  expect(await calculationMode()).toBe("Automatic");
  expect((await dump()).sheets.map((s) => s.name)).toEqual(["Inputs", "Model"]);
});

test("a two-way data table by clicking equals the model computed directly; inputs restored", async () => {
  const before = await inputCells();
  await select("Model", 0, 1);
  await page.getByRole("button", { name: "Use selection: Output cell" }).click();
  await page
    .getByRole("textbox", { name: "Output cell" })
    .and(page.locator("[value='Model!B1']"))
    .waitFor();
  await select("Inputs", 1, 1);
  await page.getByRole("button", { name: "Use selection: Input X (across)" }).click();
  await page.getByRole("textbox", { name: "Values (X)" }).fill("50%:90%:10%");
  await page.getByRole("textbox", { name: "Input Y (down, optional)" }).fill("Inputs!B3");
  await page.getByRole("textbox", { name: "Values (Y)" }).fill("1%, 2%, 4%");
  await harness.screenshot(page, "whatif-02-table-form");
  await page.getByRole("button", { name: "Run what-if" }).click();
  await message(/15 points computed; written to What-if /);
  await harness.screenshot(page, "whatif-03-table-done");
  const out = lastWhatIf(await dump());
  const r = out.values.findIndex((row) => row[0] === "Churn ↓ · Gross margin →");
  expect(r).toBeGreaterThan(0);
  const margins = [0.5, 0.6, 0.7, 0.8, 0.9];
  const churns = [0.01, 0.02, 0.04];
  expect(out.values[r].slice(1, 6)).toEqual(margins);
  churns.forEach((churn, i) => {
    expect(out.values[r + 1 + i][0]).toBe(churn);
    margins.forEach((margin, j) => near(out.values[r + 1 + i][1 + j], gtm.ltv(120, margin, churn)));
  });
  expect(await inputCells()).toEqual(before);
  expect(await calculationMode()).toBe("Automatic");
});

test("a one-way table over a late custom function waits for #BUSY! to settle", async () => {
  await page.getByRole("textbox", { name: "Output cell" }).fill("Model!B3");
  await page.getByRole("textbox", { name: "Input X (across)" }).fill("Inputs!B4");
  await page.getByRole("textbox", { name: "Values (X)" }).fill("50, 100, 150");
  await page.getByRole("textbox", { name: "Input Y (down, optional)" }).fill("");
  await page.getByRole("button", { name: "Run what-if" }).click();
  await message(/3 points computed/);
  const out = lastWhatIf(await dump());
  const r = out.values.findIndex((row) => row[0] === "Accounts" && row[1] === "Value (late)");
  [50, 100, 150].forEach((accounts, i) =>
    near(out.values[r + 1 + i][1], gtm.ltv(120, 0.8, 0.02) * accounts)
  );
  expect(out.values.flat()).not.toContain("#BUSY!");
});

test("a tornado of two inputs picked on the sheet, with its chart", async () => {
  const before = await inputCells();
  await page.getByRole("radio", { name: "Tornado" }).click();
  await page.getByRole("textbox", { name: "Output cell" }).fill("Model!B2");
  await select("Inputs", 0, 1);
  await page.getByRole("button", { name: "Add selected cell" }).click();
  await page.getByText("Inputs!B1", { exact: true }).waitFor();
  await select("Inputs", 2, 1);
  await page.getByRole("button", { name: "Add selected cell" }).click();
  await page.getByText("Inputs!B3", { exact: true }).waitFor();
  await harness.screenshot(page, "whatif-04-tornado-form");
  await page.getByRole("button", { name: "Run what-if" }).click();
  await message(/4 points computed/);
  await harness.screenshot(page, "whatif-05-tornado-done");
  const out = lastWhatIf(await dump());
  const r = out.values.findIndex((row) => row[4] === "Output at low");
  const rows = out.values.slice(r + 1, r + 3).map((row) => row.slice(0, 6));
  // ±20 %: churn 0.016..0.024 swings LTV × 100 more than price 96..144? Both are computed directly.
  const value = (price: number, churn: number): number => gtm.ltv(price, 0.8, churn) * 100;
  const expected = [
    ["Price", "Inputs!B1", 96, 144, value(96, 0.02), value(144, 0.02)],
    ["Churn", "Inputs!B3", 0.016, 0.024, value(120, 0.016), value(120, 0.024)],
  ].sort(
    (a, b) =>
      Math.abs((b[5] as number) - (b[4] as number)) - Math.abs((a[5] as number) - (a[4] as number))
  );
  rows.forEach((row, i) => {
    expect(row.slice(0, 2)).toEqual(expected[i].slice(0, 2));
    row.slice(2).forEach((v, j) => near(v, expected[i][2 + j] as number));
  });
  expect(out.charts).toHaveLength(1);
  expect(await inputCells()).toEqual(before);
});

test("a sweep keeps running on another tab, and Cancel restores the inputs", async () => {
  const before = await inputCells();
  await page.getByRole("radio", { name: "Data table" }).click();
  await page.getByRole("textbox", { name: "Output cell" }).fill("Model!B3");
  await page.getByRole("textbox", { name: "Input X (across)" }).fill("Inputs!B1");
  // Enough points that the sweep is still running after going to another page and back.
  await page.getByRole("textbox", { name: "Values (X)" }).fill("100:3000:1");
  await page.getByRole("button", { name: "Run what-if" }).click();
  await page.getByText(/of 2,?901 points/).waitFor();
  await page.getByRole("tab", { name: "Inputs" }).click();
  await openPage(page, "What-if");
  await harness.screenshot(page, "whatif-06a-running");
  expect(await page.getByText("An earlier what-if run did not finish").count()).toBe(0);
  await page.getByRole("button", { name: "Cancel" }).click();
  await message(/Cancelled\. The input cells were restored\./);
  expect(await inputCells()).toEqual(before);
  expect(await calculationMode()).toBe("Automatic");
});

test("the What-if tab passes the accessibility check (no serious or critical violation)", async () => {
  await page.addScriptTag({ path: path.join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(context: { exclude: string[][] }): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    // Fluent UI's focus guards (`<i data-tabster-dummy>`), as in taskpane.test.ts.
    const { violations: found } = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return found
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(violations).toEqual([]);
});

test("a goal seek: the churn at which the base is worth $240,000, at a 320 px wide pane", async () => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.getByRole("radio", { name: "Goal seek" }).click();
  await page.getByRole("textbox", { name: "Input cell" }).fill("Inputs!B3");
  await page.getByRole("textbox", { name: "Target output" }).fill("240000");
  await page.getByRole("textbox", { name: "Low" }).fill("1%");
  await page.getByRole("textbox", { name: "High" }).fill("10%");
  await harness.screenshot(page, "whatif-06-goalseek-form-320");
  await page.getByRole("button", { name: "Run what-if" }).click();
  await message(/Answer: 0\.04\./);
  await harness.screenshot(page, "whatif-07-goalseek-done-320");
  const out = lastWhatIf(await dump());
  const r = out.values.findIndex((row) => row[0] === "Answer");
  expect(Math.abs((out.values[r][1] as number) - 0.04)).toBeLessThan(1e-11);
  expect(await calculationMode()).toBe("Automatic");
  expect(harness.problems).toEqual([]);
});

test("the preview page: a what-if over the sample's live GTM.MODEL, beside the sheet it writes", async () => {
  const expected = JSON.parse(
    readFileSync(path.join(EXAMPLES_DIR, "direct-vs-partner.expected.json"), "utf8")
  ) as { result: { total: { npv: number } } };
  const preview = await harness.openTaskpane("preview.html");
  await preview.setViewportSize({ width: 1280, height: 900 });
  // The preview starts with an empty workbook; its main action inserts the sample.
  await preview
    .getByRole("region", { name: "Workbook (in the browser)" })
    .getByRole("button", { name: "Insert sample model" })
    .click();
  await preview.getByRole("table", { name: "GTM Model" }).waitFor();
  const book = await preview.evaluate(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump()
  );
  const model = sheet(book, "GTM Model");
  const header = model.values.findIndex((row) => row.includes("NPV"));
  const npvColumn = model.values[header].indexOf("NPV");
  const total = model.values.findIndex((row, r) => r > header && row.includes("Total"));
  const assumptions = sheet(book, "Assumptions");
  const discount = assumptions.values.findIndex((row) => /discount/i.test(String(row[0])));
  const letter = (c: number): string => String.fromCharCode(65 + c);
  await openPage(preview, "What-if");
  await preview
    .getByRole("textbox", { name: "Output cell" })
    .fill(`'GTM Model'!${letter(npvColumn)}${total + 1}`);
  await preview
    .getByRole("textbox", { name: "Input X (across)" })
    .fill(`Assumptions!B${discount + 1}`);
  await preview.getByRole("textbox", { name: "Values (X)" }).fill("0.5%, 1%, 2%, 4%");
  await preview.getByRole("button", { name: "Run what-if" }).click();
  await preview.getByText(/4 points computed; written to What-if /).waitFor({ timeout: 30000 });
  await preview
    .getByRole("tab", { name: /^What-if / })
    .last()
    .click();
  await harness.screenshot(preview, "whatif-08-preview-sheet");
  expect(await preview.getByRole("button", { name: "Run what-if" }).isEnabled()).toBe(true);
  const after = await preview.evaluate(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump()
  );
  const out = lastWhatIf(after);
  // The label beside the assumption says its period since the formats merge ("Discount rate per month").
  const r = out.values.findIndex(
    (row) => String(row[0]).startsWith("Discount rate") && row[1] === "NPV (Total)"
  );
  expect(r).toBeGreaterThan(0);
  const rows = out.values.slice(r + 1, r + 5);
  expect(rows.map((row) => row[0])).toEqual([0.005, 0.01, 0.02, 0.04]);
  near(rows[1][1], expected.result.total.npv);
  const npvs = rows.map((row) => row[1] as number);
  expect(npvs[0]).toBeGreaterThan(npvs[1]);
  expect(npvs[2]).toBeGreaterThan(npvs[3]);
  expect(sheet(after, "Assumptions").values[discount][1]).toBe(0.01);
  await preview.close();
});
