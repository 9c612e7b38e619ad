/**
 * The real Office.js (npm @microsoft/office-js, the library itself) in place of the CDN, with
 * taskpane.html opened outside Office: the page says plainly, in the Office theme's font, that it
 * runs inside Excel and links to the preview page. The same when office.js cannot be loaded at all
 * (offline), and an old webview (Internet Explorer 11's Trident) gets one sentence naming the
 * Office versions the add-in needs. No Excel is involved: this is what a browser shows.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { DIST, Harness, OFFICE_JS_URL, REPO_ROOT, startHarness } from "./harness/taskpane";

const OFFICE_JS_DIST = path.join(REPO_ROOT, "node_modules", "@microsoft", "office-js", "dist");
const CDN_BASE = OFFICE_JS_URL.slice(0, OFFICE_JS_URL.lastIndexOf("/") + 1);
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";

let harness: Harness;
/** Files of the CDN that were answered from the npm package (office.js and what it loads). */
const served: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.stop();
});

type OfficeJs = "real" | "offline";

async function open(officeJs: OfficeJs, userAgent?: string, locale?: string): Promise<Page> {
  const context = await harness.browser.newContext({
    viewport: { width: 360, height: 640 },
    userAgent,
    locale,
  });
  const page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(CDN_BASE)) {
      const file = path.join(OFFICE_JS_DIST, url.slice(CDN_BASE.length).split("?")[0]);
      if (officeJs === "real" && file.startsWith(OFFICE_JS_DIST) && existsSync(file)) {
        served.push(url.slice(CDN_BASE.length));
        return route.fulfill({ contentType: "text/javascript", body: readFileSync(file, "utf8") });
      }
      return route.abort("internetdisconnected");
    }
    if (url.startsWith(`${harness.server.url}/`)) return route.continue();
    return route.abort();
  });
  await page.goto(`${harness.server.url}/taskpane.html`);
  return page;
}

async function noticeOf(page: Page): Promise<{ text: string; font: string; href: string | null }> {
  const notice = page.locator("#root .gtm-notice");
  await notice.waitFor({ timeout: 30000 });
  return notice.evaluate((element) => ({
    text: element.textContent ?? "",
    font: getComputedStyle(element).fontFamily,
    href: element.querySelector("a")?.getAttribute("href") ?? null,
  }));
}

const SEGOE = /^"Segoe UI", "Segoe UI Web \(West European\)", -apple-system/;

test("the npm package holds the library itself", () => {
  expect(readFileSync(path.join(OFFICE_JS_DIST, "office.js"), "utf8").length).toBeGreaterThan(
    10000
  );
  expect(existsSync(path.join(DIST, "preview.html"))).toBe(true);
});

test("with the real office.js outside Office, the page says it runs inside Excel, in Segoe UI, and links to the preview", async () => {
  const page = await open("real");
  const notice = await noticeOf(page);
  expect(served).toContain("office.js");
  expect(notice.text).toBe(
    "GTM Modeler runs inside Excel: add it to Excel and open it from the Home tab. To try it in this browser without Excel, open the preview page."
  );
  expect(notice.font).toMatch(SEGOE);
  expect(notice.href).toBe("preview.html");
  expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("object");
  await harness.screenshot(page, "taskpane-outside-office");
  await page.context().close();
});

test("when office.js cannot be loaded at all (offline), the page says the same", async () => {
  const page = await open("offline");
  const notice = await noticeOf(page);
  expect(notice.text).toContain("GTM Modeler runs inside Excel");
  expect(notice.font).toMatch(SEGOE);
  expect(notice.href).toBe("preview.html");
  expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe(
    "undefined"
  );
  await harness.screenshot(page, "taskpane-offline");
  await page.context().close();
});

test("an old webview (Trident, Internet Explorer 11) gets one sentence on which Office is needed", async () => {
  const page = await open("real", IE11);
  const notice = await noticeOf(page);
  expect(notice.text).toBe(
    "GTM Modeler needs Excel for Microsoft 365 (Windows or Mac), Excel 2021 or later, or Excel on the web: this version of Office opens add-ins in Internet Explorer, which the add-in cannot run in."
  );
  expect(notice.font).toMatch(SEGOE);
  await harness.screenshot(page, "taskpane-old-webview");
  await page.context().close();
});

test("outside Office in a Chinese browser, the notices are in Chinese (the browser's language)", async () => {
  const page = await open("real", undefined, "zh-CN");
  const notice = await noticeOf(page);
  expect(notice.text).toBe(
    "GTM 建模器在 Excel 中运行：请将其添加到 Excel，并从“开始”选项卡打开。若要在此浏览器中不用 Excel 试用，请打开预览页面。"
  );
  expect(notice.href).toBe("preview.html");
  await harness.screenshot(page, "taskpane-outside-office-zh");
  await page.context().close();
  const old = await open("real", IE11, "zh-CN");
  expect((await noticeOf(old)).text).toBe(
    "GTM 建模器需要 Microsoft 365 版 Excel（Windows 或 Mac）、Excel 2021 或更高版本，或 Excel 网页版：此版本的 Office 在 Internet Explorer 中打开加载项，而本加载项无法在其中运行。"
  );
  await old.context().close();
});
