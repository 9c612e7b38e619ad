/** What a what-if run refuses before changing anything, and the loud failure of a restore. */
import type { RestoreMismatch } from "./types";

export type RefusalCode =
  | "badAddress"
  | "badValues"
  | "outputIsInput"
  | "missingSheet"
  | "protected"
  | "formulaInput"
  | "textInput"
  | "tooManyPoints"
  | "pendingRestore";

/** Nothing was changed. `confirmable`: the same request runs once the user confirms it. */
export class WhatIfRefusal extends Error {
  readonly code: RefusalCode;
  readonly cells: string[];
  readonly confirmable: boolean;
  constructor(code: RefusalCode, message: string, cells: string[] = [], confirmable = false) {
    super(message);
    this.name = "WhatIfRefusal";
    this.code = code;
    this.cells = cells;
    this.confirmable = confirmable;
  }
}

/** The run was cancelled (the inputs were restored). */
export class WhatIfCancelled extends Error {
  constructor() {
    super("The what-if run was cancelled; the input cells were restored.");
    this.name = "WhatIfCancelled";
  }
}

/**
 * The input cells could not be put back as they were. The restore record stays in the workbook,
 * so the pane offers the restore again. `cause` is the error that stopped the run, if any.
 */
export class WhatIfRestoreError extends Error {
  readonly mismatches: RestoreMismatch[];
  readonly cause: unknown;
  constructor(mismatches: RestoreMismatch[], cause?: unknown) {
    const list = mismatches
      .map((m) => `${m.cell}: expected ${m.expected}, found ${m.found}`)
      .join("; ");
    const why =
      mismatches.length === 0 && cause instanceof Error ? ` (${cause.message})` : `: ${list}`;
    super(
      `THE INPUT CELLS WERE NOT RESTORED${why}. Use Restore in the What-if panel, or put these cells back by hand.`
    );
    this.name = "WhatIfRestoreError";
    this.mismatches = mismatches;
    this.cause = cause;
  }
}
