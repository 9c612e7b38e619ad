/**
 * The benchmark model of the issues: 8 channels × 6 segments × 60 periods, with a mix and
 * capacities, as sheet tables (2-D arrays as Excel passes them). Deterministic.
 */
import { SAMPLE_TABLES } from "../src/workbook/sampleData";

export interface BenchTables {
  channels: (string | number)[][];
  segments: (string | number)[][];
  mix: (string | number)[][];
  assumptions: (string | number)[][];
}

export const BENCH_CHANNELS = 8;
export const BENCH_SEGMENTS = 6;
export const BENCH_HORIZON = 60;

const TYPES = ["direct", "partner", "online", "other"];

export function benchTables(channelCount = BENCH_CHANNELS): BenchTables {
  const segmentNames = Array.from({ length: BENCH_SEGMENTS }, (_, s) => `Segment ${s + 1}`);
  // The sample's headers: every channel field, in words.
  const channels: (string | number)[][] = [[...(SAMPLE_TABLES.channels[0] ?? [])]];
  for (let k = 0; k < channelCount; k++) {
    channels.push([
      `Channel ${k + 1}`,
      TYPES[k % TYPES.length] as string,
      20000 + 5000 * (k % 5),
      150 + 40 * (k % 7),
      0.04 + 0.01 * (k % 6),
      k % 4,
      k % 2 === 0 ? 6 + (k % 5) : "",
      k % 3 === 0 ? "" : 2 + (k % 4),
      k % 4 === 1 ? 0.15 : "",
      k % 3 === 0 ? 10000 : "",
    ]);
  }
  const segments: (string | number)[][] = [
    [
      "Segment",
      "Accounts",
      "Adoption",
      "Bass p",
      "Bass q",
      "Price",
      "Gross margin",
      "Churn",
      "Elasticity",
      "Ref price",
    ],
  ];
  segmentNames.forEach((name, s) => {
    segments.push([
      name,
      800 + 700 * s,
      0.2 + 0.05 * s,
      0.004 + 0.002 * s,
      0.2 + 0.03 * s,
      300 + 350 * s,
      0.6 + 0.04 * s,
      0.01 + 0.005 * s,
      0.2 * s,
      "",
    ]);
  });
  const mix: (string | number)[][] = [["Channel", ...segmentNames]];
  for (let k = 0; k < channelCount; k++)
    mix.push([`Channel ${k + 1}`, ...segmentNames.map((_, s) => 1 + ((k + 2 * s) % 5))]);
  const assumptions = [
    ["horizon", BENCH_HORIZON],
    ["periodUnit", "month"],
    ["discountRate", 0.008],
    ["launchPeriods", 6],
  ];
  return { channels, segments, mix, assumptions };
}

/** The simulation benchmark's Uncertainty table (3 uncertain drivers) and Correlations, as sheets. */
export function benchUncertainty(): {
  uncertainty: (string | number)[][];
  correlations: (string | number)[][];
} {
  return {
    uncertainty: [
      ["Driver", "Distribution", "Min", "Most likely", "Max", "Mean", "SD", "Apply"],
      ["channel[*].conversion", "triangular", 0.8, 1, 1.2, "", "", "scale"],
      ["segment[*].price", "pert", 0.85, 1, 1.1, "", "", "scale"],
      ["channel[Channel 1].spend", "normal", 0, "", "", 20000, 3000, ""],
    ],
    correlations: [
      ["Driver", "With", "Correlation"],
      ["channel[*].conversion", "segment[*].price", -0.3],
    ],
  };
}
