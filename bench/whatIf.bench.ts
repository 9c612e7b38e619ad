/**
 * `npx tsx bench/whatIf.bench.ts`: round trips and time per point of the what-if sweep over the
 * stand-in (the small formula model of tests/excel/whatIfModel.ts: GTM.LTV, arithmetic across sheets).
 */
import { runWhatIf } from "../src/workbook/whatIf";
import type { WhatIfOptions, WhatIfRequest } from "../src/workbook/whatIf";
import { modelFixture } from "../tests/excel/whatIfModel";

const range = (from: number, step: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => Number((from + i * step).toPrecision(12)));

async function measure(name: string, request: WhatIfRequest, options: WhatIfOptions = {}) {
  const { book, port, late } = modelFixture();
  late.delayMs = 2;
  const syncs = book.syncs;
  const start = performance.now();
  const outcome = await runWhatIf(port, request, { pollMs: 2, ...options });
  const ms = performance.now() - start;
  if (outcome.status !== "done") throw new Error(`${name}: ${outcome.status}`);
  const { points, batches, failures } = outcome.result;
  const total = book.syncs - syncs;
  console.log(
    `${name.padEnd(44)} ${String(points).padStart(5)} points  ${String(total).padStart(4)} syncs (${batches} batches)  ${(total / points).toFixed(3)} syncs/point  ${(ms / points).toFixed(3)} ms/point  ${failures.length} failures`
  );
}

async function main(): Promise<void> {
  console.log(`What-if over the stand-in — node ${process.version}, ${new Date().toISOString()}`);
  const prices = range(50, 1, 101);
  await measure("one-way, 101 points, 20 per sync", {
    kind: "table",
    output: "Model!B2",
    x: { cell: "Inputs!B1", values: prices },
  });
  await measure(
    "one-way, 101 points, 1 per sync",
    { kind: "table", output: "Model!B2", x: { cell: "Inputs!B1", values: prices } },
    { pointsPerSync: 1 }
  );
  await measure(
    "one-way, 101 points, 50 per sync",
    { kind: "table", output: "Model!B2", x: { cell: "Inputs!B1", values: prices } },
    { pointsPerSync: 50 }
  );
  await measure("two-way, 21 × 21 points, 20 per sync", {
    kind: "table",
    output: "Model!B1",
    x: { cell: "Inputs!B2", values: range(0.5, 0.02, 21) },
    y: { cell: "Inputs!B3", values: range(0.01, 0.002, 21) },
  });
  await measure("tornado, 3 inputs", {
    kind: "tornado",
    output: "Model!B2",
    inputs: [
      { cell: "Inputs!B1", low: 96, high: 144 },
      { cell: "Inputs!B3", low: 0.016, high: 0.024 },
      { cell: "Inputs!B4", low: 80, high: 120 },
    ],
  });
  await measure("goal seek (scan 101 + refinement)", {
    kind: "goalSeek",
    output: "Model!B1",
    input: "Inputs!B3",
    target: 2400,
    low: 0.01,
    high: 0.1,
  });
  await measure("one-way over a late function (#BUSY!), 20 pts", {
    kind: "table",
    output: "Model!B3",
    x: { cell: "Inputs!B1", values: range(100, 1, 20) },
  });
}

void main();
