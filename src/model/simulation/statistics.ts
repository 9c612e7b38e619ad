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

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * The indices 0..n−1 in ascending order of the values (equal values in index order): a stable LSD
 * radix sort on the numbers' bits, four passes of 16 bits (a million values in tens of
 * milliseconds, where a comparison sort takes a second). The values must not be NaN.
 */
export function argsort(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const bits = new Uint32Array(Float64Array.from(values as ArrayLike<number>).buffer);
  const [lowAt, highAt] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  const low = new Uint32Array(n);
  const high = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + highAt] as number;
    let l = bits[2 * i + lowAt] as number;
    // Order-preserving keys: negative numbers have every bit flipped, others their sign bit set.
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    high[i] = h;
    low[i] = l;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let spare = new Uint32Array(n);
  const counts = new Uint32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? low : high;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((word[i] as number) >>> shift) & 0xffff;
      counts[digit + 1] = (counts[digit + 1] as number) + 1;
    }
    if (counts.some((count) => count === n)) continue; // every number has the same digit
    for (let d = 0; d < 65536; d++)
      counts[d + 1] = (counts[d + 1] as number) + (counts[d] as number);
    for (let i = 0; i < n; i++) {
      const index = order[i] as number;
      const digit = ((word[index] as number) >>> shift) & 0xffff;
      spare[counts[digit] as number] = index;
      counts[digit] = (counts[digit] as number) + 1;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

/** Ranks 1..n of the values, ties taking their average rank. */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = argsort(values);
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
