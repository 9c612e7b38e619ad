/**
 * Development HTTPS certificates for https://localhost:3000, without sudo.
 *
 * office-addin-dev-certs keeps them in ~/.office-addin-dev-certs/{ca.crt,localhost.crt,localhost.key}.
 * Its `install` command also tries to trust the CA system-wide, which needs sudo; we only use
 * its generator (an offline CA + localhost certificate, 30 days) and hand the files to
 * webpack-dev-server. If generation fails, openssl makes a self-signed localhost certificate.
 * Trusting the CA is left to the developer (the browser/Excel shows a warning until then).
 */
const { execFileSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const directory = path.join(os.homedir(), ".office-addin-dev-certs");
const paths = {
  ca: path.join(directory, "ca.crt"),
  cert: path.join(directory, "localhost.crt"),
  key: path.join(directory, "localhost.key"),
};

/** True when the three files exist and the localhost certificate is valid for another day. */
function usable() {
  if (!Object.values(paths).every((file) => fs.existsSync(file))) return false;
  const certificate = new crypto.X509Certificate(fs.readFileSync(paths.cert));
  return new Date(certificate.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
}

function generateWithOpenssl() {
  fs.mkdirSync(directory, { recursive: true });
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-sha256",
      "-days",
      "30",
      "-subj",
      "/CN=localhost",
      "-addext",
      "subjectAltName=DNS:localhost,IP:127.0.0.1",
      "-keyout",
      paths.key,
      "-out",
      paths.cert,
    ],
    { stdio: "ignore" }
  );
  fs.copyFileSync(paths.cert, paths.ca); // self-signed: the certificate is its own authority
}

/** Makes sure usable certificates exist; returns { ca, cert, key } file paths. */
async function ensureCertificates(log = console.log) {
  if (usable()) return paths;
  log(`Generating development certificates in ${directory} ...`);
  try {
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(paths.ca, paths.cert, paths.key);
  } catch (error) {
    log(`office-addin-dev-certs could not generate them (${error.message}); using openssl.`);
    generateWithOpenssl();
  }
  if (!usable()) throw new Error(`No usable certificates in ${directory}`);
  return paths;
}

module.exports = { ensureCertificates, certificatePaths: paths };
