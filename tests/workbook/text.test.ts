import { needsTextGuard } from "../../src/workbook/text";

describe("needsTextGuard", () => {
  it.each([
    "=SUM(A1)",
    "+1",
    "-x",
    "@home",
    "'quoted",
    "2024",
    "2024 plan",
    "1,000",
    "12%",
    "$5",
    "(100)",
    ".5",
    "1/2",
    "1 1/2",
    "2024-01-05",
    "10:30",
    "10 AM",
    "Mar-25",
    "5 Jan",
    "January 2025",
    "sept 3, 2024",
    "TRUE",
    "false",
    "1e5",
    "#N/A",
    "#SPILL!",
  ])("guards %p", (text) => expect(needsTextGuard(text)).toBe(true));

  it.each([
    "Direct sales",
    "Partners",
    "Mid-market",
    "",
    "Q1 plan",
    "A1",
    "Marketing",
    "Decision makers",
    "Jan's team",
  ])("leaves %p", (text) => expect(needsTextGuard(text)).toBe(false));
});
