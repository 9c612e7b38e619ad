#!/usr/bin/env node
/**
 * npm start: makes sure development certificates exist (no sudo needed), then builds and serves
 * the add-in at https://localhost:3000 with webpack-dev-server, and prints how to sideload it.
 * Stop with Ctrl+C.
 */
const { spawn } = require("child_process");
const path = require("path");
const { ensureCertificates } = require("./dev-certs");
const { DEV_URL } = require("./addin-url");
const { pages } = require("../webpack.config");

const root = path.resolve(__dirname, "..");

function instructions(certificates) {
  const pageLines = pages.map((page) => `  Page:           ${DEV_URL}${page}`).join("\n");
  return `
GTM Modeler is being served at ${DEV_URL}
${pageLines}
  Functions:      ${DEV_URL}functions.js, ${DEV_URL}functions.json
  Manifest:       ${DEV_URL}manifest.xml  (the file to sideload: ${path.join(root, "manifest.xml")})

Certificate: the server uses ${certificates.cert}. Trust it once: open ${DEV_URL}taskpane.html in
your browser and accept it, or import ${certificates.ca} as a trusted root certificate.

Sideload manifest.xml:
  Excel on the web: open a workbook, Insert > Add-ins (or Home > Add-ins) > More Add-ins >
    Upload My Add-in, and choose manifest.xml. The "GTM Modeler" group appears on the Home tab.
  Excel on Windows: share a folder containing manifest.xml, add it under File > Options >
    Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick "Show in Menu"),
    restart Excel, then Insert > My Add-ins > Shared Folder > GTM Modeler.
  Excel on Mac: copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
    and restart Excel; then Insert > My Add-ins.
Then type =GTM. in a cell to see the functions. Ctrl+C stops the server.
`;
}

async function main() {
  const certificates = await ensureCertificates();
  const webpack = require.resolve("webpack-cli/bin/cli.js");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], {
    cwd: root,
    stdio: ["inherit", "pipe", "inherit"],
  });
  let announced = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with \d+ warnings?)/.test(chunk.toString())) {
      announced = true;
      console.log(instructions(certificates));
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(signal ? 0 : (code ?? 1)));
}

main().catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
