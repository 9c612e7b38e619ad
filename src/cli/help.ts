/** Help texts: `gtm --help` and `gtm <command> --help`. */

const INPUT_HELP = `Input: an .xlsx workbook with Excel tables (or sheets) named Channels, Segments and, optionally,
Mix and Assumptions — headers in the first row, the table anywhere on its sheet — or a .json file
in the form of the examples (shared/examples/*.input.json). The input file is never modified.

Input options (.xlsx):
  --channels NAME      table, sheet or range (Sheet!A1:J9) of the channels   [Channels]
  --segments NAME      ... of the segments                                   [Segments]
  --mix NAME           ... of the mix                                        [Mix]
  --assumptions NAME   ... of the assumptions                                [Assumptions]`;

const OUTPUT_HELP = `Output options:
  --json               print the result as JSON on stdout
  --out FILE.xlsx      write a copy of the input workbook with the output sheet added
                       (a new workbook for .json input). Charts are not drawn (exceljs cannot);
                       their data is on the sheet.
  --force              replace FILE.xlsx if it exists
  --currency CODE      ISO 4217 code of money figures (USD, EUR, CNY, JPY…)
                       [the model's Currency assumption, else USD]`;

const EXIT_HELP = `Exit codes: 0 success; 1 input errors (one line each on stderr, naming sheet!cell, table, row
and field) or an unreadable file; 2 usage errors (unknown command or option, missing argument,
an --out file that exists without --force).`;

export const MAIN_HELP = `gtm — GTM Modeler on the command line: the go-to-market model on .xlsx workbooks.

Usage:
  gtm sample <out.xlsx> [--force]
  gtm run <in.xlsx|in.json> [--out FILE.xlsx] [--json]
  gtm sensitivity <in> --metric M --x DRIVER --values LIST [--y DRIVER --y-values LIST]
                  [--mode value|scale] [--out FILE.xlsx] [--json]
  gtm tornado <in> --metric M [--drivers D1,D2,...] [--swing 0.2] [--out FILE.xlsx] [--json]
  gtm scenarios <in> [--metrics M1,M2,...] [--scenarios NAME] [--out FILE.xlsx] [--json]
  gtm breakeven <in> --metric M --driver D --target X [--low L --high H] [--out FILE.xlsx] [--json]
  gtm allocate <in> [--metric M] [--budget B] [--unspent] [--bounds NAME] [--out FILE.xlsx] [--json]
  gtm simulate <in> --metric M [--iterations 5000] [--seed 1] [--sampling latin|random]
               [--target 0] [--samples FILE.csv] [--out FILE.xlsx] [--json]
  gtm --help | gtm <command> --help | gtm --version

Commands:
  sample        write the sample workbook (the direct-vs-partner example as Excel tables)
  run           run the model: a summary table, JSON, or a results sheet
  sensitivity   a metric over one or two drivers (a one- or two-way grid)
  tornado       a metric's low/base/high as each driver moves by ± a swing
  scenarios     Base and each scenario of a Scenarios table side by side
  breakeven     the driver's value at which a metric reaches a target (goal seek)
  allocate      the best split of a budget over the channels (the mixed motion)
  simulate      Monte Carlo: the spread of a metric over the Uncertainty table's drivers

${EXIT_HELP}
`;

export const SAMPLE_HELP = `Usage: gtm sample <out.xlsx> [--force]

Writes a new workbook holding the direct-vs-partner example as formatted Excel tables Channels,
Segments, Mix and Assumptions, ready for gtm run.

  --force   replace out.xlsx if it exists
`;

export const RUN_HELP = `Usage: gtm run <in.xlsx|in.json> [--out FILE.xlsx] [--json] [--force]

Runs the model. Without --json or --out, prints a summary: per channel and in total, then per segment.

${INPUT_HELP}

${OUTPUT_HELP}
  --json prints { channels, segments, total, periods, horizon, periodUnit } (the examples' "result").

${EXIT_HELP}
`;

export const SENSITIVITY_HELP = `Usage: gtm sensitivity <in> --metric M --x DRIVER --values LIST
                       [--y DRIVER --y-values LIST] [--mode value|scale] [--out FILE.xlsx] [--json]

The metric with driver X set to each value (and Y to each of its values), everything else at baseline.

  --metric M        customers, activeCustomers, revenue, grossProfit, contribution, npv,
                    launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads
  --x DRIVER        e.g. channel[Partners].conversion, channel[*].spend, segment[*].price,
                    discountRate, horizon, launchPeriods
  --values LIST     numbers separated by commas (0.8,1,1.2), or from:to:count where count is the
                    number of points, ends included (0.8:1.2:5 → 0.8,0.9,1,1.1,1.2)
  --y DRIVER, --y-values LIST   an optional second driver (both or neither)
                    at most 40,000 cells (--values × --y-values), fewer on a large model
  --mode value|scale   value: the field becomes the number; scale: baseline × the number  [value]

${INPUT_HELP}

${OUTPUT_HELP}
  --json prints { "metric", "mode", "x": [...], "y": [...], "values": [[...]] }: values[i][j] is
  the metric at y_i, x_j; without --y, "y" is [] and "values" has one row. null = no value.

${EXIT_HELP}
`;

export const TORNADO_HELP = `Usage: gtm tornado <in> --metric M [--drivers D1,D2,...] [--swing 0.2] [--out FILE.xlsx] [--json]

The metric at baseline × (1 − swing) and × (1 + swing) for each driver, sorted by swing.

  --metric M        as for gtm sensitivity
  --drivers LIST    drivers separated by commas; default: every channel and segment field the
                    model uses (spend, cost per lead, conversion, capacity, partner margin,
                    fixed cost, accounts, adoption, price, gross margin, churn)
  --swing S         a share 0 < S < 1 (0.2), or a percentage (20%)                  [0.2]

${INPUT_HELP}

${OUTPUT_HELP}
  --json prints { "metric", "swing", "rows": [{ driver, low, base, high, swing }] } as in the
  examples' "tornado".

${EXIT_HELP}
`;

const METRIC_HELP = `M is a total metric (customers, activeCustomers, revenue, grossProfit, contribution, npv,
                    launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads), one channel's
                    (channel[Partners].cac) or one segment's (segment[Enterprise].penetration)`;

export const SCENARIOS_HELP = `Usage: gtm scenarios <in> [--metrics M1,M2,...] [--scenarios NAME] [--chart-metric M]
                     [--out FILE.xlsx] [--json]

Base and every scenario side by side: each scenario is a full run with its overrides. The
scenarios come from a table or sheet named Scenarios (columns Scenario, Driver, Value, Mode; rows
with the same name form one scenario), or from the "scenarios" of a JSON model.

  --metrics LIST    metrics separated by commas; default the 13 total metrics.
                    ${METRIC_HELP}
  --scenarios NAME  table, sheet or range (Sheet!A1:D9) of the scenarios (.xlsx)      [Scenarios]
  --chart-metric M  the metric the --out sheet charts per scenario                      [npv]

${INPUT_HELP}

${OUTPUT_HELP}
  --json prints { "metrics", "scenarios": [names], "comparison": [{ "metric", "base", "values",
  "change" }] }: values and change (scenario − Base) in scenario order, null where none.

${EXIT_HELP}
`;

export const BREAKEVEN_HELP = `Usage: gtm breakeven <in> --metric M --driver D --target X [--low L --high H]
                     [--out FILE.xlsx] [--json]

The driver's value (value mode) at which the metric equals the target, searched over [L, H]: the
first of 100 steps that brackets the target, refined to 12 significant digits. Without a
break-even, the metric's smallest and largest value over the interval.

  --metric M        ${METRIC_HELP}
  --driver D        a driver that is not a whole number: channel[Partners].conversion,
                    segment[*].price, discountRate…
  --target X        the metric's target value
  --low L, --high H the interval; default [0, 1] for rates, else [0, 10 × the largest baseline]
                    (low 1% of the smallest for cost per lead, ref price and Bass p)

${INPUT_HELP}

${OUTPUT_HELP}
  --json prints { "metric", "driver", "target", "low", "high", "value", "min", "max",
  "baseline" }: value null when there is no break-even.

${EXIT_HELP}
`;

export const ALLOCATE_HELP = `Usage: gtm allocate <in> [--metric M] [--budget B] [--unspent] [--bounds NAME]
                    [--out FILE.xlsx] [--json]

The spend per period of each channel that makes the metric best (largest; smallest for CAC and
payback), spending the budget, within each channel's bounds. Bounds come from a table or sheet
named Bounds (columns Channel, Min, Max; blank: 0 and the budget) or the "bounds" of a JSON model.

  --metric M        ${METRIC_HELP}                                                  [npv]
  --budget B        total spend per period                             [the baseline's total]
  --unspent         allow spending less than the budget
  --bounds NAME     table, sheet or range (Sheet!A1:C9) of the bounds (.xlsx)          [Bounds]

${INPUT_HELP}

${OUTPUT_HELP}
  --json prints { "metric", "budget", "spends": { channel: spend }, "value", "baseline" }: the
  metric at the allocation and at the baseline.

${EXIT_HELP}
`;

export const SIMULATE_HELP = `Usage: gtm simulate <in> --metric M [--iterations 5000] [--seed 1] [--sampling latin|random]
                    [--target 0] [--samples FILE.csv] [--out FILE.xlsx] [--json]

Monte Carlo: every uncertain driver of the Uncertainty table is sampled from its distribution
(rank-correlated as the optional Correlations table says), the model runs once per iteration, and
the metric's spread is summarised: mean, standard deviation, percentiles, the share of runs below
the target, and each driver's rank correlation with the metric.

  --metric M            as for gtm sensitivity
  --iterations N        100 to 1,000,000                                        [5000]
  --seed S              a whole number: the same seed gives the same numbers      [1]
  --sampling latin|random   Latin hypercube or plain random sampling              [latin]
  --target T            the share of runs below this value is reported             [0]
  --samples FILE.csv    write every iteration's sampled values (as drawn, before clamping) and
                        the metric (empty where it has no value); replaced only with --force
  --uncertainty NAME    table, sheet or range of the Uncertainty table (Driver, Distribution,
                        Min, Most likely, Max, Mean, SD, Apply)                 [Uncertainty]
  --correlations NAME   ... of the optional Correlations table (Driver, With, Correlation)
                                                                                [Correlations]
  A .json input carries them as "uncertainty" and "correlations" (shared/examples).

${INPUT_HELP}

${OUTPUT_HELP}
  --json prints { "metric", "iterations", "seed", "sampling", "target", "noValue", "mean", "sd",
  "min", "max", "p1" … "p99", "shareBelowTarget", "rankCorrelations": [{ driver, rankCorrelation }],
  "histogram": [{ from, to, count }], "warnings": [...] }. null = no value.

${EXIT_HELP}
`;
