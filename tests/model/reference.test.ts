/**
 * The engine against a line-by-line reference of spec §2–§3 (tests/model/reference.ts): first the
 * reference is checked on the shared examples, then both are run on random models (fixed seed).
 */
import fc from "fast-check";
import { loadJson, runModel } from "../../src/model";
import { exampleNames, readExample } from "../support/shared";
import { jsonModel } from "./arbitraries";
import { expectClose, model } from "./helpers";
import { referenceRun } from "./reference";

test.each(exampleNames())("the reference reproduces the shared example %s", (name) => {
  const { input, expected } = readExample(name);
  expectClose(referenceRun(loadJson(input).model), expected.result);
});

test("the engine agrees with the reference on random models", () => {
  fc.assert(
    fc.property(jsonModel, (json) => {
      const m = model(json);
      expectClose(runModel(m), referenceRun(m));
    }),
    { seed: 20261122, numRuns: 300 }
  );
});
