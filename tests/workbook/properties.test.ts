/**
 * Properties over generated inputs: whatever the names and figures, every plan the services build
 * passes checkPlan, holds formulas only where a live mode asked for them, writes every name as the
 * same text, and applies a number format to every number.
 */
import fc from "fast-check";
import { parseJson, runModel } from "../../src/model";
import type { GridResult, ModelInput } from "../../src/model";
import {
  buildResultsPlan,
  buildSensitivityPlan,
  buildTornadoPlan,
  checkPlan,
  formatAt,
} from "../../src/workbook";
import type { SheetPlan } from "../../src/workbook";
import { NOW, VERSION } from "./helpers";

const target = { name: "Out", replace: false };

const nameArb = fc.oneof(
  fc.constantFrom(
    "=1+1",
    "+cash",
    "-net",
    "@team",
    "2024",
    "Mar-25",
    "'q",
    "#N/A",
    "NaN",
    "undefined"
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== "")
);

function modelWith(
  channelName: string,
  segmentName: string,
  unit: "month" | "quarter" | "year"
): ModelInput | null {
  const outcome = parseJson({
    assumptions: { horizon: 5, periodUnit: unit, discountRate: 0.02 },
    segments: [{ name: segmentName, price: 100, grossMargin: 0.7, churn: 0.05 }],
    channels: [
      { name: channelName, spend: 1000, costPerLead: 50, conversion: 0.2 },
      { name: `${channelName} idle`, conversion: 0.1 },
    ],
  });
  return outcome.model;
}

function everyCell(plan: SheetPlan, visit: (cell: unknown, format: string | null) => void): void {
  for (const block of plan.blocks) {
    block.cells.forEach((row, r) => row.forEach((cell, c) => visit(cell, formatAt(block, r, c))));
  }
}

describe("plans over generated inputs", () => {
  it("results: names stay text, numbers are formatted, no formula in values mode", () => {
    fc.assert(
      fc.property(
        nameArb,
        nameArb,
        fc.constantFrom("month" as const, "quarter" as const, "year" as const),
        (channel, segment, unit) => {
          const model = modelWith(channel, segment, unit);
          fc.pre(model !== null);
          const m = model as ModelInput;
          const plan = buildResultsPlan(target, {
            model: m,
            result: runModel(m),
            inputs: {},
            mode: "values",
            now: NOW,
            version: VERSION,
          });
          checkPlan(plan);
          const texts: string[] = [];
          everyCell(plan, (cell, format) => {
            expect(typeof cell === "object" && cell !== null && "formula" in cell).toBe(false);
            if (typeof cell === "number") expect(format).not.toBeNull();
            if (typeof cell === "string") texts.push(cell);
          });
          const names = [...m.channels.map((c) => c.name), ...m.segments.map((s) => s.name)];
          const ours = texts.filter((text) => !names.some((name) => text.includes(name)));
          expect(ours.filter((text) => /NaN|undefined|Infinity/.test(text))).toEqual([]);
          expect(texts).toContain(m.channels[0].name);
          expect(texts).toContain(m.segments[0].name);
          const unitTitle = unit.charAt(0).toUpperCase() + unit.slice(1);
          expect(texts).toContain(`${unitTitle} 5`);
        }
      ),
      { numRuns: 60 }
    );
  });

  it("sensitivity: any grid of numbers and nulls gives a clean plan with the values in place", () => {
    const model = modelWith("Web", "SMB", "month") as ModelInput;
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 3, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: 0.01, max: 3, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 35 }),
        (xs, ys, scale, nullAt) => {
          const values = ys.map((y, i) =>
            xs.map((x, j) => ((i * xs.length + j) % 36 === nullAt ? null : scale * x * y))
          );
          const grid: GridResult = {
            metric: "ltv",
            mode: "scale",
            x: { driver: "segment[*].price", values: xs },
            y: { driver: "channel[web].conversion", values: ys },
            values,
          };
          const plan = buildSensitivityPlan(target, {
            model,
            grid,
            inputs: {},
            mode: "values",
            now: NOW,
            version: VERSION,
          });
          checkPlan(plan);
          const table = plan.blocks.find((b) => b.cells[0]?.[0] === "LTV" && b.cells.length > 1);
          expect(table?.cells.slice(1).map((row) => row.slice(1))).toEqual(values);
        }
      ),
      { numRuns: 60 }
    );
  });

  it("tornado: rows keep their order and figures, nulls as empty cells", () => {
    const model = modelWith("Web", "SMB", "month") as ModelInput;
    const drivers = [
      "segment[*].price",
      "channel[*].conversion",
      "segment[smb].churn",
      "discountRate",
    ];
    const figure = fc.option(fc.double({ min: -1e7, max: 1e7, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...drivers), figure, figure, figure), { maxLength: 4 }),
        (rows) => {
          const tornadoRows = rows.map(([driver, low, base, high]) => ({
            driver,
            low,
            base,
            high,
            swing: low === null || high === null ? null : Math.abs(high - low),
          }));
          const plan = buildTornadoPlan(target, {
            model,
            tornado: { metric: "npv", swing: 0.2, rows: tornadoRows },
            inputs: {},
            now: NOW,
            version: VERSION,
          });
          checkPlan(plan);
          const body = plan.blocks.find(
            (b) => b.cells[0]?.[5] === (tornadoRows[0]?.driver ?? "none")
          );
          if (tornadoRows.length > 0) {
            expect(body?.cells.map((row) => row.slice(1))).toEqual(
              tornadoRows.map((r) => [r.low, r.base, r.high, r.swing, r.driver])
            );
          }
        }
      ),
      { numRuns: 60 }
    );
  });
});
