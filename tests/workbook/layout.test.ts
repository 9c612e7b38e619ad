/**
 * Every written sheet reads as two blocks: the audit header from A1, one blank row, then the sheet's
 * own content (issue 11: deck-ready sheets). A sheet whose header carries the Question row
 * (sensitivity, tornado) starts one row lower; a plan whose body would touch the header is refused.
 */
import type { Locale } from "../../src/model";
import { assemblePlan, QUESTION_BODY_ROW, sectionTitle } from "../../src/workbook/services/layout";
import { NOW, sampleFixture, VERSION } from "./helpers";
import { writeEverySheet } from "./everySheet";

/** The 0-based rows of a sheet that hold any value. */
function filledRows(
  wb: Awaited<ReturnType<typeof sampleFixture>>["wb"],
  name: string
): Set<number> {
  return new Set(
    wb
      .entries(name)
      .filter(({ cell }) => cell.value !== null && cell.value !== "")
      .map(({ row }) => row)
  );
}

describe.each<Locale>(["en", "zh-CN"])("sheets written in %s", (locale) => {
  it("leave exactly one blank row between the audit header and the content", async () => {
    const f = await sampleFixture();
    const written = await writeEverySheet(f, locale);
    expect(written.length).toBeGreaterThanOrEqual(9);
    const layouts = written.map((name) => {
      const rows = filledRows(f.wb, name);
      let end = 1;
      while (rows.has(end)) end++; // the header: the title row, then its label rows without a gap
      const next = end + 1;
      return { name, blank: rows.has(end) ? end : null, next: rows.has(next) ? next : null };
    });
    for (const layout of layouts) {
      expect(layout).toEqual({ name: layout.name, blank: null, next: layout.next });
      expect(layout.next).not.toBeNull();
    }
    // The header rows are the same labels in every sheet, a Question row more for these two.
    const firstContent = (prefix: string) => layouts.find((l) => l.name.startsWith(prefix))?.next;
    expect(firstContent("Sens")).toBe(QUESTION_BODY_ROW);
    expect(firstContent("Tornado")).toBe(QUESTION_BODY_ROW);
  });
});

describe("assemblePlan", () => {
  it("refuses a body that starts inside the header or right below it", () => {
    const audit = {
      analysis: "tornado" as const,
      title: "Tornado of NPV",
      run: "Tornado",
      now: NOW,
      version: VERSION,
      inputs: {},
      question: "GTM.TORNADO metric npv",
    };
    const body = (row: number) => ({
      blocks: [sectionTitle(row, 0, "Set-up")],
      definitions: [],
      periodUnit: "month" as const,
    });
    expect(() =>
      assemblePlan({ name: "T", replace: false }, audit, body(QUESTION_BODY_ROW - 1))
    ).toThrow(
      "The sheet's body starts at row 11: rows 1 to 11 belong to its audit header and the blank row below it"
    );
    const plan = assemblePlan({ name: "T", replace: false }, audit, body(QUESTION_BODY_ROW));
    expect(plan.blocks.at(-1)).toMatchObject({ row: QUESTION_BODY_ROW, cells: [["Set-up"]] });
  });
});
