/**
 * Issue 11, point 4: one table of strings per language, and none left in English. The pane's,
 * the what-if panel's and the sheets' tables: Chinese has every key of English, and every text
 * differs from English and is Chinese, except the few listed here (a version line, codes).
 */
import { whatIfStringsFor } from "../../src/taskpane/whatIfStrings";
import { CHINESE, ENGLISH } from "../../src/taskpane/strings";
import { SHEET_TEXT } from "../../src/workbook";
import { CJK } from "./helpers";
import { CLI_MESSAGES, words } from "../../src/cli/i18n/messages";
import type { Words } from "../../src/cli/i18n/words";
import { COMMAND_DECLS } from "../../src/cli/main";
import { MAX_HORIZON, ruleWords } from "../../src/model";

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

describe("the command line's tables (issue 11, point 4)", () => {
  /** `{0}`, `{1}`… of a template, sorted. */
  const placeholders = (text: string): string[] => (text.match(/\{\d\}/g) ?? []).sort();

  it("every message code once, with a Chinese text that differs from English and takes the same parameters", () => {
    const codes = CLI_MESSAGES.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    const left = CLI_MESSAGES.filter(
      ([, en, zh]) =>
        zh.trim() === "" ||
        (zh as string) === en ||
        !CJK.test(zh) ||
        placeholders(zh).join() !== placeholders(en).join()
    );
    expect(left.map(([code, en, zh]) => `${code}: ${en} | ${zh}`)).toEqual([]);
  });

  it("a driver value's rule in English is the model's own words for it", () => {
    const rules = [
      ["ruleRate", "rate"],
      ["ruleNonNegative", "nonNegative"],
      ["ruleWholeNonNegative", "wholeNonNegative"],
      ["rulePositive", "positive"],
      ["ruleHorizon", "horizon"],
      ["ruleLaunch", "launch"],
    ] as const;
    for (const [code, rule] of rules) expect(words(code, MAX_HORIZON).en).toBe(ruleWords(rule));
  });

  it("every command's help texts are declared in Chinese too, translated", () => {
    const left: string[] = [];
    const check = (where: string, text: Words | string | undefined): void => {
      if (text === undefined || typeof text === "string") return;
      if (text.zh.trim() === "" || text.zh === text.en || !CJK.test(text.zh))
        left.push(`${where}: ${text.en}`);
    };
    for (const decl of COMMAND_DECLS) {
      check(`${decl.name}.summary`, decl.summary);
      check(`${decl.name}.about`, decl.about);
      check(`${decl.name}.notes`, decl.notes);
      for (const option of decl.options) {
        check(`${decl.name} --${option.name}`, option.description);
        check(`${decl.name} --${option.name} default`, option.default);
      }
    }
    expect(left).toEqual([]);
  });
});
