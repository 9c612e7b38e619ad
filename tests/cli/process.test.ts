/**
 * `gtm` as a real process, both ways bin/gtm.js can start it: the compiled file that
 * `npm install` builds (build/cli/gtm.js, run directly here so that it is surely the one tested)
 * and the TypeScript sources through tsx (bin/gtm.js with GTM_FROM_SOURCES=1).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { expected, LIBREOFFICE_XLSX, mismatches, REPO_ROOT, tempDir } from "./helpers";
import { sha256 } from "./run.helpers";

jest.setTimeout(120_000);

const BIN = path.join(REPO_ROOT, "bin", "gtm.js");
const COMPILED = path.join(REPO_ROOT, "build", "cli", "gtm.js");

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts", "build-cli.js")], {
    encoding: "utf8",
    env: { ...process.env, GTM_BUILD_STRICT: "1" },
  });
  expect(build.status).toBe(0);
});
afterAll(() => cleanup());

describe.each([
  ["build/cli/gtm.js", "0"],
  ["bin/gtm.js from the sources", "1"],
])("%s", (_label, fromSources) => {
  function gtm(...argv: string[]): { code: number | null; stdout: string; stderr: string } {
    const child = spawnSync(process.execPath, [fromSources === "1" ? BIN : COMPILED, ...argv], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, GTM_FROM_SOURCES: fromSources },
    });
    return { code: child.status, stdout: child.stdout, stderr: child.stderr };
  }

  it("prints its version and help", () => {
    const { version } = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")
    ) as { version: string };
    expect(gtm("--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    const help = gtm("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^gtm — GTM Modeler on the command line/);
  });

  it("round trip: gtm sample, then gtm run --json reproduces the example's result", () => {
    const out = path.join(dir, `sample-${fromSources}.xlsx`);
    expect(gtm("sample", out).code).toBe(0);
    const run = gtm("run", out, "--json");
    expect(run.code).toBe(0);
    expect(mismatches(JSON.parse(run.stdout), expected("direct-vs-partner").result)).toEqual([]);
  });

  it("gtm sensitivity on the LibreOffice workbook reproduces the expected grid", () => {
    const want = expected("direct-vs-partner").grid;
    const run = gtm(
      "sensitivity",
      LIBREOFFICE_XLSX,
      ...[
        "--x",
        want.x.driver,
        "--values",
        "0.8:1.2:5",
        "--y",
        want.y.driver,
        "--y-values",
        "0.8:1.2:3",
        "--mode",
        "scale",
        "--metric",
        "npv",
        "--json",
      ]
    );
    expect(run.code).toBe(0);
    const grid = JSON.parse(run.stdout);
    expect([grid.x, grid.y]).toEqual([want.x.values, want.y.values]);
    expect(mismatches(grid.values, want.values)).toEqual([]);
  });

  it("a rate of 25: exit 1, the exact message, no output, input unchanged", () => {
    const input = path.join(dir, `rate25-${fromSources}.json`);
    const json = JSON.parse(
      fs.readFileSync(
        path.join(REPO_ROOT, "..", "shared", "examples", "online-launch.input.json"),
        "utf8"
      )
    );
    json.channels[0].conversion = 25;
    fs.writeFileSync(input, JSON.stringify(json));
    const before = sha256(input);
    const out = path.join(dir, `never-${fromSources}.xlsx`);
    expect(gtm("run", input, "--out", out)).toEqual({
      code: 1,
      stdout: "",
      stderr: "Channels (Self-serve, conversion): 25 is not between 0 and 1 — enter 25% or 0.25\n",
    });
    expect(fs.existsSync(out)).toBe(false);
    expect(sha256(input)).toBe(before);
  });

  it("an unknown command: exit 2 with a hint", () => {
    expect(gtm("plot")).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'gtm: unknown command "plot" (sample, run, sensitivity, tornado, scenarios, breakeven, allocate or simulate) — see gtm --help\n',
    });
  });
});

it("bin/gtm.js as npm links it: runs whichever is current", () => {
  const child = spawnSync(process.execPath, [BIN, "--version"], { cwd: dir, encoding: "utf8" });
  expect(child.status).toBe(0);
  expect(child.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
});
