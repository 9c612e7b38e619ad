/**
 * The GTM.* custom functions: entry points only. Their JSDoc is the input of
 * CustomFunctionsMetadataPlugin (functions.json), which also appends the `CustomFunctions.associate`
 * calls. Every function is pure and deterministic; none writes to the workbook. The arguments go
 * through ./args, the maths lives in ./core (spec: shared/spec/custom-functions.md).
 */
import {
  booleanArg,
  decisionTableArg,
  excel,
  excelAsync,
  excelError,
  modelArg,
  numberArg,
  numberList,
  optionalNumber,
  optionalText,
  originOf,
  spill,
  tableArg,
  textArg,
  textList,
} from "./args";
import * as unit from "./core/unitEconomics";
import * as tables from "./core/modelTables";
import * as decisions from "./core/decisionTables";
import * as simulation from "./core/simulation";
import { fragment, GtmError } from "./core/errors";

/**
 * End-to-end funnel conversion: the product of the stage conversion rates.
 * @customfunction CONVERSION
 * @helpurl https://localhost:3000/functions.html#gtm-conversion
 * @param rates Stage conversion rates, each a share from 0 to 1 (25% or 0.25): values or a range; blank cells are skipped.
 * @returns The share of the top of the funnel that becomes a customer, from 0 to 1.
 */
export function conversion(rates: unknown[][]): number {
  return excel(() => unit.conversion(numberList("rates", rates)));
}

/**
 * Funnel stages as a column: the top, then what is left after each stage's conversion rate.
 * @customfunction FUNNEL
 * @helpurl https://localhost:3000/functions.html#gtm-funnel
 * @param top Volume entering the funnel (visitors, leads… a count, 0 or more).
 * @param rates Stage conversion rates, each a share from 0 to 1 (25% or 0.25): values or a range; blank cells are skipped.
 * @returns A column of n + 1 counts: top, top × rate 1, top × rate 1 × rate 2, …
 */
export function funnel(top: number, rates: unknown[][]): number[][] {
  return excel(() =>
    unit.funnel(numberArg("top", top), numberList("rates", rates)).map((stage) => [stage])
  );
}

/**
 * Customer acquisition cost: total acquisition spend divided by total customers won.
 * @customfunction CAC
 * @helpurl https://localhost:3000/functions.html#gtm-cac
 * @param spend Acquisition spend, in currency: a value or a range; blank cells are skipped.
 * @param customers Customers won with that spend (a count): a value or a range; blank cells are skipped.
 * @returns Currency spent per customer won.
 */
export function cac(spend: unknown[][], customers: unknown[][]): number {
  return excel(() => unit.cac(numberList("spend", spend), numberList("customers", customers)));
}

/**
 * Lifetime value at acquisition: the margin a customer earns until it churns, discounted per period.
 * @customfunction LTV
 * @helpurl https://localhost:3000/functions.html#gtm-ltv
 * @param arpa Revenue per customer per period (ARPA), in currency.
 * @param grossMargin Gross margin as a share of revenue, from 0 to 1 (80% or 0.8).
 * @param churn Share of customers lost per period, from 0 to 1 (2% or 0.02).
 * @param [discountRate] Discount rate per period, from 0 to 1; 0 when omitted.
 * @returns Currency: arpa × grossMargin ÷ (churn + discountRate).
 */
export function ltv(
  arpa: number,
  grossMargin: number,
  churn: number,
  discountRate?: number
): number {
  return excel(() =>
    unit.ltv(
      numberArg("arpa", arpa),
      numberArg("grossMargin", grossMargin),
      numberArg("churn", churn),
      optionalNumber("discountRate", discountRate) ?? 0
    )
  );
}

/**
 * CAC payback: periods until a customer's margin repays what it cost to acquire.
 * @customfunction PAYBACK
 * @helpurl https://localhost:3000/functions.html#gtm-payback
 * @param cac Cost to acquire one customer, in currency.
 * @param arpa Revenue per customer per period (ARPA), in currency.
 * @param grossMargin Gross margin as a share of revenue, from 0 to 1 (80% or 0.8).
 * @param [churn] Share of customers lost per period, from 0 up to but not including 1; no churn when omitted.
 * @returns Number of periods (months, quarters or years: the unit of arpa and churn).
 */
export function payback(cac: number, arpa: number, grossMargin: number, churn?: number): number {
  return excel(() =>
    unit.payback(
      numberArg("cac", cac),
      numberArg("arpa", arpa),
      numberArg("grossMargin", grossMargin),
      optionalNumber("churn", churn) ?? 0
    )
  );
}

/**
 * Bass diffusion: new adopters per period (or the cumulative total) as a column.
 * @customfunction BASS
 * @helpurl https://localhost:3000/functions.html#gtm-bass
 * @param p Innovation coefficient per period, above 0 (e.g. 0.01).
 * @param q Imitation coefficient per period, 0 or more (e.g. 0.3).
 * @param market Accounts that will ever adopt (a count, 0 or more).
 * @param periods Number of periods to show: a whole number from 1 to 600.
 * @param [cumulative] TRUE for adopters to date, FALSE or omitted for new adopters in each period.
 * @returns A column of `periods` counts.
 */
export function bass(
  p: number,
  q: number,
  market: number,
  periods: number,
  cumulative?: boolean
): number[][] {
  return excel(() =>
    unit
      .bass(
        numberArg("p", p),
        numberArg("q", q),
        numberArg("market", market),
        numberArg("periods", periods),
        booleanArg("cumulative", cumulative, false)
      )
      .map((adopters) => [adopters])
  );
}

/**
 * Runs the GTM model: one row per channel and a Total row with leads, customers, CAC, LTV, payback, revenue and NPV.
 * @customfunction MODEL
 * @helpurl https://localhost:3000/functions.html#gtm-model
 * @param channels Channels table with its header row (Channel, Type, Spend, Cost per lead, Conversion, …).
 * @param segments Segments table with its header row (Segment, Accounts, Price, Gross margin, Churn, …).
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, so that errors name the cell.
 * @returns A table: Channel, Leads, Customers, Conversion, Spend, Fixed cost, CAC, LTV, LTV:CAC, Payback, Revenue, Gross profit, Contribution, NPV.
 * @requiresParameterAddresses
 */
export function model(
  channels: unknown[][],
  segments: unknown[][],
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.Invocation
): Array<Array<number | string>> {
  return excel(() =>
    spill(
      tables.summaryTable(modelArg({ channels, segments, mix, assumptions }, invocation, 2)),
      "blank"
    )
  );
}

/**
 * One total figure of the GTM model, such as npv, revenue, customers, cac, ltv or payback.
 * @customfunction METRIC
 * @helpurl https://localhost:3000/functions.html#gtm-metric
 * @param channels Channels table with its header row.
 * @param segments Segments table with its header row.
 * @param metric Metric name: a total (customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads), one channel's (channel[Partners].cac) or one segment's (segment[Enterprise].penetration).
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, so that errors name the cell.
 * @returns The metric (one cell): currency, a count, a rate from 0 to 1, a ratio or periods.
 * @requiresParameterAddresses
 */
export function metric(
  channels: unknown[][],
  segments: unknown[][],
  metric: string,
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.Invocation
): number[][] {
  // A 1×1 matrix: Excel passes parameter addresses only to a function whose result is a matrix.
  return excel(() => {
    const name = textArg("metric", metric);
    return [
      [tables.metricTotal(modelArg({ channels, segments, mix, assumptions }, invocation, 3), name)],
    ];
  });
}

/**
 * Per-period values of the GTM model as a column, for one channel or in total.
 * @customfunction SERIES
 * @helpurl https://localhost:3000/functions.html#gtm-series
 * @param channels Channels table with its header row.
 * @param segments Segments table with its header row.
 * @param field What to show each period: leads, customers, activeCustomers, revenue, grossProfit or contribution.
 * @param [channel] Channel name; the total of all channels when omitted.
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, so that errors name the cell.
 * @returns A column with one value per period (counts or currency).
 * @requiresParameterAddresses
 */
export function series(
  channels: unknown[][],
  segments: unknown[][],
  field: string,
  channel?: string,
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.Invocation
): number[][] {
  return excel(() => {
    const fieldName = textArg("field", field);
    const input = modelArg({ channels, segments, mix, assumptions }, invocation, 4);
    return tables
      .seriesValues(input, fieldName, optionalText("channel", channel))
      .map((value) => [value]);
  });
}

/**
 * A live sensitivity table: a metric of the GTM model as one or two drivers move. Recalculates with its inputs.
 * @customfunction SENSITIVITY
 * @helpurl https://localhost:3000/functions.html#gtm-sensitivity
 * @param channels Channels table with its header row.
 * @param segments Segments table with its header row.
 * @param metric Metric name, such as npv, revenue, customers, cac or payback.
 * @param driverX Input to move, e.g. channel[Partners].conversion, segment[*].price or discountRate.
 * @param valuesX Values for driverX (a row or a column of numbers): the field's own unit in "value" mode, multiples of the baseline in "scale" mode.
 * @param [driverY] A second input to move, for a two-way table.
 * @param [valuesY] Values for driverY (a row or a column of numbers).
 * @param [mode] "value" (default): the driver becomes each number; "scale": the baseline is multiplied by it.
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, so that errors name the cell.
 * @returns One-way: rows of driver value and metric. Two-way: the metric name top-left, X values across, Y values down, the metric inside.
 * @requiresParameterAddresses
 */
export function sensitivity(
  channels: unknown[][],
  segments: unknown[][],
  metric: string,
  driverX: string,
  valuesX: unknown[][],
  driverY?: string,
  valuesY?: unknown[][],
  mode?: string,
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.Invocation
): Array<Array<number | string | CustomFunctions.Error>> {
  return excel(() => {
    const request = tables.sensitivityRequest({
      metric: textArg("metric", metric),
      x: { driver: textArg("driverX", driverX), values: numberList("valuesX", valuesX) },
      y: { driver: optionalText("driverY", driverY), values: numberList("valuesY", valuesY) },
      mode: optionalText("mode", mode),
    });
    const input = modelArg({ channels, segments, mix, assumptions }, invocation, 8);
    return spill(
      tables.sensitivityTable(input, request),
      "na",
      tables.metricLabels(request.metric)
    );
  });
}

/**
 * A tornado table: how far a metric of the GTM model moves when each driver is scaled down and up by the swing.
 * @customfunction TORNADO
 * @helpurl https://localhost:3000/functions.html#gtm-tornado
 * @param channels Channels table with its header row.
 * @param segments Segments table with its header row.
 * @param metric Metric name, such as npv, revenue, customers, cac or payback.
 * @param [drivers] Drivers to test: a range of names or one comma-separated text; the standard channel and segment drivers when omitted.
 * @param [swing] Share by which each driver moves down and up, between 0 and 1 (exclusive); 20% when omitted.
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, so that errors name the cell.
 * @returns A table: Driver, Low, Base, High, Swing, largest swing first.
 * @requiresParameterAddresses
 */
export function tornado(
  channels: unknown[][],
  segments: unknown[][],
  metric: string,
  drivers?: unknown[][],
  swing?: number,
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.Invocation
): Array<Array<number | string>> {
  return excel(() => {
    const metricName = textArg("metric", metric);
    const driverList = textList("drivers", drivers);
    const swingShare = optionalNumber("swing", swing);
    const input = modelArg({ channels, segments, mix, assumptions }, invocation, 5);
    return spill(tables.tornadoTable(input, metricName, driverList, swingShare), "blank");
  });
}

/**
 * Scenarios side by side: Base and each scenario of a Scenarios table, over a list of metrics, with each scenario's change against Base.
 * @customfunction SCENARIOS
 * @helpurl https://localhost:3000/functions.html#gtm-scenarios
 * @param channels Channels table with its header row.
 * @param segments Segments table with its header row.
 * @param scenarios Scenarios table with its header row: Scenario, Driver, Value, Mode (one override per row; rows with the same name form one scenario).
 * @param [metrics] Metrics to compare: a range of names or one comma-separated text, e.g. npv or channel[Partners].cac; the 13 total metrics when omitted.
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, so that errors name the cell.
 * @returns A table: Metric, Base, each scenario, then each scenario vs Base; one row per metric.
 * @requiresParameterAddresses
 */
export function scenarios(
  channels: unknown[][],
  segments: unknown[][],
  scenarios: unknown[][],
  metrics?: unknown[][],
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.Invocation
): Array<Array<number | string>> {
  return excel(() => {
    const table = decisionTableArg(scenarios, invocation, 2);
    if (table === null) throw new GtmError("required", { param: "scenarios" });
    const metricList = textList("metrics", metrics);
    const input = modelArg({ channels, segments, mix, assumptions }, invocation, 4);
    return spill(decisions.scenariosTable(input, table, metricList), "blank");
  });
}

/**
 * Break-even (Goal Seek that works with the model): the value of a driver at which a metric reaches a target.
 * @customfunction BREAKEVEN
 * @helpurl https://localhost:3000/functions.html#gtm-breakeven
 * @param channels Channels table with its header row.
 * @param segments Segments table with its header row.
 * @param metric Metric name, such as npv, cac or channel[Partners].cac.
 * @param driver Input to search, set to each value: e.g. channel[Partners].conversion or segment[*].price (not a whole-number field).
 * @param target The metric's target value.
 * @param [low] Low end of the search; 0 by default (1% of the smallest baseline for fields that must be above 0).
 * @param [high] High end of the search; 1 for rates, else 10 × the largest baseline, by default.
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, so that errors name the cell.
 * @returns The driver's value at which the metric equals the target; #N/A with the metric's range when the interval holds none.
 * @requiresParameterAddresses
 */
export function breakeven(
  channels: unknown[][],
  segments: unknown[][],
  metric: string,
  driver: string,
  target: number,
  low?: number,
  high?: number,
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.Invocation
): number[][] {
  // A 1×1 matrix: Excel passes parameter addresses only to a function whose result is a matrix.
  return excel(() => {
    const question = {
      metric: textArg("metric", metric),
      driver: textArg("driver", driver),
      target: numberArg("target", target),
      low: optionalNumber("low", low),
      high: optionalNumber("high", high),
    };
    const input = modelArg({ channels, segments, mix, assumptions }, invocation, 7);
    return [[decisions.breakEvenValue(input, question)]];
  });
}

/**
 * Best split of a budget over the channels (the mixed motion): each channel's spend per period that makes a metric best.
 * @customfunction ALLOCATE
 * @helpurl https://localhost:3000/functions.html#gtm-allocate
 * @param channels Channels table with its header row.
 * @param segments Segments table with its header row.
 * @param [metric] Metric to make best (largest; smallest for cac and payback); npv when omitted.
 * @param [budget] Total spend per period to split; the channels' current total when omitted.
 * @param [bounds] Bounds table with its header row: Channel, Min, Max (spend per period; a blank keeps 0 and the budget).
 * @param [unspent] TRUE to allow spending less than the budget; FALSE or omitted spends all of it.
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, so that errors name the cell.
 * @returns A table: Channel, Spend now, Best spend, Change; a Total row; then the metric now, at the best spend, and the change.
 * @requiresParameterAddresses
 */
export function allocate(
  channels: unknown[][],
  segments: unknown[][],
  metric?: string,
  budget?: number,
  bounds?: unknown[][],
  unspent?: boolean,
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.Invocation
): Array<Array<number | string>> {
  return excel(() => {
    const question = {
      metric: optionalText("metric", metric),
      budget: optionalNumber("budget", budget),
      bounds: decisionTableArg(bounds, invocation, 4),
      unspent: booleanArg("unspent", unspent, false),
    };
    const input = modelArg({ channels, segments, mix, assumptions }, invocation, 6);
    return spill(decisions.allocationTable(input, question), "blank");
  });
}

/**
 * Monte Carlo: the spread of a metric of the GTM model when the Uncertainty table's drivers are drawn from their distributions.
 * @customfunction SIMULATE
 * @helpurl https://localhost:3000/functions.html#gtm-simulate
 * @param channels Channels table with its header row.
 * @param segments Segments table with its header row.
 * @param uncertainty Uncertainty table with its header row: Driver, Distribution (uniform, triangular, pert, normal, lognormal), Min, Most likely, Max, Mean, SD, Apply.
 * @param metric Metric name, such as npv, revenue, customers, cac or payback.
 * @param [iterations] Number of runs, a whole number from 100 to 1,000,000; 5,000 when omitted.
 * @param [seed] A whole number: the same seed gives the same numbers; 1 when omitted.
 * @param [correlations] Rank correlations between uncertain drivers with a header row: Driver, With, Correlation (−1 to 1).
 * @param [mix] Share of each channel's spend per segment: segment names across the first row, channel names down the first column.
 * @param [assumptions] Two columns of name and value: horizon, periodUnit, discountRate, launchPeriods.
 * @param [invocation] Filled in by Excel: where the table arguments sit, and a cancelled recalculation.
 * @returns Two columns, Statistic and Value: Iterations, No value, Mean, Standard deviation, Min, P1 … P99, Max, Share below target (0), then each uncertain driver's rank correlation with the metric.
 * @requiresParameterAddresses
 * @cancelable
 */
export async function simulate(
  channels: unknown[][],
  segments: unknown[][],
  uncertainty: unknown[][],
  metric: string,
  iterations?: number,
  seed?: number,
  correlations?: unknown[][],
  mix?: unknown[][],
  assumptions?: unknown[][],
  invocation?: CustomFunctions.CancelableInvocation
): Promise<Array<Array<number | string>>> {
  let cancelled = false;
  if (invocation !== undefined) invocation.onCanceled = () => (cancelled = true);
  const { input, request } = excel(() => {
    const metricName = textArg("metric", metric);
    const iterationCount = optionalNumber("iterations", iterations);
    const seedNumber = optionalNumber("seed", seed);
    const addresses = invocation?.parameterAddresses ?? [];
    const model = modelArg({ channels, segments, mix, assumptions }, invocation, 7);
    const origins = { uncertainty: originOf(addresses[2]), correlations: originOf(addresses[6]) };
    return {
      input: model,
      request: simulation.simulationRequest(model, {
        uncertainty: tableArg(uncertainty),
        correlations: tableArg(correlations),
        origins: {
          ...(origins.uncertainty && { uncertainty: origins.uncertainty }),
          ...(origins.correlations && { correlations: origins.correlations }),
        },
        metric: metricName,
        iterations: iterationCount,
        seed: seedNumber,
      }),
    };
  });
  const rows = await excelAsync(() =>
    simulation.simulationTable(input, request, { cancelled: () => cancelled })
  );
  if (rows === null) throw excelError(new GtmError("noResult", { reason: fragment("cancelled") }));
  return spill(rows, "blank");
}
