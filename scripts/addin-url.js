/**
 * Where the add-in is served from. manifest.xml is written for the development server
 * (DEV_URL); a production build copies it to dist/ with EVERY occurrence of DEV_URL replaced by
 * the production URL: the ADDIN_URL environment variable, or DEFAULT_PRODUCTION_URL.
 */
const DEV_URL = "https://localhost:3000/";
const DEFAULT_PRODUCTION_URL = "https://gtm-modeler.example.com/";

/** The production base URL from `env.ADDIN_URL` (default DEFAULT_PRODUCTION_URL), ending in "/". */
function productionUrl(env) {
  const raw = (env.ADDIN_URL || "").trim() || DEFAULT_PRODUCTION_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL "${raw}" is not a URL; expected e.g. ${DEFAULT_PRODUCTION_URL}`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_URL "${raw}" must start with https:// (Office loads add-ins over HTTPS only)`
    );
  }
  if (url.hostname === "localhost") {
    throw new Error(`ADDIN_URL "${raw}" points at localhost; use npm start for local development`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest text with every DEV_URL replaced by `baseUrl` (a global replace, not the first only). */
function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_URL).join(baseUrl);
}

module.exports = { DEV_URL, DEFAULT_PRODUCTION_URL, productionUrl, rewriteManifest };
