/** Timing helpers for `npm run bench`: medians over repeated runs after a warm-up. */
export type Report = (
  name: string,
  value: number,
  unit: "µs" | "ms" | "s" | "MB",
  target: number
) => void;

export interface Timing {
  /** Median time of one run, in milliseconds. */
  median: number;
  runs: number;
}

export function measure(
  work: () => unknown,
  options: { minRuns: number; minMs: number; warmup?: number }
): Timing {
  const warmup = options.warmup ?? Math.min(50, options.minRuns);
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < options.minRuns || performance.now() - start < options.minMs) {
    const t0 = performance.now();
    work();
    times.push(performance.now() - t0);
    if (times.length > 1_000_000) break;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? Number.NaN, runs: times.length };
}

/** A report that prints one aligned line per figure and remembers whether every target was met. */
export function consoleReport(): { report: Report; failures: string[] } {
  const failures: string[] = [];
  const report: Report = (name, value, unit, target) => {
    const ok = value <= target;
    if (!ok) failures.push(name);
    const shown =
      value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
    console.log(
      `${ok ? "ok  " : "SLOW"} ${name.padEnd(58)} ${shown.padStart(9)} ${unit}   (target ≤ ${target} ${unit})`
    );
  };
  return { report, failures };
}
