import { parseJson, runModel } from "../../src/model";
import type { ModelInput } from "../../src/model";
import {
  ANALYSIS_LABEL,
  chooseOutputSheet,
  MAX_SHEET_NAME,
  numberedSheetName,
  OWNER_TITLE_PREFIX,
  readAnalysis,
  WRITTEN_RANGE_LABEL,
} from "../../src/workbook/ownership";
import type { CellValue, SheetInfo } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import { sheetNames, writeResults, writeTornado } from "../../src/workbook";
import { NOW, readExample, VERSION } from "./helpers";

function exampleModel(rename?: (input: { channels: { name: string }[] }) => void): ModelInput {
  const input = structuredClone(readExample("direct-vs-partner.input.json")) as {
    channels: { name: string }[];
    mix?: Record<string, Record<string, number>>;
  };
  if (rename !== undefined) {
    const before = input.channels.map((c) => c.name);
    rename(input);
    if (input.mix !== undefined) {
      const mix: Record<string, Record<string, number>> = {};
      before.forEach((name, i) => {
        const row = input.mix?.[name];
        if (row !== undefined) mix[input.channels[i].name] = row;
      });
      input.mix = mix;
    }
  }
  const outcome = parseJson(input);
  expect(outcome.errors).toEqual([]);
  return outcome.model as ModelInput;
}

/** An audit header as the services write it (`Analysis` last), with the label given. */
function header(analysis: string, when: string, label = ANALYSIS_LABEL): CellValue[][] {
  return [
    [`${OWNER_TITLE_PREFIX}Tornado of NPV`, null],
    ["Run", "x"],
    ["When", when],
    [WRITTEN_RANGE_LABEL, "A1:F30"],
    [label, analysis],
  ];
}

const inside = { row: 0, column: 0, rows: 30, columns: 6 };
const sheet = (name: string, head: CellValue[][], used = inside): SheetInfo => ({
  name,
  header: head,
  used,
});

describe("sheet names of the analyses", () => {
  it("names each analysis for what it shows, in short forms", () => {
    const model = exampleModel();
    expect(sheetNames.results()).toBe("Results");
    expect(sheetNames.sensitivity(model, "npv", "segment[*].price", "channel[*].conversion")).toBe(
      "Sens NPV Price×Conv"
    );
    expect(sheetNames.sensitivity(model, "cac", "channel[partners].conversion", null)).toBe(
      "Sens CAC Conv Partners"
    );
    expect(sheetNames.tornado("npv")).toBe("Tornado NPV");
    expect(sheetNames.tornado("channel[Partners].cac")).toBe("Tornado CAC Partners");
    expect(sheetNames.scenarios("npv")).toBe("Scenarios NPV");
    expect(sheetNames.breakEven(model, "segment[*].price")).toBe("Break-even Price");
    expect(sheetNames.breakEven(model, "discountRate")).toBe("Break-even Disc rate");
    expect(sheetNames.allocation("npv")).toBe("Budget NPV");
    expect(sheetNames.simulation("npv")).toBe("Sim NPV");
    // LTV:CAC holds a colon, which Excel forbids in a sheet name.
    expect(sheetNames.tornado("ltvToCac")).toBe("Tornado LTV-CAC");
  });

  it("numbers a taken name: ` 2`, ` 3`…, ignoring case", () => {
    expect(numberedSheetName([], "Tornado NPV")).toBe("Tornado NPV");
    expect(numberedSheetName(["tornado npv"], "Tornado NPV")).toBe("Tornado NPV 2");
    expect(numberedSheetName(["Tornado NPV", "Tornado NPV 2"], "Tornado NPV")).toBe(
      "Tornado NPV 3"
    );
  });

  it("keeps long driver names within 31 characters, numbered variants too, without forbidden characters", () => {
    const model = exampleModel((input) => {
      input.channels[0].name = "Enterprise: Field/Sales [Northern Europe]";
    });
    const wanted = sheetNames.sensitivity(
      model,
      "channel[Enterprise: Field/Sales [Northern Europe]].cac",
      "channel[Enterprise: Field/Sales [Northern Europe]].conversion",
      "segment[*].price"
    );
    const first = numberedSheetName([], wanted);
    expect(first.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(first).toBe("Sens CAC Enterprise Field Sales");
    expect(first).not.toMatch(/[:\\/?*[\]]/);
    const second = numberedSheetName([first], wanted);
    expect(second).toBe("Sens CAC Enterprise Field Sal 2");
    expect(second.length).toBe(MAX_SHEET_NAME);
    // Never a trailing apostrophe or half a character (an emoji is two UTF-16 units).
    expect(numberedSheetName([], `${"x".repeat(29)}'😀`)).toBe("x".repeat(29));
    expect(numberedSheetName([], `'${"y".repeat(29)}😀`)).toBe(`${"y".repeat(29)}😀`);
  });
});

describe("replace: the newest sheet of the same analysis that is still ours", () => {
  const older = sheet("Tornado NPV", header("tornado", "2026-11-20 08:00:00 UTC"));
  const newer = sheet("Tornado CAC", header("tornado", "2026-11-21 08:00:00 UTC"));
  const other = sheet("Sens NPV Price", header("sensitivity", "2026-11-22 08:00:00 UTC"));
  const user = sheet("Tornado NPV 2", [["my tornado notes"]]);

  it("writes a new sheet unless asked to replace", () => {
    const info = { sheets: [older, newer, other, user], tables: [] };
    expect(chooseOutputSheet(info, { analysis: "tornado", preferred: "Tornado NPV" })).toEqual({
      name: "Tornado NPV 3",
      replace: false,
    });
  });

  it("replaces the newest of ours by the run time it records, not the first or the last sheet", () => {
    const info = { sheets: [newer, older, other, user], tables: [] };
    const request = { analysis: "tornado" as const, preferred: "Tornado NPV", replace: true };
    expect(chooseOutputSheet(info, request)).toEqual({ name: "Tornado CAC", replace: true });
  });

  it("never replaces an edited sheet, a user's sheet or another analysis' sheet", () => {
    const edited = sheet("Tornado CAC", header("tornado", "2026-11-21 08:00:00 UTC"), {
      ...inside,
      rows: 31,
    });
    const request = { analysis: "tornado" as const, preferred: "Tornado NPV", replace: true };
    expect(chooseOutputSheet({ sheets: [older, edited], tables: [] }, request)).toEqual({
      name: "Tornado NPV",
      replace: true,
    });
    expect(chooseOutputSheet({ sheets: [edited, other, user], tables: [] }, request)).toEqual({
      name: "Tornado NPV",
      replace: false,
    });
  });

  it("recognises the analysis by its code, whatever language the label is in", () => {
    expect(readAnalysis(header("tornado", "2026-11-20 08:00:00 UTC", "分析"))).toBe("tornado");
    expect(readAnalysis(header("Tornado", "2026-11-20 08:00:00 UTC"))).toBeNull();
    expect(readAnalysis([["My sheet"], [ANALYSIS_LABEL, "tornado"]])).toBeNull();
  });
});

describe("replace through the services", () => {
  it("a tornado run with replace rewrites the tornado sheet, never the results sheet", async () => {
    const wb = new MemoryWorkbook();
    const model = exampleModel();
    const result = runModel(model);
    const base = { model, inputs: {}, now: NOW, version: VERSION };
    await writeResults(wb, { ...base, result, mode: "values" });
    const tornado = {
      metric: "npv",
      swing: 0.2,
      rows: [{ driver: "segment[*].price", low: 1, base: 2, high: 3, swing: 2 }],
    };
    expect((await writeTornado(wb, { ...base, tornado })).name).toBe("Tornado NPV");
    expect((await writeTornado(wb, { ...base, tornado })).name).toBe("Tornado NPV 2");
    const replaced = await writeTornado(wb, { ...base, tornado, replace: true });
    expect(replaced.name).toBe("Tornado NPV 2");
    expect(wb.sheetNames()).toEqual(["Results", "Tornado NPV", "Tornado NPV 2"]);
    // The tornado's audit has a Question row (row 5), so its Analysis row is the tenth.
    expect(wb.values("Tornado NPV 2", { row: 9, column: 0, rows: 1, columns: 2 })).toEqual([
      ["Analysis", "tornado"],
    ]);
  });
});
