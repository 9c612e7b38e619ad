/**
 * Issue 11, point 4: every input problem the model reports has a code and a Chinese message, and
 * an issue reads in the pane's or the command line's language.
 */
import {
  allocate,
  ISSUE_TEMPLATES,
  issueCode,
  issueMessage,
  loadJson,
  ModelInputError,
  parseTables,
  parseUncertaintyJson,
  problemIn,
  sensitivityGrid,
  type InputIssue,
  type TableOrigin,
} from "../../src/model";
import { CJK, loadExampleModel } from "./helpers";

const at = (sheet: string): TableOrigin => ({ sheet, row: 0, column: 0 });

/** A workbook with a mistake of most kinds (as tests/model/badInput.test.ts). */
function workbookIssues(): InputIssue[] {
  const outcome = parseTables({
    channels: [
      ["Channel", "Type", "Spend", "Cost per lead", "Conversion", "Cycle", "Region"],
      ["Partners", "partner", 20000, 200, 25, 1, "EU"],
      ["Direct", "direct", "lots", 400, 0.1, 1.5, ""],
      ["partners", "reseller", 1000, "#N/A", 0.1, 0, ""],
      ["Web", "online", 5000, { error: "#DIV/0!" }, true, "", ""],
      ["Events", "other", 100, "", 0.1, 0, ""],
    ],
    segments: [
      ["Segment", "Price", "Gross margin", "Bass p", "Churn", "Bass q"],
      ["SMB", -5, 0.8, 0, 1.5, 0.1],
      ["Mid", 10, "", "", 0.1, 0.2],
    ],
    mix: [
      ["", "SMB", "Retail"],
      ["Partners", 1, 1],
      ["Ghost", 1, 0],
    ],
    assumptions: [
      ["Assumption", "Value"],
      ["horizon", 12.5],
      ["Horizon", 3],
      ["currency", "€"],
      ["period unit", "week"],
      ["colour", "red"],
    ],
    origins: {
      channels: at("Channels"),
      segments: at("Segments"),
      mix: at("Mix"),
      assumptions: at("Assumptions"),
    },
  });
  return [...outcome.errors, ...outcome.warnings];
}

function thrown(run: () => unknown): InputIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ModelInputError) return error.issues;
    throw error;
  }
  return [];
}

/** Issues of the analyses: drivers, metrics, bounds, uncertainty. */
function analysisIssues(): InputIssue[] {
  const model = loadExampleModel();
  const channel = model.channels[0]?.name as string;
  return [
    ...thrown(() =>
      sensitivityGrid(model, {
        metric: "profit",
        mode: "value",
        x: { driver: "budget", values: [] },
      })
    ),
    ...thrown(() =>
      sensitivityGrid(model, {
        metric: "npv",
        mode: "value",
        x: { driver: "segment[*].price", values: [] },
      })
    ),
    ...thrown(() =>
      sensitivityGrid(model, {
        metric: "channel[*].cac",
        mode: "value",
        x: { driver: "segment[*].price", values: [1] },
      })
    ),
    ...thrown(() => allocate(model, { budget: -5 })),
    ...thrown(() =>
      allocate(model, {
        bounds: {
          table: [
            ["Channel", "Min", "Max"],
            [channel, 30000, 20000],
            [channel, 1, 2],
          ],
        },
      })
    ),
    ...parseUncertaintyJson(
      {
        uncertainty: [
          { driver: "segment[*].churn", distribution: "beta" },
          { driver: "segment[*].price", distribution: "normal", mean: 1, sd: 0, apply: "add" },
          { driver: "", distribution: "uniform" },
        ],
        correlations: [{ a: "segment[*].price", b: "segment[*].price", correlation: 0.5 }],
      },
      model
    ).errors,
    ...thrown(() => loadJson({ channels: "x" } as never)),
  ];
}

describe("input problems in Simplified Chinese", () => {
  it("every code is unique, and every Chinese template is Chinese and keeps every parameter", () => {
    const codes = ISSUE_TEMPLATES.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [code, en, zh] of ISSUE_TEMPLATES) {
      expect({ code, chinese: CJK.test(zh) }).toEqual({ code, chinese: true });
      const params = (text: string) => (text.match(/\{\d\}/g) ?? []).sort();
      expect({ code, params: params(zh) }).toEqual({ code, params: params(en) });
    }
  });

  it("finds the code of every problem a bad workbook and bad analyses report, and says it in Chinese", () => {
    const issues = [...workbookIssues(), ...analysisIssues()];
    expect(issues.length).toBeGreaterThan(25);
    const untranslated = issues.filter((issue) => issueCode(issue.problem) === null);
    expect(untranslated.map((issue) => issue.problem)).toEqual([]);
    for (const issue of issues) expect(issueMessage(issue, "zh-CN")).toMatch(CJK);
  });

  it("keeps the English message as it was, and names table, row, field and cell in Chinese", () => {
    const issue = workbookIssues().find((i) => i.address === "Channels!E2") as InputIssue;
    expect(issue.message).toBe(
      "Channels!E2 (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25"
    );
    expect(issueMessage(issue)).toBe(issue.message);
    expect(issueCode(issue.problem)).toEqual({ code: "notRatePct", params: ["25", "25%", "0.25"] });
    expect(issueMessage(issue, "zh-CN")).toBe(
      "Channels!E2（Partners，转化率）：25 不在 0 与 1 之间——请输入 25% 或 0.25"
    );
  });

  it("translates a problem nested in another and the field names it takes", () => {
    expect(
      problemIn("makes the price of Enterprise invalid: -1 is negative — enter 0 or more", "zh-CN")
    ).toBe("使 Enterprise 的价格无效：-1 为负数——请输入 0 或以上的数");
    expect(problemIn("is blank — a gross margin is required", "zh-CN")).toBe(
      "为空——必须填写毛利率"
    );
    expect(problemIn("no template says this", "zh-CN")).toBe("no template says this");
  });
});
