/**
 * Issue 11, point 4: one table of strings per language, and none left in English. The pane's,
 * the what-if panel's and the sheets' tables: Chinese has every key of English, and every text
 * differs from English and is Chinese, except the few listed here (a version line, codes).
 */
import { whatIfStringsFor } from "../../src/taskpane/whatIfStrings";
import { CHINESE, ENGLISH } from "../../src/taskpane/strings";
import { SHEET_TEXT } from "../../src/workbook";
import { CJK } from "./helpers";

/** Every text of a table, keyed by its path; functions are called with sample arguments. */
function texts(table: object, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const at = `${path}.${key}`;
    if (typeof value === "string") out.set(at, value);
    else if (typeof value === "function") {
      const result: unknown = (value as (...args: unknown[]) => unknown)(
        "month",
        "month",
        "X",
        "Y",
        "Z",
        "W"
      );
      if (typeof result === "string") out.set(at, result);
      else if (Array.isArray(result))
        result.forEach((text, i) => out.set(`${at}[${i}]`, String(text)));
    } else if (Array.isArray(value))
      value.forEach((text, i) => out.set(`${at}[${i}]`, String(text)));
    else if (typeof value === "object" && value !== null)
      for (const [k, v] of texts(value as object, at)) out.set(k, v);
  }
  return out;
}

/** Texts that are the same in both languages on purpose. */
const SAME = new Set([
  ".lang",
  ".integer",
  ".audit.separator",
  ".simulation.spread",
  ".sensitivity.plusMinus",
  // Called here with a sample word, not a distribution: tests/i18n/sheets.test.ts writes the real ones.
  ".simulation.distributionName",
]);

function expectTranslated(english: object, chinese: object): void {
  const en = texts(english);
  const zh = texts(chinese);
  expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  const left = [...en].filter(
    ([key, text]) => !SAME.has(key) && (zh.get(key) === text || !CJK.test(zh.get(key) ?? ""))
  );
  expect(left.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
}

describe("string tables", () => {
  it("the pane's: every key in Chinese, translated", () => {
    expectTranslated(ENGLISH, CHINESE);
  });

  it("the what-if panel's: every key in Chinese, translated", () => {
    expectTranslated(whatIfStringsFor("en-US"), whatIfStringsFor("zh-CN"));
  });

  it("the sheets': every key in Chinese, translated", () => {
    expectTranslated(SHEET_TEXT.en, SHEET_TEXT["zh-CN"]);
  });
});
