/**
 * Issue 11, point 4, for the GTM.* functions' error messages: one message table per language
 * (src/functions/core/errors.ts), every kind and every fragment the cores pass with a Chinese text
 * that differs from English.
 */
import {
  FRAGMENTS,
  GtmError,
  MESSAGES,
  fragment,
  modelProblem,
  type ErrorDetails,
  type ErrorKind,
} from "../../src/functions/core/errors";
import { gridProblem } from "../../src/model";
import { CJK } from "./helpers";

const both = (text: string) => ({ en: text, zh: text });

/** One detail per kind: TypeScript checks that every kind has one. */
const SAMPLES: { [K in ErrorKind]: ErrorDetails[K] } = {
  notNumber: { param: "rates", value: both('"abc"'), text: true },
  errorValue: { param: "rates", code: "#REF!" },
  required: { param: "metric" },
  noNumbers: { param: "valuesX" },
  notText: { param: "channel", value: both("7") },
  notBoolean: { param: "cumulative", value: both("3") },
  outOfRange: { param: "swing", value: 2, rule: fragment("swingRange") },
  percentAsWhole: { param: "churn", value: 25 },
  zeroTotal: { param: "customers" },
  noResult: { reason: fragment("neverRepaid") },
  unknownName: { param: "mode", value: "double", allowed: ["value", "scale"] },
  needsPartner: { param: "driverY", partner: "valuesY" },
  modelInput: {
    issues: [
      {
        message: "Channels (Partners, conversion): 25 is not between 0 and 1 — enter 25% or 0.25",
        problem: "25 is not between 0 and 1 — enter 25% or 0.25",
        table: "Channels",
        row: "Partners",
        field: "conversion",
        severity: "error",
      },
    ],
  },
  metricEmpty: { metric: { en: "Payback", zh: "回收期" } },
  noBreakEven: {
    metric: { en: "NPV", zh: "净现值 (NPV)" },
    low: "0",
    high: "1",
    min: null,
    max: "5",
  },
  tooLarge: { param: "valuesX", problem: modelProblem(gridProblem(90_000) as string) },
};

describe("the GTM.* message tables", () => {
  it("have the same kinds in English and Chinese", () => {
    expect(Object.keys(MESSAGES["zh-CN"]).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it.each(Object.keys(SAMPLES) as ErrorKind[])(
    "%s has a Chinese message that differs from English",
    (kind) => {
      const error = new GtmError(kind, SAMPLES[kind]);
      const zh = error.messageIn("zh-CN");
      expect(error.messageIn("en")).toBe(error.message);
      expect(zh).not.toBe(error.message);
      expect(zh).toMatch(CJK);
    }
  );

  it.each(Object.keys(FRAGMENTS) as (keyof typeof FRAGMENTS)[])(
    "the fragment %s is Chinese, differs from English and takes the same parameters",
    (code) => {
      const [en, zh] = FRAGMENTS[code];
      expect(zh).not.toBe(en);
      expect(zh).toMatch(CJK);
      expect(zh.match(/\{\d\}/g) ?? []).toEqual(en.match(/\{\d\}/g) ?? []);
    }
  );

  it("translates the model's problems passed as a fragment (a grid past its limit)", () => {
    const problem = modelProblem(gridProblem(90_000) as string);
    expect(problem.en).toBe(gridProblem(90_000));
    expect(problem.zh).toMatch(CJK);
    expect(problem.zh).not.toMatch(/cells|fewer/);
  });
});
