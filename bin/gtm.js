#!/usr/bin/env node
/* global require, __dirname, process */
"use strict";
/**
 * The `gtm` command. Runs build/cli/gtm.js (compiled by `npm install` → `prepare`) when it is
 * newer than every source it comes from; otherwise runs the TypeScript sources through tsx, so
 * `npx gtm …` works right after `npm install` either way, and never runs stale code after an edit.
 * GTM_FROM_SOURCES=1 forces the sources (the tests run both ways).
 */
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const compiled = path.join(root, "build", "cli", "gtm.js");
const SOURCES = ["src/cli", "src/model", "src/workbook", "package.json"];

function newestSource(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry))
    newest = Math.max(newest, newestSource(path.join(entry, name)));
  return newest;
}

function compiledIsFresh() {
  let built;
  try {
    built = fs.statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
  return SOURCES.every((source) => newestSource(path.join(root, source)) <= built);
}

if (process.env.GTM_FROM_SOURCES !== "1" && compiledIsFresh()) {
  require(compiled).runProcess();
} else {
  require("tsx/cjs");
  require("../src/cli/main.ts").runProcess();
}
