import {
  cellRef,
  columnIndex,
  columnLetters,
  parseRect,
  parseSheetRange,
  splitSheetAddress,
  quoteSheet,
  rectContains,
  rectRef,
  sheetRef,
} from "../../src/workbook/a1";

describe("A1 addresses", () => {
  it("converts column indexes and letters both ways", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
    expect(["A", "Z", "AA", "xfd"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
    expect(() => columnLetters(-1)).toThrow("Invalid column index -1");
  });

  it("writes cells, rectangles and sheet references", () => {
    expect(cellRef(0, 0)).toBe("A1");
    expect(cellRef(11, 1, true)).toBe("$B$12");
    expect(rectRef({ row: 0, column: 0, rows: 40, columns: 14 })).toBe("A1:N40");
    expect(rectRef({ row: 4, column: 2, rows: 1, columns: 1 })).toBe("C5");
    expect(sheetRef("Channels", { row: 0, column: 0, rows: 3, columns: 10 })).toBe(
      "Channels!A1:J3"
    );
    expect(sheetRef("GTM Results", { row: 0, column: 0, rows: 3, columns: 10 }, true)).toBe(
      "'GTM Results'!$A$1:$J$3"
    );
  });

  it("quotes sheet names that need it", () => {
    expect(quoteSheet("Mix")).toBe("Mix");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(quoteSheet("A1")).toBe("'A1'");
    expect(quoteSheet("2024")).toBe("'2024'");
  });

  it("parses ranges and sheet addresses", () => {
    expect(parseRect("$A$1:$N$40")).toEqual({ row: 0, column: 0, rows: 40, columns: 14 });
    expect(parseRect("C5")).toEqual({ row: 4, column: 2, rows: 1, columns: 1 });
    expect(parseRect("Channels")).toBeNull();
    expect(parseSheetRange("'It''s here'!B2:D9")).toEqual({
      sheet: "It's here",
      rect: { row: 1, column: 1, rows: 8, columns: 3 },
    });
    expect(parseSheetRange("Inputs!A1:C4")).toEqual({
      sheet: "Inputs",
      rect: { row: 0, column: 0, rows: 4, columns: 3 },
    });
    expect(parseSheetRange("Channels")).toBeNull();
    for (const typed of ["Partner's Mix!A1:C3", "'Partner's Mix'!A1:C3", "'Partner''s Mix'!A1:C3"])
      expect(parseSheetRange(typed)).toEqual({
        sheet: "Partner's Mix",
        rect: { row: 0, column: 0, rows: 3, columns: 3 },
      });
    expect(parseSheetRange("!A1")).toBeNull();
    expect(parseSheetRange("''!A1")).toBeNull();
  });

  it("splits a sheet-qualified address at its last ! and unquotes the sheet name", () => {
    expect(splitSheetAddress("'It''s here'!B2:D9")).toEqual({ sheet: "It's here", cells: "B2:D9" });
    expect(splitSheetAddress("Inputs!$A$1")).toEqual({ sheet: "Inputs", cells: "$A$1" });
    expect(splitSheetAddress("B2:C3")).toEqual({ sheet: null, cells: "B2:C3" });
    expect(splitSheetAddress("'a!b'!C1")).toEqual({ sheet: "a!b", cells: "C1" });
  });

  it("tests containment", () => {
    const outer = { row: 0, column: 0, rows: 10, columns: 5 };
    expect(rectContains(outer, { row: 9, column: 4, rows: 1, columns: 1 })).toBe(true);
    expect(rectContains(outer, { row: 9, column: 5, rows: 1, columns: 1 })).toBe(false);
  });
});
