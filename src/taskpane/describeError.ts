/** An error in plain words: Excel's error codes get a sentence; other errors keep their message. */
import type { Strings } from "./strings";

export function describeError(error: unknown, strings: Strings): string {
  if (typeof error === "object" && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && strings.excelErrors[code] !== undefined)
      return strings.excelErrors[code];
  }
  if (error instanceof Error && error.message !== "") return error.message;
  return String(error);
}
