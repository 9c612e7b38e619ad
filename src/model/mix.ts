/**
 * The Mix input (spec §1): channel rows × segment columns of weights, as a sheet table (segment
 * names across the first row, channel names down the first column) or as JSON
 * (`{ channel: { segment: weight } }`). Validated against the channels and segments.
 */
import { cellAddress, classify, isBlank, nameOf, notANumber, type CellValue } from "./cells";
import type { IssueList } from "./raw";
import { checkRule } from "./schema";
import type { Channel, Segment, TableOrigin } from "./types";

/** One weight as read, with the names it sits under. */
interface MixEntry {
  channel: CellValue;
  channelAddress?: string;
  weights: { segment: CellValue; segmentAddress?: string; value: CellValue; address?: string }[];
}

function address(origin: TableOrigin | undefined, row: number, column: number): string | undefined {
  return origin === undefined
    ? undefined
    : cellAddress(origin.sheet, origin.row + row, origin.column + column);
}

/** Sheet form → entries; null when the mix is empty (no rows with anything in them). */
export function mixEntriesFromGrid(
  grid: readonly (readonly CellValue[])[] | null | undefined,
  origin?: TableOrigin
): MixEntry[] | null {
  if (!grid || grid.length < 2) return null;
  const header = grid[0] ?? [];
  const entries: MixEntry[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every((value) => isBlank(value))) continue;
    const weights = [];
    for (let c = 1; c < Math.max(header.length, row.length); c++) {
      if (isBlank(header[c]) && isBlank(row[c])) continue;
      weights.push({
        segment: header[c],
        segmentAddress: address(origin, 0, c),
        value: row[c],
        address: address(origin, r, c),
      });
    }
    entries.push({ channel: row[0], channelAddress: address(origin, r, 0), weights });
  }
  return entries.length > 0 ? entries : null;
}

/** JSON form → entries; null when absent or empty. */
export function mixEntriesFromJson(mix: unknown, issues: IssueList): MixEntry[] | null {
  if (mix === null || mix === undefined) return null;
  if (typeof mix !== "object" || Array.isArray(mix)) {
    issues.error("Mix", "must map each channel name to its segment weights");
    return null;
  }
  const entries: MixEntry[] = [];
  for (const [channel, row] of Object.entries(mix as Record<string, unknown>)) {
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      issues.error("Mix", "must map each segment name to a weight", channel);
      continue;
    }
    const weights = Object.entries(row as Record<string, unknown>).map(([segment, value]) => ({
      segment,
      value,
    }));
    entries.push({ channel, weights });
  }
  return entries.length > 0 ? entries : null;
}

function indexByName<T extends { name: string }>(rows: T[]): Map<string, number> {
  const index = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.name !== "" && !index.has(row.name.toLowerCase())) index.set(row.name.toLowerCase(), i);
  });
  return index;
}

/** The channel an entry gives weights for; null (reported) when unnamed, unknown or repeated. */
function entryChannel(
  issues: IssueList,
  entry: MixEntry,
  channelIndex: Map<string, number>,
  mix: (number[] | null)[]
): { k: number; name: string } | null {
  const named = nameOf(classify(entry.channel));
  if ("problem" in named) {
    issues.error("Mix", named.problem, undefined, "channel", entry.channelAddress);
    return null;
  }
  const k = channelIndex.get(named.name.toLowerCase());
  if (k === undefined) {
    issues.error(
      "Mix",
      `"${named.name}" is not a channel in the Channels table`,
      named.name,
      "channel",
      entry.channelAddress
    );
    return null;
  }
  if (mix[k] !== null) {
    issues.error(
      "Mix",
      `"${named.name}" has two rows — keep one`,
      named.name,
      "channel",
      entry.channelAddress
    );
    return null;
  }
  return { k, name: named.name };
}

/** What reading one channel's weights needs: where to report, the segments, what was reported. */
interface RowReading {
  issues: IssueList;
  channel: string;
  segments: Segment[];
  segmentIndex: Map<string, number>;
  /** Segment problems already reported (each is said once for the whole mix). */
  reported: Set<string>;
}

/**
 * The segment a weight sits under (marked seen); null when it has no name (reported when the
 * weight is not blank), is not a segment or was given already in this row (reported once).
 */
function weightSegment(
  reading: RowReading,
  weight: MixEntry["weights"][number],
  seen: Set<number>
): { s: number; name: string } | null {
  const { issues, reported } = reading;
  const segmentName = nameOf(classify(weight.segment));
  if ("problem" in segmentName) {
    if (!isBlank(weight.value))
      issues.error(
        "Mix",
        `a weight has no segment name above it`,
        reading.channel,
        undefined,
        weight.address
      );
    return null;
  }
  const s = reading.segmentIndex.get(segmentName.name.toLowerCase());
  if (s === undefined) {
    const key = segmentName.name.toLowerCase();
    if (!reported.has(key)) {
      reported.add(key);
      issues.error(
        "Mix",
        `"${segmentName.name}" is not a segment in the Segments table`,
        undefined,
        segmentName.name,
        weight.segmentAddress
      );
    }
    return null;
  }
  if (seen.has(s)) {
    if (!reported.has(`dup:${s}`)) {
      reported.add(`dup:${s}`);
      issues.error(
        "Mix",
        `the segment "${segmentName.name}" is given twice — keep one`,
        undefined,
        segmentName.name,
        weight.segmentAddress
      );
    }
    return null;
  }
  seen.add(s);
  return { s, name: segmentName.name };
}

/** One channel's raw weights by segment; `valid` false when a weight was refused (reported). */
function mixRow(reading: RowReading, entry: MixEntry): { row: number[]; valid: boolean } {
  const { issues, channel, segments } = reading;
  const row = segments.map(() => 0);
  const seen = new Set<number>();
  let valid = true;
  for (const weight of entry.weights) {
    const found = weightSegment(reading, weight, seen);
    if (found === null) {
      valid = false;
      continue;
    }
    const cell = classify(weight.value);
    if (cell.kind === "blank") continue;
    const segment = segments[found.s]?.name ?? found.name;
    if (cell.kind !== "number") {
      issues.error("Mix", notANumber(cell), channel, segment, weight.address);
      valid = false;
      continue;
    }
    const problem = checkRule("nonNegative", cell.value, 0);
    if (problem !== null) {
      issues.error("Mix", problem, channel, segment, weight.address);
      valid = false;
      continue;
    }
    row[found.s] = cell.value;
  }
  return { row, valid };
}

/** Validate the entries into `mix[k][s]` raw weights (null row: channel left out of the mix). */
export function buildMix(
  issues: IssueList,
  entries: MixEntry[] | null,
  channels: Channel[],
  segments: Segment[]
): (number[] | null)[] | null {
  if (entries === null) return null;
  const channelIndex = indexByName(channels);
  const segmentIndex = indexByName(segments);
  const mix: (number[] | null)[] = channels.map(() => null);
  const reported = new Set<string>();
  for (const entry of entries) {
    const channel = entryChannel(issues, entry, channelIndex, mix);
    if (channel === null) continue;
    const reading = { issues, channel: channel.name, segments, segmentIndex, reported };
    const { row, valid } = mixRow(reading, entry);
    if (valid && row.every((weight) => weight === 0)) {
      issues.error(
        "Mix",
        "the weights add up to 0 — give at least one segment a weight above 0",
        channel.name,
        undefined,
        entry.channelAddress
      );
    }
    mix[channel.k] = row;
  }
  channels.forEach((channel, k) => {
    if (mix[k] === null && (channel.spend ?? 0) > 0 && channel.name !== "") {
      issues.error("Mix", "has spend but no row in the mix — add a row for it", channel.name);
    }
  });
  return mix;
}
