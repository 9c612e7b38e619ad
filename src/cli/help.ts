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
  --currency SYMBOL    currency symbol of money figures                      [$]`;

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
  gtm --help | gtm <command> --help | gtm --version

Commands:
  sample        write the sample workbook (the direct-vs-partner example as Excel tables)
  run           run the model: a summary table, JSON, or a results sheet
  sensitivity   a metric over one or two drivers (a one- or two-way grid)
  tornado       a metric's low/base/high as each driver moves by ± a swing

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
  --swing S         0 < S < 1                                                     [0.2]

${INPUT_HELP}

${OUTPUT_HELP}
  --json prints { "metric", "swing", "rows": [{ driver, low, base, high, swing }] } as in the
  examples' "tornado".

${EXIT_HELP}
`;
