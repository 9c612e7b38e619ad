/**
 * Smoke test of the built task pane in Chromium: the page renders the product, the shared runtime
 * page also registers every custom function and the ribbon command, and nothing errs.
 */
import { readFileSync } from "fs";
import path from "path";
import { DIST, Harness, startHarness } from "./harness/taskpane";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.stop();
});

test("the task pane renders and the shared runtime registers functions and commands", async () => {
  const page = await harness.openTaskpane();
  const title = page.getByRole("heading", { level: 1 });
  await title.waitFor();
  expect(await title.textContent()).toBe("GTM Modeler");

  const metadata = JSON.parse(readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
    functions: Array<{ id: string }>;
  };
  const registered = await page.evaluate(() => {
    const stub = (window as unknown as { __officeStub: StubState }).__officeStub;
    return {
      functions: Object.keys(stub.functions).sort(),
      actions: Object.keys(stub.actions).sort(),
    };
  });
  expect(registered.functions).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(registered.actions).toEqual(["hideTaskpane"]);

  const file = await harness.screenshot(page, "taskpane-smoke");
  expect(readFileSync(file).subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(harness.problems).toEqual([]);
});

interface StubState {
  functions: Record<string, unknown>;
  actions: Record<string, unknown>;
}
