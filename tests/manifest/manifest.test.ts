/**
 * Offline checks of the add-in manifest (no XSD covers shared runtimes): manifest.xml as written
 * for the development server, and dist/manifest.xml as the production build rewrote it.
 * Run after `npm run build` (jest.dist.config.js).
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { DEV_URL, productionUrl, rewriteManifest } from "../../scripts/addin-url";
import { commandHandlers } from "../../src/commands/handlers";
import { XmlElement, attribute, descendants, only, parseXml } from "./xml";

const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "dist");
const sourceText = readFileSync(path.join(root, "manifest.xml"), "utf8");
const distText = readFileSync(path.join(dist, "manifest.xml"), "utf8");
const prodUrl = productionUrl(process.env);

const manifests: Array<[string, XmlElement, string]> = [
  ["manifest.xml", parseXml(sourceText), DEV_URL],
  ["dist/manifest.xml", parseXml(distText), prodUrl],
];

/** resource id → DefaultValue, for every bt:Image, bt:Url and bt:String under <Resources>. */
function resources(manifest: XmlElement): Map<string, string> {
  const resourcesElement = only(only(manifest, "VersionOverrides"), "Resources");
  const map = new Map<string, string>();
  for (const kind of ["bt:Image", "bt:Url", "bt:String"]) {
    for (const element of descendants(resourcesElement, kind)) {
      const id = attribute(element, "id");
      if (map.has(id)) throw new Error(`resource id ${id} is defined twice`);
      map.set(id, attribute(element, "DefaultValue"));
    }
  }
  return map;
}

/**
 * Every URL the manifest gives Office: DefaultValue of icons, SourceLocation, bt:Image, bt:Url,
 * and the Value of their language overrides.
 */
function urls(manifest: XmlElement): string[] {
  const withDefault = ["IconUrl", "HighResolutionIconUrl", "SourceLocation", "bt:Image", "bt:Url"];
  return withDefault.flatMap((name) =>
    descendants(manifest, name).flatMap((element) =>
      [
        element.attributes.DefaultValue,
        ...element.children
          .filter((child) => child.name === "Override" || child.name === "bt:Override")
          .map((child) => child.attributes.Value),
      ].filter((value): value is string => value !== undefined)
    )
  );
}

/** The zh-CN Override of an element: its Value, or undefined. */
function chinese(element: XmlElement): string | undefined {
  const override = element.children.find(
    (child) =>
      (child.name === "Override" || child.name === "bt:Override") &&
      child.attributes.Locale === "zh-CN"
  );
  return override?.attributes.Value;
}

function workbookHost(manifest: XmlElement): XmlElement {
  const hosts = only(only(manifest, "VersionOverrides"), "Hosts").children;
  expect(hosts.map((host) => host.attributes["xsi:type"])).toEqual(["Workbook"]);
  return hosts[0];
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(manifests)("%s", (_name, manifest, baseUrl) => {
  const host = () => workbookHost(manifest);
  const runtimeResid = () => attribute(only(only(host(), "Runtimes"), "Runtime"), "resid");

  test("is an Excel task pane add-in with a GUID id, an x.y.z.w version and ReadWriteDocument", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(attribute(manifest, "xsi:type")).toBe("TaskPaneApp");
    expect(only(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(only(manifest, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(only(manifest, "Permissions").text).toBe("ReadWriteDocument");
    expect(descendants(only(manifest, "Hosts"), "Host").map((h) => h.attributes.Name)).toEqual([
      "Workbook",
    ]);
    const sets = descendants(only(manifest, "Requirements"), "Set").map((s) => s.attributes.Name);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime", "CustomFunctionsRuntime"]));
  });

  test("declares one long-lived shared runtime, as the first child of <Host>", () => {
    expect(host().children[0].name).toBe("Runtimes");
    const runtime = only(only(host(), "Runtimes"), "Runtime");
    expect(attribute(runtime, "lifetime")).toBe("long");
  });

  test("uses the runtime's resid for the functions page, the function file and the task pane", () => {
    const resid = runtimeResid();
    const functions = descendants(host(), "ExtensionPoint").filter(
      (point) => point.attributes["xsi:type"] === "CustomFunctions"
    );
    expect(functions).toHaveLength(1);
    expect(attribute(only(only(functions[0], "Page"), "SourceLocation"), "resid")).toBe(resid);
    expect(descendants(host(), "FunctionFile").map((f) => attribute(f, "resid"))).toEqual([resid]);
    const showTaskpane = descendants(host(), "Action").filter(
      (action) => action.attributes["xsi:type"] === "ShowTaskpane"
    );
    expect(showTaskpane.length).toBeGreaterThanOrEqual(1);
    for (const action of showTaskpane) {
      expect(attribute(only(action, "SourceLocation"), "resid")).toBe(resid);
    }
    const defaultPage = only(only(manifest, "DefaultSettings"), "SourceLocation");
    expect(attribute(defaultPage, "DefaultValue")).toBe(resources(manifest).get(resid));
  });

  test("has one task pane: no <TaskpaneId> under the host with the long-lived runtime", () => {
    expect(descendants(host(), "TaskpaneId")).toEqual([]);
    const pages = new Set(
      descendants(host(), "Action")
        .filter((action) => action.attributes["xsi:type"] === "ShowTaskpane")
        .map((action) => attribute(only(action, "SourceLocation"), "resid"))
    );
    expect(pages.size).toBe(1);
  });

  test("puts the custom functions in the GTM namespace, with script and metadata URLs", () => {
    const point = descendants(host(), "ExtensionPoint").find(
      (p) => p.attributes["xsi:type"] === "CustomFunctions"
    ) as XmlElement;
    const resourceMap = resources(manifest);
    expect(resourceMap.get(attribute(only(point, "Namespace"), "resid"))).toBe("GTM");
    const script = attribute(only(only(point, "Script"), "SourceLocation"), "resid");
    const metadata = attribute(only(only(point, "Metadata"), "SourceLocation"), "resid");
    expect(resourceMap.get(script)).toBe(`${baseUrl}functions.js`);
    expect(resourceMap.get(metadata)).toBe(`${baseUrl}functions.json`);
  });

  test("says everything Office shows in Simplified Chinese too (zh-CN Overrides)", () => {
    // "Localization for Office Add-ins": Override children of DisplayName, Description and the
    // resources; the functions' metadata per language (custom-functions-naming).
    for (const name of ["DisplayName", "Description"]) {
      const text = chinese(only(manifest, name));
      expect({ name, text }).toEqual({ name, text: expect.stringMatching(/[\u4e00-\u9fff]/) });
    }
    const resourcesElement = only(only(manifest, "VersionOverrides"), "Resources");
    for (const element of descendants(resourcesElement, "bt:String")) {
      const id = attribute(element, "id");
      // The namespace is what formulas are typed with (=GTM.MODEL): the same in every language.
      const wanted =
        id === "Functions.Namespace" ? undefined : expect.stringMatching(/[\u4e00-\u9fff]/);
      expect({ id, text: chinese(element) }).toEqual({ id, text: wanted });
    }
    const metadata = descendants(resourcesElement, "bt:Url").find(
      (element) => attribute(element, "id") === "Functions.Metadata.Url"
    ) as XmlElement;
    expect(chinese(metadata)).toBe(`${baseUrl}functions-zh-CN.json`);
  });

  test("every resid names a defined resource of at most 32 characters", () => {
    const resourceMap = resources(manifest);
    const referenced = new Set<string>();
    const visit = (element: XmlElement) => {
      if (element.attributes.resid !== undefined) referenced.add(element.attributes.resid);
      element.children.forEach(visit);
    };
    visit(manifest);
    for (const resid of referenced) {
      expect({ resid, defined: resourceMap.has(resid) }).toEqual({ resid, defined: true });
    }
    for (const id of resourceMap.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  test("every URL is under the base URL and names a file the build emits in dist/", () => {
    const all = urls(manifest);
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const url of all) {
      expect(url.startsWith(baseUrl)).toBe(true);
      const file = path.join(dist, url.slice(baseUrl.length));
      expect({ url, emitted: existsSync(file) }).toEqual({ url, emitted: true });
    }
  });

  test("icons are real PNGs of the size the manifest declares", () => {
    const resourceMap = resources(manifest);
    const images = descendants(host(), "bt:Image");
    expect(new Set(images.map((image) => attribute(image, "size")))).toEqual(
      new Set(["16", "32", "80"])
    );
    for (const image of images) {
      const url = resourceMap.get(attribute(image, "resid")) as string;
      const size = Number(attribute(image, "size"));
      expect(pngSize(path.join(dist, url.slice(baseUrl.length)))).toEqual({
        width: size,
        height: size,
      });
    }
    const high = attribute(only(manifest, "HighResolutionIconUrl"), "DefaultValue");
    expect(pngSize(path.join(dist, high.slice(baseUrl.length)))).toEqual({ width: 64, height: 64 });
  });

  test("each ribbon ExecuteFunction names a handler that commands.js registers", () => {
    const names = descendants(host(), "Action")
      .filter((action) => action.attributes["xsi:type"] === "ExecuteFunction")
      .map((action) => only(action, "FunctionName").text);
    const registered = Object.keys(
      commandHandlers({ hide: async () => undefined, showAsTaskpane: async () => undefined })
    );
    expect(names.sort()).toEqual(registered.sort());
  });
});

describe("the production manifest", () => {
  test("is manifest.xml with every development URL replaced by the production URL", () => {
    expect(distText).toBe(rewriteManifest(sourceText, prodUrl));
  });

  test("has no localhost left (dist/ must come from `npm run build`, not a development build)", () => {
    expect(distText.match(/localhost/g) ?? []).toEqual([]);
  });
});

describe("dist/taskpane.html, the shared runtime page", () => {
  const html = readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The page is minified: attribute values may be unquoted.
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|([^\s>"]+))/g)].map(
    (match) => match[1] ?? match[2]
  );

  test("loads office.js from Microsoft's CDN first", () => {
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  test("loads the task pane, the ribbon commands and the custom functions", () => {
    expect(scripts.slice(1)).toEqual(["taskpane.js", "commands.js", "functions.js"]);
  });
});
