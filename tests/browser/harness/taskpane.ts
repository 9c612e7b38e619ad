/**
 * Browser test harness: Chromium (playwright-core) loading the BUILT task pane from dist/,
 * served on 127.0.0.1, with Microsoft's office.js answered by the built stand-in (dist/office-stand-in.js).
 * Every other request that leaves 127.0.0.1 is aborted and reported: tests never use the network.
 *
 *   const harness = await startHarness();
 *   const page = await harness.openTaskpane();   // waits for Office.onReady's render
 *   ...
 *   await harness.stop();
 */
import { existsSync, mkdirSync, readFileSync } from "fs";
import path from "path";
import { Browser, Page, chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../../../scripts/chromium";
import { StaticServer, serveDirectory } from "./static-server";

export const REPO_ROOT = path.resolve(__dirname, "../../..");
export const DIST = path.join(REPO_ROOT, "dist");
export const ARTIFACTS = path.join(REPO_ROOT, "tests", "artifacts");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The Office/Excel stand-in built from src/testing/office (the same file the preview page loads). */
const OFFICE_STUB = path.join(DIST, "office-stand-in.js");

export interface Harness {
  server: StaticServer;
  browser: Browser;
  /** Uncaught page errors, console errors and blocked network requests, per page opened. */
  problems: string[];
  openTaskpane(page?: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error("dist/taskpane.html is missing: run `npm run build` first");
  }
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error("Chromium not found: run `apt-get update && apt-get install -y chromium`");
  }
  const server = await serveDirectory(DIST);
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  const officeStub = readFileSync(OFFICE_STUB, "utf8");
  const problems: string[] = [];

  async function openTaskpane(pageName = "taskpane.html"): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) {
        return route.fulfill({ contentType: "text/javascript", body: officeStub });
      }
      if (url.startsWith(`${server.url}/`) || url.startsWith("data:")) return route.continue();
      problems.push(`blocked network request: ${url}`);
      return route.abort();
    });
    await page.goto(`${server.url}/${pageName}`);
    return page;
  }

  async function screenshot(page: Page, name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }

  return {
    server,
    browser,
    problems,
    openTaskpane,
    screenshot,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Go to a page of the pane by its tab's name: click the tab when it is shown, else choose it from
 * the navigation's "More" menu (where the tabs that do not fit the pane's width go).
 */
export async function openPage(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await page.getByRole("navigation").getByRole("tab").last().click();
    await page.getByRole("menuitem", { name, exact: true }).click();
  }
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}
