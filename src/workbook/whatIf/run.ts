/**
 * One what-if run: check → save the originals in the workbook → sweep → restore ALWAYS (finish,
 * failure, cancel) and check the restore. Nothing is changed before every check has passed and
 * the restore record is saved (docs/whatif.md).
 */
import { WhatIfCancelled, WhatIfRefusal, WhatIfRestoreError } from "./errors";
import { goalSeek } from "./goalSeek";
import { message } from "../messages";
import {
  checkCells,
  inputCells,
  MAX_POINTS,
  normaliseRequest,
  pointCount,
  tablePoints,
  tornadoPoints,
} from "./plan";
import { Sweeper } from "./sweep";
import type {
  CellInfo,
  RestoreRecord,
  TornadoRow,
  WhatIfOptions,
  WhatIfPort,
  WhatIfRequest,
  WhatIfResult,
} from "./types";

/** The outcome of a run: done, or cancelled (inputs restored in both cases). */
export type WhatIfOutcome =
  { status: "done"; result: WhatIfResult } | { status: "cancelled"; points: number };

function isFlat(values: readonly (number | null)[]): boolean {
  const numbers = values.filter((v): v is number => v !== null);
  return numbers.length >= 2 && numbers.every((v) => v === numbers[0]);
}

/** The checks that need the workbook, then the record saved: returns what the sweep needs. */
async function prepare(
  port: WhatIfPort,
  request: WhatIfRequest,
  options: WhatIfOptions,
  now: Date
): Promise<{ record: RestoreRecord; output: CellInfo; inputs: CellInfo[] }> {
  const cells = inputCells(request);
  const points = pointCount(request);
  if (points > MAX_POINTS && options.confirmLarge !== true)
    throw new WhatIfRefusal(
      "tooManyPoints",
      message("tooManyPoints", points, MAX_POINTS),
      [],
      true
    );
  if ((await port.readRecord()) !== null)
    throw new WhatIfRefusal("pendingRestore", message("pendingRestore"));
  const inspection = await port.inspect([request.output, ...cells]);
  const [output, ...inputs] = inspection.cells;
  checkCells(output, inputs, options.confirmFormulas === true);
  const record: RestoreRecord = {
    version: 1,
    started: now.toISOString(),
    mode: inspection.mode,
    output: request.output,
    cells: inputs.map((info) => ({
      cell: info.cell,
      formula: info.formula,
      numberFormat: info.numberFormat,
    })),
  };
  await port.writeRecord(record);
  return { record, output, inputs };
}

async function sweepTornado(
  sweeper: Sweeper,
  request: Extract<WhatIfRequest, { kind: "tornado" }>,
  inputs: CellInfo[]
): Promise<TornadoRow[]> {
  const values = await sweeper.run(tornadoPoints(request, inputs));
  const rows = request.inputs.map((input, i): TornadoRow => {
    const atLow = values[2 * i];
    const atHigh = values[2 * i + 1];
    const swing = atLow === null || atHigh === null ? null : Math.abs(atHigh - atLow);
    return { cell: input.cell, low: input.low, high: input.high, atLow, atHigh, swing };
  });
  return rows.sort((a, b) => (b.swing ?? -1) - (a.swing ?? -1));
}

async function sweep(
  sweeper: Sweeper,
  request: WhatIfRequest,
  inputs: CellInfo[]
): Promise<Pick<WhatIfResult, "table" | "tornado" | "goalSeek" | "flat">> {
  if (request.kind === "table") {
    const values = await sweeper.run(tablePoints(request));
    const width = request.x.values.length;
    const rows = Array.from({ length: values.length / width }, (_, i) =>
      values.slice(i * width, (i + 1) * width)
    );
    const table = { x: request.x.values, y: request.y ? request.y.values : null, values: rows };
    return { table, flat: isFlat(values) };
  }
  if (request.kind === "tornado") {
    const tornado = await sweepTornado(sweeper, request, inputs);
    return { tornado, flat: isFlat(tornado.flatMap((row) => [row.atLow, row.atHigh])) };
  }
  const result = await goalSeek(sweeper, request);
  return { goalSeek: result, flat: result.min !== null && result.min === result.max };
}

/** Put the inputs and the calculation mode back; throws loudly (record kept) when it does not match. */
async function restoreAll(port: WhatIfPort, record: RestoreRecord, cause?: unknown): Promise<void> {
  let mismatches;
  try {
    mismatches = await port.restore(record);
  } catch (error) {
    throw new WhatIfRestoreError([], cause ?? error);
  }
  if (mismatches.length > 0) throw new WhatIfRestoreError(mismatches, cause);
  await port.clearRecord();
}

/**
 * Run a what-if request. Refusals (`WhatIfRefusal`) change nothing; once the record is saved, the
 * inputs and the calculation mode are restored whatever happens, and the restore is checked.
 */
export async function runWhatIf(
  port: WhatIfPort,
  raw: WhatIfRequest,
  options: WhatIfOptions = {},
  now: Date = new Date()
): Promise<WhatIfOutcome> {
  const request = normaliseRequest(raw);
  const { record, output, inputs } = await prepare(port, request, options, now);
  const sweeper = new Sweeper(port, request.output, options, pointCount(request));
  let outcome: WhatIfOutcome | undefined;
  let failure: unknown;
  try {
    if (record.mode !== null && record.mode !== "Manual") await port.setCalculationMode("Manual");
    const swept = await sweep(sweeper, request, inputs);
    outcome = {
      status: "done",
      result: {
        request,
        output,
        inputs,
        base: output.value,
        ...swept,
        failures: sweeper.failures,
        points: sweeper.points,
        batches: sweeper.batches,
        pointsPerSync: sweeper.pointsPerSync,
      },
    };
  } catch (error) {
    if (error instanceof WhatIfCancelled) outcome = { status: "cancelled", points: sweeper.points };
    else failure = error;
  }
  await restoreAll(port, record, failure);
  if (outcome === undefined) throw failure;
  return outcome;
}

/** The record of a run that did not finish (a closed pane, a crash), for the pane to offer. */
export function pendingRestore(port: WhatIfPort): Promise<RestoreRecord | null> {
  return port.readRecord();
}

/** Put back what the record saved, check it, and forget the record. */
export async function restorePending(port: WhatIfPort): Promise<RestoreRecord | null> {
  const record = await port.readRecord();
  if (record === null) return null;
  await restoreAll(port, record);
  return record;
}

/** Forget a record without restoring (the user chose to keep the cells as they are). */
export function discardPending(port: WhatIfPort): Promise<void> {
  return port.clearRecord();
}
