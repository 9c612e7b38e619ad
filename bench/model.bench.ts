/** Benchmarks of the model engine (issue 3's targets). */
import { loadTables, runModel, sensitivityGrid, tornado } from "../src/model";
import { benchTables } from "./benchModel";
import { measure, type Report } from "./measure";

export function benchModel(report: Report): void {
  const tables = benchTables();
  const { model } = loadTables(tables);

  const run = measure(() => runModel(model), { minRuns: 2000, minMs: 1000 });
  report("model: one run, 8×6×60 (median)", run.median * 1000, "µs", 50);

  const steps = Array.from({ length: 101 }, (_, i) => 0.5 + i * 0.01);
  const grid = measure(
    () =>
      sensitivityGrid(model, {
        metric: "npv",
        mode: "scale",
        x: { driver: "segment[*].price", values: steps },
        y: { driver: "channel[*].conversion", values: steps },
      }),
    { minRuns: 3, minMs: 2000 }
  );
  report("model: 101 × 101 two-way grid (median)", grid.median, "ms", 600);

  const torn = measure(() => tornado(model, { metric: "npv" }), { minRuns: 50, minMs: 1000 });
  report("model: tornado, 11 default drivers (median)", torn.median, "ms", 5);

  const wide = benchTables(1000);
  const parse = measure(() => loadTables(wide), { minRuns: 20, minMs: 1000 });
  report("model: parse + validate 1,000 channel rows (median)", parse.median, "ms", 20);
}
