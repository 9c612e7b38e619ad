/**
 * Deep comparison for model numbers: every number in `expected` must match with a relative
 * tolerance of 1e-9 (absolute 1e-9 near zero), nulls exactly, and every key of `expected` must be
 * present. Returns the list of mismatches so a failing test prints all of them.
 */
export const TOLERANCE = 1e-9;

export function close(actual: number, expected: number, tolerance = TOLERANCE): boolean {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected));
}

export function mismatches(
  actual: unknown,
  expected: unknown,
  path = "$",
  out: string[] = []
): string[] {
  if (typeof expected === "number") {
    if (typeof actual !== "number" || !close(actual, expected))
      out.push(`${path}: ${String(actual)} ≠ ${expected}`);
  } else if (expected === null) {
    if (actual !== null) out.push(`${path}: ${String(actual)} ≠ null`);
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push(
        `${path}: length ${Array.isArray(actual) ? actual.length : "n/a"} ≠ ${expected.length}`
      );
    } else {
      expected.forEach((item, i) => mismatches(actual[i], item, `${path}[${i}]`, out));
    }
  } else if (typeof expected === "object") {
    for (const [key, value] of Object.entries(expected as Record<string, unknown>)) {
      mismatches(
        actual !== null && typeof actual === "object"
          ? (actual as Record<string, unknown>)[key]
          : undefined,
        value,
        `${path}.${key}`,
        out
      );
    }
  } else if (actual !== expected) {
    out.push(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }
  return out;
}

/** Jest assertion: no mismatches (the message lists them). */
export function expectClose(actual: unknown, expected: unknown): void {
  expect(mismatches(actual, expected)).toEqual([]);
}
