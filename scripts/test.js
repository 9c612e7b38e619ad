#!/usr/bin/env node
/**
 * npm test: every check, in order, stopping at the first failure.
 *   0. prerequisites: Node >= 20, node_modules, Chromium (installed from Debian's packages when
 *      running as root; otherwise one line saying what to run)
 *   1. typecheck   2. lint   3. jest (unit + integration)   4. production build
 *   5. checks of dist/ (manifest, functions bundle, sizes)   6. browser tests
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
process.chdir(root);

function fail(message) {
  console.error(`\nnpm test: ${message}`);
  process.exit(1);
}

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: "inherit", ...options });
}

function checkPrerequisites() {
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 20) fail(`Node ${process.versions.node} is too old: install Node 20 or later.`);
  if (!fs.existsSync(path.join(root, "node_modules", ".bin", "jest"))) {
    fail("dependencies are not installed: run `npm install` (or `npm ci`) first.");
  }
  const { findChromium } = require("./chromium");
  if (findChromium()) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = fs.existsSync("/usr/bin/apt-get");
  if (process.env.CHROMIUM_PATH || !isRoot || !hasApt) {
    fail(
      process.env.CHROMIUM_PATH
        ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist: point it at a Chromium executable.`
        : "Chromium is missing for the browser tests: run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROMIUM_PATH)."
    );
  }
  console.log("Chromium is missing: installing Debian's chromium package (apt-get) ...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  // Wait for another apt-get (an unattended upgrade, a parallel install) instead of failing at once.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  for (const args of [
    [...lock, "update"],
    [...lock, "install", "-y", "chromium"],
  ]) {
    if (run("apt-get", args, { env }).status !== 0) {
      fail(
        `\`apt-get ${args.join(" ")}\` failed: install Chromium (apt-get install -y chromium) and re-run.`
      );
    }
  }
  if (!findChromium()) fail("apt-get installed chromium but /usr/bin/chromium is still missing.");
}

/** [what, npm script, runs jest] — each step is also runnable alone with `npm run <script>`. */
const steps = [
  ["typecheck", "typecheck", false],
  ["lint", "lint", false],
  ["unit and integration tests", "test:unit", true],
  ["production build", "build", false],
  ["checks of dist/ (manifest, functions bundle, sizes)", "test:dist", true],
  ["browser tests", "test:browser", true],
];

/** Runs an npm script with the npm that runs us (npm_execpath), or the npm on the PATH. */
function npmRun(script, extra) {
  const args = ["run", "--silent", script, ...(extra.length > 0 ? ["--", ...extra] : [])];
  const npmCli = process.env.npm_execpath;
  return npmCli && npmCli.endsWith(".js")
    ? run(process.execPath, [npmCli, ...args])
    : run("npm", args);
}

/** Test counts over every jest step, read from jest's JSON report of each. */
const counts = { passed: 0, failed: 0, skipped: 0 };
const reportDir = fs.mkdtempSync(path.join(require("os").tmpdir(), "gtm-test-"));
process.on("exit", () => fs.rmSync(reportDir, { recursive: true, force: true }));

function addCounts(reportFile) {
  if (!fs.existsSync(reportFile)) return;
  const report = JSON.parse(fs.readFileSync(reportFile, "utf8"));
  counts.passed += report.numPassedTests;
  counts.failed += report.numFailedTests;
  counts.skipped += report.numPendingTests + report.numTodoTests;
}

const countsLine = () =>
  `tests: ${counts.passed} passed, ${counts.failed} failed` +
  (counts.skipped > 0 ? `, ${counts.skipped} skipped` : "");

const started = Date.now();
checkPrerequisites();
steps.forEach(([name, script, isJest], index) => {
  console.log(`\n=== npm test ${index + 1}/${steps.length}: ${name} ===`);
  const stepStart = Date.now();
  const reportFile = path.join(reportDir, `${script.replace(/\W/g, "-")}.json`);
  const result = npmRun(script, isJest ? ["--json", `--outputFile=${reportFile}`] : []);
  if (isJest) addCounts(reportFile);
  if (result.status !== 0) {
    if (counts.passed + counts.failed > 0) console.log(`\n${countsLine()}`);
    fail(`step ${index + 1}/${steps.length} "${name}" failed.`);
  }
  console.log(`--- ${name}: ok (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`);
});
console.log(
  `\nnpm test: all ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`
);
// The closing line, in the plain form CI reads: every jest test of every step.
console.log(countsLine());
