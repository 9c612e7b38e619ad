import "./customFunctionsDouble";
import { originOf } from "../../src/functions/args";

describe("originOf: where a range argument sits, from Excel's parameter address", () => {
  it("reads the sheet and the top-left cell", () => {
    expect(originOf("Channels!A1:J3")).toEqual({ sheet: "Channels", row: 0, column: 0 });
    expect(originOf("Model!$AB$12:$AK$20")).toEqual({ sheet: "Model", row: 11, column: 27 });
    expect(originOf("Sheet1!C5")).toEqual({ sheet: "Sheet1", row: 4, column: 2 });
  });

  it("unquotes sheet names and drops a workbook prefix", () => {
    expect(originOf("'GTM inputs'!B2:D9")).toEqual({ sheet: "GTM inputs", row: 1, column: 1 });
    expect(originOf("'Bob''s plan'!A1")).toEqual({ sheet: "Bob's plan", row: 0, column: 0 });
    expect(originOf("[Book1.xlsx]Inputs!A1:B2")).toEqual({ sheet: "Inputs", row: 0, column: 0 });
  });

  it("gives no origin for an omitted argument or a literal", () => {
    expect(originOf(undefined)).toBeUndefined();
    expect(originOf("")).toBeUndefined();
    expect(originOf("A1:B2")).toBeUndefined();
  });
});
