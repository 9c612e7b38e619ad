/**
 * What a what-if run refuses before changing anything, and the loud failure of a restore. Each
 * carries its words as a `Message` of the one table (src/workbook/messages.ts): `message` is the
 * English, `text` renders in the pane's language.
 */
import { list, message, renderMessage } from "../messages";
import type { Message } from "../messages";
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
  readonly text: Message;
  readonly cells: string[];
  readonly confirmable: boolean;
  constructor(code: RefusalCode, text: Message, cells: string[] = [], confirmable = false) {
    super(renderMessage(text));
    this.name = "WhatIfRefusal";
    this.code = code;
    this.text = text;
    this.cells = cells;
    this.confirmable = confirmable;
  }
}

/** The run was cancelled (the inputs were restored). */
export class WhatIfCancelled extends Error {
  readonly text: Message = message("cancelled");
  constructor() {
    super(renderMessage(message("cancelled")));
    this.name = "WhatIfCancelled";
  }
}

function restoreText(mismatches: readonly RestoreMismatch[], cause: unknown): Message {
  if (mismatches.length > 0) {
    const items = mismatches.map((m) => message("mismatch", m.cell, m.expected, m.found));
    return message("notRestored", list(items, true));
  }
  if (cause instanceof Error) return message("notRestoredBecause", cause.message);
  return cause === undefined
    ? message("notRestoredBare")
    : message("notRestoredBecause", String(cause));
}

/**
 * The input cells could not be put back as they were. The restore record stays in the workbook,
 * so the pane offers the restore again. `cause` is the error that stopped the run, if any: with
 * no mismatch listed, the message says it (the pane says it in its own words).
 */
export class WhatIfRestoreError extends Error {
  readonly mismatches: RestoreMismatch[];
  readonly cause: unknown;
  readonly text: Message;
  constructor(mismatches: RestoreMismatch[], cause?: unknown) {
    const text = restoreText(mismatches, cause);
    super(renderMessage(text));
    this.name = "WhatIfRestoreError";
    this.mismatches = mismatches;
    this.cause = cause;
    this.text = text;
  }
}
