/**
 * The built dist/functions.json against Excel's documented metadata rules
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json): parameter
 * addresses imply a matrix result, ids and names are valid, error inputs reach the functions
 * (allowErrorForDataTypeAny), and every function is one the JSDoc of functions.ts declares.
 */
import { readFileSync } from "fs";
import path from "path";
import { metadataViolations } from "../../scripts/functions-metadata";
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
