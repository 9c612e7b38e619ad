/** Plain words for drivers, and the baseline value a driver has in the model. */
import { allRows, fieldLabel, fieldLabelIn, ofRow, parseDriver } from "../../model";
import type { Driver, DriverMode, GridAxisResult, Locale, ModelInput } from "../../model";

/**
 * `Price (all segments)`, `Conversion (Partners)`, `Discount rate per month` (in `locale`; a
 * per-period rate says its period in English, the translation table's words otherwise).
 */
export function driverWords(driver: Driver, model: ModelInput, locale: Locale = "en"): string {
  const field =
    locale === "en"
      ? fieldLabel(driver.field, model.assumptions.periodUnit)
      : fieldLabelIn(driver.field, locale);
  if (driver.kind === "assumption") return field;
  const rows = driver.kind === "channel" ? model.channels : model.segments;
  if (driver.row === "*")
    return `${field}${locale === "en" ? " " : ""}${allRows(driver.kind, locale)}`;
  const wanted = driver.row.toLowerCase();
  const name = rows.find((row) => row.name.toLowerCase() === wanted)?.name ?? driver.row;
  return ofRow(field, name, locale);
}

/** The axis title of a driver: `Price (all segments), × baseline` in scale mode. */
export function driverAxisTitle(
  driverText: string,
  model: ModelInput,
  mode: DriverMode,
  locale: Locale = "en"
): string {
  const words = driverWords(parseDriver(driverText, model), model, locale);
  if (mode !== "scale") return words;
  return locale === "zh-CN" ? `${words}，× 基准值` : `${words}, × baseline`;
}

/** The words after a driver whose axis shows a change: each row moves from its own value. */
const CHANGE_WORDS_IN: Record<Locale, string> = {
  en: "change from each row's value",
  "zh-CN": "相对各行原值的变化",
};
export const CHANGE_WORDS = CHANGE_WORDS_IN.en;

/** What a sensitivity axis shows a reader (issue 11): never a bare multiplier. */
export interface AxisDisplay {
  /** The driver, parsed once. */
  driver: Driver;
  /** `Price (Enterprise)`; `Conversion (all channels)`. */
  words: string;
  /** The words and, for a change, what it is from: `Conversion (all channels), change from each row's value`. */
  title: string;
  /** `field`: the field's values (in its own unit); `change`: the signed change (−0.2 … 0.2). */
  kind: "field" | "change";
  values: number[];
}

/**
 * A sensitivity axis in the reader's terms: a driver over one row (or value mode) shows the
 * field's actual values; a scale driver over several rows shows the signed change from each row's
 * value (multiplier − 1, to 12 digits).
 */
export function axisDisplay(
  axis: Pick<GridAxisResult, "driver" | "values" | "applied">,
  model: ModelInput,
  mode: DriverMode,
  locale: Locale = "en"
): AxisDisplay {
  const driver = parseDriver(axis.driver, model);
  const words = driverWords(driver, model, locale);
  const applied = mode === "value" ? axis.values : (axis.applied ?? null);
  if (applied !== null) return { driver, words, title: words, kind: "field", values: applied };
  return {
    driver,
    words,
    title: `${words}${locale === "en" ? ", " : "，"}${CHANGE_WORDS_IN[locale]}`,
    kind: "change",
    values: axis.values.map((m) => Number((m - 1).toPrecision(12))),
  };
}

/** Defaults that a blank input field means (spec §1), where blank is a number. */
const BLANK_DEFAULTS: Partial<Record<string, number>> = {
  adoption: 1,
  churn: 0,
  elasticity: 0,
  spend: 0,
  cycle: 0,
  ramp: 0,
  partnerMargin: 0,
  fixedCost: 0,
};

/**
 * The value a driver has at baseline in `value` mode: the field's value in every named row when
 * they all agree, else null (no single baseline). `scale` mode's baseline is always 1.
 */
export function driverBaseline(driver: Driver, model: ModelInput, mode: DriverMode): number | null {
  if (mode === "scale") return 1;
  if (driver.kind === "assumption") {
    if (driver.field === "launchPeriods")
      return model.assumptions.launchPeriods ?? Math.min(3, model.assumptions.horizon);
    return model.assumptions[driver.field];
  }
  const rows: { name: string; value: number | null }[] =
    driver.kind === "channel"
      ? model.channels.map((row) => ({ name: row.name, value: row[driver.field] }))
      : model.segments.map((row) => ({ name: row.name, value: row[driver.field] }));
  const named =
    driver.row === "*"
      ? rows
      : rows.filter((row) => row.name.toLowerCase() === driver.row.toLowerCase());
  const values = named.map((row) => row.value ?? BLANK_DEFAULTS[driver.field] ?? null);
  const first = values[0];
  if (first === undefined || first === null) return null;
  return values.every((v) => v !== null && sameNumber(v, first)) ? first : null;
}

/** Equal to 12 significant digits (how a baseline value typed in a list is recognised). */
export function sameNumber(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= scale * 1e-12;
}
