import {
  chooseSheet,
  contentCheck,
  cleanSheetName,
  freeSheetName,
  freeTableName,
  isOwnedSheet,
  OWNER_TITLE_PREFIX,
  readOwnerMark,
  WRITTEN_RANGE_LABEL,
  writtenRangeText,
} from "../../src/workbook/ownership";
import type { CellValue, SheetInfo, WorkbookInfo } from "../../src/workbook/port";

const ours: CellValue[][] = [
  [`${OWNER_TITLE_PREFIX}Model results`, null],
  ["Run", "x"],
  [WRITTEN_RANGE_LABEL, "A1:N40"],
];

function sheet(name: string, header: CellValue[][], used: SheetInfo["used"]): SheetInfo {
  return { name, header, used };
}

describe("ownership marker", () => {
  it("reads the written range of our sheets only", () => {
    expect(readOwnerMark(ours)).toEqual({ row: 0, column: 0, rows: 40, columns: 14 });
    expect(readOwnerMark([["Model results"], [WRITTEN_RANGE_LABEL, "A1:N40"]])).toBeNull();
    expect(
      readOwnerMark([[`${OWNER_TITLE_PREFIX}x`], [WRITTEN_RANGE_LABEL, "not a range"]])
    ).toBeNull();
    expect(readOwnerMark([])).toBeNull();
  });

  it("a user's value outside the written range makes the sheet theirs", () => {
    expect(
      isOwnedSheet(sheet("GTM Results", ours, { row: 0, column: 0, rows: 40, columns: 14 }))
    ).toBe(true);
    expect(
      isOwnedSheet(sheet("GTM Results", ours, { row: 0, column: 0, rows: 41, columns: 14 }))
    ).toBe(false);
    expect(
      isOwnedSheet(sheet("GTM Results", ours, { row: 0, column: 0, rows: 2, columns: 15 }))
    ).toBe(false);
  });
});

describe("chooseSheet", () => {
  const user = sheet("GTM Results", [["My notes"]], { row: 0, column: 0, rows: 1, columns: 1 });
  const mine2 = sheet("GTM Results (2)", ours, { row: 0, column: 0, rows: 30, columns: 14 });

  it("creates when free, replaces ours, skips a user's sheet", () => {
    const empty: WorkbookInfo = { sheets: [], tables: [] };
    expect(chooseSheet(empty, "GTM Results")).toEqual({ name: "GTM Results", replace: false });
    expect(
      chooseSheet({ sheets: [sheet("gtm results", ours, null)], tables: [] }, "GTM Results")
    ).toEqual({ name: "gtm results", replace: true });
    expect(chooseSheet({ sheets: [user], tables: [] }, "GTM Results")).toEqual({
      name: "GTM Results (2)",
      replace: false,
    });
    expect(chooseSheet({ sheets: [user, mine2], tables: [] }, "GTM Results")).toEqual({
      name: "GTM Results (2)",
      replace: true,
    });
  });
});

describe("free names", () => {
  it("sheet names: case-insensitive, cleaned, at most 31 characters", () => {
    expect(freeSheetName(["channels"], "Channels")).toBe("Channels (2)");
    expect(freeSheetName(["Channels", "Channels (2)"], "Channels")).toBe("Channels (3)");
    expect(cleanSheetName("Q1/Q2: [plan]?")).toBe("Q1 Q2 plan");
    const long = "A very long sheet name that exceeds";
    expect(freeSheetName([], long)).toBe("A very long sheet name that exc");
    expect(freeSheetName(["A very long sheet name that exc"], long)).toBe(
      "A very long sheet name that (2)"
    );
  });

  it("table names: valid identifiers, never taken", () => {
    expect(freeTableName([], "Channels")).toBe("Channels");
    expect(freeTableName(["CHANNELS"], "Channels")).toBe("Channels2");
    expect(freeTableName(["Channels", "Channels2"], "Channels")).toBe("Channels3");
    expect(freeTableName([], "My table")).toBe("My_table");
    expect(freeTableName([], "2024")).toBe("_2024");
    expect(freeTableName([], "AB12")).toBe("AB12_");
  });
});

describe("content check: a user's edit inside the written range", () => {
  const cells = [
    { row: 0, column: 0, value: `${OWNER_TITLE_PREFIX}Model results` as CellValue },
    { row: 2, column: 0, value: WRITTEN_RANGE_LABEL as CellValue },
    { row: 9, column: 3, value: 1250.5 as CellValue },
  ];
  const check = contentCheck(cells, { row: 2, column: 1 });
  const header: CellValue[][] = [
    [`${OWNER_TITLE_PREFIX}Model results`, null],
    ["Run", "x"],
    [WRITTEN_RANGE_LABEL, writtenRangeText("A1:N40", check)],
  ];
  const info = (content: SheetInfo["content"]): SheetInfo => ({
    name: "GTM Results",
    header,
    used: { row: 0, column: 0, rows: 10, columns: 4 },
    content,
  });
  const withCheck = [...cells, { row: 2, column: 1, value: header[2][1] }];

  it("the range still reads as a plain rectangle", () => {
    expect(readOwnerMark(header)).toEqual({ row: 0, column: 0, rows: 40, columns: 14 });
  });

  it("unchanged content: ours", () => {
    expect(isOwnedSheet(info(withCheck))).toBe(true);
  });

  it("a note typed into a blank cell inside the range: the user's", () => {
    expect(isOwnedSheet(info([...withCheck, { row: 2, column: 3, value: "my note" }]))).toBe(false);
  });

  it("a figure overwritten or cleared: the user's", () => {
    expect(
      isOwnedSheet(info([...withCheck.slice(0, 2), { row: 9, column: 3, value: 1250.6 }]))
    ).toBe(false);
    expect(isOwnedSheet(info(withCheck.filter((cell) => cell.row !== 9)))).toBe(false);
  });

  it("a host that does not read the content keeps the rectangle rule", () => {
    expect(isOwnedSheet(info(undefined))).toBe(true);
  });
});
