import { needsTextGuard } from "../../src/workbook/text";

describe("needsTextGuard", () => {
  it.each([
    "=SUM(A1)",
    "+1",
    "-x",
    "@home",
    "'quoted",
    "2024",
    "1,000",
    "12%",
    "$5",
    "1/2",
    "2024-01-05",
    "10:30",
    "TRUE",
    "false",
    "1e5",
    "#N/A",
  ])("guards %p", (text) => expect(needsTextGuard(text)).toBe(true));
  it.each(["Direct sales", "Partners", "Mid-market", "", "Q1 plan", "A1"])("leaves %p", (text) =>
    expect(needsTextGuard(text)).toBe(false)
  );
});
