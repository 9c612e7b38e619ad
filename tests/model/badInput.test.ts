/** Bad input: every problem found in one pass, each with its exact message; nothing is computed. */
import {
  loadJson,
  loadTables,
  ModelInputError,
  parseJson,
  parseTables,
  type TableOrigin,
} from "../../src/model";

const at = (sheet: string): TableOrigin => ({ sheet, row: 0, column: 0 });
const origins = {
  channels: at("Channels"),
  segments: at("Segments"),
  mix: at("Mix"),
  assumptions: at("Assumptions"),
};

describe("a workbook with many mistakes", () => {
  const outcome = parseTables({
    channels: [
      ["Channel", "Type", "Spend", "Cost per lead", "Conversion", "Cycle", "Region"],
      ["Partners", "partner", 20000, 200, 25, 1, "EU"],
      ["Direct", "direct", "lots", 400, 0.1, 1.5, ""],
      ["partners", "reseller", 1000, "#N/A", 0.1, 0, ""],
      ["", "", "", "", "", "", ""],
      ["Web", "online", 5000, { error: "#DIV/0!" }, true, "", ""],
    ],
    segments: [
      ["Segment", "Price", "Gross margin", "Bass p", "Churn"],
      ["SMB", -5, 0.8, 0, 1.5],
    ],
    mix: [
      ["", "SMB", "Retail"],
      ["Partners", 1, 1],
      ["Ghost", 1, 0],
    ],
    assumptions: [
      ["Assumption", "Value"],
      ["horizon", 12.5],
      ["discount rate", 0.01],
      ["Horizon", 3],
    ],
    origins,
  });

  test("reports every error, in reading order, with sheet addresses", () => {
    expect(outcome.model).toBeNull();
    expect(outcome.errors.map((issue) => issue.message)).toEqual([
      "Channels!E2 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
      'Channels!C3 (Direct, spend): "lots" is text, not a number',
      "Channels!F3 (Direct, cycle): 1.5 is not a whole number of periods, 0 or more",
      'Channels!A4 (partners, name): "partners" is used twice (also "Partners") — names must be unique, ignoring case',
      'Channels!B4 (partners, type): "reseller" is not a channel type — use direct, partner, online or other',
      "Channels!D4 (partners, costPerLead): the cell holds the error #N/A — fix it or clear the cell",
      "Channels!D6 (Web, costPerLead): the cell holds the error #DIV/0! — fix it or clear the cell",
      "Channels!E6 (Web, conversion): TRUE is not a number",
      "Segments!B2 (SMB, price): -5 is negative — enter 0 or more",
      "Segments!D2 (SMB, bassP): 0 is not above 0 — enter a positive number",
      "Segments!E2 (SMB, churn): 1.5 is not between 0 and 1 — enter 1.5% or 0.015",
      "Mix (Web): has spend but no row in the mix — add a row for it",
      'Mix!C1 (Retail): "Retail" is not a segment in the Segments table',
      'Mix!A3 (Ghost, channel): "Ghost" is not a channel in the Channels table',
      "Assumptions!B2 (horizon): 12.5 is not a whole number of periods between 1 and 600",
      'Assumptions!A4 (horizon): "Horizon" is given twice — keep one',
    ]);
  });

  test("each error names its table, row, field and cell", () => {
    expect(outcome.errors[0]).toEqual({
      severity: "error",
      table: "Channels",
      row: "Partners",
      field: "conversion",
      address: "Channels!E2",
      problem: "25 is not between 0 and 1 — enter 25% or 0.25",
      message: "Channels!E2 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
    });
  });

  test("unknown columns and assumption names are warnings", () => {
    expect(outcome.warnings.map((issue) => issue.message)).toEqual([
      'Channels!G1: the column "Region" is not a model field; it is ignored',
      'Assumptions!A1: "Assumption" is not an assumption (horizon, period unit, discount rate, launch periods, currency); the row is ignored',
    ]);
  });

  test("loadTables throws them all at once", () => {
    expect(() => loadTables({ channels: [], segments: [] })).toThrow(ModelInputError);
    try {
      loadTables({ channels: [["Channel"]], segments: [["Segment", "Price", "Gross margin"]] });
    } catch (error) {
      expect((error as ModelInputError).issues.map((issue) => issue.message)).toEqual([
        'Channels (conversion): the required column "Conversion" is missing',
        "Channels: the table has no rows — add at least one channel",
        "Segments: the table has no rows — add at least one segment",
      ]);
    }
    expect.assertions(2);
  });
});

describe("assumptions and required columns", () => {
  test("horizon 0, launch periods above it, an unknown period unit, missing columns", () => {
    const outcome = parseTables({
      channels: [
        ["Channel", "Spend"],
        ["A", 10],
      ],
      segments: [
        ["Segment", "Price"],
        ["S", 1],
      ],
      assumptions: [
        ["horizon", 0],
        ["launchPeriods", 13],
        ["periodUnit", "week"],
      ],
    });
    expect(outcome.errors.map((issue) => issue.message)).toEqual([
      'Channels (conversion): the required column "Conversion" is missing',
      'Channels (costPerLead): the column "Cost per lead" is missing — channels with spend need it',
      'Segments (grossMargin): the required column "Gross margin" is missing',
      "Assumptions (horizon): 0 is not a whole number of periods between 1 and 600",
      'Assumptions (periodUnit): "week" is not a period unit — use month, quarter or year',
      "Assumptions (launchPeriods): 13 is not a whole number of periods between 1 and 12 (the horizon)",
    ]);
  });

  test("the discount rate as sheets label it, per its period, reads as the discount rate", () => {
    const outcome = parseTables({
      channels: [
        ["Channel", "Conversion"],
        ["A", 0.1],
      ],
      segments: [
        ["Segment", "Price", "Gross margin"],
        ["S", 1, 0.5],
      ],
      assumptions: [
        ["Period unit", "quarter"],
        ["Discount rate per quarter", 0.03],
      ],
      origins,
    });
    expect(outcome.errors).toEqual([]);
    expect(outcome.warnings).toEqual([]);
    expect(outcome.model?.assumptions.discountRate).toBe(0.03);
  });

  test("currency: three letters, read in capitals; anything else names its cell; blank is null", () => {
    const tables = (currency: unknown) =>
      parseTables({
        channels: [
          ["Channel", "Conversion"],
          ["A", 0.1],
        ],
        segments: [
          ["Segment", "Price", "Gross margin"],
          ["S", 1, 0.5],
        ],
        assumptions: [["Currency", currency as string]],
        origins,
      });
    expect(tables("eur").model?.assumptions.currency).toBe("EUR");
    expect(tables("").model?.assumptions.currency).toBeNull();
    expect(tables("€").errors.map((issue) => issue.message)).toEqual([
      'Assumptions!B1 (currency): "€" is not a currency code — use three letters such as USD, EUR or CNY',
    ]);
    expect(tables(978).errors.map((issue) => issue.message)).toEqual([
      "Assumptions!B1 (currency): the value is not a currency code — use three letters such as USD, EUR or CNY",
    ]);
  });

  test("from a sheet, a missing column names the table's header row", () => {
    const outcome = parseTables({
      channels: [
        ["Channel", "Spend"],
        ["A", 10],
      ],
      segments: [
        ["Segment", "Price", "Gross margin"],
        ["S", 1, 0.5],
      ],
      origins: { channels: { sheet: "GTM Inputs", row: 3, column: 2 } },
    });
    expect(outcome.errors.map((issue) => issue.message)).toEqual([
      "'GTM Inputs'!C4:D4 (conversion): the required column \"Conversion\" is missing",
      "'GTM Inputs'!C4:D4 (costPerLead): the column \"Cost per lead\" is missing — channels with spend need it",
    ]);
  });

  test("a column given twice (Channel and Name are the same column)", () => {
    const outcome = parseTables({
      channels: [
        ["Channel", "Name", "Conversion"],
        ["A", "B", 0.1],
      ],
      segments: [
        ["Segment", "Price", "Gross margin"],
        ["S", 1, 0.5],
      ],
      origins: { channels: { sheet: "GTM inputs", row: 4, column: 2 } },
    });
    expect(outcome.errors.map((issue) => issue.message)).toEqual([
      `'GTM inputs'!D5 (name): the column "Name" is given twice — keep one`,
    ]);
  });
});

describe("the JSON form", () => {
  test("names table, row and field without addresses", () => {
    const outcome = parseJson({
      assumptions: { horizon: 12.5 },
      segments: [{ name: "SMB", price: 10, grossMargin: 80 }],
      channels: [
        { name: "Web", spend: 100, conversion: 0.1 },
        { name: "WEB", spend: 0, conversion: "high" },
      ],
      mix: { Web: { SMB: 1, Retail: 2 } },
    });
    expect(outcome.errors.map((issue) => issue.message)).toEqual([
      "Channels (Web, costPerLead): is blank — a cost per lead is required when spend is above 0",
      'Channels (WEB, name): "WEB" is used twice (also "Web") — names must be unique, ignoring case',
      'Channels (WEB, conversion): "high" is text, not a number',
      "Segments (SMB, grossMargin): 80 is not between 0 and 1 — enter 80% or 0.8",
      'Mix (Retail): "Retail" is not a segment in the Segments table',
      "Assumptions (horizon): 12.5 is not a whole number of periods between 1 and 600",
    ]);
  });

  test("a mix row that sums to 0 and a required blank", () => {
    expect(() =>
      loadJson({
        segments: [{ name: "SMB", price: 10 }],
        channels: [{ name: "Web", spend: 100, costPerLead: 10, conversion: 0.1 }],
        mix: { web: { smb: 0 } },
      })
    ).toThrow(
      "Segments (SMB, grossMargin): is blank — a gross margin is required\nMix (web): the weights add up to 0 — give at least one segment a weight above 0"
    );
  });

  test("bassQ without bassP and a partner margin above gross margin are warnings", () => {
    const { warnings } = loadJson({
      segments: [{ name: "SMB", price: 10, grossMargin: 0.25, bassQ: 0.3 }],
      channels: [
        {
          name: "Resellers",
          type: "partner",
          spend: 100,
          costPerLead: 10,
          conversion: 0.1,
          partnerMargin: 0.3,
        },
      ],
    });
    expect(warnings.map((issue) => issue.message)).toEqual([
      "Segments (SMB, bassQ): Bass q is set without Bass p, so it is ignored (no diffusion timing)",
      "Channels (Resellers, partnerMargin): the partner margin 30% is above the gross margin 25% of SMB: each such customer loses money",
    ]);
  });
});

describe("JSON that is not a model", () => {
  const messages = (json: unknown): string[] =>
    parseJson(json).errors.map((issue) => issue.message);

  test("not an object at all: one line saying what a model is", () => {
    const line =
      'Channels: the input is not a model: give a JSON object with "channels", "segments" and optionally "mix" and "assumptions"';
    expect(messages([1, 2])).toEqual([line]);
    expect(messages(null)).toEqual([line]);
    expect(messages("model")).toEqual([line]);
  });

  test("tables missing or not lists of rows: said once each", () => {
    expect(messages({})).toEqual([
      'Channels: is missing — give "channels" as a list of rows',
      'Segments: is missing — give "segments" as a list of rows',
    ]);
    expect(messages({ channels: {}, segments: 5 })).toEqual([
      "Channels: must be a list of rows, each an object of field names and values",
      "Segments: must be a list of rows, each an object of field names and values",
    ]);
  });
});
