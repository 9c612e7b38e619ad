/**
 * Values typed into the what-if panel: a list (`0.01, 0.02, 5%`, separated by commas, semicolons
 * or spaces) or a range `start:end:step` (`10:20:2` → 10, 12, …, 20). Percentages are shares
 * (`5%` → 0.05). Returns the numbers, or a sentence saying what is wrong (in `locale`, English
 * by default; the words are in src/workbook/messages.ts).
 */
import type { Locale } from "../model";
import { message, renderMessage } from "../workbook/messages";
import type { Message } from "../workbook/messages";

export type ParsedValues = { values: number[] } | { error: string };

const MAX_RANGE_VALUES = 10001;

function parseNumber(text: string): number | null {
  const match = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(%?)$/i.exec(text.trim());
  if (match === null) return null;
  const value = Number(match[1]) / (match[2] === "%" ? 100 : 1);
  return Number.isFinite(value) ? value : null;
}

/** Round away binary noise of repeated addition (0.1 + 0.2) to 12 significant digits. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function parseRange(text: string): number[] | Message {
  const parts = text.split(":").map((part) => part.trim());
  const [start, end, step] = parts.map(parseNumber);
  if (parts.length !== 3 || start === null || end === null || step === null)
    return message("values.notRange", text);
  if (step <= 0 || end < start) return message("values.badStep", text);
  const count = Math.floor((end - start) / step + 1e-9) + 1;
  if (count > MAX_RANGE_VALUES)
    return message("values.tooMany", text, String(count), String(MAX_RANGE_VALUES - 1));
  return Array.from({ length: count }, (_, i) => tidy(start + i * step));
}

function parse(trimmed: string): number[] | Message {
  if (trimmed === "") return message("values.type");
  if (trimmed.includes(":")) return parseRange(trimmed);
  const items = trimmed.split(/[,;\s]+/).filter((item) => item !== "");
  const values: number[] = [];
  for (const item of items) {
    const value = parseNumber(item);
    if (value === null) return message("values.notNumber", item);
    values.push(value);
  }
  return values;
}

export function parseValues(text: string, locale: Locale = "en"): ParsedValues {
  const parsed = parse(text.trim());
  return Array.isArray(parsed) ? { values: parsed } : { error: renderMessage(parsed, locale) };
}

/** One number (a target, a low or a high); null when it is not one. */
export function parseOne(text: string): number | null {
  return parseNumber(text);
}
