/**
 * Issue 9, defect 9: Excel's request limit is on the payload's bytes (UTF-8), not its characters.
 * Text in euros or Chinese takes 3 bytes a character: requests must be cut by bytes.
 */
import type { CellWrite, SheetPlan } from "../../src/workbook";
import { utf8Length } from "../../src/workbook/text";
import { fixture } from "../excel/helpers";

function textPlan(rows: number, text: string): SheetPlan {
  const cells: CellWrite[][] = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: 10 }, (_, c) => `${text}${r}.${c}`)
  );
  return { name: "Notes", replace: false, blocks: [{ row: 0, column: 0, cells }] };
}

test("UTF-8 length: 1 byte for ASCII, 2 for é, 3 for € and 中, 4 for an emoji", () => {
  expect([utf8Length("abc"), utf8Length("é"), utf8Length("€中"), utf8Length("📈")]).toEqual([
    3, 2, 6, 4,
  ]);
});

test("the stand-in refuses a request over the limit in bytes even when its characters fit", async () => {
  const { port, book } = fixture(
    { requestLimit: 20000 },
    { maxBlockCells: 100000, maxRequestBytes: 1e7 }
  );
  const plan = textPlan(100, "€€€€€€€€€€");
  const characters = JSON.stringify(plan.blocks[0].cells).length;
  expect(characters).toBeLessThan(20000);
  await expect(port.writeSheet(plan)).rejects.toMatchObject({
    code: "RequestPayloadSizeLimitExceeded",
  });
  expect(book.sheet("Notes")).toBeNull();
});

test("writePlan cuts requests by bytes: multi-byte text that fits by characters is split", async () => {
  const { port, book, syncsOf } = fixture(
    { requestLimit: 20000 },
    { maxBlockCells: 200, maxRequestBytes: 12000 }
  );
  const plan = textPlan(100, "€€€€€€€€€€");
  const syncs = await syncsOf(() => port.writeSheet(plan));
  expect(syncs).toBeGreaterThan(2);
  expect(book.sheet("Notes")?.cell(99, 9)?.value).toBe("€€€€€€€€€€99.9");
});
