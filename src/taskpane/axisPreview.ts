/**
 * What a sensitivity axis will show, said in the pane before anything is written: the field's
 * values for a driver over one row ($2,000 … $3,000), the signed change for a driver over several
 * rows (−20% … +20%), and an example of exact values in the field's own terms.
 */
import { formatFigure } from "./figures";
import type { DriverOption, ModelChoices } from "./operations";
import type { PaneStrings } from "./paneStrings";
import { typedNumber } from "./ranges";

type Context = Pick<ModelChoices, "currency" | "periodUnit"> & { lang: string };

const round = (value: number): number => Number(value.toPrecision(12));

/** A value of the driver's field as the user would type it back (`$2,000`, `8%`, `720`). */
function typeable(value: number, option: DriverOption, context: Context): string {
  const kind = option.kind === "money" || option.kind === "rate" ? option.kind : "count";
  const text = formatFigure(round(value), kind, context);
  return typedNumber(text) === null ? String(round(value)) : text;
}

/** `$2,000, $2,500, $3,000` for a price of $2,500; `8%, 10%, 12%` for a 10% conversion. */
export function exampleValues(option: DriverOption | undefined, context: Context): string {
  const current = option?.current ?? null;
  if (option === undefined || current === null || current === 0) return "0.05, 0.1, 0.15";
  const whole = option.kind === "periods" || Number.isInteger(current);
  return [0.8, 1, 1.2]
    .map((m) => (whole && option.kind !== "money" ? Math.round(current * m) : current * m))
    .map((value) => typeable(value, option, context))
    .join(", ");
}

function signed(change: number, context: Context): string {
  const body = formatFigure(Math.abs(round(change)), "rate", context);
  return change > 0 ? `+${body}` : change < 0 ? `−${body}` : body;
}

/** The axis as the sheet will show it, from its first to its last value; null without values. */
export function axisPreview(
  axis: "X" | "Y",
  option: DriverOption | undefined,
  mode: "scale" | "value",
  values: readonly number[],
  context: Context,
  t: PaneStrings
): string | null {
  const first = values[0];
  const last = values[values.length - 1];
  if (option === undefined || first === undefined || last === undefined) return null;
  const show = (value: number): string =>
    formatFigure(round(value), option.kind, { ...context, periodUnit: context.periodUnit });
  if (mode === "value") return t.axisPreview(axis, show(first), show(last));
  if (option.single && option.current !== null)
    return t.axisPreview(axis, show(option.current * first), show(option.current * last));
  return t.changePreview(axis, signed(first - 1, context), signed(last - 1, context));
}
