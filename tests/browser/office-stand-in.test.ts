/**
 * The office.js stand-in the browser tests load (dist/office-stand-in.js, built from src/testing/office):
 * Excel.run batches writes and loads until sync, as Office.js does, so task pane code that
 * forgets load/sync fails here as it would in Excel.
 */
import { Page } from "playwright-core";
import { Harness, startHarness } from "./harness/taskpane";

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.openTaskpane();
});

afterAll(async () => {
  await harness?.stop();
});

test("values written to a new sheet are read back after load and sync", async () => {
  const result = await page.evaluate(() =>
    Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Inputs");
      sheet.getRange("A1:B2").values = [
        ["Channel", "Spend"],
        ["Paid search", 1200],
      ];
      await context.sync();
      const range = sheet.getRange("A1:C2").load("values,address");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return {
        values: range.values,
        address: range.address,
        names: sheets.items.map((s) => s.name),
      };
    })
  );
  expect(result).toEqual({
    values: [
      ["Channel", "Spend", ""],
      ["Paid search", 1200, ""],
    ],
    address: "Inputs!A1:C2",
    names: ["Sheet1", "Inputs"],
  });
});

test("reading a property before load and sync throws PropertyNotLoaded", async () => {
  const code = await page.evaluate(() =>
    Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("values");
      try {
        // Deliberately read before sync: the stand-in must refuse, as Office.js does.
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
        return String(range.values);
      } catch (error) {
        return (error as { code?: string }).code;
      }
    })
  );
  expect(code).toBe("PropertyNotLoaded");
});

test("adding a sheet whose name exists fails at sync with ItemAlreadyExists", async () => {
  const code = await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.add("sheet1");
      try {
        await context.sync();
        return "no error";
      } catch (error) {
        return (error as { code?: string }).code;
      }
    })
  );
  expect(code).toBe("ItemAlreadyExists");
});

test("a write whose array does not match the range size fails with InvalidArgument", async () => {
  const code = await page.evaluate(() =>
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[1]];
      try {
        await context.sync();
        return "no error";
      } catch (error) {
        return (error as { code?: string }).code;
      }
    })
  );
  expect(code).toBe("InvalidArgument");
  expect(harness.problems).toEqual([]);
});
