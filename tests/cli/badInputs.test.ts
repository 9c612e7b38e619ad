/**
 * Bad inputs: exit 1, each problem one exact line on stderr (sheet!cell, table, row, field, what is
 * valid), no output file created (not even a temporary one), and the input byte for byte unchanged.
 * Usage errors: exit 2 with one exact line pointing to --help, before any file is read.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { inputJsonPath, REPO_ROOT, tempDir } from "./helpers";
import { gtm, openXlsx, sha256 } from "./run.helpers";

/** An --out path in a folder that does not exist. */
const MISSING_OUT = path.join(os.tmpdir(), "gtm-cli-test-no-such-folder", "out.xlsx");

let dir: string;
let cleanup: () => void;
let sample: string;

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  sample = path.join(dir, "sample.xlsx");
  expect((await gtm("sample", sample)).code).toBe(0);
});
afterAll(() => cleanup());

/** A copy of the sample with `edit` applied, saved under `name`. */
async function variant(name: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = await openXlsx(sample);
  edit(workbook);
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

function channels(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet("Channels");
  if (sheet === undefined) throw new Error("the sample has no Channels sheet");
  return sheet;
}

/** Runs every command on `file` with --out; each must fail with exactly `stderr`, writing nothing. */
async function expectRefused(file: string, stderr: string): Promise<void> {
  const before = fs.existsSync(file) ? sha256(file) : null;
  const listing = fs.readdirSync(dir).sort();
  const out = path.join(dir, "never-written.xlsx");
  const commands = [
    ["run", file, "--out", out],
    ["run", file, "--json"],
    [
      "sensitivity",
      file,
      "--metric",
      "npv",
      "--x",
      "channel[*].spend",
      "--values",
      "0.9,1.1",
      "--mode",
      "scale",
      "--out",
      out,
    ],
    ["tornado", file, "--metric", "npv", "--out", out],
    ["scenarios", file, "--out", out],
    [
      "breakeven",
      file,
      "--metric",
      "npv",
      "--driver",
      "segment[*].price",
      "--target",
      "0",
      "--out",
      out,
    ],
    ["allocate", file, "--json"],
  ];
  for (const argv of commands) {
    expect(await gtm(...argv)).toEqual({ code: 1, stdout: "", stderr });
  }
  expect(fs.existsSync(out)).toBe(false);
  expect(fs.readdirSync(dir).sort()).toEqual(listing);
  if (before !== null) expect(sha256(file)).toBe(before);
}

describe("bad inputs: exit 1, exact messages, nothing written, input unchanged", () => {
  it("a rate of 25", async () => {
    const file = await variant("rate25.xlsx", (wb) => (channels(wb).getCell("E3").value = 25));
    await expectRefused(
      file,
      "Channels!E3 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25\n"
    );
  });

  it("text in a number field", async () => {
    const file = await variant("text.xlsx", (wb) => (channels(wb).getCell("C2").value = "lots"));
    await expectRefused(file, 'Channels!C2 (Direct sales, spend): "lots" is text, not a number\n');
  });

  it("duplicate names (ignoring case)", async () => {
    const file = await variant(
      "duplicate.xlsx",
      (wb) => (channels(wb).getCell("A3").value = "direct SALES")
    );
    await expectRefused(
      file,
      'Channels!A3 (direct SALES, name): "direct SALES" is used twice (also "Direct sales") — names must be unique, ignoring case\n' +
        'Mix!A3 (Partners, channel): "Partners" is not a channel in the Channels table\n'
    );
  });

  it("an Excel error value in a cell", async () => {
    const file = await variant(
      "error.xlsx",
      (wb) => (channels(wb).getCell("D2").value = { error: "#DIV/0!" })
    );
    await expectRefused(
      file,
      "Channels!D2 (Direct sales, costPerLead): the cell holds the error #DIV/0! — fix it or clear the cell\n"
    );
  });

  it("a missing sheet", async () => {
    const file = await variant("no-segments.xlsx", (wb) =>
      wb.removeWorksheet(wb.getWorksheet("Segments")!.id)
    );
    await expectRefused(
      file,
      `${file}: no Excel table or sheet named "Segments" (the workbook has sheets Channels, Mix, Assumptions, Scenarios, Bounds, Uncertainty, Correlations, GTM Model)\n`
    );
  });

  it("a corrupt (truncated) workbook", async () => {
    const file = path.join(dir, "truncated.xlsx");
    fs.writeFileSync(file, fs.readFileSync(sample).subarray(0, 3000));
    await expectRefused(
      file,
      `${file}: the workbook is damaged and cannot be read (the zip file has no central directory — it is truncated or not a zip file)\n`
    );
  });

  it("a file that is not an .xlsx workbook", async () => {
    const file = path.join(dir, "channels.xlsx");
    fs.writeFileSync(file, "Channel,Spend\nDirect,100\n");
    await expectRefused(
      file,
      `${file}: not an .xlsx workbook — save it from Excel or LibreOffice as an Excel Workbook (.xlsx)\n`
    );
  });

  it("an old .xls (or password-protected) workbook", async () => {
    const file = path.join(dir, "old.xls");
    fs.writeFileSync(
      file,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    );
    await expectRefused(
      file,
      `${file}: an Excel 97-2003 (.xls) or password-protected workbook — save it as an Excel Workbook (.xlsx) without a password\n`
    );
  });

  it("a missing file", async () => {
    const file = path.join(dir, "nowhere.xlsx");
    await expectRefused(file, `${file}: no such file\n`);
  });

  it("invalid JSON", async () => {
    const file = path.join(dir, "broken.json");
    fs.writeFileSync(file, "{ channels: [");
    let reason = "";
    try {
      JSON.parse("{ channels: [");
    } catch (error) {
      reason = (error as Error).message;
    }
    await expectRefused(file, `${file}: not valid JSON (${reason})\n`);
  });

  it("an unknown driver, an unknown metric, an out-of-range value: input errors of the model", async () => {
    const json = inputJsonPath("online-launch");
    expect(
      await gtm(
        "sensitivity",
        json,
        "--metric",
        "npv",
        "--x",
        "channel[Nope].spend",
        "--values",
        "1"
      )
    ).toEqual({
      code: 1,
      stdout: "",
      stderr: 'Drivers (channel[Nope].spend): there is no channel named "Nope"\n',
    });
    // In range for any model (checked before reading), past this model's horizon (checked by the model).
    const horizon = (
      JSON.parse(fs.readFileSync(json, "utf8")) as { assumptions: { horizon: number } }
    ).assumptions.horizon;
    expect(
      await gtm("sensitivity", json, "--metric", "npv", "--x", "launchPeriods", "--values", "1,500")
    ).toEqual({
      code: 1,
      stdout: "",
      stderr: `Assumptions (launchPeriods): 500 is not a whole number of periods between 1 and ${horizon} (the horizon)\n`,
    });
  });
});

describe("usage errors: exit 2, one line with a hint to --help", () => {
  const json = (): string => inputJsonPath("online-launch");
  const cases: [string, () => string[], string][] = [
    [
      "no command",
      () => [],
      "gtm: missing command (sample, run, sensitivity, tornado, scenarios, breakeven, allocate or simulate) — see gtm --help\n",
    ],
    [
      "an unknown command",
      () => ["plot"],
      'gtm: unknown command "plot" (sample, run, sensitivity, tornado, scenarios, breakeven, allocate or simulate) — see gtm --help\n',
    ],
    [
      "an unknown global option",
      () => ["--verbose"],
      "gtm: unknown option --verbose (gtm's options: --help, --version; a command's options come after its name) — see gtm --help\n",
    ],
    [
      "a missing input",
      () => ["run"],
      "gtm: missing argument <in.xlsx|in.json> — see gtm run --help\n",
    ],
    [
      "an extra argument",
      () => ["run", json(), "extra"],
      'gtm: unexpected argument "extra" — see gtm run --help\n',
    ],
    [
      "an unknown option (checked before the file)",
      () => ["run", "missing.json", "--bogus"],
      "gtm: unknown option --bogus for gtm run (its options: --channels, --segments, --mix, --assumptions, --json, --out, --force, --replace, --lang, --currency, --help) — see gtm run --help\n",
    ],
    [
      "an option without its value",
      () => ["run", json(), "--out"],
      "gtm: --out needs a value — see gtm run --help\n",
    ],
    [
      "a repeated option",
      () => ["run", json(), "--json", "--json"],
      "gtm: --json is given twice — see gtm run --help\n",
    ],
    [
      "a missing --metric",
      () => ["tornado", json()],
      "gtm: missing option --metric — see gtm tornado --help\n",
    ],
    [
      "a missing --values",
      () => ["sensitivity", json(), "--metric", "npv", "--x", "channel[*].spend"],
      "gtm: missing option --x-values — see gtm sensitivity --help\n",
    ],
    [
      "a value list with text",
      () => [
        "sensitivity",
        json(),
        "--metric",
        "npv",
        "--x",
        "channel[*].spend",
        "--values",
        "1,a",
      ],
      'gtm: --values "1,a" is not a list of numbers — use numbers separated by commas (0.8,1,1.2) or from:to:count (0.8:1.2:5 gives 5 points) — see gtm sensitivity --help\n',
    ],
    [
      "a range with a fractional count",
      () => [
        "sensitivity",
        json(),
        "--metric",
        "npv",
        "--x",
        "channel[*].spend",
        "--values",
        "0.8:1.2:2.5",
      ],
      'gtm: --values "0.8:1.2:2.5": the count of points must be a whole number from 2 to 10000 — see gtm sensitivity --help\n',
    ],
    [
      "--y without --y-values",
      () => [
        "sensitivity",
        json(),
        "--metric",
        "npv",
        "--x",
        "channel[*].spend",
        "--values",
        "1",
        "--y",
        "segment[*].price",
      ],
      "gtm: --y needs --y-values — see gtm sensitivity --help\n",
    ],
    [
      "an unknown mode",
      () => [
        "sensitivity",
        json(),
        "--metric",
        "npv",
        "--x",
        "channel[*].spend",
        "--values",
        "1",
        "--mode",
        "percent",
      ],
      'gtm: --mode "percent" is not value or scale — see gtm sensitivity --help\n',
    ],
    [
      "a swing that is not a number",
      () => ["tornado", json(), "--metric", "npv", "--swing", "twenty"],
      'gtm: --swing "twenty" is not a number — use a share such as 0.2, or 20%, for ±20% — see gtm tornado --help\n',
    ],
    [
      "a table binding with JSON input",
      () => ["run", json(), "--channels", "Sheet1!A1:C4"],
      "gtm: --channels, --segments, --mix and --assumptions name tables in an .xlsx workbook, not in JSON input — see gtm run --help\n",
    ],
    [
      "--out into a folder that does not exist",
      () => ["run", json(), "--out", MISSING_OUT],
      `gtm: --out ${MISSING_OUT}: the folder ${path.dirname(MISSING_OUT)} does not exist — see gtm run --help\n`,
    ],
    [
      "--out onto the input",
      () => ["run", json(), "--out", json()],
      `gtm: --out ${json()} is the input file: the input is never modified — write to another file — see gtm run --help\n`,
    ],
  ];
  it.each(cases)("%s", async (_label, argv, stderr) => {
    expect(await gtm(...argv())).toEqual({ code: 2, stdout: "", stderr });
  });
});

describe("help and version", () => {
  it.each([["--help"], ["-h"], ["help"]])(
    "gtm %s prints every command's usage line",
    async (flag) => {
      const run = await gtm(flag);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      for (const command of [
        "sample",
        "run",
        "sensitivity",
        "tornado",
        "scenarios",
        "breakeven",
        "allocate",
        "simulate",
      ])
        expect(run.stdout).toContain(`\n  gtm ${command} <`);
      expect(run.stdout).toContain(
        "\n  gtm sensitivity <in.xlsx|in.json> --metric M --x DRIVER [options]\n"
      );
    }
  );

  it("gtm --version prints package.json's version", async () => {
    const { version } = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")
    ) as { version: string };
    expect(await gtm("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });
});
