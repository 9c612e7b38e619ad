/**
 * Seeded random numbers for the simulation (spec §9). Each (seed, driver, purpose) has its own
 * stream — sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-clean), its state
 * set from the seed, the driver's index and the purpose by a 32-bit hash — and the i-th number of a
 * stream belongs to iteration i. So what a driver draws depends on the seed, the driver and the
 * iteration only: never on how the work is split or which worker runs it.
 */

/** What a stream is used for: one stream per driver and purpose. */
export const STREAM = { permutation: 1, jitter: 2, random: 3, scores: 4 } as const;

/** A 32-bit avalanche (the murmur3 finaliser). */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;

/** A stream of doubles in the open interval (0, 1), 53 random bits each. */
export interface Stream {
  next(): number;
}

/** The stream of `seed` (any whole number), driver index `driver` and `purpose` (see STREAM). */
export function stream(seed: number, driver: number, purpose: number): Stream {
  const low = ((seed % TWO_32) + TWO_32) % TWO_32;
  const high = Math.floor(seed / TWO_32) | 0;
  let a = mix32(low ^ 0x9e3779b9);
  let b = mix32(high ^ mix32(a ^ 0x243f6a88));
  let c = mix32((driver + 1) ^ mix32(b ^ 0xb7e15162));
  // sfc32's fourth word is its counter.
  let d = mix32(purpose ^ mix32(c ^ 0x3c6ef372));
  const word = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Mix the seeded state before the first number is used (as sfc32's authors advise).
  for (let i = 0; i < 15; i++) word();
  return {
    next: () => {
      const hi = word() >>> 5; // 27 bits
      const lo = word() >>> 6; // 26 bits
      return (hi * 67108864 + lo + 0.5) / TWO_53;
    },
  };
}
