/** Driver dropdowns built from the model's actual rows and fields (spec §4 driver names). */
import { defaultTornadoDrivers, metricLabelIn, METRICS, ofRow, parseDriver } from "../model";
import type { ChannelNumericField, Locale, ModelInput, SegmentNumericField } from "../model";
import { driverWords } from "../workbook";
import type { DriverOption, MetricOption, ModelChoices } from "./operations";

const CHANNEL_FIELDS: ChannelNumericField[] = [
  "spend",
  "costPerLead",
  "conversion",
  "cycle",
  "capacity",
  "ramp",
  "partnerMargin",
  "fixedCost",
];
const SEGMENT_FIELDS: SegmentNumericField[] = [
  "accounts",
  "adoption",
  "bassP",
  "bassQ",
  "price",
  "grossMargin",
  "churn",
  "elasticity",
  "refPrice",
];
const ASSUMPTION_DRIVERS = ["discountRate", "horizon", "launchPeriods"];

function option(text: string, model: ModelInput, locale: Locale = "en"): DriverOption {
  return { value: text, label: driverWords(parseDriver(text, model), model, locale) };
}

/** Rows whose names a driver can name (brackets would end the name early). */
function nameable(rows: { name: string }[]): string[] {
  return rows.map((row) => row.name).filter((name) => !/[[\]]/.test(name));
}

/** `channel[*].spend`, `channel[Direct sales].spend`, …, `segment[*].price`, …, `discountRate`… */
export function driverOptions(model: ModelInput, locale: Locale = "en"): DriverOption[] {
  const texts: string[] = [];
  for (const field of CHANNEL_FIELDS) {
    texts.push(
      `channel[*].${field}`,
      ...nameable(model.channels).map((name) => `channel[${name}].${field}`)
    );
  }
  for (const field of SEGMENT_FIELDS) {
    texts.push(
      `segment[*].${field}`,
      ...nameable(model.segments).map((name) => `segment[${name}].${field}`)
    );
  }
  texts.push(...ASSUMPTION_DRIVERS);
  return texts.map((text) => option(text, model, locale));
}

/** Fields a break-even cannot move: whole numbers (spec §7). */
const WHOLE_NUMBER_FIELDS = /\.(cycle)$|^(horizon|launchPeriods)$/;

/** The segment results a metric can name (spec §4). */
const SEGMENT_METRICS = ["customers", "activeCustomers", "revenue", "grossProfit", "penetration"];

/** The totals, then each channel's metrics, then each segment's results (names in `locale`). */
export function metricOptions(model: ModelInput, locale: Locale = "en"): MetricOption[] {
  const label = (field: string): string => metricLabelIn(field, locale);
  const totals = METRICS.map((m) => ({ value: m, label: label(m), group: "" }));
  const channels = nameable(model.channels).flatMap((name) =>
    METRICS.map((m) => ({
      value: `channel[${name}].${m}`,
      label: ofRow(label(m), name, locale),
      group: name,
    }))
  );
  const segments = nameable(model.segments).flatMap((name) =>
    SEGMENT_METRICS.map((field) => ({
      value: `segment[${name}].${field}`,
      label: ofRow(label(field), name, locale),
      group: name,
    }))
  );
  return [...totals, ...channels, ...segments];
}

/** What the decision panels need to know of the optional tables. */
export interface TableCounts {
  scenarios: number | null;
  uncertainDrivers: number | null;
}

export function modelChoices(
  model: ModelInput,
  counts: TableCounts = { scenarios: null, uncertainDrivers: null },
  locale: Locale = "en"
): ModelChoices {
  const drivers = driverOptions(model, locale);
  return {
    drivers,
    tornadoDrivers: defaultTornadoDrivers(model).map((text) => option(text, model, locale)),
    goalSeekDrivers: drivers.filter((d) => !WHOLE_NUMBER_FIELDS.test(d.value)),
    metrics: metricOptions(model, locale),
    channels: model.channels.map((row) => row.name),
    budget: model.channels.reduce((sum, row) => sum + (row.spend ?? 0), 0),
    currency: model.assumptions.currency ?? "USD",
    periodUnit: model.assumptions.periodUnit,
    ...counts,
  };
}
