/**
 * Evaluating points over a `WhatIfPort`: `pointsPerSync` points per round trip, a self-check of
 * the first batch (docs/whatif.md B4), `#BUSY!` outputs redone alone and waited for (B7),
 * progress after every round trip and cancel between them.
 */
import type { CellValue } from "../port";
import { message, renderMessage } from "../messages";
import { WhatIfCancelled } from "./errors";
import type { Point, PointFailure, WhatIfOptions } from "./types";

export const DEFAULT_POINTS_PER_SYNC = 20;
export const DEFAULT_SETTLE_TIMEOUT_MS = 10000;
export const DEFAULT_POLL_MS = 100;

export function isBusy(value: CellValue): boolean {
  return typeof value === "object" && value !== null && value.error === "#BUSY!";
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null)
    return a.error === b.error;
  return a === b;
}

/** Why an output is not a number, in English (`reasonIn` says it in another language). */
function reasonOf(value: CellValue): string {
  if (typeof value === "object" && value !== null) return value.error;
  if (typeof value === "string")
    return renderMessage(value === "" ? message("reason.empty") : message("reason.text", value));
  return renderMessage(message("reason.logical", String(value).toUpperCase()));
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** What the sweeper needs from the port. */
export interface Evaluator {
  evaluate(points: readonly Point[], output: string): Promise<CellValue[]>;
  readOutput(output: string): Promise<CellValue>;
}

export class Sweeper {
  private readonly port: Evaluator;
  private readonly output: string;
  private readonly options: WhatIfOptions;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private checked = false;
  /** One point per two round trips (write + calculate, then read): set by the self-check. */
  split = false;
  pointsPerSync: number;
  batches = 0;
  points = 0;
  readonly failures: PointFailure[] = [];
  /** Progress: points done so far, against an estimate of all points. */
  done = 0;
  total: number;

  constructor(port: Evaluator, output: string, options: WhatIfOptions, total: number) {
    this.port = port;
    this.output = output;
    this.options = options;
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? defaultSleep;
    this.pointsPerSync = Math.max(1, Math.floor(options.pointsPerSync ?? DEFAULT_POINTS_PER_SYNC));
    this.total = total;
  }

  private throwIfCancelled(): void {
    if (this.options.signal?.aborted === true) throw new WhatIfCancelled();
  }

  private async batch(points: readonly Point[]): Promise<CellValue[]> {
    this.throwIfCancelled();
    this.batches += 1;
    this.points += points.length;
    const values = await this.port.evaluate(points, this.output);
    if (!this.split) return values;
    return [await this.port.readOutput(this.output)];
  }

  /**
   * B4's self-check, once per run: after the first batch of several points, read the output again
   * with nothing written; a different value means reads inside a batch did not see the
   * calculation, and the run goes on SPLIT: per point, write + calculate in one round trip, read
   * in the next (the first batch is redone that way).
   */
  private async selfCheck(points: readonly Point[], values: CellValue[]): Promise<CellValue[]> {
    this.checked = true;
    const last = values[values.length - 1];
    if (points.length < 2 || isBusy(last)) return values;
    const again = await this.port.readOutput(this.output);
    if (isBusy(again) || sameValue(again, last)) return values;
    this.split = true;
    this.pointsPerSync = 1;
    const redone: CellValue[] = [];
    for (const point of points) redone.push((await this.batch([point]))[0]);
    return redone;
  }

  /** Redo one point alone and wait until its output is not `#BUSY!` (or the timeout). */
  private async settle(point: Point): Promise<CellValue> {
    let value = (await this.batch([point]))[0];
    const timeout = this.options.settleTimeoutMs ?? DEFAULT_SETTLE_TIMEOUT_MS;
    const poll = this.options.pollMs ?? DEFAULT_POLL_MS;
    const deadline = this.now() + timeout;
    while (isBusy(value) && this.now() < deadline) {
      await this.sleep(poll);
      this.throwIfCancelled();
      value = await this.port.readOutput(this.output);
    }
    return value;
  }

  private record(point: Point, value: CellValue): number | null {
    if (typeof value === "number" && Number.isFinite(value)) return value;
    const timeout = (this.options.settleTimeoutMs ?? DEFAULT_SETTLE_TIMEOUT_MS) / 1000;
    this.failures.push({
      point,
      reason: isBusy(value)
        ? renderMessage(message("reason.busy", String(timeout)))
        : reasonOf(value),
    });
    return null;
  }

  /** The output at every point, in order; null where it is not a number (listed in `failures`). */
  async run(points: readonly Point[]): Promise<(number | null)[]> {
    const results: (number | null)[] = [];
    let start = 0;
    while (start < points.length) {
      const slice = points.slice(start, start + this.pointsPerSync);
      let values = await this.batch(slice);
      if (!this.checked) values = await this.selfCheck(slice, values);
      for (const [i, point] of slice.entries()) {
        const value = isBusy(values[i]) ? await this.settle(point) : values[i];
        results.push(this.record(point, value));
      }
      start += slice.length;
      this.done += slice.length;
      this.total = Math.max(this.total, this.done);
      this.options.onProgress?.(this.done, this.total);
    }
    return results;
  }
}
