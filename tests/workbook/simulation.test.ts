/** The simulation sheet (spec §9): what lands in the workbook, cell by cell, with its formats and charts. */
import { loadJson, parseUncertaintyJson, simulate, type UncertaintySpec } from "../../src/model";
import { simulationLayout, writeSimulation } from "../../src/workbook";
import { MemoryWorkbook } from "../../src/testing/memoryWorkbook";
import { readSimulationExample } from "../support/simulation";
import { expectCleanWorkbook, NOW, VERSION } from "./helpers";

const MONEY0 = "[$$-409]#,##0_);[Red]([$$-409]#,##0)";
const SHEET = "Sim NPV";
const example = readSimulationExample("direct-vs-partner");
const { model } = loadJson(example.input);
const spec = parseUncertaintyJson(example.input, model).spec as UncertaintySpec;

async function written(target = 0) {
  const result = simulate(model, spec, { metric: "npv", iterations: 2000, seed: 3, target });
  const wb = new MemoryWorkbook();
  const sheet = await writeSimulation(wb, {
    model,
    simulation: result,
    spec,
    inputs: {},
    now: NOW,
    version: VERSION,
  });
  return { wb, sheet, result, layout: simulationLayout({ simulation: result, spec }) };
}

describe("writeSimulation", () => {
  test("the set-up, the share below target in words, and the statistics with money formats", async () => {
    const { wb, sheet, result, layout } = await written();
    expect(sheet.name).toBe(SHEET);
    expect(wb.values(SHEET, { row: layout.setup, column: 0, rows: 5, columns: 3 })).toEqual([
      ["Metric", "NPV", null],
      ["Iterations", 2000, null],
      ["Seed", 3, null],
      ["Sampling", "Latin hypercube", null],
      ["Target", 0, null],
    ]);
    // The model's own names are in the audit's Question row only.
    expect(wb.values(SHEET, { row: 4, column: 0, rows: 1, columns: 2 })[0]).toEqual([
      "Question",
      "GTM.SIMULATE metric npv; iterations 2000; seed 3; sampling latin; target 0",
    ]);
    expect(wb.cell(SHEET, layout.sentence, 0)?.value).toBe(
      `NPV below $0 in ${((result.shareBelowTarget as number) * 100).toFixed(1)}% of 2,000 runs`
    );
    const first = layout.statsHeader + 1;
    const keys = [
      "mean",
      "sd",
      "min",
      "p1",
      "p5",
      "p10",
      "p25",
      "p50",
      "p75",
      "p90",
      "p95",
      "p99",
      "max",
    ] as const;
    keys.forEach((key, i) => {
      expect(wb.cell(SHEET, first + i, 1)?.value).toBe(result[key]);
      expect(wb.cell(SHEET, first + i, 1)?.format).toBe(MONEY0);
    });
    expect(wb.values(SHEET, { row: first + keys.length, column: 0, rows: 3, columns: 2 })).toEqual([
      ["Share below target", result.shareBelowTarget],
      ["Runs with a value", 2000],
      ["Runs without a value", 0],
    ]);
    expect(wb.cell(SHEET, first + keys.length, 1)?.format).toBe("0.0%");
    expectCleanWorkbook(wb);
  });

  test("a target inside the range: the share in words is the share of runs below it", async () => {
    const { wb, result, layout } = await written(2_800_000);
    const share = result.shareBelowTarget as number;
    expect(share).toBeGreaterThan(0.3);
    expect(wb.cell(SHEET, layout.sentence, 0)?.value).toBe(
      `NPV below $2,800,000 in ${(share * 100).toFixed(1)}% of 2,000 runs`
    );
  });

  test("the rank correlations in plain words, largest first, and the histogram with its S-curve data", async () => {
    const { wb, result, layout } = await written();
    const drivers = wb.values(SHEET, {
      row: layout.driversHeader + 1,
      column: 0,
      rows: 4,
      columns: 3,
    });
    expect(drivers.map((row) => row[2])).toEqual(result.rankCorrelations.map((row) => row.driver));
    expect(drivers.map((row) => row[1])).toEqual(
      result.rankCorrelations.map((row) => row.rankCorrelation)
    );
    expect(drivers[0]?.[0]).toBe("Conversion (Partners)");
    const bins = wb.values(SHEET, {
      row: layout.histogramHeader + 1,
      column: 0,
      rows: layout.bins,
      columns: 4,
    });
    expect(bins.map((row) => row[2])).toEqual(result.histogram.map((bin) => bin.count));
    expect(bins[0]?.[0]).toBe(result.min);
    expect(bins[bins.length - 1]?.[1]).toBe(result.max);
    expect(bins[bins.length - 1]?.[3]).toBe(1);
    expect(wb.cell(SHEET, layout.histogramHeader + 1, 3)?.format).toBe("0.0%");
  });

  test("the charts: histogram, S-curve and rank-correlation bars over the written cells", async () => {
    const { wb, layout } = await written();
    const charts = wb.sheet(SHEET)?.charts ?? [];
    expect(charts.map((chart) => [chart.type, chart.title])).toEqual([
      ["columnClustered", "NPV: runs per range"],
      ["line", "NPV: share of runs at or below (S-curve)"],
      ["barClustered", "What drives NPV: rank correlation"],
    ]);
    const first = layout.histogramHeader + 1;
    expect(charts[0]?.series[0]?.values).toEqual({
      row: first,
      column: 2,
      rows: layout.bins,
      columns: 1,
    });
    expect(charts[1]?.series[0]?.values).toEqual({
      row: first,
      column: 3,
      rows: layout.bins,
      columns: 1,
    });
    expect(charts[2]?.categories).toEqual({
      row: layout.driversHeader + 1,
      column: 0,
      rows: 4,
      columns: 1,
    });
  });

  test("the audit block: seed, iterations, sampling, every distribution, the correlations, the warnings", async () => {
    const { wb, layout } = await written();
    expect(wb.values(SHEET, { row: layout.auditTitle, column: 0, rows: 10, columns: 3 })).toEqual([
      ["Audit: what was run", null, null],
      ["Seed", 3, null],
      ["Iterations", 2000, null],
      ["Sampling", "Latin hypercube", null],
      [
        "Distributions",
        "channel[Direct sales].conversion",
        "PERT: Min 0.1, Most likely 0.15, Max 0.18",
      ],
      [null, "channel[Partners].conversion", "Triangular: Min 0.06, Most likely 0.1, Max 0.12"],
      [null, "segment[*].adoption", "Uniform: Min 0.8, Max 1.1 (× baseline)"],
      [null, "segment[Mid-market].price", "Normal: Mean 800, SD 80, Min 600"],
      ["Correlations", "channel[Direct sales].conversion with channel[Partners].conversion", 0.5],
      ["Warnings", "none", null],
    ]);
  });
});
