/**
 * `npm install` on the oldest Node the README promises prints no EBADENGINE: every package in the
 * lockfile accepts the project's own minimum (package.json `engines.node`).
 */
import { readFileSync } from "fs";
import path from "path";
import semver from "semver";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Record<string, unknown>;

test("every locked package accepts the Node version the project requires", () => {
  const range = (read("package.json").engines as { node: string }).node;
  const oldest = semver.minVersion(range)?.version ?? "";
  const packages = read("package-lock.json").packages as Record<
    string,
    { engines?: { node?: string } | string[] }
  >;
  const refusing = Object.entries(packages).flatMap(([name, entry]) => {
    const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    return wanted !== undefined && !semver.satisfies(oldest, wanted) ? [`${name}: ${wanted}`] : [];
  });
  expect(refusing).toEqual([]);
  expect(readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain(
    `Node ${oldest.replace(/\.0$/, "")} or later`
  );
});
