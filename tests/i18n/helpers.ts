/** Fixtures of the language tests: the shared example's model, and what counts as Chinese. */
import { loadJson, type ModelInput } from "../../src/model";
import { readExample } from "../support/shared";

/** Han characters or full-width Chinese punctuation. */
export const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]/;

/** The direct-vs-partner example's model, read from shared/examples. */
export function loadExampleModel(): ModelInput {
  return loadJson(readExample("direct-vs-partner").input as Parameters<typeof loadJson>[0]).model;
}
