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

/** [what, npm script] — each step is also runnable alone with `npm run <script>`. */
const steps = [
  ["typecheck", "typecheck"],
  ["lint", "lint"],
  ["unit and integration tests", "test:unit"],
  ["production build", "build"],
  ["checks of dist/ (manifest, functions bundle, sizes)", "test:dist"],
  ["browser tests", "test:browser"],
];

/** Runs an npm script with the npm that runs us (npm_execpath), or the npm on the PATH. */
function npmRun(script) {
  const npmCli = process.env.npm_execpath;
  return npmCli && npmCli.endsWith(".js")
    ? run(process.execPath, [npmCli, "run", "--silent", script])
    : run("npm", ["run", "--silent", script]);
}

const started = Date.now();
checkPrerequisites();
steps.forEach(([name, script], index) => {
  console.log(`\n=== npm test ${index + 1}/${steps.length}: ${name} ===`);
  const stepStart = Date.now();
  const result = npmRun(script);
  if (result.status !== 0) fail(`step ${index + 1}/${steps.length} "${name}" failed.`);
  console.log(`--- ${name}: ok (${((Date.now() - stepStart) / 1000).toFixed(1)} s)`);
});
console.log(
  `\nnpm test: all ${steps.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`
);
