/**
 * What-if over the user's own formulas, through the Office.js port over the stand-in: tables,
 * tornado and goal seek equal the model computed directly; inputs, formats and calculation mode
 * are restored after success, an erroring output, an Excel failure, cancel and a crash; the round
 * trips are the ones docs/whatif.md claims; #BUSY! outputs are waited for.
 */
import * as gtm from "../../src/functions/functions";
import { ExcelWhatIfPort, RESTORE_NAMESPACE } from "../../src/excel/whatIfPort";
import { standInRun } from "../../src/testing/office";
import {
  pendingRestore,
  restorePending,
  runWhatIf,
  WhatIfRefusal,
  WhatIfRestoreError,
} from "../../src/workbook/whatIf";
import type { Point, WhatIfOutcome, WhatIfResult } from "../../src/workbook/whatIf";
import { close } from "../support/compare";
import { directValue, inputState, modelFixture, MONEY } from "./whatIfModel";

const PRICE = 120;
const MARGIN = 0.8;
const CHURN = 0.02;
const ACCOUNTS = 100;

function done(outcome: WhatIfOutcome): WhatIfResult {
  if (outcome.status !== "done") throw new Error(`expected a finished run, got ${outcome.status}`);
  return outcome.result;
}

function expectClose(actual: number | null, expected: number): void {
  expect(actual).not.toBeNull();
  if (!close(actual as number, expected)) expect(actual).toBe(expected);
}

const range = (from: number, step: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => from + i * step);

describe("a one-way table", () => {
  test("equals the model computed directly, restores everything, in the claimed round trips", async () => {
    const { book, port } = modelFixture();
    const before = inputState(book);
    const prices = range(50, 5, 41);
    const syncs = book.syncs;
    const result = done(
      await runWhatIf(port, {
        kind: "table",
        output: "Model!B2",
        x: { cell: "inputs!b1", values: prices },
      })
    );
    const used = book.syncs - syncs;
    prices.forEach((price, j) =>
      expectClose(result.table?.values[0][j] ?? null, directValue(price, MARGIN, CHURN, ACCOUNTS))
    );
    expect(result.failures).toEqual([]);
    expect(result.flat).toBe(false);
    expect(result.output.label).toBe("Value of the base");
    expect(result.inputs[0]).toMatchObject({
      cell: "Inputs!B1",
      label: "Price",
      numberFormat: MONEY,
    });
    // readRecord 1 + inspect 2 + writeRecord 2 + set Manual 1 + 3 batches of ≤ 20 + self-check 1 + restore 1 + clearRecord 2
    expect(result.batches).toBe(Math.ceil(prices.length / 20));
    expect(used).toBe(10 + result.batches);
    expect(inputState(book)).toEqual(before);
    expect(book.calculationMode).toBe("Automatic");
    expect(book.customXmlParts).toEqual([]);
    expect(book.sheet("Model")?.cell(1, 1)?.value).toBeCloseTo(
      directValue(PRICE, MARGIN, CHURN, ACCOUNTS),
      9
    );
  });

  test("an output that errors midway leaves that point empty, names it, and restores the inputs", async () => {
    const { book, port } = modelFixture();
    const before = inputState(book);
    const result = done(
      await runWhatIf(port, {
        kind: "table",
        output: "Model!B4",
        x: { cell: "Inputs!B4", values: [1, 2, 3, 4, 5] },
      })
    );
    expect(result.table?.values[0]).toEqual([1 / (1 - 3), 1 / (2 - 3), null, 1, 1 / 2]);
    expect(result.failures).toEqual([
      { point: [{ cell: "Inputs!B4", value: 3 }], reason: "#DIV/0!" },
    ]);
    expect(inputState(book)).toEqual(before);
  });

  test("a flat output is flagged", async () => {
    const { port } = modelFixture();
    const result = done(
      await runWhatIf(port, {
        kind: "table",
        output: "Model!B5",
        x: { cell: "Inputs!B1", values: [1, 2, 3] },
      })
    );
    expect(result.flat).toBe(true);
  });
});

test("a two-way table in Excel's layout (y down, x across) equals the model computed directly", async () => {
  const { book, port } = modelFixture();
  const before = inputState(book);
  const churns = [0.01, 0.02, 0.05];
  const margins = [0.5, 0.6, 0.7, 0.8];
  const result = done(
    await runWhatIf(
      port,
      {
        kind: "table",
        output: "Model!B1",
        x: { cell: "Inputs!B2", values: margins },
        y: { cell: "Inputs!B3", values: churns },
      },
      { pointsPerSync: 5 }
    )
  );
  churns.forEach((churn, i) =>
    margins.forEach((margin, j) =>
      expectClose(result.table?.values[i][j] ?? null, gtm.ltv(PRICE, margin, churn))
    )
  );
  expect(result.batches).toBe(Math.ceil(12 / 5));
  expect(inputState(book)).toEqual(before);
});

test("a tornado: each input at its low and high, the others at their values, largest swing first", async () => {
  const { book, port } = modelFixture();
  const before = inputState(book);
  const inputs = [
    { cell: "Inputs!B1", low: 100, high: 140 },
    { cell: "Inputs!B3", low: 0.01, high: 0.04 },
    { cell: "Inputs!B4", low: 90, high: 110 },
  ];
  const result = done(await runWhatIf(port, { kind: "tornado", output: "Model!B2", inputs }));
  const base = [PRICE, MARGIN, CHURN, ACCOUNTS];
  const at = (which: number, value: number): number => {
    const args = [...base];
    args[[0, -1, 2, 3][which]] = value;
    return directValue(args[0], args[1], args[2], args[3]);
  };
  const expected = inputs.map((input, i) => ({
    cell: input.cell,
    atLow: at(i === 0 ? 0 : i === 1 ? 2 : 3, input.low),
    atHigh: at(i === 0 ? 0 : i === 1 ? 2 : 3, input.high),
  }));
  const bySwing = [...expected].sort(
    (a, b) => Math.abs(b.atHigh - b.atLow) - Math.abs(a.atHigh - a.atLow)
  );
  expect(result.tornado?.map((row) => row.cell)).toEqual(bySwing.map((row) => row.cell));
  for (const row of result.tornado ?? []) {
    const want = expected.find((e) => e.cell === row.cell);
    expectClose(row.atLow, want?.atLow ?? NaN);
    expectClose(row.atHigh, want?.atHigh ?? NaN);
  }
  expect(result.base).toBeCloseTo(directValue(PRICE, MARGIN, CHURN, ACCOUNTS), 9);
  expect(inputState(book)).toEqual(before);
});

describe("goal seek (gtm-model.md §7)", () => {
  test("finds the input where the output meets the target, to 1e-12 of its size", async () => {
    const { book, port } = modelFixture();
    const before = inputState(book);
    const target = 2400; // LTV = price × margin ÷ churn
    const result = done(
      await runWhatIf(port, {
        kind: "goalSeek",
        output: "Model!B1",
        input: "Inputs!B3",
        target,
        low: 0.01,
        high: 0.1,
      })
    );
    const exact = (PRICE * MARGIN) / target;
    const seek = result.goalSeek;
    expect(seek?.value).not.toBeNull();
    expect(Math.abs((seek?.value ?? NaN) - exact)).toBeLessThan(1e-11);
    expect(seek?.step?.[0]).toBeLessThanOrEqual(exact);
    expect(seek?.step?.[1]).toBeGreaterThanOrEqual(exact);
    expect(close(seek?.outputAtValue ?? NaN, target, 1e-9)).toBe(true);
    expect(inputState(book)).toEqual(before);
  });

  test("no step brackets the target: no answer, with the smallest and largest output seen", async () => {
    const { port } = modelFixture();
    const result = done(
      await runWhatIf(port, {
        kind: "goalSeek",
        output: "Model!B1",
        input: "Inputs!B3",
        target: 1e9,
        low: 0.01,
        high: 0.1,
      })
    );
    expect(result.goalSeek?.value).toBeNull();
    expectClose(result.goalSeek?.min ?? null, gtm.ltv(PRICE, MARGIN, 0.1));
    expectClose(result.goalSeek?.max ?? null, gtm.ltv(PRICE, MARGIN, 0.01));
  });
});

describe("restoring", () => {
  test("an Excel failure midway: inputs, formats and mode are restored and the error reported", async () => {
    const { book, port } = modelFixture();
    const before = inputState(book);
    let calls = 0;
    const failing = Object.create(port) as ExcelWhatIfPort;
    failing.evaluate = (points: readonly Point[], output: string) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new Error("Excel went away"));
      return port.evaluate(points, output);
    };
    await expect(
      runWhatIf(failing, {
        kind: "table",
        output: "Model!B2",
        x: { cell: "Inputs!B1", values: range(1, 1, 60) },
      })
    ).rejects.toThrow("Excel went away");
    expect(inputState(book)).toEqual(before);
    expect(book.calculationMode).toBe("Automatic");
    expect(book.customXmlParts).toEqual([]);
  });

  test("a workbook in manual calculation stays manual, its outputs calculated from the restored inputs", async () => {
    const { book, port } = modelFixture();
    book.calculationMode = "Manual";
    await runWhatIf(port, {
      kind: "table",
      output: "Model!B2",
      x: { cell: "Inputs!B1", values: [10, 20] },
    });
    expect(book.calculationMode).toBe("Manual");
    expect(book.sheet("Model")?.cell(1, 1)?.value).toBeCloseTo(
      directValue(PRICE, MARGIN, CHURN, ACCOUNTS),
      9
    );
  });

  test("cancel: the run stops between round trips and everything is restored", async () => {
    const { book, port } = modelFixture();
    const before = inputState(book);
    const abort = new AbortController();
    const outcome = await runWhatIf(
      port,
      { kind: "table", output: "Model!B2", x: { cell: "Inputs!B1", values: range(1, 1, 100) } },
      { signal: abort.signal, onProgress: (doneCount) => doneCount >= 20 && abort.abort() }
    );
    expect(outcome).toEqual({ status: "cancelled", points: 20 });
    expect(inputState(book)).toEqual(before);
    expect(book.calculationMode).toBe("Automatic");
  });

  test("a crash mid-run is undone when the pane opens again, from the record saved in the workbook", async () => {
    const { book, standIn, port } = modelFixture();
    const before = inputState(book);
    const dying = Object.create(port) as ExcelWhatIfPort;
    let calls = 0;
    // The pane dies during the second batch: that promise never settles, nothing runs after it.
    dying.evaluate = (points: readonly Point[], output: string) =>
      ++calls === 2 ? new Promise<never>(() => undefined) : port.evaluate(points, output);
    void runWhatIf(dying, {
      kind: "table",
      output: "Model!B2",
      x: { cell: "Inputs!B1", values: range(1, 1, 60) },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(inputState(book)).not.toEqual(before);
    expect(book.calculationMode).toBe("Manual");
    expect(book.customXmlParts.map((part) => part.namespaceUri)).toEqual([RESTORE_NAMESPACE]);

    const reopened = new ExcelWhatIfPort(standInRun(standIn));
    const record = await pendingRestore(reopened);
    expect(record?.cells.map((cell) => cell.cell)).toEqual(["Inputs!B1"]);
    expect(record?.mode).toBe("Automatic");
    await restorePending(reopened);
    expect(inputState(book)).toEqual(before);
    expect(book.calculationMode).toBe("Automatic");
    expect(await pendingRestore(reopened)).toBeNull();
  });

  test("a restore that does not take says so loudly, lists the cells and keeps the record", async () => {
    const { book, port } = modelFixture();
    const stubborn = Object.create(port) as ExcelWhatIfPort;
    stubborn.restore = async () => [{ cell: "Inputs!B1", expected: "120", found: "55" }];
    await expect(
      runWhatIf(stubborn, {
        kind: "table",
        output: "Model!B2",
        x: { cell: "Inputs!B1", values: [55] },
      })
    ).rejects.toThrow(
      new WhatIfRestoreError([{ cell: "Inputs!B1", expected: "120", found: "55" }]).message
    );
    expect(book.customXmlParts).toHaveLength(1);
  });
});

describe("refusals change nothing", () => {
  async function refused(
    request: Parameters<typeof runWhatIf>[1],
    setUp?: (fixture: ReturnType<typeof modelFixture>) => void
  ): Promise<WhatIfRefusal> {
    const fixture = modelFixture();
    setUp?.(fixture);
    const before = inputState(fixture.book);
    const error = await runWhatIf(fixture.port, request).then(
      () => null,
      (caught: unknown) => caught
    );
    expect(error).toBeInstanceOf(WhatIfRefusal);
    expect(inputState(fixture.book)).toEqual(before);
    expect(fixture.book.customXmlParts).toEqual([]);
    return error as WhatIfRefusal;
  }

  test("an input holding a formula, unless confirmed (then it is replaced and restored)", async () => {
    const refusal = await refused({
      kind: "table",
      output: "Model!B1",
      x: { cell: "Inputs!B5", values: [0.1] },
    });
    expect(refusal.message).toBe(
      "Inputs!B5 (=B3*1) holds a formula: confirm that it may be replaced by the sweep values and restored after."
    );
    expect(refusal.confirmable).toBe(true);
    const { book, port } = modelFixture();
    const before = inputState(book);
    await runWhatIf(
      port,
      { kind: "table", output: "Model!B2", x: { cell: "Inputs!B5", values: [0.1] } },
      { confirmFormulas: true }
    );
    expect(inputState(book)).toEqual(before);
  });

  test("a protected sheet", async () => {
    const refusal = await refused(
      { kind: "table", output: "Model!B1", x: { cell: "Inputs!B1", values: [1] } },
      ({ book }) => {
        const model = book.sheet("Model");
        if (model) model.isProtected = true;
      }
    );
    expect(refusal.message).toBe("Sheet Model is protected: unprotect it to sweep Model!B1.");
  });

  test("more than 10,000 points without confirmation", async () => {
    const values = range(1, 1, 101);
    const refusal = await refused({
      kind: "table",
      output: "Model!B1",
      x: { cell: "Inputs!B1", values },
      y: { cell: "Inputs!B2", values },
    });
    expect(refusal.message).toBe(
      "This sweep has 10,201 points (more than 10,000): confirm to run it."
    );
  });

  test("text in an input, the output among the inputs, a missing sheet", async () => {
    expect(
      (await refused({ kind: "table", output: "Model!B1", x: { cell: "Inputs!A1", values: [1] } }))
        .message
    ).toBe('Inputs!A1 holds text ("Price"): an input must be a number or empty.');
    expect(
      (await refused({ kind: "table", output: "Inputs!B1", x: { cell: "Inputs!B1", values: [1] } }))
        .message
    ).toBe("Inputs!B1 is both the output and an input: pick another output cell.");
    expect(
      (
        await refused({
          kind: "table",
          output: "Nowhere!B1",
          x: { cell: "Inputs!B1", values: [1] },
        })
      ).message
    ).toBe("The sheet of Nowhere!B1 does not exist.");
  });
});

describe("custom functions that answer late", () => {
  test("#BUSY! outputs are waited for, never recorded", async () => {
    const { book, port } = modelFixture();
    const before = inputState(book);
    const prices = [100, 110, 120, 130];
    const result = done(
      await runWhatIf(
        port,
        { kind: "table", output: "Model!B3", x: { cell: "Inputs!B1", values: prices } },
        { pollMs: 5 }
      )
    );
    prices.forEach((price, j) =>
      expectClose(result.table?.values[0][j] ?? null, gtm.ltv(price, MARGIN, CHURN))
    );
    expect(result.failures).toEqual([]);
    expect(inputState(book)).toEqual(before);
  });

  test("an output that never settles is reported with its point after the timeout", async () => {
    const fixture = modelFixture();
    fixture.late.delayMs = Infinity;
    const result = done(
      await runWhatIf(
        fixture.port,
        { kind: "table", output: "Model!B3", x: { cell: "Inputs!B1", values: [101] } },
        { pollMs: 5, settleTimeoutMs: 40 }
      )
    );
    expect(result.table?.values).toEqual([[null]]);
    expect(result.failures).toEqual([
      { point: [{ cell: "Inputs!B1", value: 101 }], reason: "still #BUSY! after 0.04 s" },
    ]);
  });
});

test("when reads inside a batch do not see the calculation, the self-check splits every point in two round trips", async () => {
  const { book, standIn, port } = modelFixture();
  const run = standInRun(standIn);
  // A host whose batch reads come before any calculation: write, then read, no calculate.
  const stale = Object.create(port) as ExcelWhatIfPort;
  stale.setCalculationMode = async () => undefined;
  stale.evaluate = (points: readonly Point[]) =>
    run(async (context) => {
      const reads = points.map((point) => {
        for (const { cell, value } of point)
          context.workbook.worksheets.getItem("Inputs").getRange(cell.split("!")[1]).values = [
            [value],
          ];
        return context.workbook.worksheets.getItem("Model").getRange("B2").load("values");
      });
      await context.sync();
      return reads.map((read) => read.values[0][0] as number);
    });
  const prices = [60, 70, 80, 90];
  const result = done(
    await runWhatIf(stale, {
      kind: "table",
      output: "Model!B2",
      x: { cell: "Inputs!B1", values: prices },
    })
  );
  prices.forEach((price, j) =>
    expectClose(result.table?.values[0][j] ?? null, directValue(price, MARGIN, CHURN, ACCOUNTS))
  );
  expect(result.pointsPerSync).toBe(1);
  expect(book.calculationMode).toBe("Automatic");
});
