/**
 * §4 drivers and the two override modes, as the reference reads them: `channel[Row].field`,
 * `channel[*].field`, `segment[Row].field`, `segment[*].field`, `horizon`, `discountRate`,
 * `launchPeriods`. Field names ignore case and separators; row names ignore case.
 */
import {
  ASSUMPTION_FIELDS,
  CHANNEL_FIELDS,
  SEGMENT_FIELDS,
  check,
  clone,
  fail,
  norm,
  rowIndex,
  validFor,
  type AssumptionField,
  type ChannelField,
  type Kind,
  type RefModel,
  type SegmentField,
} from "./model";

export type RefDriver =
  | { kind: "channel"; rows: number[]; field: ChannelField; fieldKind: Kind }
  | { kind: "segment"; rows: number[]; field: SegmentField; fieldKind: Kind }
  | { kind: "assumption"; field: AssumptionField; fieldKind: Kind };

export type Mode = "value" | "scale";

export interface RefOverride {
  driver: string;
  value: number;
  mode?: Mode;
}

const fieldOf = <F extends string>(fields: Record<F, Kind>, text: string): F | undefined =>
  (Object.keys(fields) as F[]).find((f) => norm(f) === norm(text));

/** A driver of §4 against a model (an unknown row, field or name is an input error). */
export function parseRefDriver(text: string, ref: RefModel): RefDriver {
  const t = text.trim();
  const assumption = fieldOf(ASSUMPTION_FIELDS, t);
  if (assumption !== undefined)
    return { kind: "assumption", field: assumption, fieldKind: ASSUMPTION_FIELDS[assumption] };
  const match = /^(channel|segment)\s*\[(.*)\]\s*\.\s*(.+)$/i.exec(t);
  if (match === null) return fail(`${text}: not a driver`);
  const kind = match[1].toLowerCase() as "channel" | "segment";
  const rowsOf = kind === "channel" ? ref.input.channels : ref.input.segments;
  const rowName = match[2].trim();
  let rows: number[];
  if (rowName === "*") rows = rowsOf.map((_, i) => i);
  else {
    const i = rowIndex(rowsOf, rowName);
    if (i < 0) fail(`${text}: ${rowName} is not a ${kind}`);
    rows = [i];
  }
  if (kind === "channel") {
    const field = fieldOf(CHANNEL_FIELDS, match[3]);
    if (field === undefined) return fail(`${text}: ${match[3]} is not a channel field`);
    return { kind, rows, field, fieldKind: CHANNEL_FIELDS[field] };
  }
  const field = fieldOf(SEGMENT_FIELDS, match[3]);
  if (field === undefined) return fail(`${text}: ${match[3]} is not a segment field`);
  return { kind, rows, field, fieldKind: SEGMENT_FIELDS[field] };
}

/** Round half away from zero. */
export const roundHalfAway = (v: number): number => Math.sign(v) * Math.round(Math.abs(v));

/** Scale mode: baseline × x, rates clamped, whole numbers rounded then clamped (hi = T for launch). */
function scaled(kind: Kind, base: number, x: number, T: number): number {
  const v = base * x;
  switch (kind) {
    case "rate":
      return Math.min(1, Math.max(0, v));
    case "int0":
      return Math.max(0, roundHalfAway(v));
    case "horizon":
      return Math.min(600, Math.max(1, roundHalfAway(v)));
    case "launch":
      return Math.min(T, Math.max(1, roundHalfAway(v)));
    default:
      return v;
  }
}

/**
 * The field's next value: `x` (value mode), or the BASELINE's value × x (scale mode; a second
 * scale of the same field replaces the first, as docs/model.md decides — "baseline × the
 * number"); a row blank at baseline keeps what earlier overrides made it.
 */
function setField(
  where: string,
  kind: Kind,
  current: number | null,
  baseline: number | null,
  x: number,
  mode: Mode,
  T: number
): number | null {
  if (mode === "scale" && baseline === null) return current;
  const v = mode === "scale" ? scaled(kind, baseline as number, x, T) : x;
  if (!validFor(kind, v, T)) fail(`${where}: ${v} is not valid (${kind})`);
  return v;
}

function applyAssumption(
  ref: RefModel,
  base: RefModel,
  field: AssumptionField,
  x: number,
  mode: Mode
): void {
  const a = ref.input.assumptions;
  const b = base.input.assumptions;
  if (field === "horizon") {
    a.horizon = setField("horizon", "horizon", a.horizon, b.horizon, x, mode, 600) as number;
    if (a.launchPeriods !== null && a.launchPeriods > a.horizon) a.launchPeriods = a.horizon;
  } else if (field === "launchPeriods") {
    // a blank launchPeriods scales from its default at baseline, min(3, T)
    const baseline = b.launchPeriods ?? Math.min(3, b.horizon);
    a.launchPeriods = setField(
      "launchPeriods",
      "launch",
      a.launchPeriods,
      baseline,
      x,
      mode,
      a.horizon
    );
  } else {
    a.discountRate = setField(
      "discountRate",
      "rate",
      a.discountRate,
      b.discountRate,
      x,
      mode,
      a.horizon
    ) as number;
  }
}

/**
 * One override applied to a copy of the model; `base` is the baseline a `scale` multiplies (by
 * default the model it is applied to). Its own field is checked as it is set; the whole model
 * (rules between fields: spend needs a cost per lead) afterwards unless `whole` is false.
 */
export function applyOverride(
  ref: RefModel,
  o: RefOverride,
  base: RefModel = ref,
  whole = true
): RefModel {
  if (typeof o.value !== "number" || !Number.isFinite(o.value))
    fail(`${o.driver}: ${String(o.value)} is not a number`);
  const out = clone(ref);
  const driver = parseRefDriver(o.driver, out);
  const mode = o.mode ?? "value";
  const T = out.input.assumptions.horizon;
  if (driver.kind === "assumption") applyAssumption(out, base, driver.field, o.value, mode);
  else if (driver.kind === "channel")
    for (const k of driver.rows) {
      const row = out.input.channels[k];
      const where = `channel[${row.name}].${driver.field}`;
      const baseline = base.input.channels[k][driver.field];
      const v = setField(where, driver.fieldKind, row[driver.field], baseline, o.value, mode, T);
      (row as unknown as Record<string, number | null>)[driver.field] = v;
    }
  else
    for (const s of driver.rows) {
      const row = out.input.segments[s];
      const where = `segment[${row.name}].${driver.field}`;
      const baseline = base.input.segments[s][driver.field];
      const v = setField(where, driver.fieldKind, row[driver.field], baseline, o.value, mode, T);
      (row as unknown as Record<string, number | null>)[driver.field] = v;
    }
  if (whole) check(out);
  return out;
}

/**
 * Overrides applied in order to the baseline `ref` (each `scale` multiplies `ref`'s values); each
 * field is checked as it is set, the rules between fields on the finished model only (as
 * docs/model.md decides: a spend given and then taken back is no error).
 */
export function applyAll(ref: RefModel, overrides: RefOverride[]): RefModel {
  const out = overrides.reduce((m, o) => applyOverride(m, o, ref, false), ref);
  check(out);
  return out;
}

/** Baseline values of the rows a driver names (null for a blank row; the default for a blank assumption). */
export function baselineValues(ref: RefModel, driver: RefDriver): (number | null)[] {
  const a = ref.input.assumptions;
  if (driver.kind === "assumption")
    return [
      driver.field === "horizon"
        ? a.horizon
        : driver.field === "discountRate"
          ? a.discountRate
          : (a.launchPeriods ?? Math.min(3, a.horizon)),
    ];
  if (driver.kind === "channel") return driver.rows.map((k) => ref.input.channels[k][driver.field]);
  return driver.rows.map((s) => ref.input.segments[s][driver.field]);
}
