/** Turning what the user typed into the values of a sensitivity axis. */
import { evenlySpaced } from "../model";

/** Most values on one axis of a sensitivity table (101 × 101 at most). */
export const MAX_AXIS_VALUES = 101;

export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; problem: "number" | "empty" | "steps" | "percent" | "tooMany"; text?: string };

/** `steps` multipliers evenly from 1 − p to 1 + p (p = percent / 100), rounded to 12 digits. */
export function percentSteps(percentText: string, stepsText: string): Parsed<number[]> {
  const percent = Number(percentText.trim());
  const steps = Number(stepsText.trim());
  if (percentText.trim() === "" || !Number.isFinite(percent) || percent <= 0 || percent >= 100)
    return { ok: false, problem: "percent" };
  if (!Number.isInteger(steps) || steps < 2 || steps > MAX_AXIS_VALUES)
    return { ok: false, problem: "steps" };
  const p = percent / 100;
  const ends = (m: number): number => Number(m.toPrecision(12));
  return { ok: true, value: evenlySpaced(ends(1 - p), ends(1 + p), steps) };
}

/**
 * The parts of a typed list: split at semicolons, full-width commas (`，`, `；`), spaces, and
 * commas followed by a space; a part with bare commas is one number when it reads as one with
 * thousands separators (`$2,000`), else its commas separate (`0.05,0.1`) — unless a piece is
 * a thousands group (`$2,000,$2,500`), which is refused whole rather than misread.
 */
function listParts(text: string): string[] {
  return text
    .split(/[;；，、\s]+|,(?=\s)/)
    .filter((part) => part.replace(/,/g, "") !== "")
    .flatMap((part) => {
      if (typedNumber(part) !== null) return [part];
      const pieces = part.split(",").filter((piece) => piece !== "");
      // `$2,000,$2,500`: a group of three digits is a thousands group, not a value: say so whole.
      const money = /[$€£¥]/.test(part);
      return money && pieces.slice(1).some((piece) => /^\d{3}(\D|$)/.test(piece)) ? [part] : pieces;
    });
}

/**
 * Values as a finance user types them, separated by commas: `0.05, 0.1`, `5%, 10%`,
 * `$2,000, $2,500` (currency symbol, thousands separators, `(500)` for −500); `5%` means 0.05.
 */
export function explicitValues(text: string): Parsed<number[]> {
  const parts = listParts(text);
  if (parts.length === 0) return { ok: false, problem: "empty" };
  if (parts.length > MAX_AXIS_VALUES) return { ok: false, problem: "tooMany" };
  const values: number[] = [];
  for (const part of parts) {
    const number = typedNumber(part);
    if (number === null) return { ok: false, problem: "number", text: part };
    values.push(number);
  }
  return { ok: true, value: values };
}

/** Swing text in percent (`20`) → a fraction (0.2), or null when not in (0, 100). */
export function swingFraction(text: string): number | null {
  const value = Number(text.trim());
  if (text.trim() === "" || !Number.isFinite(value) || value <= 0 || value >= 100) return null;
  return value / 100;
}

/**
 * One number as a finance user types it: `2,000`, `$2,000`, `€1 500`, `(500)` for −500, `10%` for
 * 0.1; null when it is not a number. A blank is null too: callers decide whether blank is allowed.
 */
export function typedNumber(text: string): number | null {
  let body = text.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (body === "") return null;
  let sign = 1;
  if (/^\(.*\)$/.test(body)) {
    sign = -1;
    body = body.slice(1, -1);
  }
  if (body.startsWith("-") || body.startsWith("−")) {
    sign = -sign;
    body = body.slice(1);
  }
  body = body.replace(/^[$€£¥]|^[A-Z]{3}/, "");
  const percent = body.endsWith("%");
  if (percent) body = body.slice(0, -1);
  if (!/^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(body) || body === "" || body === ".") return null;
  const number = sign * Number(body.replace(/,/g, ""));
  if (!Number.isFinite(number)) return null;
  return percent ? Number((number / 100).toPrecision(15)) : number;
}
