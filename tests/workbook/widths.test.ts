/** Column widths from a plan's content: Chinese text counts two characters a glyph, charts block runover. */
import type { SheetPlan } from "../../src/workbook";
import { contentWidths } from "../../src/workbook/widths";
import { displayWidth } from "../../src/workbook/text";

const plan = (cells: string[][], charts: SheetPlan["charts"] = []): SheetPlan => ({
  name: "S",
  replace: false,
  blocks: [{ row: 0, column: 0, cells }],
  charts,
});

describe("contentWidths", () => {
  it("counts a Chinese character, and full-width punctuation, as two", () => {
    expect(displayWidth("受产能限制：更多客户")).toBe(20);
    expect(displayWidth("Held by capacity")).toBe(16);
    // Text that cannot run over (a filled neighbour) sets its column's width, plus 2 of padding.
    expect(contentWidths(plan([["受产能限制：更多客户", "x"]]))[0]).toEqual({
      column: 0,
      width: 22,
    });
    expect(contentWidths(plan([["Held by capacity", "x"]]))[0]).toEqual({ column: 0, width: 18 });
  });

  it("lets text run over an empty neighbour, but not under a chart within the next two columns", () => {
    const text = "The next dollar earns less here than elsewhere";
    expect(contentWidths(plan([[text]]))).toEqual([{ column: 0, width: 8 }]);
    const chart = (column: number): NonNullable<SheetPlan["charts"]>[number] => ({
      type: "columnClustered",
      title: "Spend",
      categories: { row: 0, column: 0, rows: 1, columns: 1 },
      series: [],
      anchor: { row: 0, column, rows: 5, columns: 4 },
    });
    expect(contentWidths(plan([[text]], [chart(2)]))).toEqual([
      { column: 0, width: text.length + 2 },
    ]);
    expect(contentWidths(plan([[text]], [chart(3)]))).toEqual([{ column: 0, width: 8 }]);
  });
});
