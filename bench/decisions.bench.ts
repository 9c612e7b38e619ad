/** Benchmarks of the decisions (issue 12's targets): break-even, allocation of 8 channels, 10 scenarios. */
import { allocate, breakEven, loadTables, scenarioComparison } from "../src/model";
import { benchTables } from "./benchModel";
import { measure, type Report } from "./measure";

/** Ten scenarios over the bench model, each two overrides, as a Scenarios table. */
function tenScenarios(): (string | number)[][] {
  const rows: (string | number)[][] = [["Scenario", "Driver", "Value", "Mode"]];
  for (let i = 1; i <= 10; i++) {
    rows.push([`Scenario ${i}`, `channel[Channel ${i > 8 ? 1 : i}].spend`, 0.5 + i * 0.1, "scale"]);
    rows.push([`Scenario ${i}`, "segment[*].price", 0.9 + i * 0.02, "scale"]);
  }
  return rows;
}

export function benchDecisions(report: Report): void {
  const { model } = loadTables(benchTables());

  const seek = measure(
    () => breakEven(model, { metric: "npv", driver: "segment[*].price", target: 0 }),
    { minRuns: 20, minMs: 1000 }
  );
  report("decisions: break-even, npv by segment[*].price (median)", seek.median, "ms", 20);

  const table = tenScenarios();
  const scenarios = measure(() => scenarioComparison(model, { scenarios: { table } }), {
    minRuns: 50,
    minMs: 1000,
  });
  report("decisions: 10 scenarios × 13 metrics (median)", scenarios.median, "ms", 5);

  let evaluations = 0;
  const split = measure(
    () => {
      evaluations = allocate(model, { metric: "npv" }).evaluations;
    },
    { minRuns: 3, minMs: 2000, warmup: 1 }
  );
  report(
    `decisions: allocation of 8 channels, npv (${evaluations} runs, median)`,
    split.median,
    "ms",
    1000
  );
}
