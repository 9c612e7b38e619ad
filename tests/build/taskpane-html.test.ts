/**
 * The built taskpane.html keeps its old-webview check in ES5: Internet Explorer 11 must be able to
 * parse it (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11), and it runs
 * before office.js and the bundles.
 */
import { readFileSync } from "fs";
import path from "path";
import { parse } from "acorn";

const html = readFileSync(path.resolve(__dirname, "../../dist/taskpane.html"), "utf8");

test("the inline script is ES5 and comes before office.js and every bundle", () => {
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline.length).toBe(1);
  expect(() => parse(inline[0], { ecmaVersion: 5 })).not.toThrow();
  expect(inline[0]).toContain("Trident");
  const first = html.indexOf("<script>");
  expect(first).toBeLessThan(html.indexOf("office.js"));
  expect(first).toBeLessThan(html.indexOf("taskpane.js"));
});
