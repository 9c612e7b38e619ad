/** The What-if panel's form as plain data, and the request it makes (null while incomplete or invalid). */
import type { WhatIfRequest } from "../workbook";
import { parseOne, parseValues } from "./whatIfValues";

export interface WhatIfForm {
  kind: "table" | "tornado" | "goalSeek";
  output: string;
  xCell: string;
  xValues: string;
  yCell: string;
  yValues: string;
  tornado: { cell: string; low: string; high: string }[];
  goalInput: string;
  target: string;
  low: string;
  high: string;
}

export const EMPTY_FORM: WhatIfForm = {
  kind: "table",
  output: "",
  xCell: "",
  xValues: "",
  yCell: "",
  yValues: "",
  tornado: [],
  goalInput: "",
  target: "",
  low: "",
  high: "",
};

function values(text: string): number[] | null {
  const parsed = parseValues(text);
  return "values" in parsed ? parsed.values : null;
}

export function requestFromForm(form: WhatIfForm): WhatIfRequest | null {
  const output = form.output.trim();
  if (output === "") return null;
  if (form.kind === "table") {
    const x = values(form.xValues);
    if (form.xCell.trim() === "" || x === null) return null;
    if (form.yCell.trim() === "")
      return { kind: "table", output, x: { cell: form.xCell, values: x } };
    const y = values(form.yValues);
    if (y === null) return null;
    return {
      kind: "table",
      output,
      x: { cell: form.xCell, values: x },
      y: { cell: form.yCell, values: y },
    };
  }
  if (form.kind === "tornado") {
    const inputs = form.tornado.map((row) => ({
      cell: row.cell,
      low: parseOne(row.low),
      high: parseOne(row.high),
    }));
    if (inputs.length === 0 || inputs.some((input) => input.low === null || input.high === null))
      return null;
    return {
      kind: "tornado",
      output,
      inputs: inputs.map((input) => ({
        cell: input.cell,
        low: input.low as number,
        high: input.high as number,
      })),
    };
  }
  const target = parseOne(form.target);
  const low = parseOne(form.low);
  const high = parseOne(form.high);
  if (form.goalInput.trim() === "" || target === null || low === null || high === null) return null;
  return { kind: "goalSeek", output, input: form.goalInput, target, low, high };
}

/** ±20 % of an input's current value, for a tornado row (empty when it is not a number). */
export function defaultSwing(value: unknown): { low: string; high: string } {
  if (typeof value !== "number" || !Number.isFinite(value)) return { low: "", high: "" };
  const tidy = (v: number): string => String(Number(v.toPrecision(12)));
  const a = value * 0.8;
  const b = value * 1.2;
  return { low: tidy(Math.min(a, b)), high: tidy(Math.max(a, b)) };
}
