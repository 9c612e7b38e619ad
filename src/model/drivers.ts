/**
 * Drivers and metrics (spec §4): parse their names, and set a driver on the flat parameters in
 * `value` or `scale` mode. Drivers are data (`Override`), and an evaluation is a pure function of
 * the input and its overrides — the shape a future sampler (Monte Carlo) needs as well.
 */
import { inputError, makeIssue, ModelInputError } from "./errors";
import { ASSUMPTION_SLOTS, HORIZON, LAUNCH_PERIODS, type Params } from "./params";
import {
  ASSUMPTION_FIELDS,
  CHANNEL_FIELDS,
  checkRule,
  clampRange,
  isWholeRule,
  normalizeHeader,
  SEGMENT_FIELDS,
  type Rule,
} from "./schema";
import { resolveMetric, type MetricRef } from "./metrics";
import {
  type Driver,
  type ModelInput,
  type ModelResult,
  type Override,
  type TableName,
} from "./types";
import { fieldLabel } from "./build";
import type { Vec } from "./vec";

/**
 * A metric's name (ignoring case, spaces, underscores…) → its canonical name: a total metric
 * (`npv`), or with a model one channel's or segment's result (`channel[Partners].cac`).
 */
export function parseMetric(text: unknown, model?: ModelInput): string {
  return resolveMetric(text, model).text;
}

/** The value of a metric (total, or one channel's or segment's) in a result; null where undefined. */
export function metricOf(result: ModelResult, metric: string | MetricRef): number | null {
  const ref = typeof metric === "string" ? resolveMetric(metric) : metric;
  if (ref.scope === "total") return result.total[ref.field];
  const rows: readonly { name: string }[] =
    ref.scope === "channel" ? result.channels : result.segments;
  const index =
    ref.index >= 0
      ? ref.index
      : rows.findIndex((row) => row.name.toLowerCase() === ref.row.toLowerCase());
  const row = rows[index];
  if (row === undefined)
    throw inputError(
      { table: "Drivers", field: "metric" },
      `there is no ${ref.scope} named "${ref.row}"`
    );
  return (row as unknown as Record<string, number | null>)[ref.field] ?? null;
}

const CHANNEL_FIELD_NAMES = new Map(
  CHANNEL_FIELDS.map((spec) => [normalizeHeader(spec.field), spec.field])
);
const SEGMENT_FIELD_NAMES = new Map(
  SEGMENT_FIELDS.map((spec) => [normalizeHeader(spec.field), spec.field])
);
const ASSUMPTION_FIELD_NAMES = new Map(
  ASSUMPTION_FIELDS.map((spec) => [normalizeHeader(spec.field), spec.field])
);

const DRIVER_FORM =
  "write channel[Name].field, segment[Name].field (Name or * for every row), discountRate, horizon or launchPeriods";

function driverError(text: string, problem: string): ModelInputError {
  return inputError({ table: "Drivers", row: text }, problem);
}

/**
 * A driver's name without a model: its form and field are checked (`channel[Partners].conversion`,
 * `segment[*].price`, `discountRate`, `horizon`, `launchPeriods`), its row is taken as written.
 */
export function parseDriverName(input: unknown): Driver {
  const text = (typeof input === "string" ? input : String(input ?? "")).trim();
  const match = /^(channel|segment)s?\s*\[(.*)\]\s*\.\s*(.+)$/i.exec(text);
  if (match === null) {
    const field = ASSUMPTION_FIELD_NAMES.get(normalizeHeader(text));
    if (field === undefined) throw driverError(text, `"${text}" is not a driver — ${DRIVER_FORM}`);
    return { kind: "assumption", field, text };
  }
  const kind = match[1].toLowerCase() as "channel" | "segment";
  const row = match[2].trim();
  const fieldText = match[3].trim();
  if (kind === "channel") {
    const field = CHANNEL_FIELD_NAMES.get(normalizeHeader(fieldText));
    if (field === undefined) {
      throw driverError(
        text,
        `"${fieldText}" is not a number field of a channel — use ${CHANNEL_FIELDS.map((spec) => spec.field).join(", ")}`
      );
    }
    return { kind, row, field, text };
  }
  const field = SEGMENT_FIELD_NAMES.get(normalizeHeader(fieldText));
  if (field === undefined) {
    throw driverError(
      text,
      `"${fieldText}" is not a number field of a segment — use ${SEGMENT_FIELDS.map((spec) => spec.field).join(", ")}`
    );
  }
  return { kind, row, field, text };
}

/** Parse a driver's name against a model: its row must exist (or be `*`). */
export function parseDriver(input: unknown, model: ModelInput): Driver {
  const driver = parseDriverName(input);
  if (driver.kind === "assumption" || driver.row === "*") return driver;
  const rows = driver.kind === "channel" ? model.channels : model.segments;
  if (!rows.some((row) => row.name.toLowerCase() === driver.row.toLowerCase())) {
    throw driverError(driver.text, `there is no ${driver.kind} named "${driver.row}"`);
  }
  return driver;
}

/** A driver resolved against the parameters: which array, which rows, which rule. */
export interface Target {
  table: TableName;
  field: string;
  rule: Rule;
  rows: number[];
  rowNames: (string | undefined)[];
  pick: (params: Params) => Vec;
}

/** The rule (spec §1's valid range) a driver's values are checked against in `value` mode. */
export function driverRule(driver: Driver): Rule {
  return ruleOf(driver.field);
}

function ruleOf(field: string): Rule {
  const spec = [...CHANNEL_FIELDS, ...SEGMENT_FIELDS, ...ASSUMPTION_FIELDS].find(
    (candidate) => candidate.field === field
  );
  return (spec as { rule: Rule }).rule;
}

export function resolveDriver(driver: Driver, model: ModelInput): Target {
  if (driver.kind === "assumption") {
    const slot = ASSUMPTION_SLOTS[driver.field];
    return {
      table: "Assumptions",
      field: driver.field,
      rule: ruleOf(driver.field),
      rows: [slot],
      rowNames: [undefined],
      pick: (p) => p.assumption,
    };
  }
  const rows = driver.kind === "channel" ? model.channels : model.segments;
  const indices = rows.flatMap((row, i) =>
    driver.row === "*" || row.name.toLowerCase() === driver.row.toLowerCase() ? [i] : []
  );
  const field = driver.field;
  return {
    table: driver.kind === "channel" ? "Channels" : "Segments",
    field,
    rule: ruleOf(field),
    rows: indices,
    rowNames: indices.map((i) => rows[i]?.name),
    pick:
      driver.kind === "channel" ? (p) => p.channel[driver.field] : (p) => p.segment[driver.field],
  };
}

const roundHalfAway = (value: number): number => Math.sign(value) * Math.round(Math.abs(value));

/**
 * The baseline a `scale` multiplies in a row: the field as entered, and for a blank launchPeriods
 * its default min(3, T) at baseline (spec §4: "an assumption left blank is scaled from its
 * default"); NaN for a blank that stays blank.
 */
function scaleBase(target: Target, from: Vec, base: Params, row: number): number {
  const value = from[row] as number;
  if (!Number.isNaN(value) || target.table !== "Assumptions" || row !== LAUNCH_PERIODS)
    return value;
  return Math.min(3, base.assumption[HORIZON] as number);
}

/** Set one driver on `work`, reading baselines from `base`. Throws ModelInputError for an invalid value. */
export function applyOverride(
  work: Params,
  base: Params,
  target: Target,
  mode: Override["mode"],
  value: number
): void {
  const into = target.pick(work);
  const from = target.pick(base);
  const horizon = work.assumption[HORIZON];
  target.rows.forEach((row, i) => {
    let next = value;
    if (mode === "scale") {
      const baseline = scaleBase(target, from, base, row);
      if (Number.isNaN(baseline)) return;
      next = baseline * value;
      if (isWholeRule(target.rule)) next = roundHalfAway(next);
      const range = clampRange(target.rule, horizon);
      if (range !== null) next = Math.min(range[1], Math.max(range[0], next));
    }
    const problem = checkRule(target.rule, next, horizon);
    if (problem !== null) {
      throw new ModelInputError([
        makeIssue(
          "error",
          { table: target.table, row: target.rowNames[i], field: target.field },
          problem
        ),
      ]);
    }
    into[row] = next;
  });
  if (target.table === "Assumptions" && target.field === "horizon") {
    const launch = work.assumption[LAUNCH_PERIODS];
    if (!Number.isNaN(launch) && launch > work.assumption[HORIZON])
      work.assumption[LAUNCH_PERIODS] = work.assumption[HORIZON];
  }
}

/** Rules between fields that a driver can break: spend needs a cost per lead and, with a mix, a mix row. */
export function checkCrossFields(work: Params, model: ModelInput): void {
  const issues = [];
  for (let k = 0; k < work.channelCount; k++) {
    if (!(work.channel.spend[k] > 0)) continue;
    const name = model.channels[k]?.name;
    if (Number.isNaN(work.channel.costPerLead[k])) {
      issues.push(
        makeIssue(
          "error",
          { table: "Channels", row: name, field: "costPerLead" },
          `is blank — a ${fieldLabel("costPerLead").toLowerCase()} is required when spend is above 0`
        )
      );
    }
    if (work.mix !== null && work.mixRow[k] === 0) {
      issues.push(
        makeIssue(
          "error",
          { table: "Mix", row: name },
          "has spend but no row in the mix — add a row for it"
        )
      );
    }
  }
  if (issues.length > 0) throw new ModelInputError(issues);
}
