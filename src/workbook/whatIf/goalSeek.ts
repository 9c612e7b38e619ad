/**
 * Goal seek over a workbook cell with the bracketing rule of gtm-model.md §7: a 101-point scan
 * (batched), the first step whose two outputs are numbers with f(v_i)·f(v_{i+1}) ≤ 0, refined by
 * 10-section (9 interior points per round trip) until the bracket is narrower than
 * 1e-12·max(1, |v|). The answer is the last bracket's midpoint, or an exact zero met on the way.
 */
import { SCAN_STEPS } from "./plan";
import type { Sweeper } from "./sweep";
import type { GoalSeekResult, Point } from "./types";

const SECTIONS = 10;
const MAX_REFINEMENTS = 60;

export interface GoalSeekSpec {
  input: string;
  target: number;
  low: number;
  high: number;
}

type Bracket = { a: number; b: number; fa: number; fb: number };

/** The first step [v_i, v_{i+1}] that brackets zero: `exact` when f is 0 at its left end (or right end). */
export function firstBracket(
  vs: readonly number[],
  fs: readonly (number | null)[]
): (({ exact: number } | Bracket) & { index: number }) | null {
  for (let i = 0; i + 1 < vs.length; i++) {
    const fa = fs[i];
    const fb = fs[i + 1];
    if (fa === null || fb === null || fa * fb > 0) continue;
    if (fa === 0) return { exact: vs[i], index: i };
    if (fb === 0) return { exact: vs[i + 1], index: i };
    return { a: vs[i], b: vs[i + 1], fa, fb, index: i };
  }
  return null;
}

function narrowEnough(bracket: Bracket): boolean {
  const mid = (bracket.a + bracket.b) / 2;
  return bracket.b - bracket.a < 1e-12 * Math.max(1, Math.abs(mid));
}

function pointAt(input: string, value: number): Point {
  return [{ cell: input, value }];
}

async function refine(sweeper: Sweeper, spec: GoalSeekSpec, start: Bracket): Promise<number> {
  let bracket = start;
  for (let round = 0; round < MAX_REFINEMENTS && !narrowEnough(bracket); round++) {
    const { a, b } = bracket;
    const inner = Array.from(
      { length: SECTIONS - 1 },
      (_, k) => a + ((k + 1) * (b - a)) / SECTIONS
    );
    const values = await sweeper.run(inner.map((v) => pointAt(spec.input, v)));
    const vs = [a, ...inner, b];
    const fs = [
      bracket.fa,
      ...values.map((v) => (v === null ? null : v - spec.target)),
      bracket.fb,
    ];
    const next = firstBracket(vs, fs);
    if (next === null) break;
    if ("exact" in next) return next.exact;
    if (next.b - next.a >= b - a) break;
    bracket = next;
  }
  return (bracket.a + bracket.b) / 2;
}

export async function goalSeek(sweeper: Sweeper, spec: GoalSeekSpec): Promise<GoalSeekResult> {
  const { low, high, target, input } = spec;
  const vs = Array.from({ length: SCAN_STEPS + 1 }, (_, i) =>
    i === SCAN_STEPS ? high : low + (i * (high - low)) / SCAN_STEPS
  );
  const outputs = await sweeper.run(vs.map((v) => pointAt(input, v)));
  const numbers = outputs.filter((v): v is number => v !== null);
  const base: GoalSeekResult = {
    target,
    low,
    high,
    value: null,
    outputAtValue: null,
    step: null,
    min: numbers.length === 0 ? null : Math.min(...numbers),
    max: numbers.length === 0 ? null : Math.max(...numbers),
  };
  const fs = outputs.map((v) => (v === null ? null : v - target));
  const found = firstBracket(vs, fs);
  if (found === null) return base;
  const step: [number, number] = [vs[found.index], vs[found.index + 1]];
  const value = "exact" in found ? found.exact : await refine(sweeper, spec, found);
  const [outputAtValue] = await sweeper.run([pointAt(input, value)]);
  return { ...base, value, outputAtValue, step };
}
