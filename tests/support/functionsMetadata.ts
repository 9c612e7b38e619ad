/**
 * functions.json as the build makes it, for tests that run without dist/: generated from the JSDoc
 * of src/functions/functions.ts by custom-functions-metadata (what CustomFunctionsMetadataPlugin
 * runs), then post-processed by scripts/functions-metadata.js (what webpack.config.js applies).
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { postProcessMetadata } from "../../scripts/functions-metadata";
import type { FunctionsMetadata } from "../../scripts/functions-metadata";

export const FUNCTIONS_SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

let cached: Promise<FunctionsMetadata> | null = null;

export function builtMetadata(): Promise<FunctionsMetadata> {
  cached ??= generateCustomFunctionsMetadata(FUNCTIONS_SOURCE).then((result) => {
    if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
    return postProcessMetadata(JSON.parse(result.metadataJson) as FunctionsMetadata);
  });
  return cached;
}
