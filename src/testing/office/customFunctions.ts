/** The stand-in's `CustomFunctions.Error`, holding the add-in to Excel's rule on messages. */

/**
 * As Excel: only #VALUE! and #N/A carry a custom message; any other error shows bare, its
 * message lost. https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
 */
export class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    const kept = code === "#VALUE!" || code === "#N/A" ? message : undefined;
    super(kept ?? code);
    this.code = code;
  }

  /** The message Excel shows with the error, if any. */
  get shownMessage(): string | null {
    return this.message === this.code ? null : this.message;
  }
}
