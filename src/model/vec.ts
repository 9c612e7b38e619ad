/**
 * Flat number arrays for the engine. Plain packed arrays rather than typed arrays: V8 allocates
 * small ones far faster, which matters for a single run measured in microseconds, and reads them
 * just as fast in the period loop.
 */
export type Vec = number[];

export function filled(length: number, value: number): Vec {
  const out: Vec = [];
  for (let i = 0; i < length; i++) out.push(value);
  return out;
}

export const zeros = (length: number): Vec => filled(length, 0);

export function copyInto(target: Vec, source: Vec): void {
  for (let i = 0; i < source.length; i++) target[i] = source[i] as number;
}
