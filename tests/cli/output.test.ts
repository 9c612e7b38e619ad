/**
 * What a finance user reads: the summaries printed without --json (money with $ and thousands
 * separators, rates as %, periods with the model's unit, no NaN / undefined / scientific notation),
 * warnings on stderr, and user text written back as text, never as a formula.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { expected, inputJsonPath, LIBREOFFICE_XLSX, tempDir } from "./helpers";
import { gtm, openXlsx } from "./run.helpers";
import { FIELD_LABELS } from "../../src/model";

const CLEAN = /NaN|undefined|Infinity|\de[+-]\d/;

const DVP = expected("direct-vs-partner");
type Figures = Record<string, number>;

/** The figures of the example as the terminal shows them (the formats are what is tested). */
/** Accounting style, as the sheet's `[$$-409]#,##0_);[Red]([$$-409]#,##0)` renders it. */
const money = (v: number): string => {
  const body = `$${Math.round(Math.abs(v)).toLocaleString("en-US")}`;
  return v < 0 ? `(${body})` : body;
};
/** A price: money with cents (`[$$-409]#,##0.00_)…`, the presentation table's unit economics). */
const cents = (v: number): string =>
  `$${Math.abs(v).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const percent = (v: number): string => `${(v * 100).toFixed(1)}%`;
const one = (v: number): string =>
  v.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A row of the printed table: its label, then each cell, separated by spaces. */
const row = (label: string, cells: string[]): RegExp =>
  new RegExp(`^${[label, ...cells].map(escape).join("\\s+")}$`, "m");

it("gtm run prints the channel and segment summary with money, rates and periods formatted", async () => {
  const run = await gtm("run", inputJsonPath("direct-vs-partner"));
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  const { channels, total, segments } = DVP.result as unknown as {
    channels: (Figures & { name: string })[];
    total: Figures;
    segments: (Figures & { name: string })[];
  };
  const columns = [...channels, total];
  const each = (format: (v: number) => string, field: string): string[] =>
    columns.map((c) => format(c[field]));
  expect(run.stdout.split("\n")[0]).toBe("GTM model over 24 months");
  expect(run.stdout).toMatch(row("Channels", [...channels.map((c) => c.name), "Total"]));
  expect(run.stdout).toMatch(row("Spend", each(money, "spend")));
  expect(run.stdout).toMatch(row("Conversion", each(percent, "conversion")));
  expect(run.stdout).toMatch(
    row(
      "LTV:CAC",
      each((v) => `${v.toFixed(2)}x`, "ltvToCac")
    )
  );
  expect(run.stdout).toMatch(
    row(
      "Payback",
      each((v) => `${v.toFixed(1)} months`, "payback")
    )
  );
  expect(run.stdout).toMatch(row("NPV", each(money, "npv")));
  const enterprise = segments[0];
  expect(run.stdout).toMatch(
    row(enterprise.name, [
      one(enterprise.customers),
      one(enterprise.activeCustomers),
      money(enterprise.revenue),
      money(enterprise.grossProfit),
      percent(enterprise.penetration),
    ])
  );
  expect(run.stdout).not.toMatch(CLEAN);
});

it("undefined figures print as n/a, negative money in parentheses, --currency in place of the model's", async () => {
  const run = await gtm("run", inputJsonPath("online-launch"), "--currency", "eur");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^NPV\s+\(€ 46,902\)\s+\(€ 46,902\)$/m);
  expect(run.stdout).toMatch(/^CAC\s+€ 625\.00\s+€ 625\.00$/m);
  expect(run.stdout).toMatch(
    /^Segment\s+Customers won\s+Active customers at end\s+Revenue\s+Gross profit\s+Penetration$/m
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
    "NPV by Price (all segments), change from each row's value across, Conversion (all channels), change from each row's value down"
  );
  expect(lines[2]).toMatch(
    /^Conversion \(all channels\) \\ Price \(all segments\)\s+-20\.0%\s+-10\.0%\s+0\.0%\s+\+10\.0%\s+\+20\.0%$/
  );
  // The row y = 1 (the second of 0.8, 1, 1.2): the example's grid row.
  expect(lines[5]).toMatch(
    row(
      "0.0%",
      DVP.grid.values[1].map((v) => money(v as number))
    )
  );
  expect(run.stdout).not.toMatch(/\[\*\]|npv/);
});

it("gtm sensitivity over one row's field prints its actual values in the field's format", async () => {
  const run = await gtm(
    "sensitivity",
    inputJsonPath("direct-vs-partner"),
    ...[
      "--metric",
      "npv",
      "--x",
      "segment[Enterprise].price",
      "--values",
      "0.8:1.2:3",
      "--y",
      "channel[Partners].conversion",
      "--y-values",
      "0.8:1.2:3",
      "--mode",
      "scale",
    ]
  );
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\n");
  const input = JSON.parse(fs.readFileSync(inputJsonPath("direct-vs-partner"), "utf8"));
  const price = input.segments.find((s: { name: string }) => s.name === "Enterprise").price;
  const rate = input.channels.find((c: { name: string }) => c.name === "Partners").conversion;
  expect(lines[0]).toBe("NPV by Price (Enterprise) across, Conversion (Partners) down");
  expect(lines[2]).toMatch(
    new RegExp(
      `^${escape("Conversion (Partners) \\ Price (Enterprise)")}\\s+${[0.8, 1, 1.2]
        .map((m) => escape(cents(m * price)))
        .join("\\s+")}$`
    )
  );
  [0.8, 1, 1.2].forEach((m, i) =>
    expect(lines[4 + i].startsWith(`${(m * rate * 100).toFixed(1)}% `)).toBe(true)
  );
});

it("gtm tornado prints low, base, high and swing per driver, largest swing first", async () => {
  const run = await gtm("tornado", LIBREOFFICE_XLSX, "--metric", "npv");
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\n");
  expect(lines[0]).toBe("NPV tornado: each driver scaled by 0.8 and 1.2");
  expect(lines[2]).toMatch(/^Driver\s+Low \(−20%\)\s+Base\s+High \(\+20%\)\s+Swing$/);
  const first = DVP.tornado.rows[0] as Figures & { driver: string };
  // The driver in words, as the sheet names it: `segment[*].grossMargin` → `Gross margin (all segments)`.
  const [, kind, field] = /^(channel|segment)\[\*\]\.(\w+)$/.exec(first.driver) ?? [];
  expect(kind).toBeDefined();
  const words = `${FIELD_LABELS[field].label} (all ${kind}s)`;
  expect(lines[4]).toMatch(
    row(words, [money(first.low), money(first.base), money(first.high), money(first.swing)])
  );
  // The LibreOffice workbook's "Name | Value" header row of the assumptions is reported, not fatal.
  expect(run.stderr).toBe(
    'warning: Assumptions!A1: "Name" is not an assumption (horizon, period unit, discount rate, launch periods, currency); the row is ignored\n'
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
    const sheet = (await openXlsx(out)).getWorksheet("Results")!;
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

it("money is in the model's currency assumption; every periods figure one style", async () => {
  const { dir, cleanup } = tempDir();
  try {
    const model = JSON.parse(fs.readFileSync(inputJsonPath("online-launch"), "utf8"));
    model.assumptions.currency = "CNY";
    const file = path.join(dir, "cny.json");
    fs.writeFileSync(file, JSON.stringify(model));
    const run = await gtm("run", file);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^NPV\s+\(¥46,902\)\s+\(¥46,902\)$/m);
    expect(run.stdout).toMatch(/^Spend\s+¥60,000\s+¥60,000$/m);
    expect(run.stdout).toMatch(/^Payback\s+15\.0 months\s+15\.0 months$/m);
    expect(run.stdout).toMatch(/^Conversion\s+4\.0%\s+4\.0%$/m);
  } finally {
    cleanup();
  }
});
