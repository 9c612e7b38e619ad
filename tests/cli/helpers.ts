/** Shared test helpers for the command line: where things are, and comparing results to the examples. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const SHARED = path.resolve(REPO_ROOT, "..", "shared");
export const EXAMPLES = path.join(SHARED, "examples");
export const LIBREOFFICE_XLSX = path.join(EXAMPLES, "direct-vs-partner.libreoffice.xlsx");

export const EXAMPLE_NAMES = fs
  .readdirSync(EXAMPLES)
  .filter((name) => name.endsWith(".input.json"))
  .map((name) => name.replace(/\.input\.json$/, ""))
  .sort();

export interface Expected {
  result: Record<string, unknown>;
  tornado: { metric: string; swing: number; rows: Record<string, unknown>[] };
  grid: {
    metric: string;
    mode: string;
    x: { driver: string; values: number[] };
    y: { driver: string; values: number[] };
    values: (number | null)[][];
  };
  tables: Record<string, unknown[][]>;
}

export function expected(name: string): Expected {
  return JSON.parse(
    fs.readFileSync(path.join(EXAMPLES, `${name}.expected.json`), "utf8")
  ) as Expected;
}

export function inputJsonPath(name: string): string {
  return path.join(EXAMPLES, `${name}.input.json`);
}

/**
 * Every number in `want` matches `got` to a relative 1e-9 (absolute 1e-9 near zero); every other
 * value is equal. Keys of `got` that `want` lacks are ignored. Returns the mismatches (empty = equal).
 */
export function mismatches(got: unknown, want: unknown, at = "$"): string[] {
  if (typeof want === "number") {
    if (typeof got !== "number") return [`${at}: expected ${want}, got ${JSON.stringify(got)}`];
    const ok = Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
    return ok ? [] : [`${at}: expected ${want}, got ${got}`];
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length)
      return [
        `${at}: expected an array of ${want.length}, got ${JSON.stringify(got)?.slice(0, 80)}`,
      ];
    return want.flatMap((item, i) => mismatches(got[i], item, `${at}[${i}]`));
  }
  if (typeof want === "object" && want !== null) {
    if (typeof got !== "object" || got === null)
      return [`${at}: expected an object, got ${JSON.stringify(got)}`];
    return Object.entries(want).flatMap(([key, value]) =>
      mismatches((got as Record<string, unknown>)[key], value, `${at}.${key}`)
    );
  }
  return got === want
    ? []
    : [`${at}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`];
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gtm-cli-test-"));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
