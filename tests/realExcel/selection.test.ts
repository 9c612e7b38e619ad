/**
 * Issue 9, defect 8: a selection of several areas. Excel's getSelectedRange() throws on it; "Use
 * selection" must say in words what to do, and bind nothing.
 */
import { createHost } from "../../src/excel/host";
import { createStandIn, standInRun } from "../../src/testing/office";
import { createOperations } from "../../src/taskpane/createOperations";
import { describeError } from "../../src/taskpane/describeError";
import { stringsFor } from "../../src/taskpane/strings";

function setup() {
  const standIn = createStandIn();
  const book = standIn.workbook;
  book.addSheet("Data");
  const host = createHost({
    run: standInRun(standIn),
    settings: standIn.settings,
    displayLanguage: "en-US",
  });
  const area = (row: number, column: number) => ({
    sheet: "Data",
    row,
    column,
    rows: 2,
    columns: 2,
  });
  return { standIn, book, host, area };
}

test("the stand-in's getSelectedRange throws when several areas are selected, as Excel's does", async () => {
  const { standIn, book, area } = setup();
  book.selection = area(0, 0);
  book.selectedAreas = [area(0, 0), area(5, 3)];
  await expect(
    standIn.Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    })
  ).rejects.toMatchObject({ name: "RichApi.Error" });
});

test("Use selection with several areas says so in words and binds nothing", async () => {
  const { book, host, area } = setup();
  book.selection = area(0, 0);
  book.selectedAreas = [area(0, 0), area(5, 3)];
  const operations = createOperations({ host, version: "1.0.0" });
  const failure = await operations.bindSelection("channels").then(
    () => null,
    (error: unknown) => error
  );
  expect(describeError(failure, stringsFor("en-US"))).toBe(
    "Several ranges are selected. Select one block of cells, then press Use selection again."
  );
  expect(describeError(failure, stringsFor("zh-CN"))).toContain("多个区域");
  expect(host.loadBindings()).toEqual({});
});

test("one area is bound as before", async () => {
  const { book, host, area } = setup();
  book.selection = area(1, 1);
  expect(await host.selectedAddress()).toBe("Data!B2:C3");
});
