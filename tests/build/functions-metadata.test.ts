/**
 * The built dist/functions.json against Excel's documented metadata rules
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json): parameter
 * addresses imply a matrix result, ids and names are valid, error inputs reach the functions
 * (allowErrorForDataTypeAny), and every function is one the JSDoc of functions.ts declares.
 */
import { readFileSync } from "fs";
import path from "path";
import { localizeMetadata, metadataViolations } from "../../scripts/functions-metadata";
import type { FunctionsMetadata } from "../../scripts/functions-metadata";

const ROOT = path.resolve(__dirname, "../..");
const metadata = JSON.parse(
  readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8")
) as FunctionsMetadata;
const source = readFileSync(path.join(ROOT, "src", "functions", "functions.ts"), "utf8");

test("breaks none of Excel's metadata rules", () => {
  expect(metadataViolations(metadata)).toEqual([]);
  for (const fn of metadata.functions.filter((f) => f.options?.requiresParameterAddresses))
    expect([fn.id, fn.result.dimensionality]).toEqual([fn.id, "matrix"]);
});

test("lets cell errors reach the functions that take ranges (allowErrorForDataTypeAny)", () => {
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
});

test("every function in functions.json is declared by a @customfunction tag in functions.ts, and back", () => {
  const declared = [...source.matchAll(/@customfunction\s+([A-Za-z0-9._]+)/g)].map((m) => m[1]);
  expect(metadata.functions.map((f) => f.id).sort()).toEqual([...declared].sort());
  for (const fn of metadata.functions)
    expect([fn.id, (fn.description ?? "").length > 0]).toEqual([fn.id, true]);
});

describe("functions-zh-CN.json (the functions' descriptions in Simplified Chinese)", () => {
  const zh = JSON.parse(
    readFileSync(path.join(ROOT, "dist", "functions-zh-CN.json"), "utf8")
  ) as FunctionsMetadata;
  const CJK = /[\u4e00-\u9fff]/;
  /** Everything but the descriptions. */
  const shape = (m: FunctionsMetadata) =>
    m.functions.map((fn) => ({
      ...fn,
      description: undefined,
      parameters: fn.parameters.map((parameter) => ({ ...parameter, description: undefined })),
    }));

  test("is functions.json with the same ids, names, types and options", () => {
    expect(shape(zh)).toEqual(shape(metadata));
    expect(zh.allowErrorForDataTypeAny).toBe(metadata.allowErrorForDataTypeAny);
    expect(metadataViolations(zh)).toEqual([]);
  });

  test("describes every function and every parameter in Chinese", () => {
    const untranslated = zh.functions.flatMap((fn) =>
      [fn.description, ...fn.parameters.map((p) => p.description)].filter(
        (text) => text === undefined || !CJK.test(text)
      )
    );
    expect(untranslated).toEqual([]);
    expect(zh.functions.find((fn) => fn.id === "MODEL")?.parameters[0].description).toBe(
      "Channels 表，含标题行（Channel、Type、Spend、Cost per lead、Conversion……）。"
    );
  });

  test("the build names what the table lacks and what it holds for no description", () => {
    const table = JSON.parse(
      readFileSync(path.join(ROOT, "src", "functions", "i18n", "zh-CN.json"), "utf8")
    ) as Record<string, string>;
    const cac = metadata.functions.find((fn) => fn.id === "CAC")?.description as string;
    const without = Object.fromEntries(Object.entries(table).filter(([text]) => text !== cac));
    const result = localizeMetadata(metadata, { ...without, "An old description.": "旧的说明。" });
    expect(result.missing).toEqual([cac]);
    expect(result.stale).toEqual(["An old description."]);
    expect(result.metadata.functions.find((fn) => fn.id === "CAC")?.description).toBe(cac);
    expect(localizeMetadata(metadata, table)).toMatchObject({ missing: [], stale: [] });
  });
});
