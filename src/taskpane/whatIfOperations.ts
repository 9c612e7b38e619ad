/**
 * What the What-if panel can do, as plain data: pick cells from the selection, look at cells,
 * run a sweep (refusals come back as data so the panel can ask for a confirmation), and the
 * restore of an earlier run that did not finish. No Office here: the ports are passed in.
 */
import type { Locale } from "../model";
import {
  discardPending,
  pendingRestore,
  renderMessage,
  restorePending,
  runWhatIf,
  WhatIfRefusal,
  writeWhatIf,
} from "../workbook";
import type { CellInfo, WhatIfPort, WhatIfRequest, WhatIfResult } from "../workbook";
import type { WorkbookPort } from "../workbook/port";
import type { TaskControl } from "./operations";

export interface WhatIfConfirmations {
  /** Input cells holding formulas may be replaced during the run. */
  formulas?: boolean;
  /** More than 10,000 points. */
  large?: boolean;
  /** Not a confirmation but the run's option: replace the newest what-if sheet still ours. */
  replace?: boolean;
}

export type WhatIfActionOutcome =
  | { status: "done"; sheet: string; result: WhatIfResult }
  | { status: "cancelled" }
  | { status: "refused"; message: string; confirm: "formulas" | "large" | null };

export interface PendingRun {
  /** When the unfinished run started (ISO 8601). */
  started: string;
  cells: string[];
}

export interface WhatIfOperations {
  /** The address of the selected cell (its top-left cell), e.g. `Inputs!B2`. */
  selectedCell(): Promise<string>;
  /** The cells as they are now: value, formula, format, label. */
  describeCells(cells: string[]): Promise<CellInfo[]>;
  run(
    request: WhatIfRequest,
    confirm: WhatIfConfirmations,
    task: TaskControl
  ): Promise<WhatIfActionOutcome>;
  pending(): Promise<PendingRun | null>;
  /** Restore an unfinished run; returns the cells put back. */
  restorePending(): Promise<string[]>;
  discardPending(): Promise<void>;
}

export interface WhatIfOperationsOptions {
  whatIf: WhatIfPort;
  workbook: WorkbookPort;
  selectedAddress(): Promise<string>;
  version: string;
  now?: () => Date;
  /**
   * The language of the what-if sheet and of the refusals (Office's display language); English
   * by default.
   */
  locale?: Locale;
  /** Sweep tuning (tests). */
  pointsPerSync?: number;
  pollMs?: number;
  settleTimeoutMs?: number;
}

/** `Sheet1!B2:D9` → `Sheet1!B2`. */
export function topLeft(address: string): string {
  const bang = address.lastIndexOf("!");
  const cells = address.slice(bang + 1).split(":")[0];
  return `${address.slice(0, bang + 1)}${cells.replace(/\$/g, "")}`;
}

export function createWhatIfOperations(o: WhatIfOperationsOptions): WhatIfOperations {
  const now = o.now ?? (() => new Date());
  return {
    async selectedCell() {
      return topLeft(await o.selectedAddress());
    },

    async describeCells(cells) {
      return (await o.whatIf.inspect(cells)).cells;
    },

    async run(request, confirm, task) {
      try {
        const outcome = await runWhatIf(
          o.whatIf,
          request,
          {
            confirmFormulas: confirm.formulas === true,
            confirmLarge: confirm.large === true,
            signal: task.signal,
            onProgress: task.onProgress,
            pointsPerSync: o.pointsPerSync,
            pollMs: o.pollMs,
            settleTimeoutMs: o.settleTimeoutMs,
          },
          now()
        );
        if (outcome.status === "cancelled") return { status: "cancelled" };
        const sheet = await writeWhatIf(o.workbook, {
          result: outcome.result,
          now: now(),
          version: o.version,
          replace: confirm.replace === true,
          locale: o.locale,
        });
        return { status: "done", sheet: sheet.name, result: outcome.result };
      } catch (error) {
        if (!(error instanceof WhatIfRefusal)) throw error;
        const confirmKind =
          error.code === "formulaInput"
            ? "formulas"
            : error.code === "tooManyPoints"
              ? "large"
              : null;
        return {
          status: "refused",
          message: renderMessage(error.text, o.locale),
          confirm: confirmKind,
        };
      }
    },

    async pending() {
      const record = await pendingRestore(o.whatIf);
      return record === null
        ? null
        : { started: record.started, cells: record.cells.map((cell) => cell.cell) };
    },

    async restorePending() {
      const record = await restorePending(o.whatIf);
      return record === null ? [] : record.cells.map((cell) => cell.cell);
    },

    discardPending: () => discardPending(o.whatIf),
  };
}
