/** Driver dropdowns built from the model's actual rows and fields (spec §4 driver names). */
import {
  defaultTornadoDrivers,
  FIELD_LABELS,
  metricLabelIn,
  METRICS,
  modelDrivers,
  ofRow,
  parseDriver,
} from "../model";
import type { Locale, ModelInput } from "../model";
import { driverBaseline, driverWords } from "../workbook";
import type { DriverOption, MetricOption, ModelChoices } from "./operations";

/** A driver with its words, the kind of figure it is and its current value (for examples). */
function option(text: string, model: ModelInput, locale: Locale = "en"): DriverOption {
  const driver = parseDriver(text, model);
  const kind = FIELD_LABELS[driver.field]?.kind;
  return {
    value: text,
    label: driverWords(driver, model, locale),
    kind: kind === undefined || kind === "text" ? "count" : kind,
    current: driverBaseline(driver, model, "value"),
    single:
      driver.kind === "assumption" ||
      driver.row !== "*" ||
      (driver.kind === "channel" ? model.channels : model.segments).length === 1,
  };
}

/** Rows whose names a driver can name (brackets would end the name early). */
function nameable(rows: { name: string }[]): string[] {
  return rows.map((row) => row.name).filter((name) => !/[[\]]/.test(name));
}

/** The model's drivers (`channel[*].spend`, `channel[Direct sales].spend`, …, `discountRate`…). */
export function driverOptions(model: ModelInput, locale: Locale = "en"): DriverOption[] {
  return modelDrivers(model).map((text) => option(text, model, locale));
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
    tornadoDrivers: modelDrivers(model, { skipBlank: true }).map((text) =>
      option(text, model, locale)
    ),
    tornadoDefaults: defaultTornadoDrivers(model),
    goalSeekDrivers: drivers.filter((d) => !WHOLE_NUMBER_FIELDS.test(d.value)),
    metrics: metricOptions(model, locale),
    channels: model.channels.map((row) => row.name),
    budget: model.channels.reduce((sum, row) => sum + (row.spend ?? 0), 0),
    currency: model.assumptions.currency ?? "USD",
    periodUnit: model.assumptions.periodUnit,
    ...counts,
  };
}
