/**
 * Speed of the `gtm` command line as a user runs it: a whole process, start-up to exit, on the
 * benchmark model written to a temporary .xlsx (8 channels × 6 segments × 60 periods, mix,
 * capacities). Target (issue 6): `gtm sensitivity` with a 101 × 101 grid ≤ 2 s end to end.
 * The compiled command (build/cli/gtm.js, what `npm install` leaves) is rebuilt first, so the
 * figures are those of an installed checkout.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import type { Report } from "./measure";

const ROOT = path.resolve(__dirname, "..");
const GTM = path.join(ROOT, "bin", "gtm.js");

function run(args: string[]): { ms: number; stdout: string } {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (child.status !== 0)
    throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}`);
  return { ms, stdout: child.stdout };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Runs `args` once to warm the file cache, then `runs` times; checks each output; the median. */
function timeProcess(args: string[], runs: number, check: (stdout: string) => void): number {
  check(run(args).stdout);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, stdout } = run(args);
    check(stdout);
    times.push(ms);
  }
  return median(times);
}

/**
 * CPU seconds (user + system) of one run, through GNU time where the machine has it; null
 * otherwise. Printed beside the wall-clock figure: on a busy shared machine the two differ.
 */
function cpuMs(args: string[]): number | null {
  const time = "/usr/bin/time";
  if (!fs.existsSync(time)) return null;
  const child = spawnSync(time, ["-f", "GTM_CPU %U %S", process.execPath, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const match = /GTM_CPU ([0-9.]+) ([0-9.]+)/.exec(child.stderr);
  return child.status === 0 && match !== null ? (Number(match[1]) + Number(match[2])) * 1000 : null;
}

/** Peak resident memory (MB) and wall time of one whole run, through GNU time; null without it. */
function peak(args: string[]): { mb: number; ms: number } | null {
  const time = "/usr/bin/time";
  if (!fs.existsSync(time)) return null;
  const t0 = performance.now();
  const child = spawnSync(time, ["-f", "GTM_PEAK %M", process.execPath, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  const match = /GTM_PEAK (\d+)/.exec(child.stderr);
  if (child.status !== 0 || match === null)
    throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr.slice(0, 500)}`);
  return { mb: Number(match[1]) / 1024, ms };
}

/**
 * Peak memory of the largest accepted input: 1,000 channels (the model's limit) × 6 segments × 60
 * periods in an .xlsx — `gtm run --json`, `gtm run --out` (a results sheet of ~370,000 cells, near
 * the 400,000 written-cell limit) and the largest sensitivity grid the work limit allows it
 * (500,000,000 / (1,000 × 6 × 60) = 1,388 cells).
 */
function benchLimits(report: Report, dir: string): void {
  const workbook = path.join(dir, "limits-model.xlsx");
  run(["--require", "tsx/cjs", path.join(ROOT, "bench", "cliFixture.ts"), workbook, "1000"]);
  const cases: [string, string[]][] = [
    ["gtm run --json", [GTM, "run", workbook, "--json"]],
    ["gtm run --out", [GTM, "run", workbook, "--out", path.join(dir, "limits-out.xlsx")]],
    [
      "gtm sensitivity (1,388 cells)",
      [GTM, "sensitivity", workbook, "--metric", "npv", "--x", "channel[*].spend"].concat([
        "--values",
        "0.5:1.5:1388",
        "--json",
      ]),
    ],
  ];
  for (const [label, args] of cases) {
    const measured = peak(args);
    if (measured === null) return;
    report(`cli: peak memory, ${label}, 1,000×6×60 .xlsx`, measured.mb, "MB", 1024);
    console.log(`     (wall time of that run: ${(measured.ms / 1000).toFixed(1)} s)`);
  }
}

/** The bench workbook plus a sheet `Data` of 49,000 rows × 10 numbers: just under the 500,000-cell limit. */
async function nearCellLimit(source: string, out: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(source));
  const rows: string[] = [];
  for (let r = 1; r <= 49_000; r++) {
    let cells = "";
    for (let c = 0; c < 10; c++)
      cells += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r * 10 + c}.25</v></c>`;
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  zip.file(
    "xl/worksheets/data.xml",
    `<worksheet xmlns="${main}"><sheetData>${rows.join("")}</sheetData></worksheet>`
  );
  const edit = async (name: string, change: (xml: string) => string): Promise<void> => {
    zip.file(name, change((await zip.file(name)?.async("string")) ?? ""));
  };
  await edit("xl/workbook.xml", (xml) =>
    xml.replace("</sheets>", `<sheet name="Data" sheetId="99" r:id="rIdData"/></sheets>`)
  );
  await edit("xl/_rels/workbook.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      `<Relationship Id="rIdData" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/></Relationships>`
    )
  );
  await edit("[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    )
  );
  fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

export async function benchCli(report: Report): Promise<void> {
  run([path.join(ROOT, "scripts", "build-cli.js")]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gtm-cli-bench-"));
  try {
    const workbook = path.join(dir, "bench-model.xlsx");
    run(["--require", "tsx/cjs", path.join(ROOT, "bench", "cliFixture.ts"), workbook]);

    const steps = "0.5:1.5:101";
    const gridArgs = [
      GTM,
      "sensitivity",
      workbook,
      ...["--metric", "npv", "--x", "segment[*].price", "--values", steps],
      ...["--y", "channel[*].conversion", "--y-values", steps, "--mode", "scale", "--json"],
    ];
    const grid = timeProcess(gridArgs, 5, (stdout) => {
      const values = (JSON.parse(stdout) as { values: unknown[][] }).values;
      if (values.length !== 101 || values.some((row) => row.length !== 101))
        throw new Error("gtm sensitivity did not print a 101 × 101 grid");
    });
    report("cli: gtm sensitivity 101 × 101, 8×6×60 .xlsx, whole process", grid, "ms", 2000);
    const cpu = cpuMs(gridArgs);
    if (cpu !== null)
      console.log(
        `     (the same run's CPU time, user + system: ${cpu.toFixed(0)} ms; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`
      );

    const model = timeProcess([GTM, "run", workbook, "--json"], 5, (stdout) => {
      if ((JSON.parse(stdout) as { channels: unknown[] }).channels.length !== 8)
        throw new Error("gtm run did not print 8 channels");
    });
    report("cli: gtm run --json, 8×6×60 .xlsx, whole process", model, "ms", 1000);

    const help = timeProcess([GTM, "--help"], 5, (stdout) => {
      if (!stdout.startsWith("gtm — GTM Modeler"))
        throw new Error("gtm --help printed something else");
    });
    report("cli: gtm --help, start-up to exit", help, "ms", 500);
    benchLimits(report, dir);
    const near = path.join(dir, "near-cell-limit.xlsx");
    await nearCellLimit(workbook, near);
    const read = peak([GTM, "run", near, "--json"]);
    if (read !== null) {
      report("cli: peak memory, gtm run --json, 490,000-cell .xlsx", read.mb, "MB", 1024);
      console.log(`     (wall time of that run: ${(read.ms / 1000).toFixed(1)} s)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
