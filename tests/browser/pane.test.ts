/**
 * The pane's sensitivity and tornado forms and the binding preview in Chromium (issue 11 points
 * 1, 5, 8, 9): axes as a finance user reads them, fields that refuse what they cannot use, single
 * drivers in the tornado, and "Use selection" showing what it will read before it binds.
 * Queried by role; screenshots go to tests/artifacts/.
 */
import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import type { SheetDump, WorkbookDump } from "../../src/testing/office/dump";
import { EXAMPLES_DIR } from "../support/shared";
import { Harness, openPage, startHarness } from "./harness/taskpane";

interface ExampleInput {
  channels: { name: string; conversion: number }[];
  segments: { name: string; price: number }[];
}
const input = JSON.parse(
  readFileSync(path.join(EXAMPLES_DIR, "direct-vs-partner.input.json"), "utf8")
) as ExampleInput;
const price = input.segments.find((s) => s.name === "Enterprise")!.price;
const conversion = input.channels.find((c) => c.name === "Partners")!.conversion;

let harness: Harness;
let page: Page;

async function dump(): Promise<WorkbookDump> {
  return page.evaluate(() =>
    (window as unknown as { GTMStandIn: { dump(): WorkbookDump } }).GTMStandIn.dump()
  );
}

/** The newest sheet whose name starts with `prefix` (each run adds a sheet: `Tornado NPV 2`…). */
function newest(book: WorkbookDump, prefix: string): SheetDump {
  const found = book.sheets.filter((s) => s.name.startsWith(prefix)).pop();
  if (found === undefined) throw new Error(`no sheet ${prefix}…`);
  return found;
}

const dollars = (v: number): string => `$${Math.round(v).toLocaleString("en-US")}`;
// Rates as the pane and the sheet show them since the presentation table: one decimal (`8.0%`).
const percent = (v: number): string => `${(v * 100).toFixed(1)}%`;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.openTaskpane();
  await page.getByRole("heading", { level: 1, name: "GTM Modeler" }).waitFor();
  await page.getByRole("button", { name: "Insert sample model" }).click();
  await page
    .getByText(/Sample model inserted/)
    .first()
    .waitFor({ timeout: 20000 });
});

afterAll(async () => {
  await harness?.stop();
});

test("one row's price × one row's conversion: the pane and the sheet show dollars and rates, not 80%…120%", async () => {
  await openPage(page, "Sensitivity");
  await page.getByRole("combobox", { name: "Metric" }).selectOption("npv");
  await page
    .getByRole("combobox", { name: "Driver across (X)" })
    .selectOption({ label: "Price (Enterprise)" });
  await page
    .getByRole("combobox", { name: "Driver down (Y)" })
    .selectOption({ label: "Conversion (Partners)" });
  await page.getByRole("spinbutton", { name: "± %" }).fill("20");
  await page.getByRole("spinbutton", { name: "Steps (X)" }).fill("5");
  await page.getByRole("spinbutton", { name: "Steps (Y)" }).fill("5");
  const preview = page.getByRole("status").filter({ hasText: "X:" });
  await expect(preview.textContent()).resolves.toContain(
    `X: ${dollars(0.8 * price)} … ${dollars(1.2 * price)}`
  );
  await expect(preview.textContent()).resolves.toContain(
    `Y: ${percent(0.8 * conversion)} … ${percent(1.2 * conversion)}`
  );
  await harness.screenshot(page, "pane-01-sensitivity-real-axes");
  await page.getByRole("button", { name: "Make sensitivity table" }).click();
  await page
    .getByText(/Sensitivity table of 25 cells written/)
    .first()
    .waitFor({ timeout: 20000 });
  const grid = newest(await dump(), "Sens NPV Price Enterprise");
  expect(grid.values[13].slice(0, 2)).toEqual(["Across (X)", "Price (Enterprise)"]);
  expect(grid.values[15].slice(0, 2)).toEqual(["Down (Y)", "Conversion (Partners)"]);
  const header = grid.values[20].slice(2, 7) as number[];
  header.forEach((v, j) =>
    expect(Math.abs(v - [0.8, 0.9, 1, 1.1, 1.2][j] * price)).toBeLessThan(1e-6)
  );
});

test("fields: Sensitivity is disabled while steps are invalid; exact values show an example and an error only once typed", async () => {
  const make = page.getByRole("button", { name: "Make sensitivity table" });
  await page.getByRole("spinbutton", { name: "Steps (X)" }).fill("1");
  await expect(make.isDisabled()).resolves.toBe(true);
  await page.getByText("Steps must be a whole number from 2 to 101.").first().waitFor();
  await page.getByRole("spinbutton", { name: "Steps (X)" }).fill("5");
  await expect(make.isDisabled()).resolves.toBe(false);

  await page.getByRole("radio", { name: "Exact values" }).check();
  // Untouched and empty: no error yet, but the button waits for values.
  await expect(page.getByText("Enter at least one number.").count()).resolves.toBe(0);
  await expect(make.isDisabled()).resolves.toBe(true);
  const example = [0.8, 1, 1.2].map((m) => dollars(m * price)).join(", ");
  await page.getByText(`Values separated by commas, e.g. ${example}`).first().waitFor();
  const rates = [0.8, 1, 1.2].map((m) => percent(m * conversion)).join(", ");
  await page.getByText(`Values separated by commas, e.g. ${rates}`).first().waitFor();
  const xValues = page.getByRole("textbox", { name: "X values" });
  await xValues.fill("abc");
  await page.getByText('"abc" is not a number.').first().waitFor();
  await harness.screenshot(page, "pane-02-exact-values-error");
  await xValues.fill(`${dollars(price * 0.8)}, ${dollars(price)}`);
  await page.getByRole("textbox", { name: "Y values" }).fill("8%，10%");
  await expect(make.isDisabled()).resolves.toBe(false);
  await harness.screenshot(page, "pane-03-exact-values-money");
  await make.click();
  await page
    .getByText(/Sensitivity table of 4 cells written/)
    .first()
    .waitFor({ timeout: 20000 });
  const grid = newest(await dump(), "Sens NPV Price Enterprise");
  expect(grid.values[20].slice(2, 4)).toEqual([Math.round(price * 0.8), price]);
  expect(grid.values.slice(21, 23).map((row) => row[1])).toEqual([0.08, 0.1]);
});

test("tornado: single rows can be chosen, select all / none, blank fields left out", async () => {
  await openPage(page, "Tornado");
  const group = page.getByRole("group", { name: /Drivers/ });
  const boxes = group.getByRole("checkbox");
  const total = await boxes.count();
  expect(total).toBeGreaterThan(11);
  await expect(
    group.getByRole("checkbox", { name: "Conversion (Partners)" }).count()
  ).resolves.toBe(1);
  // The spec's 11 defaults are selected at first.
  await page.getByRole("group", { name: "Drivers (11)" }).waitFor();
  // The reference price is blank in every row of the sample: nothing to scale, not offered.
  await expect(group.getByRole("checkbox", { name: /^Ref price/ }).count()).resolves.toBe(0);
  await expect(
    group.getByRole("checkbox", { name: "Elasticity (Enterprise)" }).count()
  ).resolves.toBe(1);
  await page.getByRole("button", { name: "Select none" }).click();
  await expect(page.getByRole("button", { name: "Make tornado" }).isDisabled()).resolves.toBe(true);
  await group.getByRole("checkbox", { name: "Conversion (Partners)" }).check();
  await group.getByRole("checkbox", { name: "Price (Enterprise)" }).check();
  await harness.screenshot(page, "pane-04-tornado-single-rows");
  await page.getByRole("button", { name: "Make tornado" }).click();
  await page
    .getByText(/Tornado written to the sheet Tornado NPV/)
    .first()
    .waitFor({ timeout: 20000 });
  const tornado = newest(await dump(), "Tornado NPV");
  const labels = tornado.values
    .flat()
    .filter((v) => v === "Conversion (Partners)" || v === "Price (Enterprise)");
  expect(new Set(labels)).toEqual(new Set(["Conversion (Partners)", "Price (Enterprise)"]));
  await page.getByRole("button", { name: "Select all" }).click();
  await page.getByRole("group", { name: `Drivers (${total})` }).waitFor();
});

test("Use selection shows what it will read and binds only when confirmed", async () => {
  await openPage(page, "Inputs");
  await page.evaluate(() => {
    const { workbook } = (
      window as unknown as {
        GTMStandIn: {
          workbook: {
            addSheet(name: string): { ensure(r: number, c: number): { value: unknown } };
            selection: unknown;
          };
        };
      }
    ).GTMStandIn;
    const other = workbook.addSheet("Other channels");
    [
      ["Channel", "Spend", "Cost per lead", "Conversion"],
      ["Events", 1000, 100, 25],
    ].forEach((row, r) => row.forEach((v, c) => (other.ensure(3 + r, 1 + c).value = v)));
    workbook.selection = { sheet: "Other channels", row: 3, column: 1, rows: 2, columns: 4 };
  });
  const before = (await dump()).sheets.length;
  await page.getByRole("button", { name: "Use selection for Channels" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Read Channels from the selection?" });
  await dialog.waitFor();
  await dialog
    .getByText("'Other channels'!B4:E5 (range) · 2 rows × 4 columns, 1 with data")
    .waitFor();
  await dialog.getByRole("columnheader", { name: "Cost per lead" }).waitFor();
  await dialog.getByText("1 problem once read:").waitFor();
  await dialog
    .getByText(
      "'Other channels'!E5 (Events, conversion): 25 is not between 0 and 1 — enter 25% or 0.25"
    )
    .waitFor();
  await expect(page.evaluate(() => document.activeElement?.textContent ?? "")).resolves.toBe(
    "Use this range"
  );
  await harness.screenshot(page, "pane-05-binding-preview");
  await page.keyboard.press("Escape");
  await expect(dialog.count()).resolves.toBe(0);
  await page.getByText("Channels!A1:J3").first().waitFor();
  await page.getByRole("button", { name: "Use selection for Channels" }).click();
  await dialog.getByRole("button", { name: "Use this range" }).click();
  await page.getByText("'Other channels'!B4:E5").first().waitFor();
  expect((await dump()).sheets.length).toBe(before);
  await page.getByRole("button", { name: "Reset Channels" }).click();
  await page.getByText("Channels!A1:J3").first().waitFor();
  expect(harness.problems).toEqual([]);
});
