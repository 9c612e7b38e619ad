/**
 * How the preview shows a cell: the number formats the add-in writes (`"$"#,##0;-"$"#,##0`,
 * `0.0%`, `#,##0.0`, `0.00"x"`, `0.0" months"`) applied as Excel would, without scientific notation.
 */
import type { DumpValue } from "./standIn/dump";

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

export function formatCell(value: DumpValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "General" || format === "@") return general(value);
  const [first, second] = sections(format);
  const conditional = condition(first);
  // `[=1]0" month";0" months"`: the first section where its condition holds, else the second.
  const [positive, negative] =
    conditional === null
      ? [first, second]
      : [conditional.test(value) ? conditional.rest : (second ?? conditional.rest), undefined];
  const useNegative = value < 0 && negative !== undefined;
  const section = useNegative ? negative : positive;
  let number = useNegative ? -value : value;
  const unquoted = section.replace(/"[^"]*"/g, "");
  if (unquoted.includes("%")) number *= 100;
  const pattern = /[#0][#0,]*(\.[0#]+)?/.exec(unquoted);
  if (pattern === null) return general(value);
  const decimals = pattern[1] === undefined ? 0 : pattern[1].length - 1;
  const text = number.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: pattern[0].includes(","),
  });
  let out = "";
  let replaced = false;
  const tokens = section.match(/"[^"]*"|[#0][#0,]*(?:\.[0#]+)?|./g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (/^[#0]/.test(token)) {
      if (!replaced) out += text;
      replaced = true;
    } else if (token !== "\\") out += token;
  }
  return out;
}
