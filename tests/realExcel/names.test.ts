/**
 * Issue 9, defect 1: a second "Insert sample model" must not name a table `Mix2` (a cell address),
 * new tables avoid defined names too, and a failed multi-step write leaves nothing behind.
 */
import { insertSample } from "../../src/workbook";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import type { SheetPlan, WorkbookPort } from "../../src/workbook";
import {
  chooseSheet,
  freeSheetName,
  freeTableName,
  isValidExcelName,
} from "../../src/workbook/ownership";
import { fixture } from "../excel/helpers";

const OPTIONS = { now: new Date(Date.UTC(2026, 0, 2)), version: "1.0.0" };

describe("Excel's name rules", () => {
  it("refuses A1 cells up to XFD1048576, R1C1 references, R, C, TRUE and FALSE", () => {
    for (const name of [
      "Mix2",
      "A1",
      "xfd1048576",
      "AB12",
      "R",
      "c",
      "R1C1",
      "RC",
      "R2",
      "C3",
      "R1C",
      "TRUE",
      "2024",
      "My table",
      "",
    ])
      expect([name, isValidExcelName(name)]).toEqual([name, false]);
    for (const name of [
      "Mix",
      "Mix_2",
      "Channels2",
      "XFE1",
      "A1048577",
      "ABCD1",
      "_2024",
      "Rate",
      "Assumptions2",
      "\\path",
    ])
      expect([name, isValidExcelName(name)]).toEqual([name, true]);
  });

  it("every numbered table name candidate is a valid Excel name", () => {
    for (const base of ["Mix", "Channels", "Segments", "Assumptions", "AB", "R", "C", "X"]) {
      const taken: string[] = [];
      for (let n = 0; n < 30; n++) {
        const name = freeTableName(taken, base);
        expect([name, isValidExcelName(name)]).toEqual([name, true]);
        expect(taken.map((t) => t.toLowerCase())).not.toContain(name.toLowerCase());
        taken.push(name);
      }
    }
    expect(freeTableName(["Mix"], "Mix")).toBe("Mix_2");
    expect(freeTableName(["Channels"], "Channels")).toBe("Channels2");
  });
});

describe("insert the sample twice", () => {
  it("over Excel (the stand-in refuses invalid table names as Excel does) the second insert works", async () => {
    const { port, book } = fixture();
    await insertSample(port, OPTIONS);
    const second = await insertSample(port, OPTIONS);
    expect(second.tables).toEqual({
      channels: "Channels2",
      segments: "Segments2",
      mix: "Mix_2",
      assumptions: "Assumptions2",
    });
    const sheets = [
      "Channels",
      "Segments",
      "Mix",
      "Assumptions",
      "Scenarios",
      "Bounds",
      "Uncertainty",
      "Correlations",
      "GTM Model",
    ];
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      ...sheets,
      ...sheets.map((name) => `${name} (2)`),
    ]);
  });

  it("new tables avoid defined names (tables and names share one namespace)", async () => {
    const { port, book } = fixture();
    book.names.push({ name: "Segments", formula: "=Sheet1!$A$1", comment: "" });
    const written = await insertSample(port, OPTIONS);
    expect(written.tables.segments).toBe("Segments2");
    const memory = new MemoryWorkbook();
    memory.definedNames.push("Channels");
    expect((await insertSample(memory, OPTIONS)).tables.channels).toBe("Channels2");
  });

  it("the stand-in refuses what Excel refuses: an A1-like table name and a taken name", async () => {
    const { standIn, book } = fixture();
    book.addSheet("Data");
    const run = (name: string): Promise<unknown> => {
      book.tables.length = 0; // Excel keeps what a failed batch did before the failing call
      return standIn.Excel.run(async (context) => {
        const table = context.workbook.worksheets.getItem("Data").tables.add("Data!A1:B3", true);
        table.name = name;
        await context.sync();
      });
    };
    await expect(run("Mix2")).rejects.toMatchObject({ code: "InvalidArgument" });
    await run("Mix");
    book.names.push({ name: "Rates", formula: "=Data!$A$1", comment: "" });
    await expect(run("Rates")).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

/** A port whose n-th writeSheet fails after writing (as Excel applies a batch up to the failing call). */
function failingAt(port: WorkbookPort, n: number): WorkbookPort {
  let count = 0;
  return {
    readInputs: (b) => port.readInputs(b),
    inspect: () => port.inspect(),
    removeSheet: (name) => port.removeSheet(name),
    async writeSheet(plan: SheetPlan) {
      count += 1;
      const written = await port.writeSheet(plan);
      if (count === n) throw new Error(`write ${n} failed`);
      return written;
    },
  };
}

describe("a failed multi-step write leaves nothing half-written", () => {
  it.each([1, 3, 5])(
    "memory port: the sample failing at sheet %i leaves the workbook as it was",
    async (n) => {
      const memory = new MemoryWorkbook();
      memory.addSheet("Mine", [["keep"]]);
      await expect(insertSample(failingAt(memory, n), OPTIONS)).rejects.toThrow(
        `write ${n} failed`
      );
      expect(memory.sheetNames()).toEqual(["Mine"]);
      expect(memory.tableNames()).toEqual([]);
    }
  );

  it("Excel port: when Excel refuses a table name half-way (ItemAlreadyExists), the added sheets go", async () => {
    const { port, book } = fixture();
    // Someone defines the name Mix after the add-in looked (inspect), before it writes the Mix table.
    const stop = book.onChange(() => {
      if (book.sheet("Segments") !== null && book.name("Mix") === null)
        book.names.push({ name: "Mix", formula: "=Sheet1!$A$1", comment: "" });
    });
    await expect(insertSample(port, OPTIONS)).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    stop();
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(book.tables).toEqual([]);
  });

  it("Excel port: a sheet Excel refuses half-way takes back the sheets and tables already added", async () => {
    const { port, book } = fixture();
    // The 4th sheet is written, then its request fails (as a refused table name fails in Excel).
    const failing = failingAt(port, 4);
    await expect(insertSample(failing, OPTIONS)).rejects.toThrow("write 4 failed");
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(book.tables).toEqual([]);
  });
});

test("sheet names avoid Excel's reserved History", () => {
  expect(freeSheetName([], "History")).toBe("History (2)");
  expect(chooseSheet({ sheets: [], tables: [] }, "history")).toEqual({
    name: "history (2)",
    replace: false,
  });
});

test("every host refuses a plan whose table name Excel would refuse (checkPlan)", async () => {
  const plan: SheetPlan = {
    name: "T",
    replace: false,
    blocks: [{ row: 0, column: 0, cells: [["a"], [1]] }],
    tables: [{ name: "Mix2", style: "TableStyleMedium2", row: 0, column: 0, rows: 2, columns: 1 }],
  };
  const memory = new MemoryWorkbook();
  await expect(memory.writeSheet(plan)).rejects.toThrow(
    'T: "Mix2" is not a name Excel accepts for a table'
  );
  expect(memory.sheetNames()).toEqual([]);
});
