/**
 * Inputs in, validated model out: sheet tables (2-D arrays as Excel hands them) or the JSON form
 * of shared/examples. Every problem is found in one pass; nothing is computed from invalid input.
 */
import { classify, cellAddress, type CellValue } from "./cells";
import { buildAssumptions, buildChannels, buildSegments, type AssumptionEntry } from "./build";
import { ModelInputError } from "./errors";
import { buildMix, mixEntriesFromGrid, mixEntriesFromJson } from "./mix";
import { rowsProblem, sizeProblem } from "./limits";
import { rememberAddresses } from "./overflow";
import { inReadingOrder, IssueList, rawFromGrid, rawFromObjects, type RawTable } from "./raw";
import { CHANNEL_FIELDS, headerIndex, SEGMENT_FIELDS } from "./schema";
import { modelWarnings } from "./warnings";
import type { InputIssue, ModelInput, TableOrigin } from "./types";

export { columnLetter, cellAddress } from "./cells";
export type { CellValue } from "./cells";

type Grid = readonly (readonly CellValue[])[];

export interface TablesInput {
  channels: Grid | null | undefined;
  segments: Grid | null | undefined;
  mix?: Grid | null;
  assumptions?: Grid | null;
  /** Where each table sits on its sheet (header row's top-left cell), for cell addresses in errors. */
  origins?: Partial<Record<"channels" | "segments" | "mix" | "assumptions", TableOrigin>>;
}

export interface ParseOutcome {
  /** The validated model, or null when there is any error. */
  model: ModelInput | null;
  errors: InputIssue[];
  warnings: InputIssue[];
}

const SEGMENT_HEADERS = headerIndex(["name", ...SEGMENT_FIELDS.map((spec) => spec.field)], {
  segment: "name",
});
const CHANNEL_HEADERS = headerIndex(["name", "type", ...CHANNEL_FIELDS.map((spec) => spec.field)], {
  channel: "name",
});

function assumptionEntriesFromGrid(
  grid: Grid | null | undefined,
  origin: TableOrigin | undefined
): AssumptionEntry[] {
  return (grid ?? []).map((row, r) => ({
    name: row[0],
    value: row[1],
    nameAddress: origin && cellAddress(origin.sheet, origin.row + r, origin.column),
    valueAddress: origin && cellAddress(origin.sheet, origin.row + r, origin.column + 1),
  }));
}

/**
 * Tables within the model's size limits (limits.ts); otherwise one error naming the table, and
 * nothing more is built (no row by row checks of a table too large to model).
 */
function withinLimits(
  issues: IssueList,
  channels: RawTable | null,
  segments: RawTable | null
): boolean {
  const channelRows = channels?.rows.length ?? 0;
  const segmentRows = segments?.rows.length ?? 0;
  const tooManyChannels = rowsProblem(channelRows, "channels");
  const tooManySegments = rowsProblem(segmentRows, "segments");
  if (tooManyChannels !== null) issues.error("Channels", tooManyChannels);
  if (tooManySegments !== null) issues.error("Segments", tooManySegments);
  if (tooManyChannels !== null || tooManySegments !== null) return false;
  const tooLarge = sizeProblem(channelRows, segmentRows);
  if (tooLarge !== null) issues.error("Mix", tooLarge);
  return tooLarge === null;
}

function finish(issues: IssueList, build: () => ModelInput): ParseOutcome {
  const model = build();
  const warnings = inReadingOrder(issues.warnings);
  if (issues.errors.length > 0)
    return { model: null, errors: inReadingOrder(issues.errors), warnings };
  return { model, errors: [], warnings: [...warnings, ...modelWarnings(model)] };
}

/** Parse and validate sheet tables (first row headers). */
export function parseTables(input: TablesInput): ParseOutcome {
  const issues = new IssueList();
  return finish(issues, () => {
    const origins = input.origins ?? {};
    const assumptions = buildAssumptions(
      issues,
      assumptionEntriesFromGrid(input.assumptions, origins.assumptions)
    );
    const requireGrid = (grid: Grid | null | undefined, table: "Channels" | "Segments"): Grid => {
      if (
        !grid ||
        grid.length === 0 ||
        grid.every((row) => row.every((value) => classify(value).kind === "blank"))
      ) {
        issues.error(
          table,
          `the table is missing or empty — it needs a header row and at least one row`
        );
        return [];
      }
      return grid;
    };
    const segmentGrid = requireGrid(input.segments, "Segments");
    const channelGrid = requireGrid(input.channels, "Channels");
    const rawSegments =
      segmentGrid.length > 0
        ? rawFromGrid("Segments", segmentGrid, SEGMENT_HEADERS, origins.segments, issues)
        : null;
    const rawChannels =
      channelGrid.length > 0
        ? rawFromGrid("Channels", channelGrid, CHANNEL_HEADERS, origins.channels, issues)
        : null;
    if (!withinLimits(issues, rawChannels, rawSegments))
      return { assumptions, segments: [], channels: [], mix: null };
    const horizon = assumptions.horizon;
    const segments = rawSegments === null ? [] : buildSegments(issues, rawSegments, horizon);
    const channels = rawChannels === null ? [] : buildChannels(issues, rawChannels, horizon);
    const mix = buildMix(issues, mixEntriesFromGrid(input.mix, origins.mix), channels, segments);
    const model = { assumptions, segments, channels, mix };
    rememberAddresses(model, rawChannels, rawSegments);
    return model;
  });
}

/** Parse and validate the JSON form of shared/examples/*.input.json. */
export function parseJson(json: unknown): ParseOutcome {
  const issues = new IssueList();
  return finish(issues, () => {
    const isObject = json !== null && typeof json === "object" && !Array.isArray(json);
    if (!isObject) {
      issues.error(
        "Channels",
        'the input is not a model: give a JSON object with "channels", "segments" and optionally "mix" and "assumptions"'
      );
      return { assumptions: buildAssumptions(issues, []), segments: [], channels: [], mix: null };
    }
    const doc = json as Record<string, unknown>;
    const rawAssumptions = doc.assumptions;
    const entries: AssumptionEntry[] =
      rawAssumptions !== null &&
      typeof rawAssumptions === "object" &&
      !Array.isArray(rawAssumptions)
        ? Object.entries(rawAssumptions as Record<string, unknown>).map(([name, value]) => ({
            name,
            value,
          }))
        : [];
    if (
      rawAssumptions !== undefined &&
      rawAssumptions !== null &&
      entries.length === 0 &&
      typeof rawAssumptions !== "object"
    ) {
      issues.error("Assumptions", "must map each assumption name to its value");
    }
    const assumptions = buildAssumptions(issues, entries);
    const rawSegments = rawFromObjects("Segments", doc.segments, SEGMENT_HEADERS, issues);
    const rawChannels = rawFromObjects("Channels", doc.channels, CHANNEL_HEADERS, issues);
    if (!withinLimits(issues, rawChannels, rawSegments))
      return { assumptions, segments: [], channels: [], mix: null };
    const segments = buildSegments(issues, rawSegments, assumptions.horizon);
    const channels = buildChannels(issues, rawChannels, assumptions.horizon);
    const mix = buildMix(issues, mixEntriesFromJson(doc.mix, issues), channels, segments);
    const model = { assumptions, segments, channels, mix };
    rememberAddresses(model, rawChannels, rawSegments);
    return model;
  });
}

function orThrow(outcome: ParseOutcome): { model: ModelInput; warnings: InputIssue[] } {
  if (outcome.model === null) throw new ModelInputError(outcome.errors);
  return { model: outcome.model, warnings: outcome.warnings };
}

/** parseTables, throwing ModelInputError (with every issue) on invalid input. */
export function loadTables(input: TablesInput): { model: ModelInput; warnings: InputIssue[] } {
  return orThrow(parseTables(input));
}

/** parseJson, throwing ModelInputError (with every issue) on invalid input. */
export function loadJson(json: unknown): { model: ModelInput; warnings: InputIssue[] } {
  return orThrow(parseJson(json));
}
