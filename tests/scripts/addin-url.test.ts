import {
  DEFAULT_PRODUCTION_URL,
  DEV_URL,
  productionUrl,
  rewriteManifest,
} from "../../scripts/addin-url";

describe("production add-in URL", () => {
  test("defaults to the documented URL when ADDIN_URL is unset or blank", () => {
    expect(productionUrl({})).toBe("https://gtm-modeler.example.com/");
    expect(productionUrl({ ADDIN_URL: "  " })).toBe(DEFAULT_PRODUCTION_URL);
  });

  test("takes ADDIN_URL and ends it with a slash", () => {
    expect(productionUrl({ ADDIN_URL: "https://addins.acme.test/gtm" })).toBe(
      "https://addins.acme.test/gtm/"
    );
  });

  test("rejects http, localhost and non-URLs with a message naming ADDIN_URL", () => {
    expect(() => productionUrl({ ADDIN_URL: "http://acme.test/" })).toThrow(
      'ADDIN_URL "http://acme.test/" must start with https://'
    );
    expect(() => productionUrl({ ADDIN_URL: "https://localhost:8443/" })).toThrow(
      'ADDIN_URL "https://localhost:8443/" points at localhost'
    );
    expect(() => productionUrl({ ADDIN_URL: "acme" })).toThrow('ADDIN_URL "acme" is not a URL');
  });

  test("rewriteManifest replaces every development URL, not only the first", () => {
    const xml = `<a v="${DEV_URL}taskpane.html"/><b v="${DEV_URL}functions.js"/><c v="${DEV_URL}x"/>`;
    expect(rewriteManifest(xml, "https://acme.test/gtm/")).toBe(
      '<a v="https://acme.test/gtm/taskpane.html"/><b v="https://acme.test/gtm/functions.js"/>' +
        '<c v="https://acme.test/gtm/x"/>'
    );
  });
});
