/**
 * `gtm` as a process at its edges (issue 10): a closed output pipe ends it quietly (exit 0), and
 * SIGINT / SIGTERM during a write leave no temporary file behind.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { inputJsonPath, REPO_ROOT, tempDir } from "./helpers";

jest.setTimeout(60_000);

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const BIN = path.join(REPO_ROOT, "bin", "gtm.js");

/** A model whose --json result is a few megabytes (more than a pipe holds). */
function largeJson(): string {
  const base = JSON.parse(fs.readFileSync(inputJsonPath("direct-vs-partner"), "utf8")) as {
    channels: Record<string, unknown>[];
    segments: Record<string, unknown>[];
  };
  const file = path.join(dir, "large.json");
  fs.writeFileSync(
    file,
    JSON.stringify({
      assumptions: { horizon: 120, periodUnit: "month" },
      segments: base.segments,
      channels: Array.from({ length: 400 }, (_, i) => ({ ...base.channels[0], name: `C${i}` })),
    })
  );
  return file;
}

it("gtm run --json | head -c 10: a closed pipe ends the process quietly with exit 0", async () => {
  const child = spawn(process.execPath, [BIN, "run", largeJson(), "--json"], {
    env: { ...process.env, GTM_FROM_SOURCES: "1" },
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  let first = "";
  child.stdout.once("data", (chunk: Buffer) => {
    first = chunk.toString().slice(0, 10);
    child.stdout.destroy();
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(first).toBe('{\n  "chann');
  expect(stderr).toBe("");
  expect(code).toBe(0);
});

it.each(["SIGTERM", "SIGINT"] as const)(
  "%s while the output is being written removes the temporary file",
  (signal) => {
    const out = path.join(dir, `signal-${signal}.xlsx`);
    // writeAtomically of 256 MB, interrupted by the signal as soon as its temporary file exists.
    const script = path.join(dir, `write-${signal}.ts`);
    fs.writeFileSync(
      script,
      `import * as fs from "node:fs";
import { writeAtomically } from ${JSON.stringify(path.join(REPO_ROOT, "src", "cli", "files"))};
const watcher = fs.watch(${JSON.stringify(dir)}, (_event, name) => {
  if (String(name).endsWith(".tmp")) { watcher.close(); process.kill(process.pid, ${JSON.stringify(signal)}); }
});
void writeAtomically(${JSON.stringify(out)}, new Uint8Array(256 * 1024 * 1024), { force: false, command: "run" })
  .then(() => { console.log("finished"); watcher.close(); });
`
    );
    const child = spawnSync(process.execPath, ["--require", "tsx/cjs", script], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(child.stdout).toBe("");
    expect(child.signal).toBe(signal);
    expect(fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(fs.existsSync(out)).toBe(false);
  }
);
