#!/usr/bin/env node
"use strict";
/**
 * Compile the `gtm` command line into one CommonJS file, build/cli/gtm.js (run by `npm install`
 * through the `prepare` script, or by `npm run build:cli`). bin/gtm.js runs that file when it is
 * newer than every source it was built from, and the TypeScript sources through tsx otherwise — so
 * `npx gtm` works with or without this step; the compiled file only starts faster (~0.3 s against ~1 s).
 * exceljs and jszip stay outside the bundle (loaded from node_modules on first use).
 */
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const outfile = path.join(root, "build", "cli", "gtm.js");

async function build() {
  const esbuild = require("esbuild");
  await esbuild.build({
    entryPoints: [path.join(root, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["exceljs", "exceljs/*", "jszip", "jszip/*"],
    logLevel: "warning",
    legalComments: "none",
  });
}

build().then(
  () => process.stdout.write(`gtm: compiled ${path.relative(root, outfile)}\n`),
  (error) => {
    // Not fatal for `npm install`: bin/gtm.js then runs the sources through tsx (slower start).
    process.stderr.write(
      `gtm: could not compile the command line (${error && error.message}); npx gtm will run from the sources\n`
    );
    process.exitCode = process.env.GTM_BUILD_STRICT === "1" ? 1 : 0;
  }
);
