/**
 * GTM.CONVERSION, FUNNEL, CAC, LTV, PAYBACK and BASS over the WHOLE double range (issue 10): for
 * every finite input, a finite number or an Excel error with its message — never NaN, ±Infinity
 * or a silently wrong figure. Accuracy is checked against exact rational arithmetic (BigInt) where
 * the answer is a product or quotient, and against series where it is a logarithm.
 */
import "./customFunctionsDouble";
import fc from "fast-check";
import { bass, cac, conversion, funnel, ltv, payback } from "../../src/functions/functions";
import { ErrorDouble } from "./customFunctionsDouble";
import { expectClose, expectExcelError } from "./expectExcel";

const RUNS = { numRuns: 3000, seed: 20261202 };

const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const nonNegative = fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true });
const positive = fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true });
const rate = fc.double({ min: 0, max: 1, noNaN: true });
/** Mostly valid, sometimes anything: every path is taken. */
const mostlyNonNegative = fc.oneof(
  { weight: 4, arbitrary: nonNegative },
  { weight: 1, arbitrary: anyDouble }
);
const mostlyRate = fc.oneof({ weight: 4, arbitrary: rate }, { weight: 1, arbitrary: anyDouble });

/** A function's outcome: a finite number, or an Excel error with a message. */
function outcome(call: () => unknown): number | ErrorDouble {
  try {
    const value = call();
    return value as number;
  } catch (error) {
    if (error instanceof ErrorDouble) return error;
    throw error;
  }
}

function expectFiniteOrError(value: unknown): void {
  if (value instanceof ErrorDouble) {
    expect(["#NUM!", "#DIV/0!", "#VALUE!"]).toContain(value.code);
    // Only #VALUE! (and #N/A) carry a message in Excel.
    if (value.code === "#VALUE!") expect(value.message?.length).toBeGreaterThan(0);
    return;
  }
  const cells = Array.isArray(value) ? (value as unknown[][]).flat() : [value];
  for (const cell of cells) {
    expect(typeof cell).toBe("number");
    expect(Number.isFinite(cell)).toBe(true);
  }
}

/** A double as the exact rational n · 2^e (n a BigInt). */
interface Exact {
  n: bigint;
  e: number;
}

function exact(x: number): Exact {
  if (x === 0) return { n: 0n, e: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const sign = bits >> 63n === 1n ? -1n : 1n;
  return exponent === 0
    ? { n: sign * fraction, e: -1074 }
    : { n: sign * (fraction | (1n << 52n)), e: exponent - 1075 };
}

const times = (a: Exact, b: Exact): Exact => ({ n: a.n * b.n, e: a.e + b.e });
function plus(a: Exact, b: Exact): Exact {
  const e = Math.min(a.e, b.e);
  return { n: (a.n << BigInt(a.e - e)) + (b.n << BigInt(b.e - e)), e };
}

/** |got · den − num| ≤ tolerance · |num|, exactly (got: a double). */
function closeQuotient(got: number, num: Exact, den: Exact, tolerance = 1e-12): boolean {
  const lhs = times(exact(got), den);
  const e = Math.min(lhs.e, num.e);
  const a = lhs.n << BigInt(lhs.e - e);
  const b = num.n << BigInt(num.e - e);
  const diff = a > b ? a - b : b - a;
  const scale = BigInt(Math.round(1 / tolerance));
  return diff * scale <= (b < 0n ? -b : b);
}

/** The smallest normal double: results below it carry fewer bits, so they are compared loosely. */
const NORMAL = 2.2250738585072014e-308;

describe("GTM.CAC", () => {
  it("sums past 1.8E+308 still divide exactly: CAC(1E308 + 1E308, 4) = 5E307", () => {
    expectClose(cac([[1e308], [1e308]], [[2], [2]]) as number, 5e307);
  });

  it("is Σ spend / Σ customers to 1E-12 for every finite input, or an error", () => {
    fc.assert(
      fc.property(
        fc.array(mostlyNonNegative, { minLength: 1, maxLength: 4 }),
        fc.array(mostlyNonNegative, { minLength: 1, maxLength: 4 }),
        (spend, customers) => {
          const got = outcome(() =>
            cac(
              spend.map((v) => [v]),
              customers.map((v) => [v])
            )
          );
          expectFiniteOrError(got);
          if (got instanceof ErrorDouble || got < NORMAL) return;
          const num = spend.map(exact).reduce(plus);
          const den = customers.map(exact).reduce(plus);
          expect(closeQuotient(got, num, den)).toBe(true);
        }
      ),
      RUNS
    );
  });

  it("a CAC past the largest number is #NUM!", () => {
    expectExcelError(
      () => cac([[1e308]], [[1e-10]]),
      "#NUM!",
      undefined // Excel shows no message with #NUM! (only #VALUE! and #N/A carry one)
    );
  });
});

describe("GTM.LTV", () => {
  it("LTV(1E306, 0.8, 0.001) is #NUM! (past the largest number), not Infinity", () => {
    expectExcelError(
      () => ltv(1e306, 0.8, 0.001),
      "#NUM!",
      undefined // Excel shows no message with #NUM! (only #VALUE! and #N/A carry one)
    );
  });

  it("tiny numbers multiply without underflow: LTV(1E-200, 1E-200, 1E-300) = 1E-100", () => {
    expectClose((ltv(1e-200, 1e-200, 1e-300) as number) / 1e-100, 1);
  });

  it("is arpa · grossMargin / (churn + d) to 1E-12 for every finite input, or an error", () => {
    fc.assert(
      fc.property(mostlyNonNegative, mostlyRate, mostlyRate, mostlyRate, (arpa, gm, churn, d) => {
        const got = outcome(() => ltv(arpa, gm, churn, d));
        expectFiniteOrError(got);
        if (got instanceof ErrorDouble || got < NORMAL) return;
        const ok = closeQuotient(got, times(exact(arpa), exact(gm)), plus(exact(churn), exact(d)));
        // churn + d is rounded once by the function (a sum of two rates): allow that rounding.
        expect(ok || closeQuotient(got, times(exact(arpa), exact(gm)), exact(churn + d))).toBe(
          true
        );
      }),
      RUNS
    );
  });
});

/** −ln(1 − x)/x by its series (x small). */
function logRatioSeries(x: number): number {
  let sum = 0;
  let power = 1;
  for (let k = 1; k < 40; k++) {
    sum += power / k;
    power *= x;
    if (power < 1e-25) break;
  }
  return sum;
}

describe("GTM.PAYBACK", () => {
  it.each([1e-17, 1e-20, 1e-16, 1e-300, 5e-324])(
    "a tiny churn (%p) gives the no-churn answer, 12.5 for cac 1000 and margin 80",
    (churn) => {
      expectClose(payback(1000, 100, 0.8, churn) as number, 12.5);
    }
  );

  it("matches ln(1 − cac·c/m) / ln(1 − c) by series for churn up to 1E-4", () => {
    fc.assert(
      fc.property(
        fc.double({ min: Number.MIN_VALUE, max: 1e-4, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        (churn, periods) => {
          const share = periods * churn;
          const want = periods * (logRatioSeries(share) / logRatioSeries(churn));
          expectClose((payback(periods * 80, 100, 0.8, churn) as number) / want, 1);
        }
      ),
      RUNS
    );
  });

  it("is finite or an error for every finite input, and cac / m exactly without churn", () => {
    fc.assert(
      fc.property(
        mostlyNonNegative,
        mostlyNonNegative,
        mostlyRate,
        mostlyRate,
        (c, arpa, gm, churn) => {
          expectFiniteOrError(outcome(() => payback(c, arpa, gm, churn)));
          const plain = outcome(() => payback(c, arpa, gm));
          expectFiniteOrError(plain);
          if (plain instanceof ErrorDouble || plain < NORMAL) return;
          expect(closeQuotient(plain, exact(c), times(exact(arpa), exact(gm)))).toBe(true);
        }
      ),
      RUNS
    );
  });

  it("a payback past the largest number is #NUM!", () => {
    expectExcelError(
      () => payback(1e308, 1e-10, 0.5),
      "#NUM!",
      undefined // Excel shows no message with #NUM! (only #VALUE! and #N/A carry one)
    );
  });
});

describe("GTM.BASS", () => {
  it("BASS(1E-300, 1E300, 100, 3): everyone adopts in the first period", () => {
    expect(bass(1e-300, 1e300, 100, 3)).toEqual([[100], [0], [0]]);
    expect(bass(1e-300, 1e300, 100, 3, true)).toEqual([[100], [100], [100]]);
  });

  it("a tiny p + q: market · p · t adopters to date (expm1, not 1 − e^x)", () => {
    const got = bass(1e-300, 0, 1e300, 3, true) as number[][];
    got.forEach(([adopters], t) => expectClose(adopters / ((t + 1) * 1), 1));
  });

  it("for every finite input: finite, non-negative, at most the market, summing to the cumulative", () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: positive }, { weight: 1, arbitrary: anyDouble }),
        mostlyNonNegative,
        mostlyNonNegative,
        fc.integer({ min: 1, max: 24 }),
        (p, q, market, periods) => {
          const fresh = outcome(() => bass(p, q, market, periods));
          const total = outcome(() => bass(p, q, market, periods, true));
          expectFiniteOrError(fresh);
          expectFiniteOrError(total);
          if (fresh instanceof ErrorDouble || total instanceof ErrorDouble) return;
          const news = (fresh as unknown as number[][]).map(([v]) => v);
          const sums = (total as unknown as number[][]).map(([v]) => v);
          for (const value of news) expect(value).toBeGreaterThanOrEqual(0);
          sums.forEach((value, t) => {
            expect(value).toBeLessThanOrEqual(market);
            if (t > 0) expect(value).toBeGreaterThanOrEqual(sums[t - 1] * (1 - 1e-12));
          });
          let running = 0;
          for (const value of news) running += value / periods;
          // Subnormal figures (below 2.2E-308) carry a few bits: a few of their steps of slack.
          // (Compared per period: market · periods can pass the largest double.)
          expect(Math.abs(running - sums[periods - 1] / periods)).toBeLessThanOrEqual(
            (1e-9 * market) / periods + 4 * Number.MIN_VALUE
          );
        }
      ),
      RUNS
    );
  });
});

describe("GTM.CONVERSION and GTM.FUNNEL", () => {
  it("are finite or an error for every finite input", () => {
    fc.assert(
      fc.property(
        fc.array(mostlyRate, { minLength: 1, maxLength: 6 }),
        mostlyNonNegative,
        (rates, top) => {
          expectFiniteOrError(outcome(() => conversion(rates.map((r) => [r]))));
          expectFiniteOrError(
            outcome(() =>
              funnel(
                top,
                rates.map((r) => [r])
              )
            )
          );
        }
      ),
      RUNS
    );
  });
});
