/**
 * The stand-in holds the add-in to Excel's documented rules (each rule cites its page in the
 * stand-in's source): names, load before read, null objects, messages of errors. The rules on
 * selections, payload bytes and error inputs are tested in selection, payload and
 * functionMetadata.test.ts.
 */
import { createStandIn } from "../../src/testing/office";
import { CustomFunctionsError } from "../../src/testing/office/customFunctions";

function standIn() {
  const s = createStandIn();
  s.workbook.addSheet("Data").ensure(0, 0).value = "x";
  return s;
}

test("an invalid or reserved sheet name is refused with InvalidArgument, a taken one with ItemAlreadyExists", async () => {
  const s = standIn();
  const add = (name: string): Promise<void> =>
    s.Excel.run(async (context) => {
      context.workbook.worksheets.add(name);
      await context.sync();
    });
  const refused = await Promise.all(
    ["a/b", "[x]", "'quoted'", "History", "x".repeat(32)].map((name) =>
      add(name).then(
        () => null,
        (error: { code?: string }) => error.code
      )
    )
  );
  expect(refused).toEqual(Array.from({ length: 5 }, () => "InvalidArgument"));
  await expect(
    s.Excel.run(async (context) => {
      context.workbook.worksheets.add("data");
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
});

test("a property read before load and sync throws PropertyNotLoaded", async () => {
  const s = standIn();
  await s.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("A1");
    // The office-addins lint rules flag these reads: they are the mistakes the stand-in must refuse.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([["x"]]);
    // eslint-disable-next-line office-addins/load-object-before-read
    expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });
});

test("null objects: isNullObject is known after a sync; a call on a null object fails the batch", async () => {
  const s = standIn();
  await s.Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject("Nowhere");
    // eslint-disable-next-line office-addins/call-sync-before-read
    expect(() => table.isNullObject).toThrow(
      expect.objectContaining({ code: "PropertyNotLoaded" })
    );
    await context.sync();
    expect(table.isNullObject).toBe(true);
  });
  await expect(
    s.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject("Nowhere").getRange("A1");
      range.load("values");
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "InvalidOperation" });
});

test("only #VALUE! and #N/A keep a custom function's message", () => {
  expect(new CustomFunctionsError("#VALUE!", "why").shownMessage).toBe("why");
  expect(new CustomFunctionsError("#N/A", "why").shownMessage).toBe("why");
  expect(new CustomFunctionsError("#NUM!", "why").shownMessage).toBeNull();
  expect(new CustomFunctionsError("#DIV/0!", "why").shownMessage).toBeNull();
});

test("a name added over a range refers to it with absolute references, its sheet quoted as Excel writes it", async () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)
  const s = createStandIn();
  s.workbook.addSheet("Q1 plan");
  await s.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Q1 plan");
    context.workbook.names.add("Plan", sheet.getRange("B2:C4"));
    await context.sync();
  });
  expect(s.workbook.names.map((name) => name.formula)).toEqual(["='Q1 plan'!$B$2:$C$4"]);
});

test("a range address with row 0 is refused with InvalidArgument", async () => {
  const s = standIn();
  const code = await s.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Data").getRange("A0").load("values");
    await context.sync();
  }).then(
    () => null,
    (error: { code?: string }) => error.code
  );
  expect(code).toBe("InvalidArgument");
});
