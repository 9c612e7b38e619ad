/**
 * Values of a sensitivity axis: `0.8,1,1.2` (comma-separated numbers) or `from:to:count`, where
 * count is the NUMBER OF POINTS, evenly spaced, both ends included: `0.8:1.2:5` → 0.8, 0.9, 1,
 * 1.1, 1.2 (the examples' grid). Generated points are rounded to 12 significant digits, so they
 * print as typed (0.9, not 0.9000000000000001).
 */
import { evenlySpaced } from "../model";
import { UsageError } from "./errors";
import { words } from "./i18n/messages";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A plain decimal number, or null (no hex, no blanks, no `Infinity`). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function parseValueList(text: string, option: string, command: string): number[] {
  const hint = words("valueListHint");
  if (text.includes(":")) {
    const parts = text.split(":");
    const [from, to, count] = parts.map(parseNumber);
    if (parts.length !== 3 || from === null || to === null || count === null) {
      throw new UsageError("notARange", [option, text, hint], command);
    }
    if (!Number.isInteger(count) || count < 2 || count > 10000) {
      throw new UsageError("badPointCount", [option, text], command);
    }
    return evenlySpaced(from, to, count);
  }
  const values: number[] = [];
  for (const part of text.split(",")) {
    const value = parseNumber(part);
    if (value === null) throw new UsageError("notANumberList", [option, text, hint], command);
    values.push(value);
  }
  return values;
}
