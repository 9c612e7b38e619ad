/**
 * The contract of the shipped custom functions (a check of the production build, run after
 * `npm run build`): dist/functions.json lists exactly the GTM.* functions with their
 * documented parameters and help links, and dist/functions.js, loaded ALONE in a bare `vm` context
 * whose only global is `CustomFunctions`, registers all of them; calling them through that
 * registry reproduces the shared examples.
 */
import { readFileSync } from "fs";
import path from "path";
import vm from "vm";
import { customFunctionsDouble } from "../functions/customFunctionsDouble";
import {
  EXAMPLE_NAMES,
  expectedGridTable,
  expectedModelTable,
  expectedTornadoTable,
  gridArgs,
  loadExample,
  tableArgs,
} from "../functions/examples";
import { expectClose, expectExcelError, expectTable } from "../functions/expectExcel";
import { readExample } from "../support/shared";
import { readSimulationExample } from "../support/simulation";
import { loadJson, parseUncertaintyJson, simulate, type UncertaintySpec } from "../../src/model";

const dir = path.resolve(__dirname, "../../dist");

interface ParameterMetadata {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: ParameterMetadata[];
  result: { dimensionality?: string };
  options?: { volatile?: boolean };
}

/** name, then `?` when optional, `[]` when a range goes (matrix). */
const PARAMETERS: Record<string, string[]> = {
  CONVERSION: ["rates[]"],
  FUNNEL: ["top", "rates[]"],
  CAC: ["spend[]", "customers[]"],
  LTV: ["arpa", "grossMargin", "churn", "discountRate?"],
  PAYBACK: ["cac", "arpa", "grossMargin", "churn?"],
  BASS: ["p", "q", "market", "periods", "cumulative?"],
  MODEL: ["channels[]", "segments[]", "mix?[]", "assumptions?[]"],
  METRIC: ["channels[]", "segments[]", "metric", "mix?[]", "assumptions?[]"],
  SERIES: ["channels[]", "segments[]", "field", "channel?", "mix?[]", "assumptions?[]"],
  SENSITIVITY: [
    "channels[]",
    "segments[]",
    "metric",
    "driverX",
    "valuesX[]",
    "driverY?",
    "valuesY?[]",
    "mode?",
    "mix?[]",
    "assumptions?[]",
  ],
  TORNADO: [
    "channels[]",
    "segments[]",
    "metric",
    "drivers?[]",
    "swing?",
    "mix?[]",
    "assumptions?[]",
  ],
  SCENARIOS: ["channels[]", "segments[]", "scenarios[]", "metrics?[]", "mix?[]", "assumptions?[]"],
  BREAKEVEN: [
    "channels[]",
    "segments[]",
    "metric",
    "driver",
    "target",
    "low?",
    "high?",
    "mix?[]",
    "assumptions?[]",
  ],
  ALLOCATE: [
    "channels[]",
    "segments[]",
    "metric?",
    "budget?",
    "bounds?[]",
    "unspent?",
    "mix?[]",
    "assumptions?[]",
  ],
  SIMULATE: [
    "channels[]",
    "segments[]",
    "uncertainty[]",
    "metric",
    "iterations?",
    "seed?",
    "correlations?[]",
    "mix?[]",
    "assumptions?[]",
  ],
};
// METRIC and BREAKEVEN are 1×1 matrices: Excel passes parameter addresses only to a function with
// a matrix result.
const SPILLS = [
  "FUNNEL",
  "BASS",
  "MODEL",
  "METRIC",
  "BREAKEVEN",
  "SERIES",
  "SENSITIVITY",
  "TORNADO",
  "SCENARIOS",
  "ALLOCATE",
  "SIMULATE",
];

const metadata = (
  JSON.parse(readFileSync(path.join(dir, "functions.json"), "utf8")) as {
    functions: FunctionMetadata[];
  }
).functions;
const bundle = readFileSync(path.join(dir, "functions.js"), "utf8");
const helpPage = readFileSync(path.join(dir, "functions.html"), "utf8");
/** The production build points the help links where the manifest points (never at localhost). */
const productionBase = /<SourceLocation DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(
  readFileSync(path.join(dir, "manifest.xml"), "utf8")
)?.[1];

type Registered = (...args: unknown[]) => unknown;

function loadRegistry(): Map<string, Registered> {
  const registry = new Map<string, Registered>();
  const associate = (idOrMap: string | Record<string, Registered>, fn?: Registered): void => {
    const pairs = typeof idOrMap === "string" ? [[idOrMap, fn]] : Object.entries(idOrMap);
    for (const [id, implementation] of pairs as [string, Registered][]) {
      if (registry.has(id)) throw new Error(`${id} associated twice`);
      registry.set(id, implementation);
    }
  };
  const context = vm.createContext({ CustomFunctions: { ...customFunctionsDouble, associate } });
  vm.runInContext(bundle, context, { filename: "functions.js" });
  return registry;
}

describe("functions.json", () => {
  it("lists exactly the GTM functions with their documented parameters", () => {
    expect(metadata.map((fn) => fn.id).sort()).toEqual(Object.keys(PARAMETERS).sort());
    for (const fn of metadata) {
      const shown = fn.parameters.map(
        (p) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "[]" : ""}`
      );
      expect([fn.id, shown]).toEqual([fn.id, PARAMETERS[fn.id]]);
      expect(fn.name).toBe(fn.id);
    }
  });

  it("describes every function and parameter, links its help section, spills as a matrix, and is not volatile", () => {
    for (const fn of metadata) {
      expect(fn.description.length).toBeGreaterThan(20);
      expect(fn.parameters.every((p) => (p.description ?? "").length > 10)).toBe(true);
      expect(fn.helpUrl).toBe(`${productionBase}functions.html#gtm-${fn.id.toLowerCase()}`);
      expect(helpPage).toMatch(new RegExp(`id="?gtm-${fn.id.toLowerCase()}"?[ >]`));
      expect([fn.id, fn.result.dimensionality ?? "scalar"]).toEqual([
        fn.id,
        SPILLS.includes(fn.id) ? "matrix" : "scalar",
      ]);
      expect(fn.options?.volatile ?? false).toBe(false);
    }
  });
});

describe("functions.js in a bare context", () => {
  const registry = loadRegistry();
  const call = (id: string, ...args: unknown[]) => {
    const fn = registry.get(id);
    if (fn === undefined) throw new Error(`${id} is not registered`);
    return fn(...args);
  };

  it("registers every function of functions.json and nothing else", () => {
    expect([...registry.keys()].sort()).toEqual(metadata.map((fn) => fn.id).sort());
    expect(bundle).not.toMatch(/fluentui|react-dom|__SECRET_INTERNALS|Excel\.run/);
  });

  it("computes unit economics and reports errors as CustomFunctions.Error", () => {
    expectClose(call("LTV", 49, 0.85, 0.04, null), 1041.25);
    expectClose(call("CAC", [[60000]], [[96]]), 625);
    // Only #VALUE! and #N/A carry a message in Excel.
    expectExcelError(() => call("CAC", [[1]], [[""]]), "#DIV/0!", undefined);
    expectExcelError(
      () => call("LTV", 49, 85, 0.04),
      "#VALUE!",
      "grossMargin: 85 is not between 0 and 1 — enter 85% or 0.85"
    );
  });

  it("GTM.SCENARIOS, GTM.BREAKEVEN and GTM.ALLOCATE answer the direct-vs-partner questions", () => {
    const { expected } = readExample("direct-vs-partner");
    const t = expected.tables as unknown as Record<string, unknown[][]>;
    const [channels, segments, mix, assumptions] = [t.channels, t.segments, t.mix, t.assumptions];
    const spill = call("SCENARIOS", channels, segments, t.scenarios, "npv", mix, assumptions);
    const npv = expected.scenarios?.comparison.find((row) => row.metric === "npv");
    expectTable((spill as unknown[][]).slice(1), [
      ["NPV", npv!.base!, ...(npv!.values as number[]), ...(npv!.change as number[])],
    ]);
    for (const q of (expected.breakEven ?? []).filter((question) => question.value !== null)) {
      expectClose(
        (
          call(
            "BREAKEVEN",
            channels,
            segments,
            q.metric,
            q.driver,
            q.target,
            null,
            null,
            mix,
            assumptions
          ) as number[][]
        )[0]?.[0],
        q.value as number
      );
    }
    const allocation = call(
      "ALLOCATE",
      channels,
      segments,
      "npv",
      null,
      t.bounds,
      false,
      mix,
      assumptions
    ) as unknown[][];
    const last = allocation[allocation.length - 1] as number[];
    expect(last[2]).toBeGreaterThanOrEqual(expected.allocation!.bestKnown.metric * 0.999);
  });

  describe.each(EXAMPLE_NAMES.map((name) => [name, loadExample(name)] as const))(
    "%s",
    (_name, example) => {
      const [channels, segments, mix, assumptions] = tableArgs(example);

      it("GTM.MODEL matches result.channels and result.total", () => {
        expectTable(
          call("MODEL", channels, segments, mix, assumptions) as unknown[][],
          expectedModelTable(example)
        );
      });

      it("GTM.METRIC matches result.total.npv, in one cell (a 1×1 matrix)", () => {
        const cell = call("METRIC", channels, segments, "NPV", mix, assumptions) as unknown[][];
        expect(cell.map((row) => row.length)).toEqual([1]);
        expectClose(cell[0][0], example.result.total.npv as number);
      });

      it("GTM.TORNADO matches tornado.rows", () => {
        expectTable(
          call("TORNADO", channels, segments, "npv", null, null, mix, assumptions) as unknown[][],
          expectedTornadoTable(example)
        );
      });

      it("GTM.SENSITIVITY two-way in scale mode matches grid.values", () => {
        const table = call(
          "SENSITIVITY",
          channels,
          segments,
          ...gridArgs(example),
          mix,
          assumptions
        );
        expectTable(table as unknown[][], expectedGridTable(example, "NPV"));
      });
    }
  );

  it("GTM.SIMULATE resolves to the engine's numbers for the example, bit for bit", async () => {
    const example = loadExample("direct-vs-partner");
    const [channels, segments, mix, assumptions] = tableArgs(example);
    const sim = readSimulationExample("direct-vs-partner");
    const { model } = loadJson(sim.input);
    const spec = parseUncertaintyJson(sim.input, model).spec as UncertaintySpec;
    const expected = simulate(model, spec, { metric: "npv", iterations: 300, seed: 7 });
    const rows = (await call(
      "SIMULATE",
      channels,
      segments,
      sim.tables.uncertainty,
      "npv",
      300,
      7,
      sim.tables.correlations,
      mix,
      assumptions
    )) as unknown[][];
    expect(rows[0]).toEqual(["Statistic", "Value"]);
    expect(rows[3]).toEqual(["Mean", expected.mean]);
    expect(rows[10]).toEqual(["P50", expected.p50]);
    expect(rows[17]).toEqual([
      expected.rankCorrelations[0]?.driver,
      expected.rankCorrelations[0]?.rankCorrelation,
    ]);
  });
});
