import { cellValues, fixture, userSheet, userTable } from "./helpers";

const CHANNELS = [
  ["Channel", "Type", "Spend", "Cost per lead", "Conversion"],
  ["Direct sales", "direct", 40000, 400, 0.1],
  ["Partners", "partner", 20000, 200, { error: "#N/A" }],
];

describe("readInputs over Excel", () => {
  it("reads a table by name, a sheet's used range as a table at A1 and a bound address in two syncs (which exist, then their values)", async () => {
    const { book, port, syncsOf } = fixture();
    userSheet(book, "Inputs", CHANNELS, { row: 1, column: 1 });
    userTable(book, "Channels", "Inputs", 1, 1, 3, 5);
    userSheet(
      book,
      "Segments",
      [
        [null, "x"],
        ["Segment", "Price"],
        ["Enterprise", 2500],
      ].slice(1),
      { row: 1, column: 1 }
    );
    userSheet(
      book,
      "My inputs",
      [
        ["horizon", 24],
        ["periodUnit", "month"],
      ],
      { row: 4, column: 2 }
    );
    let read: Awaited<ReturnType<typeof port.readInputs>> = {};
    const syncs = await syncsOf(async () => {
      read = await port.readInputs({ assumptions: "'My inputs'!C5:D6" });
    });
    expect(syncs).toBe(2);
    expect(read.channels).toEqual({
      values: CHANNELS,
      origin: { sheet: "Inputs", row: 1, column: 1 },
      address: "Inputs!B2:F4",
      formulaRef: "Channels[#All]",
      kind: "table",
    });
    expect(read.segments).toEqual({
      values: [
        ["", "", ""],
        ["", "Segment", "Price"],
        ["", "Enterprise", 2500],
      ],
      origin: { sheet: "Segments", row: 0, column: 0 },
      address: "Segments!A1:C3",
      formulaRef: "Segments!$A$1:$C$3",
      kind: "sheet",
    });
    expect(read.assumptions).toEqual({
      values: [
        ["horizon", 24],
        ["periodUnit", "month"],
      ],
      origin: { sheet: "My inputs", row: 4, column: 2 },
      address: "'My inputs'!C5:D6",
      formulaRef: "'My inputs'!$C$5:$D$6",
      kind: "range",
    });
    expect(read.mix).toBeUndefined();
  });

  it("prefers the table over a sheet of the same name and finds nothing for a missing input", async () => {
    const { book, port } = fixture();
    userSheet(book, "Channels", [["ignored"]]);
    userSheet(book, "Data", CHANNELS);
    userTable(book, "CHANNELS", "Data", 0, 0, 3, 5);
    const read = await port.readInputs({});
    expect(read.channels?.kind).toBe("table");
    expect(read.channels?.address).toBe("Data!A1:E3");
    expect(read.channels?.formulaRef).toBe("CHANNELS[#All]");
    expect(read.segments).toBeUndefined();
    const missingSheet = await port.readInputs({ channels: "Nowhere!A1:B2" });
    expect(missingSheet.channels).toBeUndefined();
  });

  it("changes nothing in the workbook", async () => {
    const { book, port } = fixture();
    userSheet(book, "Channels", CHANNELS);
    const before = JSON.stringify(cellValues(book, "Channels", 0, 0, 3, 5));
    await port.readInputs({});
    expect(JSON.stringify(cellValues(book, "Channels", 0, 0, 3, 5))).toBe(before);
    expect(book.sheets.map((s) => s.name)).toEqual(["Sheet1", "Channels"]);
  });
});
