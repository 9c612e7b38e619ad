/**
 * Issue 11, point 4, the command line's side: `--lang zh-CN` read from the arguments, input
 * problems and warnings said in it. (The option itself is declared by the command line's parser;
 * here the pieces are called with a locale.)
 */
import { InputFailure } from "../../src/cli/errors";
import { issueLines, langOf } from "../../src/cli/lang";
import { printWarnings } from "../../src/cli/commands/common";
import { BufferIo } from "../../src/cli/io";
import { parseTables, type TableOrigin } from "../../src/model";

const at = (sheet: string): TableOrigin => ({ sheet, row: 0, column: 0 });
const outcome = parseTables({
  channels: [
    ["Channel", "Type", "Spend", "Cost per lead", "Conversion"],
    ["Partners", "partner", 20000, 200, 25],
  ],
  segments: [
    ["Segment", "Price", "Gross margin", "Bass q"],
    ["SMB", 100, 0.8, 0.2],
  ],
  origins: { channels: at("Channels"), segments: at("Segments") },
});

describe("the command line in Simplified Chinese", () => {
  it("reads --lang from the arguments, English when absent or unknown", () => {
    expect(langOf(["run", "m.xlsx", "--lang", "zh-CN"])).toBe("zh-CN");
    expect(langOf(["run", "--lang=zh-cn", "m.xlsx"])).toBe("zh-CN");
    expect(langOf(["run", "m.xlsx", "--lang", "en"])).toBe("en");
    expect(langOf(["run", "m.xlsx", "--lang", "fr"])).toBe("en");
    expect(langOf(["run", "m.xlsx"])).toBe("en");
  });

  it("says each input problem in the language, one line each, and keeps the issues", () => {
    expect(outcome.errors.map((e) => e.message)).toEqual([
      "Channels!E2 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
    ]);
    expect(issueLines(outcome.errors, "zh-CN")).toEqual([
      "Channels!E2（Partners，转化率）：25 不在 0 与 1 之间——请输入 25% 或 0.25",
    ]);
    const failure = InputFailure.fromIssues(outcome.errors);
    expect(failure.lines).toEqual(outcome.errors.map((e) => e.message));
    expect(failure.issues).toBe(outcome.errors);
    expect(InputFailure.fromIssues(outcome.errors, "zh-CN").lines).toEqual(
      issueLines(outcome.errors, "zh-CN")
    );
  });

  it("prints warnings in the language", () => {
    const valid = parseTables({
      channels: [
        ["Channel", "Type", "Spend", "Cost per lead", "Conversion"],
        ["Partners", "partner", 20000, 200, 0.25],
      ],
      segments: [
        ["Segment", "Price", "Gross margin", "Bass q"],
        ["SMB", 100, 0.8, 0.2],
      ],
      origins: { channels: at("Channels"), segments: at("Segments") },
    });
    expect(valid.warnings).toHaveLength(1);
    const io = new BufferIo(() => new Date(0));
    printWarnings(io, valid.warnings, "zh-CN");
    expect(io.stderr).toBe(
      "警告：客户细分表（SMB，Bass 模仿系数 q）：设置了 Bass q 但未设置 Bass p，因此已忽略（无扩散时间）\n"
    );
    const en = new BufferIo(() => new Date(0));
    printWarnings(en, valid.warnings);
    expect(en.stderr).toBe(`warning: ${valid.warnings[0]?.message}\n`);
  });
});
