/**
 * Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium (or a
 * chromium-browser / google-chrome on the PATH's usual places). playwright-core drives it;
 * `npx playwright install` cannot download browsers on these machines.
 */
const fs = require("fs");

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** The Chromium executable to use, or null when none is installed. */
function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return fs.existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  return CANDIDATES.find((file) => fs.existsSync(file)) || null;
}

/** Flags for a quiet, offline, headless run (Playwright adds --headless and a fresh profile). */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

module.exports = { findChromium, CHROMIUM_ARGS };
