import { explicitValues, percentSteps, swingFraction } from "../../src/taskpane/ranges";
import { CHINESE, ENGLISH, stringsFor } from "../../src/taskpane/strings";

describe("sensitivity ranges typed by the user", () => {
  it("± % with steps gives evenly spaced multipliers around 1", () => {
    expect(percentSteps("20", "5")).toEqual({ ok: true, value: [0.8, 0.9, 1, 1.1, 1.2] });
    expect(percentSteps("10", "3")).toEqual({ ok: true, value: [0.9, 1, 1.1] });
    expect(percentSteps("50", "101")).toMatchObject({ ok: true });
  });

  it("refuses a percent outside (0, 100) and steps outside 2..101", () => {
    expect(percentSteps("0", "5")).toEqual({ ok: false, problem: "percent" });
    expect(percentSteps("100", "5")).toEqual({ ok: false, problem: "percent" });
    expect(percentSteps("", "5")).toEqual({ ok: false, problem: "percent" });
    expect(percentSteps("20", "1")).toEqual({ ok: false, problem: "steps" });
    expect(percentSteps("20", "102")).toEqual({ ok: false, problem: "steps" });
    expect(percentSteps("20", "2.5")).toEqual({ ok: false, problem: "steps" });
  });

  it("reads exact values separated by commas, semicolons or spaces; 5% is 0.05", () => {
    expect(explicitValues("0.05, 0.1;0.15  20%")).toEqual({
      ok: true,
      value: [0.05, 0.1, 0.15, 0.2],
    });
    expect(explicitValues("1, abc")).toEqual({ ok: false, problem: "number", text: "abc" });
    expect(explicitValues("  ")).toEqual({ ok: false, problem: "empty" });
    expect(explicitValues(Array.from({ length: 102 }, (_, i) => String(i)).join(","))).toEqual({
      ok: false,
      problem: "tooMany",
    });
  });

  it("a swing in percent becomes a fraction in (0, 1)", () => {
    expect(swingFraction("20")).toBe(0.2);
    expect(swingFraction("0")).toBeNull();
    expect(swingFraction("100")).toBeNull();
    expect(swingFraction("x")).toBeNull();
  });
});

describe("strings follow Office's display language", () => {
  it("Simplified Chinese for zh-CN, zh-SG and zh-Hans; English otherwise (Traditional Chinese included)", () => {
    expect(stringsFor("zh-CN")).toBe(CHINESE);
    expect(stringsFor("zh-sg")).toBe(CHINESE);
    expect(stringsFor("zh-Hans-CN")).toBe(CHINESE);
    expect(stringsFor("zh-TW")).toBe(ENGLISH);
    expect(stringsFor("en-GB")).toBe(ENGLISH);
    expect(stringsFor("fr-FR")).toBe(ENGLISH);
  });

  it("both languages have every string", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [prefix];
    expect(keys(CHINESE)).toEqual(keys(ENGLISH));
  });
});

describe("exact values as a finance user types them", () => {
  it("reads money with a currency symbol and thousands separators, and percentages", () => {
    expect(explicitValues("$2,000, $2,500, $3,000")).toEqual({
      ok: true,
      value: [2000, 2500, 3000],
    });
    expect(explicitValues("$2,000,$2,500")).toEqual({
      ok: false,
      problem: "number",
      text: "$2,000,$2,500",
    });
    expect(explicitValues("8%, 10%, 12%")).toEqual({ ok: true, value: [0.08, 0.1, 0.12] });
    expect(explicitValues("10%")).toEqual({ ok: true, value: [0.1] });
    expect(explicitValues("0.05,0.1,0.15")).toEqual({ ok: true, value: [0.05, 0.1, 0.15] });
    expect(explicitValues("(500), 1,250.5")).toEqual({ ok: true, value: [-500, 1250.5] });
  });

  it("takes Chinese full-width commas as separators", () => {
    expect(explicitValues("8%，10%，12%")).toEqual({ ok: true, value: [0.08, 0.1, 0.12] });
    expect(explicitValues("¥2,000，¥3,000")).toEqual({ ok: true, value: [2000, 3000] });
  });
});

test("row counts are grouped in the pane's language", () => {
  expect(ENGLISH.inputs.rows(12345)).toBe("12,345 rows");
  expect(CHINESE.inputs.rows(12345)).toBe("12,345 行");
});
