/**
 * Speed of the GTM.* custom functions, called as Excel calls them (tables as 2-D arrays with ""
 * for blanks) on the benchmark model (8 channels × 6 segments × 60 periods, mix, capacities):
 * GTM.SENSITIVITY with a 21 × 21 grid, and GTM.MODEL. Wired into `npm run bench` (bench/run.ts).
 */
import { model, sensitivity } from "../src/functions/functions";
import { benchTables } from "./benchModel";
import { measure } from "./measure";
import type { Report } from "./measure";

/** 21 scales 0.8 … 1.2, as a row and as a column (both orientations Excel passes). */
const SCALES = Array.from({ length: 21 }, (_, i) => 0.8 + i * 0.02);

export function benchFunctions(report: Report): void {
  const { channels, segments, mix, assumptions } = benchTables();
  const grid = measure(
    () =>
      sensitivity(
        channels,
        segments,
        "npv",
        "segment[*].price",
        [SCALES],
        "channel[*].conversion",
        SCALES.map((scale) => [scale]),
        "scale",
        mix,
        assumptions
      ),
    { minRuns: 20, minMs: 1000, warmup: 3 }
  );
  report("GTM.SENSITIVITY 21 × 21 grid, 8 × 6 × 60 model (per call)", grid.median, "ms", 50);
  const summary = measure(() => model(channels, segments, mix, assumptions), {
    minRuns: 200,
    minMs: 1000,
  });
  report("GTM.MODEL, 8 × 6 × 60 model (per call)", summary.median, "ms", 2);
}
