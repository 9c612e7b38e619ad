/**
 * The constraints of a budget allocation (spec §8): the `Bounds` table (Channel, Min, Max; a blank
 * keeps the default) or JSON `bounds`, the budget, and whether budget may stay unspent. Checked
 * against the model and each other; every problem found is reported at once, by cell.
 */
import { classify, notANumber, type CellValue } from "./cells";
import { rawFromGrid, type IssueList, type RawCell } from "./raw";
import { checkRule, formatNumber, headerIndex } from "./schema";
import type { ModelInput, TableOrigin } from "./types";

export type BoundsSource =
  { table: readonly (readonly CellValue[])[]; origin?: TableOrigin } | { json: unknown };

/** One channel's limits on its spend per period, and whether it can take any spend at all. */
export interface ChannelLimits {
  name: string;
  min: number;
  max: number;
  /** Why the channel's spend stays 0 whatever its bounds (no cost per lead, no mix row), if so. */
  fixed: string | null;
  /** Cells the bounds came from, for messages. */
  minAddress?: string;
  maxAddress?: string;
  /** Whether min / max were given (not defaults). */
  minGiven: boolean;
  maxGiven: boolean;
}

export interface Constraints {
  budget: number;
  unspent: boolean;
  limits: ChannelLimits[];
}

const HEADERS = headerIndex(["channel", "min", "max"], {
  name: "channel",
  minimum: "min",
  maximum: "max",
});

interface BoundRow {
  label: string;
  nameCell?: RawCell;
  min?: RawCell;
  max?: RawCell;
}

function rowsFromSource(source: BoundsSource, issues: IssueList): BoundRow[] {
  if ("json" in source) {
    const json = source.json;
    if (json === null || json === undefined) return [];
    if (typeof json !== "object" || Array.isArray(json)) {
      issues.error("Bounds", 'must map channel names to { "min": …, "max": … }');
      return [];
    }
    return Object.entries(json as Record<string, unknown>).map(([name, value]) => {
      const fields =
        value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
      const pick = (field: "min" | "max"): RawCell | undefined => {
        const key = Object.keys(fields).find(
          (candidate) => HEADERS.get(candidate.toLowerCase()) === field
        );
        return key === undefined ? undefined : { value: fields[key] };
      };
      return { label: name, nameCell: { value: name }, min: pick("min"), max: pick("max") };
    });
  }
  const raw = rawFromGrid("Bounds", source.table, HEADERS, source.origin, issues);
  if (source.table.length > 0 && !raw.columns.has("channel"))
    issues.error(
      "Bounds",
      'the required column "Channel" is missing',
      undefined,
      "channel",
      raw.headerAddress
    );
  return raw.rows.map((row) => {
    const nameCell = row.cells.get("channel");
    const name = classify(nameCell?.value);
    const label =
      name.kind === "text"
        ? name.value
        : name.kind === "number"
          ? String(name.value)
          : `row ${row.position}`;
    return { label, nameCell, min: row.cells.get("min"), max: row.cells.get("max") };
  });
}

function readBound(
  cell: RawCell | undefined,
  row: string,
  field: "min" | "max",
  issues: IssueList
): number | null {
  const parsed = classify(cell?.value);
  if (parsed.kind === "blank") return null;
  if (parsed.kind !== "number") {
    issues.error("Bounds", notANumber(parsed), row, field, cell?.address);
    return null;
  }
  const problem = checkRule("nonNegative", parsed.value, 1);
  if (problem !== null) {
    issues.error("Bounds", problem, row, field, cell?.address);
    return null;
  }
  return parsed.value;
}

/** Why a channel cannot take spend, or null when it can. */
function fixedReason(model: ModelInput, k: number): string | null {
  const channel = model.channels[k];
  if (channel === undefined || channel.costPerLead === null)
    return "has no cost per lead, so it cannot buy leads";
  if (model.mix !== null && model.mix[k] === null)
    return "has no row in the mix, so its spend has no segment to reach";
  return null;
}

/** The budget: default the baseline's total spend per period; negative or not a number is an error. */
function readBudget(budget: unknown, model: ModelInput, issues: IssueList): number | null {
  if (budget === undefined || budget === null || budget === "")
    return model.channels.reduce((sum, channel) => sum + (channel.spend ?? 0), 0);
  if (typeof budget !== "number" || !Number.isFinite(budget)) {
    issues.error(
      "Bounds",
      `${String(budget)} is not a number — give the budget per period`,
      undefined,
      "budget"
    );
    return null;
  }
  if (budget < 0) {
    issues.error(
      "Bounds",
      `${formatNumber(budget)} is negative — give a budget of 0 or more`,
      undefined,
      "budget"
    );
    return null;
  }
  return budget;
}

/** Each channel's limits from the bounds rows; unknown, repeated or impossible bounds are reported. */
function channelLimits(
  model: ModelInput,
  rows: BoundRow[],
  budget: number,
  issues: IssueList
): ChannelLimits[] {
  const limits: ChannelLimits[] = model.channels.map((channel, k) => {
    const fixed = fixedReason(model, k);
    return {
      name: channel.name,
      min: 0,
      max: fixed === null ? budget : 0,
      fixed,
      minGiven: false,
      maxGiven: false,
    };
  });
  const seen = new Set<number>();
  for (const row of rows) {
    const name = classify(row.nameCell?.value);
    if (name.kind === "blank") {
      issues.error(
        "Bounds",
        "is blank — name the channel the bounds are for",
        row.label,
        "channel",
        row.nameCell?.address
      );
      continue;
    }
    const k = model.channels.findIndex(
      (channel) => channel.name.toLowerCase() === row.label.toLowerCase()
    );
    if (k < 0) {
      issues.error(
        "Bounds",
        `there is no channel named "${row.label}"`,
        row.label,
        "channel",
        row.nameCell?.address
      );
      continue;
    }
    if (seen.has(k)) {
      issues.error(
        "Bounds",
        `"${row.label}" has bounds twice — keep one row`,
        row.label,
        "channel",
        row.nameCell?.address
      );
      continue;
    }
    seen.add(k);
    applyRow(limits[k] as ChannelLimits, row, budget, issues);
  }
  return limits;
}

function applyRow(limit: ChannelLimits, row: BoundRow, budget: number, issues: IssueList): void {
  const min = readBound(row.min, limit.name, "min", issues);
  const max = readBound(row.max, limit.name, "max", issues);
  if (row.min?.address !== undefined) limit.minAddress = row.min.address;
  if (row.max?.address !== undefined) limit.maxAddress = row.max.address;
  if (min !== null) Object.assign(limit, { min, minGiven: true });
  if (max !== null) Object.assign(limit, { max: Math.min(max, budget), maxGiven: true });
  if (min !== null && max !== null && min > max) {
    const where = row.max?.address === undefined ? "" : ` (${row.max.address})`;
    issues.error(
      "Bounds",
      `${formatNumber(min)} is above the max of ${formatNumber(max)}${where} — give min ≤ max`,
      limit.name,
      "min",
      row.min?.address
    );
  } else if (limit.fixed !== null && min !== null && min > 0) {
    issues.error(
      "Bounds",
      `${formatNumber(min)} is above 0, but ${limit.name} ${limit.fixed} — its spend stays 0`,
      limit.name,
      "min",
      row.min?.address
    );
  }
  if (limit.fixed !== null) limit.max = 0;
}

const listed = (
  limits: ChannelLimits[],
  pick: (limit: ChannelLimits) => number,
  address: (limit: ChannelLimits) => string | undefined
): string =>
  limits
    .map((limit) => {
      const where = address(limit);
      const why = limit.fixed !== null && pick(limit) === 0 ? " (cannot buy leads)" : "";
      return `${limit.name} ${formatNumber(pick(limit))}${where === undefined ? "" : ` at ${where}`}${why}`;
    })
    .join(", ");

/** Constraints no allocation meets: the minimums above the budget, or the maximums below it. */
function checkFeasible(constraints: Constraints, issues: IssueList): void {
  const { budget, limits, unspent } = constraints;
  const minSum = limits.reduce((sum, limit) => sum + limit.min, 0);
  if (minSum > budget * (1 + 1e-12)) {
    const clash = limits.filter((limit) => limit.min > 0);
    issues.error(
      "Bounds",
      `the minimums add up to ${formatNumber(minSum)} (${listed(
        clash,
        (l) => l.min,
        (l) => l.minAddress
      )}), above the budget of ${formatNumber(budget)} — lower a minimum or raise the budget`,
      undefined,
      "min"
    );
    return;
  }
  const maxSum = limits.reduce((sum, limit) => sum + limit.max, 0);
  if (!unspent && maxSum < budget * (1 - 1e-12)) {
    issues.error(
      "Bounds",
      `the maximums add up to ${formatNumber(maxSum)} (${listed(
        limits,
        (l) => l.max,
        (l) => (l.maxGiven ? l.maxAddress : undefined)
      )}), below the budget of ${formatNumber(budget)} — raise a maximum, lower the budget or allow unspent budget`,
      undefined,
      "max"
    );
  }
}

/** Read the bounds and the budget against the model; problems go to `issues` (null when any). */
export function readConstraints(
  model: ModelInput,
  request: { bounds?: BoundsSource | null; budget?: number | null; unspent?: boolean | null },
  issues: IssueList
): Constraints | null {
  const before = issues.errors.length;
  const budget = readBudget(request.budget, model, issues);
  const rows = request.bounds ? rowsFromSource(request.bounds, issues) : [];
  const limits = channelLimits(model, rows, budget ?? 0, issues);
  if (budget === null || issues.errors.length > before) return null;
  const constraints = { budget, unspent: request.unspent === true, limits };
  checkFeasible(constraints, issues);
  return issues.errors.length > before ? null : constraints;
}
