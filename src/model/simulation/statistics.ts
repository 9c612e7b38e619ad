/**
 * The statistics of spec §9: Excel's PERCENTILE.INC, Spearman rank correlation with average ranks
 * for ties, and a histogram of equal bins from min to max.
 */

/** PERCENTILE.INC of ascending `sorted` values at p in [0, 1]: linear between closest ranks. */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error("percentileInc of no values");
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  if (lo + 1 >= n) return low;
  return low + (h - lo) * ((sorted[lo + 1] as number) - low);
}

/** Ranks 1..n of the values, ties taking their average rank. */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = values[order[start] as number];
    while (end < n && values[order[end] as number] === value) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    start = end;
  }
  return ranks;
}

/** Pearson correlation of two equally long series; null when either does not vary. */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0 && syy > 0)) return null;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** Spearman's rank correlation (Pearson of the average ranks). */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  return pearson(averageRanks(x), averageRanks(y));
}

/** Rice's rule, kept within the spec's 20 to 50 bins. */
export function binCount(n: number): number {
  return Math.min(50, Math.max(20, Math.ceil(2 * Math.cbrt(n))));
}

/**
 * Equal bins from min to max of ascending `sorted` values; each bin holds from ≤ v < to, the last
 * also v = max. All values equal: one bin.
 */
export function histogram(
  sorted: ArrayLike<number>
): { from: number; to: number; count: number }[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  if (!(max > min)) return [{ from: min, to: max, count: n }];
  const bins = binCount(n);
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < n; i++) {
    const at = Math.min(bins - 1, Math.floor(((sorted[i] as number) - min) / width));
    counts[at] = (counts[at] as number) + 1;
  }
  return counts.map((count, k) => ({
    from: min + k * width,
    to: k === bins - 1 ? max : min + (k + 1) * width,
    count,
  }));
}
