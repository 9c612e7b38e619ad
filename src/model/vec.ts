/**
 * Flat number arrays for the engine. Plain arrays rather than typed arrays: V8 allocates small
 * ones far faster (a typed array above 64 bytes lives outside the heap), which matters for a
 * single run measured in microseconds, and reads them just as fast in the period loop.
 */
export type Vec = number[];

/** `new Array(n).fill(v)`: one allocation of the right size (pushing one by one reallocates as it grows). */
export function filled(length: number, value: number): Vec {
  return new Array<number>(length).fill(value);
}

export const zeros = (length: number): Vec => filled(length, 0);

export function copyInto(target: Vec, source: Vec): void {
  for (let i = 0; i < source.length; i++) target[i] = source[i] as number;
}
