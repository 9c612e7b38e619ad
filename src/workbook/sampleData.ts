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
      conversion: 0.1,
      cycle: 2,
      capacity: 8,
      ramp: 6,
      fixedCost: 15000,
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
} as const;

/** The `tables` of `direct-vs-partner.expected.json`: the inputs as sheet tables, headers in words. */
export const SAMPLE_TABLES: {
  channels: (string | number)[][];
  segments: (string | number)[][];
  mix: (string | number)[][];
  assumptions: (string | number)[][];
} = {
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
    ["Direct sales", "direct", 40000, 400, 0.1, 2, 8, 6, "", 15000],
    ["Partners", "partner", 20000, 200, 0.1, 1, "", 2, 0.2, ""],
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
  mix: [
    ["", "Enterprise", "Mid-market"],
    ["Direct sales", 0.7, 0.3],
    ["Partners", 0.3, 0.7],
  ],
};
