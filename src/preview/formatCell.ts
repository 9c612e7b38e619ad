/**
 * How the preview shows a cell: the number formats the add-in writes (`"$"#,##0;-"$"#,##0`,
 * `0.0%`, `#,##0.0`, `0.00"x"`, `0.0" months"`) applied as Excel would, without scientific notation.
 */
import type { DumpValue } from "../testing/office/dump";

function sections(format: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function general(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString("en-US", { useGrouping: false });
  return Number(value.toPrecision(10)).toLocaleString("en-US", {
    useGrouping: false,
    maximumFractionDigits: 10,
  });
}

/** A section's condition such as `[=1]`, and the section without it; null when it has none. */
function condition(section: string): { test: (value: number) => boolean; rest: string } | null {
  const match = /^\[(=|<>|<=|>=|<|>)(-?[\d.]+)\]/.exec(section);
  if (match === null) return null;
  const bound = Number(match[2]);
  const tests: Record<string, (value: number) => boolean> = {
    "=": (v) => v === bound,
    "<>": (v) => v !== bound,
    "<": (v) => v < bound,
    "<=": (v) => v <= bound,
    ">": (v) => v > bound,
    ">=": (v) => v >= bound,
  };
  return {
    test: tests[match[1]] as (value: number) => boolean,
    rest: section.slice(match[0].length),
  };
}

/** Excel's named font colours of a format section (`[Red]`), as CSS colours. */
const COLORS: Record<string, string> = {
  black: "#000000",
  blue: "#0000FF",
  cyan: "#00FFFF",
  green: "#008000",
  magenta: "#FF00FF",
  red: "#C00000",
  white: "#FFFFFF",
  yellow: "#FFFF00",
};

/**
 * A section without what only changes how Excel lays it out: `[Red]` (its colour is returned),
 * `[$€-x-euro2]` (the symbol, as a literal), `_)` (a space as wide as `)`), `*-` (fill), `\x`
 * (a literal) and `?` (a digit placeholder, as `#`).
 */
function cleanSection(section: string): { section: string; color: string | null } {
  let out = "";
  let color: string | null = null;
  const tokens = section.match(/"[^"]*"|\[[^\]]*\]|[_*\\]./g) ?? [];
  let rest = section;
  for (const token of tokens) {
    const at = rest.indexOf(token);
    out += rest.slice(0, at).replace(/\?/g, "#");
    rest = rest.slice(at + token.length);
    if (token.startsWith('"')) out += token;
    else if (token.startsWith("[")) {
      const inner = token.slice(1, -1);
      const currency = /^\$([^-\]]*)/.exec(inner);
      if (currency !== null) out += `"${currency[1]}"`;
      else color = COLORS[inner.toLowerCase()] ?? color;
    } else if (token.startsWith("_")) out += '" "';
    else if (token.startsWith("\\")) out += `"${token.slice(1)}"`;
  }
  return { section: out + rest.replace(/\?/g, "#"), color };
}

/** The section a number shows with: by its condition, else positive;negative;zero. */
function pick(value: number, format: string): { section: string; number: number } {
  const [first, second, third] = sections(format);
  const conditional = condition(first);
  // `[=1]0" month";0" months"`: the first section where its condition holds, else the second.
  if (conditional !== null)
    return {
      section: conditional.test(value) ? conditional.rest : (second ?? conditional.rest),
      number: value,
    };
  if (value < 0 && second !== undefined) return { section: second, number: -value };
  if (value === 0 && third !== undefined) return { section: third, number: 0 };
  return { section: first, number: value };
}

/** What a number shows with a format section (already cleaned). */
function render(section: string, value: number): string | null {
  let number = value;
  const unquoted = section.replace(/"[^"]*"/g, "");
  if (unquoted.includes("%")) number *= 100;
  const pattern = /[#0][#0,]*(\.[0#]+)?/.exec(unquoted);
  // `#` and `?` show no insignificant zero: 0 with `#,##` shows nothing (Excel's `"-"??`).
  const digits =
    pattern === null || (number === 0 && !pattern[0].includes("0"))
      ? ""
      : number.toLocaleString("en-US", {
          minimumFractionDigits: pattern[1] === undefined ? 0 : pattern[1].length - 1,
          maximumFractionDigits: pattern[1] === undefined ? 0 : pattern[1].length - 1,
          useGrouping: pattern[0].includes(","),
        });
  let out = "";
  let replaced = false;
  const tokens = section.match(/"[^"]*"|[#0][#0,]*(?:\.[0#]+)?|./g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (/^[#0]/.test(token)) {
      if (!replaced) out += digits;
      replaced = true;
    } else out += token;
  }
  // A section without digits (`"-"` for zero) shows its text alone.
  return out === "" && pattern === null ? null : out;
}

/** The text and the colour (`[Red]`, or null) a cell shows with its number format. */
export function formatCellStyled(
  value: DumpValue,
  format: string
): { text: string; color: string | null } {
  if (value === null) return { text: "", color: null };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", color: null };
  if (typeof value === "string") return { text: value, color: null };
  if (format === "General" || format === "@") return { text: general(value), color: null };
  const picked = pick(value, format);
  const { section, color } = cleanSection(picked.section);
  return { text: render(section, picked.number) ?? general(value), color };
}

export function formatCell(value: DumpValue, format: string): string {
  return formatCellStyled(value, format).text;
}
