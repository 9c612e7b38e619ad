/**
 * Monte Carlo (issue 13's targets), on the benchmark model (8 channels × 6 segments × 60 periods)
 * with 3 uncertain drivers and one correlation: 10,000 iterations in process on one core, sampling
 * and statistics included (≤ 0.6 s); `gtm simulate` with 10,000 iterations as a whole process
 * (≤ 1.5 s); and the memory of a million iterations of the example as a whole process (< 300 MB).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadTables, parseUncertaintyTables, simulate, type UncertaintySpec } from "../src/model";
import { benchTables, benchUncertainty } from "./benchModel";
import { measure, type Report } from "./measure";

const ROOT = path.resolve(__dirname, "..");
const GTM = path.join(ROOT, "bin", "gtm.js");
const EXAMPLE = path.resolve(ROOT, "..", "shared", "examples", "direct-vs-partner.input.json");

function benchSpec(): { model: ReturnType<typeof loadTables>["model"]; spec: UncertaintySpec } {
  const { model } = loadTables(benchTables());
  const outcome = parseUncertaintyTables(benchUncertainty(), model);
  if (outcome.spec === null) throw new Error(outcome.errors.map((e) => e.message).join("\n"));
  return { model, spec: outcome.spec };
}

/** Wall-clock milliseconds and peak resident memory (MB, through GNU time) of one process. */
function processRun(args: string[]): { ms: number; mb: number | null } {
  const time = "/usr/bin/time";
  const withTime = fs.existsSync(time);
  const t0 = performance.now();
  const child = withTime
    ? spawnSync(time, ["-f", "GTM_RSS %M", process.execPath, ...args], {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      })
    : spawnSync(process.execPath, args, {
        cwd: ROOT,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
  const ms = performance.now() - t0;
  if (child.status !== 0)
    throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}`);
  const match = /GTM_RSS (\d+)/.exec(child.stderr);
  return { ms, mb: match === null ? null : Number(match[1]) / 1024 };
}

export function benchSimulation(report: Report): void {
  const { model, spec } = benchSpec();
  const inProcess = measure(
    () => simulate(model, spec, { metric: "npv", iterations: 10_000, seed: 1 }),
    {
      minRuns: 3,
      minMs: 3000,
      warmup: 1,
    }
  );
  report(
    "simulation: 10,000 iterations, 8×6×60, 3 drivers, in process",
    inProcess.median,
    "ms",
    600
  );

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gtm-sim-bench-"));
  try {
    const workbook = path.join(dir, "bench-model.xlsx");
    const fixture = spawnSync(
      process.execPath,
      ["--require", "tsx/cjs", path.join(ROOT, "bench", "cliFixture.ts"), workbook],
      { cwd: ROOT }
    );
    if (fixture.status !== 0) throw new Error(`cliFixture failed: ${String(fixture.stderr)}`);
    const args = [GTM, "simulate", workbook, "--metric", "npv", "--iterations", "10000", "--json"];
    processRun(args);
    const times = [0, 1, 2].map(() => processRun(args).ms).sort((a, b) => a - b);
    report(
      "cli: gtm simulate 10,000 iterations, 8×6×60 .xlsx, whole process",
      times[1] as number,
      "ms",
      1500
    );

    const million = processRun([
      GTM,
      "simulate",
      EXAMPLE,
      "--metric",
      "npv",
      "--iterations",
      "1000000",
      "--json",
    ]);
    if (million.mb !== null)
      report(
        "cli: gtm simulate 1,000,000 iterations of the example, peak memory",
        million.mb,
        "MB",
        300
      );
    console.log(
      `     (1,000,000 iterations of the example took ${(million.ms / 1000).toFixed(1)} s as a whole process)`
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
