/**
 * The `direct-vs-partner` example of shared/examples (enterprise direct sales versus channel
 * partners), embedded because bundles cannot read shared/ at run time. A test asserts both
 * constants equal the shared files.
 */

/** `direct-vs-partner.input.json`. */
export const SAMPLE_INPUT = {
  assumptions: {
    horizon: 24,
    periodUnit: "month",
    discountRate: 0.01,
    launchPeriods: 3,
  },
  segments: [
    {
      name: "Enterprise",
      accounts: 900,
      adoption: 0.35,
      bassP: 0.005,
      bassQ: 0.25,
      price: 2500,
      grossMargin: 0.8,
      churn: 0.01,
      elasticity: 0.3,
    },
    {
      name: "Mid-market",
      accounts: 5000,
      adoption: 0.25,
      bassP: 0.01,
      bassQ: 0.3,
      price: 800,
      grossMargin: 0.78,
      churn: 0.02,
      elasticity: 0.8,
    },
  ],
  channels: [
    {
      name: "Direct sales",
      type: "direct",
      spend: 40000,
      costPerLead: 400,
      conversion: 0.15,
      cycle: 2,
      capacity: 12,
      ramp: 6,
      fixedCost: 0,
    },
    {
      name: "Partners",
      type: "partner",
      spend: 20000,
      costPerLead: 200,
      conversion: 0.1,
      cycle: 1,
      ramp: 2,
      partnerMargin: 0.2,
      capacity: 20,
      fixedCost: 1000,
    },
  ],
  mix: {
    "Direct sales": {
      Enterprise: 0.7,
      "Mid-market": 0.3,
    },
    Partners: {
      Enterprise: 0.3,
      "Mid-market": 0.7,
    },
  },
  scenarios: [
    {
      name: "Direct only",
      overrides: [
        {
          driver: "channel[Partners].spend",
          value: 0,
        },
        {
          driver: "channel[Partners].fixedCost",
          value: 0,
        },
      ],
    },
    {
      name: "Partners only",
      overrides: [
        {
          driver: "channel[Direct sales].spend",
          value: 0,
        },
      ],
    },
    {
      name: "Partners +50%",
      overrides: [
        {
          driver: "channel[Partners].spend",
          value: 1.5,
          mode: "scale",
        },
      ],
    },
  ],
  bounds: {
    "Direct sales": {
      min: 10000,
    },
    Partners: {
      max: 45000,
    },
  },
  uncertainty: [
    {
      driver: "channel[Direct sales].conversion",
      distribution: "pert",
      min: 0.1,
      mostLikely: 0.15,
      max: 0.18,
    },
    {
      driver: "channel[Partners].conversion",
      distribution: "triangular",
      min: 0.06,
      mostLikely: 0.1,
      max: 0.12,
    },
    {
      driver: "segment[*].adoption",
      distribution: "uniform",
      min: 0.8,
      max: 1.1,
      apply: "scale",
    },
    {
      driver: "segment[Mid-market].price",
      distribution: "normal",
      mean: 800,
      sd: 80,
      min: 600,
    },
  ],
  correlations: [
    {
      driver: "channel[Direct sales].conversion",
      with: "channel[Partners].conversion",
      correlation: 0.5,
    },
  ],
} as const;

type SampleTable = (string | number)[][];

/** The `tables` of `direct-vs-partner.expected.json`: the inputs as sheet tables, headers in words. */
export const SAMPLE_TABLES: Record<
  | "channels"
  | "segments"
  | "assumptions"
  | "scenarios"
  | "bounds"
  | "uncertainty"
  | "correlations"
  | "mix",
  SampleTable
> = {
  channels: [
    [
      "Channel",
      "Type",
      "Spend",
      "Cost per lead",
      "Conversion",
      "Cycle",
      "Capacity",
      "Ramp",
      "Partner margin",
      "Fixed cost",
    ],
    ["Direct sales", "direct", 40000, 400, 0.15, 2, 12, 6, "", 0],
    ["Partners", "partner", 20000, 200, 0.1, 1, 20, 2, 0.2, 1000],
  ],
  segments: [
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
    ["Enterprise", 900, 0.35, 0.005, 0.25, 2500, 0.8, 0.01, 0.3, ""],
    ["Mid-market", 5000, 0.25, 0.01, 0.3, 800, 0.78, 0.02, 0.8, ""],
  ],
  assumptions: [
    ["horizon", 24],
    ["periodUnit", "month"],
    ["discountRate", 0.01],
    ["launchPeriods", 3],
  ],
  scenarios: [
    ["Scenario", "Driver", "Value", "Mode"],
    ["Direct only", "channel[Partners].spend", 0, ""],
    ["Direct only", "channel[Partners].fixedCost", 0, ""],
    ["Partners only", "channel[Direct sales].spend", 0, ""],
    ["Partners +50%", "channel[Partners].spend", 1.5, "scale"],
  ],
  bounds: [
    ["Channel", "Min", "Max"],
    ["Direct sales", 10000, ""],
    ["Partners", "", 45000],
  ],
  uncertainty: [
    ["Driver", "Distribution", "Min", "Most likely", "Max", "Mean", "SD", "Apply"],
    ["channel[Direct sales].conversion", "pert", 0.1, 0.15, 0.18, "", "", ""],
    ["channel[Partners].conversion", "triangular", 0.06, 0.1, 0.12, "", "", ""],
    ["segment[*].adoption", "uniform", 0.8, "", 1.1, "", "", "scale"],
    ["segment[Mid-market].price", "normal", 600, "", "", 800, 80, ""],
  ],
  correlations: [
    ["Driver", "With", "Correlation"],
    ["channel[Direct sales].conversion", "channel[Partners].conversion", 0.5],
  ],
  mix: [
    ["", "Enterprise", "Mid-market"],
    ["Direct sales", 0.7, 0.3],
    ["Partners", 0.3, 0.7],
  ],
};
