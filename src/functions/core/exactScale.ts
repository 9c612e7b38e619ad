/**
 * Products, quotients and sums of positive doubles over the WHOLE double range, without overflow
 * or underflow in between: each number is split into m · 2^e (m in [1, 2)), the mantissas are
 * combined (they stay near 1) and the power of two is applied once at the end. The result is
 * Infinity only when the true value is beyond the largest double, 0 only when below the smallest.
 */

/** x · 2^e, in steps that never overflow (or lose bits) before the last. */
export function ldexp(x: number, e: number): number {
  let r = x;
  let k = e;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
    if (!Number.isFinite(r)) return r;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
    if (r === 0) return 0;
  }
  return r * 2 ** k;
}

/** x = m · 2^e with m in [1, 2), for a positive finite x (subnormals too). */
export function split(x: number): { m: number; e: number } {
  let e = Math.floor(Math.log2(x));
  let m = ldexp(x, -e);
  if (m >= 2) {
    m /= 2;
    e++;
  } else if (m < 1) {
    m *= 2;
    e--;
  }
  return { m, e };
}

/**
 * Π numerators / Π denominators, every one positive and finite. A zero numerator gives 0; a
 * zero denominator Infinity.
 */
export function productQuotient(
  numerators: readonly number[],
  denominators: readonly number[]
): number {
  let m = 1;
  let e = 0;
  for (const x of numerators) {
    if (x === 0) return 0;
    const part = split(x);
    m *= part.m;
    e += part.e;
  }
  for (const x of denominators) {
    if (x === 0) return Infinity;
    const part = split(x);
    m /= part.m;
    e -= part.e;
  }
  return ldexp(m, e);
}

/** Σ values (each ≥ 0 and finite) as m · 2^e, so that a sum past the largest double is kept. */
export function scaledSum(values: readonly number[]): { m: number; e: number } {
  let largest = 0;
  for (const value of values) if (value > largest) largest = value;
  if (largest === 0) return { m: 0, e: 0 };
  const { e } = split(largest);
  let m = 0;
  for (const value of values) m += ldexp(value, -e);
  return { m, e };
}
