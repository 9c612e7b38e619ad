/**
 * The pane's navigation at the narrowest width Office gives a task pane (320 px): every page is
 * one click away — a visible tab, or an entry of the "More" menu — and the page chosen from the
 * menu becomes a visible, selected tab.
 */
import type { Page } from "playwright-core";
import { ENGLISH } from "../../src/taskpane/strings";
import { PAGES } from "../../src/taskpane/components/App.types";
import { Harness, startHarness } from "./harness/taskpane";

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.openTaskpane();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByRole("heading", { level: 1, name: "GTM Modeler" }).waitFor();
}, 60_000);

afterAll(async () => {
  await harness?.stop();
});

/** The names of the tabs shown (not hidden by the overflow). */
async function visibleTabs(): Promise<string[]> {
  const tabs = page.getByRole("tab");
  const names: string[] = [];
  for (let i = 0; i < (await tabs.count()); i++) {
    const tab = tabs.nth(i);
    if (await tab.isVisible()) names.push((await tab.innerText()).trim());
  }
  // The "More ▾" menu button is a tab of the list too.
  return names.filter((name) => !name.startsWith(ENGLISH.nav.more));
}

test("at 320 px every page is reachable: a tab, or the More menu", async () => {
  const shown = await visibleTabs();
  expect(shown.length).toBeGreaterThanOrEqual(2);
  expect(shown.length).toBeLessThan(PAGES.length);
  const more = page.getByRole("tab", { name: /more pages/ });
  await more.click();
  await page.getByRole("menuitem").last().waitFor();
  await page.waitForTimeout(300); // the menu fades in
  const inMenu = await page.getByRole("menuitem").allTextContents();
  expect([...shown, ...inMenu].sort()).toEqual(PAGES.map((p) => ENGLISH.tabs[p]).sort());
  await harness.screenshot(page, "nav-01-more-menu");
  // Choosing a page from the menu selects it, and its tab comes into view.
  const last = ENGLISH.tabs.simulation;
  await page.getByRole("menuitem", { name: last }).click();
  await page.getByRole("tab", { name: last, selected: true }).waitFor();
  expect(await visibleTabs()).toContain(last);
  await page.getByRole("heading", { level: 2, name: ENGLISH.simulation.heading }).waitFor();
  // The pane does not scroll sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await harness.screenshot(page, "nav-02-simulation-chosen");
  expect(harness.problems).toEqual([]);
});
