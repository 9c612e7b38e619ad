/**
 * The command line at the edges (issue 10): hostile names and options, odd files, huge or sparse
 * tables, signals and closed pipes. Every run ends with exit 0, 1 or 2 and one line per problem.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { expected, inputJsonPath, mismatches, tempDir } from "./helpers";
import { columnIndex } from "../../src/workbook/a1";
import { packageProblems } from "./packageCheck";
import { gtm, openXlsx, rerunReplacing } from "./run.helpers";

jest.setTimeout(60_000);

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

interface JsonModel {
  channels: Record<string, unknown>[];
  segments: Record<string, unknown>[];
  mix?: unknown;
  assumptions?: unknown;
}

function example(): JsonModel {
  return JSON.parse(fs.readFileSync(inputJsonPath("direct-vs-partner"), "utf8")) as JsonModel;
}

let counter = 0;
function writeJson(model: unknown, prefix = ""): string {
  const file = path.join(dir, `model-${++counter}.json`);
  fs.writeFileSync(file, prefix + JSON.stringify(model));
  return file;
}

/** The example with its first channel renamed (in the mix too). */
function renamedChannel(name: string): string {
  const model = example();
  const old = String(model.channels[0].name);
  model.channels[0].name = name;
  const mix = model.mix as Record<string, unknown> | undefined;
  if (mix !== undefined && old in mix) {
    mix[name] = mix[old];
    delete mix[old];
  }
  return writeJson(model);
}

describe("options", () => {
  it("--out= (empty) is a usage error before any file is read", async () => {
    const missing = path.join(dir, "no-such-input.xlsx");
    for (const argv of [
      ["run", missing, "--out="],
      ["run", missing, "--out", ""],
      ["tornado", missing, "--metric", "npv", "--out=  "],
    ]) {
      const run = await gtm(...argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`gtm: --out is empty: give it a value — see gtm ${argv[0]} --help\n`);
    }
  });

  it.each([
    ["\uFFFE", '--currency "\\uFFFE" is not a currency code'],
    ['"', '--currency """ is not a currency code'],
    ["\u001b[31m", '--currency "\\x1B[31m" is not a currency code'],
    ["ABCDEFGHIJK", '--currency "ABCDEFGHIJK" is not a currency code'],
    ["€", '--currency "€" is not a currency code — use three letters such as USD, EUR or CNY'],
  ])("--currency %j is a usage error", async (currency, problem) => {
    const run = await gtm("run", inputJsonPath("direct-vs-partner"), "--currency", currency);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr).toContain(problem);
    expect(run.stderr).not.toContain("\u001b");
  });

  it("--out --force never replaces what is not a regular file", async () => {
    // A named pipe in the test's folder stands for a device node (never /dev/null itself: a
    // regression would replace the machine's).
    const fifo = path.join(dir, "pipe.xlsx");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const run = await gtm("run", inputJsonPath("direct-vs-partner"), "--out", fifo, "--force");
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `gtm: --out ${fifo} is not a regular file (a device, pipe or socket): only a regular file is replaced — choose another path — see gtm run --help\n`,
    });
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
    const folder = path.join(dir, "a-folder.xlsx");
    fs.mkdirSync(folder);
    const onFolder = await gtm(
      "run",
      inputJsonPath("direct-vs-partner"),
      "--out",
      folder,
      "--force"
    );
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr).toContain("is a folder");
    const link = path.join(dir, "a-link.xlsx");
    fs.symlinkSync(folder, link);
    const onLink = await gtm("run", inputJsonPath("direct-vs-partner"), "--out", link, "--force");
    expect(onLink.code).toBe(2);
    expect(onLink.stderr).toContain("is a symbolic link");
  });
});

describe("JSON input", () => {
  it("a byte-order mark (Notepad) is accepted", async () => {
    const file = writeJson(example(), "\uFEFF");
    const run = await gtm("run", file, "--json");
    expect(run.code).toBe(0);
    expect(mismatches(JSON.parse(run.stdout), expected("direct-vs-partner").result)).toEqual([]);
  });
});

describe("names a cell cannot hold are refused by cell, never stripped", () => {
  it.each([
    ["Part\u0001ners", "U+0001"],
    ["Part\uFFFEners", "U+FFFE"],
    ["Part\uFDD0ners", "U+FDD0"],
    ["Part\u{10FFFF}ners", "U+10FFFF"],
    ["\u001b[31mRed", "U+001B"],
  ])("%j", async (name, code) => {
    const run = await gtm("run", renamedChannel(name), "--json");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `Channels (row 1, name): the name holds the character ${code}, which an Excel cell cannot hold — remove it\n`
    );
    expect(run.stderr).not.toContain("\u001b");
    expect(run.stdout).toBe("");
  });

  it("a name over 32,767 characters", async () => {
    const run = await gtm("run", renamedChannel("x".repeat(40_000)), "--json");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "Channels (row 1, name): the name is 40,000 characters long — an Excel cell holds at most 32,767\n"
    );
  });

  it("a name with a line break (Alt+Enter) is fine, and shown escaped: one line per problem", async () => {
    const model = example();
    const name = "Part\nners \u009b2J";
    model.channels[0].name = name;
    model.channels[0].conversion = 25;
    model.mix = undefined;
    const run = await gtm("run", writeJson(model), "--json");
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Part\\nners \\x9B2J");
  });
});

/** A valid model of `channels` × `segments` over `horizon` periods (JSON), each channel in every segment. */
function largeModel(channels: number, segments: number, horizon: number): JsonModel {
  const base = example();
  const [segment] = base.segments;
  const [direct] = base.channels;
  return {
    assumptions: { horizon, periodUnit: "month" },
    segments: Array.from({ length: segments }, (_, i) => ({
      ...segment,
      name: `Segment ${i + 1}`,
    })),
    channels: Array.from({ length: channels }, (_, i) => ({ ...direct, name: `Channel ${i + 1}` })),
  };
}

describe("size limits: large valid inputs work, or are refused by name with the limit", () => {
  it("15,000 channels: the Channels table is refused with the limit (no stack overflow)", async () => {
    const run = await gtm("run", writeJson(largeModel(15_000, 1, 12)), "--json");
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: "Channels: the table has 15,000 rows — a model takes at most 1,000 channels\n",
    });
  });

  it("1,000 channels × 101 segments: more channel-segment pairs than a model may have", async () => {
    const run = await gtm("run", writeJson(largeModel(1_000, 101, 12)), "--json");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "Mix: 1,000 channels × 101 segments is more than the 100,000 channel-segment pairs a model may have\n"
    );
  });

  it("1,000 channels (the most) with --out: the results sheet fits Excel and reads back", async () => {
    const out = path.join(dir, "thousand.xlsx");
    const run = await gtm("run", writeJson(largeModel(1_000, 2, 12)), "--out", out);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*: sheet "Results" \(Results!A1:[A-Z]+\d+\)\n/);
    const last = /!A1:([A-Z]+)\d+/.exec(run.stdout)?.[1] ?? "";
    expect(columnIndex(last)).toBeLessThan(16_384);
    expect(await packageProblems(fs.readFileSync(out))).toEqual([]);
    const sheet = (await openXlsx(out)).getWorksheet("Results");
    // The per-period block: 6 groups of 1,000 channels and a total, beside the period column.
    expect(sheet?.columnCount).toBe(columnIndex(last) + 1);
    expect(sheet?.columnCount).toBeGreaterThan(6 * 1_001);
  });

  it("a results sheet past the written-cell limit is refused before anything is written", async () => {
    const out = path.join(dir, "too-many-cells.xlsx");
    const run = await gtm("run", writeJson(largeModel(1_000, 1, 120)), "--out", out);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "Results: the sheet would hold 744,959 cells — the command line writes at most 400,000 to a sheet (the per-period results hold 6 × channels × periods); use --json, or fewer channels, periods or values\n",
    });
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a grid past 40,000 cells is a usage error before any file is read", async () => {
    const run = await gtm(
      ...["sensitivity", path.join(dir, "not-read.xlsx"), "--metric", "npv"],
      ...["--x", "channel[*].spend", "--values", "0.5:1.5:10000"],
      ...["--y", "segment[*].price", "--y-values", "0.5:1.5:10000"]
    );
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "gtm: --values and --y-values: the grid has 100,000,000 cells — at most 40,000 (e.g. 200 × 200): use fewer values — see gtm sensitivity --help\n",
    });
  });

  it("a tornado with too many drivers for a large model is refused with the most it allows", async () => {
    const drivers = Array.from({ length: 50 }, () => "channel[*].spend").join(",");
    const run = await gtm(
      ...["tornado", writeJson(largeModel(1_000, 100, 60)), "--metric", "npv"],
      ...["--drivers", drivers]
    );
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "Drivers (drivers): 50 drivers on this model (1,000 channels × 100 segments × 60 periods) are too many — at most 41\n",
    });
  });

  it("a grid too large for a large model's size is refused with the most it allows", async () => {
    const run = await gtm(
      ...["sensitivity", writeJson(largeModel(1_000, 100, 60)), "--metric", "npv"],
      ...["--x", "channel[*].spend", "--values", "0.5:1.5:100"]
    );
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr:
        "Drivers (values): the grid has 100 cells, and this model (1,000 channels × 100 segments × 60 periods) allows at most 83 — use fewer values\n",
    });
  });
});

describe("figures too large to compute name the cells that make them so", () => {
  it.each([
    ["spend", 1e308],
    ["fixedCost", 1e308],
  ])("a channel's %s of 1E+308 (sheet cell, row, field)", async (field, value) => {
    const sheetFile = path.join(dir, `overflow-${field}.xlsx`);
    // Written as the sample workbook would hold it, then read back from its sheets.
    expect((await gtm("sample", sheetFile)).code).toBe(0);
    const workbook = await openXlsx(sheetFile);
    const sheet = workbook.getWorksheet("Channels");
    if (sheet === undefined) throw new Error("the sample has no Channels sheet");
    let column = 1;
    while (
      column < 30 &&
      sheet.getCell(1, column).text.replace(/\s/g, "").toLowerCase() !== field.toLowerCase()
    )
      column++;
    const label = sheet.getCell(2, 1).text;
    sheet.getCell(2, column).value = value;
    await workbook.xlsx.writeFile(sheetFile);
    const run = await gtm("run", sheetFile, "--json");
    expect(run.code).toBe(1);
    const address = `Channels!${sheet.getCell(2, column).address}`;
    expect(run.stderr).toBe(
      `${address} (${label}, ${field}): 1E+308 makes the figures too large to compute — check it for a typing error\n`
    );
  });

  it("a segment's price of 1E+308 names the Segments cell, not Channels", async () => {
    const model = example();
    model.segments[1].price = 1e308;
    const run = await gtm("run", writeJson(model), "--json");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Segments (${String(model.segments[1].name)}, price): 1E+308 makes the figures too large to compute — check it for a typing error\n`
    );
  });
});

describe("a user's edit inside the sheet the command wrote is never lost, even with replace", () => {
  let input: string;
  beforeAll(async () => {
    input = path.join(dir, "edit-input.xlsx");
    expect((await gtm("sample", input)).code).toBe(0);
  });

  async function edited(name: string, edit: (sheet: import("exceljs").Worksheet) => void) {
    const first = path.join(dir, `${name}-1.xlsx`);
    expect((await gtm("run", input, "--out", first)).code).toBe(0);
    const workbook = await openXlsx(first);
    const sheet = workbook.getWorksheet("Results");
    if (sheet === undefined) throw new Error("no Results sheet");
    edit(sheet);
    await workbook.xlsx.writeFile(first);
    const second = path.join(dir, `${name}-2.xlsx`);
    expect(await rerunReplacing(first, second)).toBe("Results 2");
    return openXlsx(second);
  }

  it("a note typed into a blank cell inside the written range (Results!D3)", async () => {
    const copy = await edited("note", (sheet) => (sheet.getCell("D3").value = "my note"));
    expect(copy.getWorksheet("Results")?.getCell("D3").value).toBe("my note");
  });

  it("a figure overwritten inside the written range", async () => {
    let address = "";
    const copy = await edited("overwrite", (sheet) => {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (address === "" && typeof cell.value === "number") address = cell.address;
        })
      );
      sheet.getCell(address).value = 42;
    });
    expect(copy.getWorksheet("Results")?.getCell(address).value).toBe(42);
  });

  it("an unchanged sheet is replaced in place; without replace a run adds a new sheet", async () => {
    const first = path.join(dir, "unchanged-1.xlsx");
    const second = path.join(dir, "unchanged-2.xlsx");
    expect((await gtm("run", input, "--out", first)).code).toBe(0);
    const later = new Date("2026-12-01T09:15:00Z");
    expect(await rerunReplacing(first, second, later)).toBe("Results");
    const copy = await openXlsx(second);
    expect(copy.getWorksheet("Results")?.getCell("B3").value).toBe("2026-12-01 09:15:00 UTC");
    expect(copy.worksheets.filter((sheet) => sheet.name.startsWith("Results"))).toHaveLength(1);
    const third = path.join(dir, "unchanged-3.xlsx");
    const run = await gtm("run", first, "--out", third);
    expect(run.stdout).toMatch(/sheet "Results 2" /);
  });
});
