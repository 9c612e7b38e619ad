/**
 * What a finance user reads: the summaries printed without --json (money with $ and thousands
 * separators, rates as %, periods with the model's unit, no NaN / undefined / scientific notation),
 * warnings on stderr, and user text written back as text, never as a formula.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { inputJsonPath, LIBREOFFICE_XLSX, tempDir } from "./helpers";
import { gtm, openXlsx } from "./run.helpers";

const CLEAN = /NaN|undefined|Infinity|\de[+-]\d/;

it("gtm run prints the channel and segment summary with money, rates and periods formatted", async () => {
  const run = await gtm("run", inputJsonPath("direct-vs-partner"));
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  const lines = run.stdout.split("\n");
  expect(lines[0]).toBe("GTM model over 24 months");
  expect(lines).toContain("Channels                      Direct sales    Partners       Total");
  expect(lines).toContain("Spend                             $960,000    $480,000  $1,440,000");
  expect(lines).toContain("Conversion                            7.3%        9.5%        8.4%");
  expect(lines).toContain("LTV:CAC                              9.02x      15.24x      10.68x");
  expect(lines).toContain("Payback                         5.3 months  2.8 months  4.3 months");
  expect(lines).toContain("NPV                               $846,352  $1,095,281  $1,941,633");
  expect(lines).toContain(
    "Enterprise          174.1          158.2  $4,386,428    $3,160,897        19.3%"
  );
  expect(run.stdout).not.toMatch(CLEAN);
});

it("undefined figures print as n/a, and negative money with a sign", async () => {
  const run = await gtm("run", inputJsonPath("online-launch"), "--currency", "€");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^NPV\s+-€46,902\s+-€46,902$/m);
  expect(run.stdout).toMatch(
    /^Segment\s+Customers won\s+Active at end\s+Revenue\s+Gross profit\s+Penetration$/m
  );
  expect(run.stdout).toMatch(/^SMB .* n\/a$/m);
  expect(run.stdout).not.toMatch(CLEAN);
});

it("gtm sensitivity prints the grid with the metric's format, X across and Y down", async () => {
  const run = await gtm(
    "sensitivity",
    inputJsonPath("direct-vs-partner"),
    ...[
      "--metric",
      "npv",
      "--x",
      "segment[*].price",
      "--values",
      "0.8:1.2:5",
      "--y",
      "channel[*].conversion",
      "--y-values",
      "0.8:1.2:3",
      "--mode",
      "scale",
    ]
  );
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\n");
  expect(lines[0]).toBe(
    "NPV by segment[*].price (× baseline) across, channel[*].conversion (× baseline) down"
  );
  expect(lines[2]).toMatch(
    /^channel\[\*\]\.conversion \\ segment\[\*\]\.price\s+0\.8\s+0\.9\s+1\s+1\.1\s+1\.2$/
  );
  expect(lines[5]).toMatch(
    /^1\s+\$1,345,268\s+\$1,644,139\s+\$1,941,633\s+\$2,237,961\s+\$2,531,940$/
  );
});

it("gtm tornado prints low, base, high and swing per driver, largest swing first", async () => {
  const run = await gtm("tornado", LIBREOFFICE_XLSX, "--metric", "npv");
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\n");
  expect(lines[0]).toBe("NPV tornado: each driver scaled by 0.8 and 1.2");
  expect(lines[2]).toMatch(/^Driver\s+Low \(−20%\)\s+Base\s+High \(\+20%\)\s+Swing$/);
  expect(lines[4]).toMatch(
    /^segment\[\*\]\.grossMargin\s+\$1,131,852\s+\$1,941,633\s+\$2,751,414\s+\$1,619,561$/
  );
  // The LibreOffice workbook's "Name | Value" header row of the assumptions is reported, not fatal.
  expect(run.stderr).toBe(
    'warning: Assumptions!A1: "Name" is not an assumption (horizon, period unit, discount rate, launch periods); the row is ignored\n'
  );
});

it("names that look like formulas are written back as text", async () => {
  const { dir, cleanup } = tempDir();
  try {
    const input = JSON.parse(fs.readFileSync(inputJsonPath("online-launch"), "utf8"));
    input.channels[0].name = "=SUM(1,2)";
    input.segments[0].name = "@risk";
    const file = path.join(dir, "formula-names.json");
    fs.writeFileSync(file, JSON.stringify(input));
    const out = path.join(dir, "out.xlsx");
    const run = await gtm("run", file, "--out", out);
    expect(run.code).toBe(0);
    const sheet = (await openXlsx(out)).getWorksheet("GTM Results")!;
    const texts: string[] = [];
    const formulas: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") texts.push(cell.value);
        else if (cell.value !== null && typeof cell.value === "object" && "formula" in cell.value)
          formulas.push(String(cell.value.formula));
      })
    );
    expect(texts).toContain("=SUM(1,2)");
    expect(texts).toContain("@risk");
    expect(formulas).toEqual([]);
  } finally {
    cleanup();
  }
});
