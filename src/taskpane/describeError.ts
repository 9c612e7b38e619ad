/**
 * An error in plain words, in the pane's language: Excel's error codes get a sentence; the
 * model's input errors and the add-in's own refusals and failures (what-if, sheet limits, live
 * formulas, settings, simulation: src/workbook/messages.ts) are said from their code and
 * parameters; other errors keep their message.
 */
import { issueMessage, ModelInputError } from "../model";
import type { Locale } from "../model";
import { hasMessage, message, renderMessage, WhatIfRestoreError } from "../workbook";
import type { Strings } from "./strings";

/** The locale of the pane's strings. */
export function localeOfStrings(strings: Pick<Strings, "lang">): Locale {
  return strings.lang === "zh-Hans" ? "zh-CN" : "en";
}

export function describeError(error: unknown, strings: Strings): string {
  const locale = localeOfStrings(strings);
  if (typeof error === "object" && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && strings.excelErrors[code] !== undefined)
      return strings.excelErrors[code];
  }
  if (error instanceof ModelInputError)
    return error.issues.map((issue) => issueMessage(issue, locale)).join("\n");
  // A restore stopped by another error: that error in the pane's words too.
  if (error instanceof WhatIfRestoreError && error.text.code === "notRestoredBecause")
    return renderMessage(
      message("notRestoredBecause", describeError(error.cause, strings)),
      locale
    );
  if (hasMessage(error)) return renderMessage(error.text, locale);
  if (error instanceof Error && error.message !== "") return error.message;
  return String(error);
}
