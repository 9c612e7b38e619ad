/**
 * When valid inputs still give figures too large for a number, name the cells whose values make
 * them overflow: the inputs of extreme size (a spend or price of 1E+308, a cost per lead of
 * 1E-300…), each by its sheet cell, row and field as every other input error is. The addresses are
 * kept beside the model (a WeakMap: the model itself stays plain data).
 */
import { makeIssue, ModelInputError } from "./errors";
import type { RawTable } from "./raw";
import type { ChannelNumericField, ModelInput, SegmentNumericField, TableName } from "./types";

interface Addresses {
  channels: ReadonlyMap<string, string>[];
  segments: ReadonlyMap<string, string>[];
}

const ADDRESSES = new WeakMap<ModelInput, Addresses>();

function cellAddresses(raw: RawTable | null): ReadonlyMap<string, string>[] {
  return (raw?.rows ?? []).map((row) => {
    const map = new Map<string, string>();
    for (const [field, cell] of row.cells)
      if (cell.address !== undefined) map.set(field, cell.address);
    return map;
  });
}

/** Remember where each channel's and segment's inputs were read (one row per model row). */
export function rememberAddresses(
  model: ModelInput,
  channels: RawTable | null,
  segments: RawTable | null
): void {
  ADDRESSES.set(model, { channels: cellAddresses(channels), segments: cellAddresses(segments) });
}

/** Inputs whose size can push the figures past the largest number; `inverse`: a small one does. */
const CHANNEL_INPUTS: readonly { field: ChannelNumericField; inverse?: boolean }[] = [
  { field: "spend" },
  { field: "costPerLead", inverse: true },
  { field: "capacity" },
  { field: "fixedCost" },
];
const SEGMENT_INPUTS: readonly { field: SegmentNumericField; inverse?: boolean }[] = [
  { field: "accounts" },
  { field: "price" },
];

/** How many powers of ten from an ordinary figure: 308 for 1E+308, 300 for a divisor of 1E-300. */
function extremity(value: number | null, inverse = false): number {
  if (value === null || value === 0 || !Number.isFinite(value)) return -Infinity;
  const log = Math.log10(Math.abs(value));
  return inverse ? -log : log;
}

/** A number as a message shows it: 1E+308 rather than three hundred digits. */
function shown(value: number): string {
  const magnitude = Math.abs(value);
  return magnitude >= 1e15 || magnitude < 1e-6
    ? value
        .toExponential()
        .replace("e", "E")
        .replace(/\.?0+E/, "E")
    : String(value);
}

interface Suspect {
  table: TableName;
  row: string;
  field: string;
  address?: string;
  value: number;
  score: number;
}

function suspects(model: ModelInput): Suspect[] {
  const addresses = ADDRESSES.get(model);
  const found: Suspect[] = [];
  model.channels.forEach((channel, i) => {
    for (const { field, inverse } of CHANNEL_INPUTS) {
      const value = channel[field];
      if (value === null) continue;
      const address = addresses?.channels[i]?.get(field);
      found.push({
        table: "Channels",
        row: channel.name,
        field,
        address,
        value,
        score: extremity(value, inverse),
      });
    }
  });
  model.segments.forEach((segment, i) => {
    for (const { field, inverse } of SEGMENT_INPUTS) {
      const value = segment[field];
      if (value === null) continue;
      const address = addresses?.segments[i]?.get(field);
      found.push({
        table: "Segments",
        row: segment.name,
        field,
        address,
        value,
        score: extremity(value, inverse),
      });
    }
  });
  return found;
}

/** Beyond this many powers of ten an input is named as a cause (1E+60 of spend, 1E-60 per lead). */
const EXTREME = 60;

/**
 * Valid inputs, figures too large for a number: one error per input of extreme size (by cell,
 * row and field), or — when no single input stands out — the few largest, named the same way.
 */
export function overflowError(model: ModelInput): ModelInputError {
  const all = suspects(model).sort((a, b) => b.score - a.score);
  let causes = all.filter((s) => s.score >= EXTREME);
  if (causes.length === 0) causes = all.slice(0, 3);
  const problem = (s: Suspect): string =>
    `${shown(s.value)} makes the figures too large to compute — check it for a typing error`;
  const issues = causes.map((s) =>
    makeIssue(
      "error",
      { table: s.table, row: s.row, field: s.field, address: s.address },
      problem(s)
    )
  );
  if (issues.length === 0)
    issues.push(
      makeIssue(
        "error",
        { table: "Channels" },
        "the figures are too large to compute — check spend, cost per lead, capacity, accounts and price for a typing error"
      )
    );
  return new ModelInputError(issues);
}
