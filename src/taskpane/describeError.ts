/**
 * An error in plain words: Excel's error codes get a sentence; the model's input errors are said
 * in the pane's language; other errors keep their message.
 */
import { issueMessage, ModelInputError } from "../model";
import type { Strings } from "./strings";

export function describeError(error: unknown, strings: Strings): string {
  if (typeof error === "object" && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && strings.excelErrors[code] !== undefined)
      return strings.excelErrors[code];
  }
  if (error instanceof ModelInputError) {
    const locale = strings.lang === "zh-Hans" ? "zh-CN" : "en";
    return error.issues.map((issue) => issueMessage(issue, locale)).join("\n");
  }
  if (error instanceof Error && error.message !== "") return error.message;
  return String(error);
}
