/** The size limits every host shares (src/model/limits.ts): the messages new analyses reuse. */
import { gridProblem, loadJson, MODEL_LIMITS, runsProblem } from "../../src/model";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { EXAMPLES } from "../cli/helpers";

const example = loadJson(
  JSON.parse(readFileSync(path.join(EXAMPLES, "direct-vs-partner.input.json"), "utf8"))
).model;

describe("model limits", () => {
  it("a grid's cells alone, then cells × the model's size", () => {
    expect(gridProblem(MODEL_LIMITS.gridCells)).toBeNull();
    expect(gridProblem(MODEL_LIMITS.gridCells + 1)).toBe(
      "the grid has 40,001 cells — at most 40,000 (e.g. 200 × 200): use fewer values"
    );
    expect(gridProblem(10_000, example)).toBeNull();
  });

  it("runs of an analysis past the work limit, with the most the model allows", () => {
    const work = example.channels.length * example.segments.length * example.assumptions.horizon;
    const most = Math.floor(MODEL_LIMITS.work / work);
    expect(runsProblem(most, example, "simulations")).toBeNull();
    expect(runsProblem(most + 1, example, "simulations")).toBe(
      `${(most + 1).toLocaleString("en-US")} simulations on this model (${example.channels.length} channels × ${example.segments.length} segments × ${example.assumptions.horizon} periods) are too many — at most ${most.toLocaleString("en-US")}`
    );
  });
});
