import "./customFunctionsDouble";
import { bass, cac, conversion, funnel, ltv, payback } from "../../src/functions/functions";
import { excelCall, expectClose, expectExcelError, expectTable } from "./expectExcel";

const VALUE = "#VALUE!";
const NUM = "#NUM!";
const DIV0 = "#DIV/0!";

/** F(t) of gtm-model.md §2, written out here from the spec. */
const F = (p: number, q: number, t: number) =>
  (1 - Math.exp(-(p + q) * t)) / (1 + (q / p) * Math.exp(-(p + q) * t));

describe("GTM.CONVERSION", () => {
  it("multiplies the rates of a column, a row, a block with blanks, or a single value", () => {
    expectClose(conversion([[0.5], [0.2], [0.1]]), 0.01);
    expectClose(conversion([[0.5, 0.2, 0.1]]), 0.01);
    expectClose(
      excelCall(conversion, [
        [0.5, ""],
        [null, 0.2],
        [0.1, undefined],
      ]),
      0.01
    );
    expectClose(excelCall(conversion, 0.25), 0.25);
    expectClose(conversion([[0], [0.5]]), 0);
  });

  it("refuses a range without a number, text, booleans and error values with #VALUE!", () => {
    expectExcelError(
      () => conversion([[""], [""]]),
      VALUE,
      "rates: no number found — enter at least one"
    );
    expectExcelError(
      () => excelCall(conversion, null),
      VALUE,
      "rates: no number found — enter at least one"
    );
    expectExcelError(
      () => conversion([[0.5], ["25%"]]),
      VALUE,
      'rates: "25%" is text, not a number'
    );
    expectExcelError(() => conversion([[true]]), VALUE, "rates: TRUE is not a number");
    expectExcelError(
      () => excelCall(conversion, [[0.5], [{ code: "#N/A" }]]),
      VALUE,
      "rates: the cell holds the error #N/A — fix it or clear the cell"
    );
  });

  it("refuses a rate outside 0..1 with #NUM!, and a rate typed as a whole percentage with #VALUE! and its hint", () => {
    expectExcelError(
      () => conversion([[25]]),
      VALUE,
      "rates: 25 is not between 0 and 1 — enter 25% or 0.25"
    );
    expectExcelError(() => conversion([[-0.1]]), NUM, undefined);
    expectExcelError(() => conversion([[250]]), NUM, undefined);
  });
});

describe("GTM.FUNNEL", () => {
  it("spills top, top·r1, top·r1·r2 as a column, from a row or a column of rates", () => {
    const expected = [[10000], [3000], [600], [150]];
    expectTable(funnel(10000, [[0.3], [0.2], [0.25]]), expected);
    expectTable(funnel(10000, [[0.3, "", 0.2, 0.25]]), expected);
  });

  it("refuses a blank or negative top and rates without a number", () => {
    expectExcelError(() => excelCall(funnel, null, [[0.3]]), VALUE, "top: enter a value");
    expectExcelError(
      () => excelCall(funnel, "many", [[0.3]]),
      VALUE,
      'top: "many" is text, not a number'
    );
    expectExcelError(() => funnel(-5, [[0.3]]), NUM, undefined);
    expectExcelError(
      () => funnel(100, [[""]]),
      VALUE,
      "rates: no number found — enter at least one"
    );
    expectExcelError(
      () => funnel(100, [[1.2]]),
      VALUE,
      "rates: 1.2 is not between 0 and 1 — enter 1.2% or 0.012"
    );
  });
});

describe("GTM.CAC", () => {
  it("divides total spend by total customers (online-launch: 60,000 / 96 = 625)", () => {
    expectClose(cac([[60000]], [[96]]), 625);
    expectClose(
      cac([[10000, 10000, 10000, 10000, 10000, 10000]], [[16], [16], [16], [""], [16], [16], [16]]),
      625
    );
    expectClose(excelCall(cac, 1000, 4), 250);
  });

  it("gives #DIV/0! when there are no customers and #NUM! for a negative cell", () => {
    expectExcelError(() => cac([[1000]], [[0], [""]]), DIV0, undefined);
    expectExcelError(() => cac([[1000]], [[""]]), DIV0, undefined);
    expectExcelError(() => cac([[1000], [-1]], [[3]]), NUM, undefined);
    expectExcelError(() => cac([[1000]], [[5], [-2]]), NUM, undefined);
    expectExcelError(() => cac([["n/a"]], [[5]]), VALUE, 'spend: "n/a" is text, not a number');
  });
});

describe("GTM.LTV", () => {
  it("is arpa · margin / (churn + d), d = 0 when omitted (online-launch: 49 · 0.85 / 0.04)", () => {
    expectClose(ltv(49, 0.85, 0.04), 1041.25);
    expectClose(excelCall(ltv, 49, 0.85, 0.04, null), 1041.25);
    expectClose(excelCall(ltv, 49, 0.85, 0.04, ""), 1041.25);
    expectClose(ltv(2500, 0.8, 0.01, 0.01), 100000);
    expectClose(ltv(2500, 0.8, 0, 0.01), 200000);
  });

  it("takes a single cell passed as a 1×1 range, and refuses a larger range where one number belongs", () => {
    expectClose(excelCall(ltv, [[49]], [[0.85]], 0.04, [[""]]), 1041.25);
    expectExcelError(
      () => excelCall(ltv, [[49], [50]], 0.85, 0.04),
      VALUE,
      "arpa: a range is not a number"
    );
  });

  it("refuses churn + d = 0 and out-of-range rates with #NUM!, blanks and text with #VALUE!", () => {
    expectExcelError(() => ltv(49, 0.85, 0), NUM, undefined);
    // A rate typed as a whole percentage: #VALUE! so that Excel shows the hint.
    expectExcelError(
      () => ltv(49, 85, 0.04),
      VALUE,
      "grossMargin: 85 is not between 0 and 1 — enter 85% or 0.85"
    );
    expectExcelError(() => ltv(-49, 0.85, 0.04), NUM, undefined);
    expectExcelError(() => ltv(49, 0.85, 0.04, 250), NUM, undefined);
    expectExcelError(() => excelCall(ltv, 49, 0.85, ""), VALUE, "churn: enter a value");
    expectExcelError(
      () => excelCall(ltv, "49", 0.85, 0.04),
      VALUE,
      'arpa: "49" is text, not a number'
    );
  });
});

describe("GTM.PAYBACK", () => {
  it("is cac / margin without churn (online-launch: 625 / (49 · 0.85))", () => {
    expectClose(payback(625, 49, 0.85), 15.006002400960385);
    expectClose(excelCall(payback, 625, 49, 0.85, null), 15.006002400960385);
    expectClose(excelCall(payback, 625, 49, 0.85, 0), 15.006002400960385);
  });

  it("is ln(1 − cac·c/m) / ln(1 − c) with churn", () => {
    expectClose(payback(1000, 100, 0.5, 0.02), Math.log(0.6) / Math.log(0.98));
    expectClose(payback(0, 100, 0.5, 0.02), 0);
  });

  it("gives #NUM! when the margin is 0, churn is 1 or more, or the CAC is never repaid", () => {
    expectExcelError(() => payback(1000, 100, 0), NUM, undefined);
    expectExcelError(() => payback(1000, 0, 0.5, 0.02), NUM, undefined);
    expectExcelError(() => payback(1000, 100, 0.5, 1), NUM, undefined);
    expectExcelError(() => payback(1000, 100, 0.5, 0.05), NUM, undefined);
    expectExcelError(() => payback(1000, 100, 0.5, -0.1), NUM, undefined);
    expectExcelError(() => payback(-1, 100, 0.5), NUM, undefined);
  });
});

describe("GTM.BASS", () => {
  const p = 0.01;
  const q = 0.3;

  it("spills new adopters market·(F(t) − F(t−1)) as a column", () => {
    const expected = [1, 2, 3, 4].map((t) => [
      5000 * (F(p, q, t) - (t === 1 ? 0 : F(p, q, t - 1))),
    ]);
    expectTable(bass(p, q, 5000, 4), expected);
    expectTable(excelCall(bass, p, q, 5000, 4, null) as number[][], expected);
    expectTable(excelCall(bass, p, q, 5000, 4, undefined) as number[][], expected);
    expectTable(bass(p, q, 5000, 4, false), expected);
  });

  it("spills market·F(t) when cumulative, reaching the market over a long horizon", () => {
    const cumulative = bass(p, q, 5000, 600, true);
    expect(cumulative).toHaveLength(600);
    expectClose(cumulative[9][0], 5000 * F(p, q, 10));
    expectClose(cumulative[599][0], 5000);
    const total = bass(p, q, 5000, 600).reduce((sum, [adopters]) => sum + adopters, 0);
    expectClose(total, cumulative[599][0]);
  });

  it("with q = 0 is pure innovation: F(t) = 1 − e^(−p·t)", () => {
    expectClose(bass(0.1, 0, 1000, 3, true)[2][0], 1000 * (1 - Math.exp(-0.3)));
  });

  it("refuses p ≤ 0, q < 0, a negative market and periods outside 1..600 with #NUM!", () => {
    expectExcelError(() => bass(0, q, 5000, 4), NUM, undefined);
    expectExcelError(() => bass(p, -0.1, 5000, 4), NUM, undefined);
    expectExcelError(() => bass(p, q, -1, 4), NUM, undefined);
    for (const periods of [0, 2.5, 601]) {
      expectExcelError(() => bass(p, q, 5000, periods), NUM, undefined);
    }
  });

  it("refuses a cumulative flag that is not TRUE or FALSE, and text for a number, with #VALUE!", () => {
    expectExcelError(
      () => excelCall(bass, p, q, 5000, 4, "yes"),
      VALUE,
      'cumulative: "yes" is not TRUE or FALSE'
    );
    expectExcelError(
      () => excelCall(bass, p, q, "all", 4),
      VALUE,
      'market: "all" is text, not a number'
    );
    expectExcelError(
      () => excelCall(bass, p, q, 5000, { code: "#REF!" }),
      VALUE,
      "periods: the cell holds the error #REF! — fix it or clear the cell"
    );
  });
});
