/** Driver dropdowns built from the model's actual rows and fields (spec §4 driver names). */
import { defaultTornadoDrivers, parseDriver } from "../model";
import type { ChannelNumericField, ModelInput, SegmentNumericField } from "../model";
import { driverWords } from "../workbook";
import type { DriverOption, ModelChoices } from "./operations";

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

function option(text: string, model: ModelInput): DriverOption {
  return { value: text, label: driverWords(parseDriver(text, model), model) };
}

/** Rows whose names a driver can name (brackets would end the name early). */
function nameable(rows: { name: string }[]): string[] {
  return rows.map((row) => row.name).filter((name) => !/[[\]]/.test(name));
}

/** `channel[*].spend`, `channel[Direct sales].spend`, …, `segment[*].price`, …, `discountRate`… */
export function driverOptions(model: ModelInput): DriverOption[] {
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
  return texts.map((text) => option(text, model));
}

export function modelChoices(model: ModelInput): ModelChoices {
  return {
    drivers: driverOptions(model),
    tornadoDrivers: defaultTornadoDrivers(model).map((text) => option(text, model)),
    channels: model.channels.map((row) => row.name),
  };
}
