/**
 * Workbooks written by other programs than Excel (tests/cli/packages.ts builds them part by part):
 * each reads to the example's result, or is refused with the cell named — never read wrongly.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { excelSerial } from "../../src/cli/xlsx/cells";
import { preparePackage } from "../../src/cli/xlsx/package";
import { expected, LIBREOFFICE_XLSX, mismatches, tempDir } from "./helpers";
import { foreignPackage, type PackageOptions } from "./packages";
import { gtm } from "./run.helpers";
import JSZip from "jszip";
import { runModel } from "../../src/model";
import { loadModel } from "../../src/cli/load";

const RESULT = expected("direct-vs-partner").result;

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

async function runOn(name: string, options: PackageOptions, ...extra: string[]) {
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await foreignPackage(options));
  return { file, run: await gtm("run", file, "--json", ...extra) };
}

async function expectExampleResult(name: string, options: PackageOptions): Promise<void> {
  const { run } = await runOn(name, options);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(mismatches(JSON.parse(run.stdout), RESULT)).toEqual([]);
}

describe("packages other programs write", () => {
  test("the plain package of the builder reads to the example (the baseline of the cases below)", () =>
    expectExampleResult("plain", {}));

  test("rows and cells without their r attribute are placed by order", () =>
    expectExampleResult("no-positions", { noPositions: true }));

  test("an error in such a file is named by the cell it sits in", async () => {
    const { run } = await runOn("no-positions-bad", {
      noPositions: true,
      cells: { "Channels!E3": { inner: "<v>25</v>" } },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "Channels!E3 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25\n"
    );
  });

  test("SpreadsheetML written with a namespace prefix (<x:worksheet>, <x:c>)", () =>
    expectExampleResult("prefixed", { prefix: "x" }));

  test("absolute relationship targets and worksheet parts not named sheetN.xml", () =>
    expectExampleResult("absolute", { absoluteTargets: true, namedSheetParts: true }));

  test("openpyxl's layout of a table and a comment (xl/comments/comment1.xml, absolute targets)", async () => {
    const { file } = await runOn("table-comment", { tableAndComment: true });
    // The channels are read from the Excel table object (found by its name), not the sheet.
    const loaded = await loadModel(file);
    expect(loaded.inputs.channels?.kind).toBe("table");
    expect(loaded.inputs.channels?.formulaRef).toBe("Channels[#All]");
    expect(mismatches(runModel(loaded.model), RESULT)).toEqual([]);
    // The --out copy keeps the comment (its parts as they were) and the table, and reads the same.
    const out = path.join(dir, "table-comment-out.xlsx");
    expect((await gtm("run", file, "--out", out)).code).toBe(0);
    const [before, after] = await Promise.all(
      [file, out].map((name) => JSZip.loadAsync(fs.readFileSync(name)))
    );
    const commentParts = Object.keys(before.files).filter((name) => /comment|vml/i.test(name));
    expect(commentParts.length).toBeGreaterThan(0);
    for (const name of commentParts)
      expect(await after.file(name)?.async("string")).toBe(
        await before.file(name)?.async("string")
      );
    expect(await after.file("xl/comments/comment1.xml")?.async("string")).toContain(
      "Our sales routes"
    );
    expect((await loadModel(out)).inputs.channels?.formulaRef).toBe("Channels[#All]");
    const again = await gtm("run", out, "--json");
    expect(again.code).toBe(0);
    expect(mismatches(JSON.parse(again.stdout), RESULT)).toEqual([]);
  });

  test("formula results of 0 and of empty text are read (0, and a blank cell)", () =>
    expectExampleResult("falsy-results", {
      cells: {
        // Direct sales' fixed cost (0 in the example): =0*C2 saved as 0.
        "Channels!J2": { inner: "<f>0*C2</f><v>0</v>" },
        // Direct sales' partner margin (blank in the example): =IF(B2="direct","",0.1) saved as
        // empty text — a blank cell.
        "Channels!I2": { attrs: ' t="str"', inner: '<f>IF(B2="direct","",0.1)</f><v></v>' },
      },
    }));

  test("a shared formula without a saved value is named by its own formula", async () => {
    const { run } = await runOn("shared-uncached", {
      cells: {
        "Mix!C2": { inner: '<f t="shared" ref="C2:C3" si="0">1-B2</f>' },
        "Mix!C3": { inner: '<f t="shared" si="0"/>' },
      },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "Mix!C2: the formula =1-B2 has no saved value — open the workbook in Excel or LibreOffice, let it calculate, and save it"
    );
    expect(run.stderr).toContain("Mix!C3: the formula =1-B3 has no saved value");
  });

  test("a workbook that asks to be recalculated when opened: its saved results are not trusted", async () => {
    const { run } = await runOn("full-calc", {
      fullCalcOnLoad: true,
      cells: { "Channels!E3": { inner: "<f>0.05*2</f><v>0</v>" } },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "Channels!E3: the formula =0.05*2 has a saved value that may be out of date (the workbook asks to be recalculated when opened) — open the workbook in Excel or LibreOffice, let it calculate, and save it\n"
    );
    // Without formulas in the inputs, the same workbook reads as usual.
    await expectExampleResult("full-calc-values", { fullCalcOnLoad: true });
  });

  test("numbers with a date format read as their serial number, in the 1904 date system too", async () => {
    // The example's horizon and first conversion, formatted as dates.
    const { tables } = expected("direct-vs-partner");
    const horizon = tables.assumptions.find(([name]) => name === "horizon")?.[1];
    const conversion = tables.channels[1][4];
    const dated = {
      "Assumptions!B1": { attrs: ' s="1"', inner: `<v>${horizon}</v>` },
      "Channels!E2": { attrs: ' s="1"', inner: `<v>${conversion}</v>` },
    };
    await expectExampleResult("dates-1900", { cells: dated });
    await expectExampleResult("dates-1904", { cells: dated, date1904: true });
  });
});

describe("preparePackage", () => {
  test("only the parts the reader needs are handed to exceljs", async () => {
    const bytes = new Uint8Array(fs.readFileSync(LIBREOFFICE_XLSX));
    const prepared = await preparePackage(bytes);
    expect(prepared.recalculate).toBe(false);
    const parts = Object.keys((await JSZip.loadAsync(prepared.bytes)).files).filter(
      (name) => !name.endsWith("/")
    );
    const kept = (name: string): boolean =>
      /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/tables\/table\d+\.xml)$/.test(
        name
      );
    expect(parts.filter((name) => !kept(name))).toEqual([]);
    expect(parts).toContain("xl/worksheets/sheet1.xml");
  });

  test("excelSerial inverts exceljs's date conversion exactly, in both date systems", () => {
    for (const serial of [0.1, 0.35, 24, 45000.25, 2.5e-3]) {
      for (const date1904 of [false, true]) {
        const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000);
        expect(excelSerial(new Date(ms), date1904)).toBe(serial);
      }
    }
  });
});
