/**
 * Issue 15 ("one shape") and the command-line points of issue 11: options declared once (parsing
 * and help from one declaration), every usage error exit 2 before any file is read (the input
 * here does not exist, so a file error would show), "did you mean", metric labels as names, a
 * grid value out of its field's range blamed on the option, negative numbers in value lists.
 */
import * as path from "node:path";
import { metricByName } from "../../src/model";
import { parseCommand } from "../../src/cli/args";
import { optionLines } from "../../src/cli/help";
import { COMMAND_DECLS } from "../../src/cli/main";
import { closest, editDistance } from "../../src/cli/suggest";
import { expected, inputJsonPath } from "./helpers";
import { gtm } from "./run.helpers";

/** An input that does not exist: any error about it would mean a file was read first. */
const MISSING = path.join(__dirname, "no-such-folder", "model.json");
const SENS = ["sensitivity", MISSING, "--metric", "npv"];

function usage(command: string | null, message: string) {
  const help = command === null ? "gtm --help" : `gtm ${command} --help`;
  return { code: 2, stdout: "", stderr: `gtm: ${message} — see ${help}\n` };
}

describe("usage errors exit 2 before any file is read", () => {
  const cases: [string, string[], string | null, string][] = [
    [
      "an unknown option, close to one",
      [...SENS, "--x", "discountRate", "--x-value", "0.1"],
      "sensitivity",
      "unknown option --x-value for gtm sensitivity — did you mean --x-values? (its options: --metric, --x, --x-values, --values, --y, --y-values, --mode, --channels, --segments, --mix, --assumptions, --json, --out, --force, --replace, --lang, --currency, --help)",
    ],
    [
      "an unknown command, close to one",
      ["sensitivty", MISSING],
      null,
      'unknown command "sensitivty" — did you mean sensitivity? (sample, run, sensitivity, tornado, scenarios, breakeven, allocate or simulate)',
    ],
    [
      "an unknown global option, close to one",
      ["--versoin"],
      null,
      "unknown option --versoin — did you mean --version? (gtm's options: --help, --version; a command's options come after its name)",
    ],
    [
      "a bad --mode",
      [...SENS, "--x", "discountRate", "--values", "0.1", "--mode", "scal"],
      "sensitivity",
      '--mode "scal" is not value or scale — did you mean scale?',
    ],
    [
      "an unknown metric, close to one",
      ["tornado", MISSING, "--metric", "npvv"],
      "tornado",
      '--metric: "npvv" is not a metric — use one of customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, or channel[Name].field or segment[Name].field — did you mean npv?',
    ],
    [
      "an unknown metric label, close to one",
      ["simulate", MISSING, "--metric", "LTV:CA"],
      "simulate",
      '--metric: "LTV:CA" is not a metric — use one of customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, or channel[Name].field or segment[Name].field — did you mean LTV:CAC?',
    ],
    [
      "an unknown metric, far from all",
      ["breakeven", MISSING, "--metric", "profit", "--driver", "discountRate", "--target", "0"],
      "breakeven",
      '--metric: "profit" is not a metric — use one of customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, or channel[Name].field or segment[Name].field',
    ],
    [
      "a row metric's unknown field",
      ["scenarios", MISSING, "--metrics", "npv,channel[Partners].cca"],
      "scenarios",
      '--metrics: "cca" is not a result of a channel — use customers, activeCustomers, revenue, grossProfit, contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion, leads, spend, fixedCost, acquisitionCost, lostToCapacity, lostToSaturation — did you mean cac?',
    ],
    [
      "a driver's unknown field",
      [...SENS, "--x", "channel[*].conversoin", "--values", "0.1"],
      "sensitivity",
      '--x: "conversoin" is not a number field of a channel — use spend, costPerLead, conversion, cycle, capacity, ramp, partnerMargin, fixedCost — did you mean conversion?',
    ],
    [
      "bad driver syntax",
      ["tornado", MISSING, "--metric", "npv", "--drivers", "channel[*].spend,discount"],
      "tornado",
      '--drivers: "discount" is not a driver — write channel[Name].field, segment[Name].field (Name or * for every row), discountRate, horizon or launchPeriods — did you mean discountRate?',
    ],
    [
      "a bad value list",
      [...SENS, "--x", "discountRate", "--x-values", "0.1,,0.2"],
      "sensitivity",
      '--x-values "0.1,,0.2" is not a list of numbers — use numbers separated by commas (0.8,1,1.2) or from:to:count (0.8:1.2:5 gives 5 points)',
    ],
    [
      "--x-values and --values together",
      [...SENS, "--x", "discountRate", "--x-values", "0.1", "--values", "0.2"],
      "sensitivity",
      "--x-values and --values are the same option: give one",
    ],
    [
      "a bad --lang",
      ["run", MISSING, "--lang", "fr"],
      "run",
      '--lang "fr" is not a language — use en or zh-CN',
    ],
    [
      "a table binding for JSON input",
      ["run", MISSING, "--channels", "Sheet1!A1:C4"],
      "run",
      "--channels, --segments, --mix and --assumptions name tables in an .xlsx workbook, not in JSON input",
    ],
    [
      "an Uncertainty binding for JSON input",
      ["simulate", MISSING, "--metric", "npv", "--correlations", "Links"],
      "simulate",
      '--correlations names a table in an .xlsx workbook; a JSON model carries "correlations" itself',
    ],
    [
      "a --swing out of range",
      ["tornado", MISSING, "--metric", "npv", "--swing", "150%"],
      "tornado",
      "--swing 1.5 is not between 0 and 1 (both excluded) — enter 20% or 0.2",
    ],
    [
      "a break-even interval end outside the driver's range",
      [
        "breakeven",
        MISSING,
        "--metric",
        "npv",
        "--driver",
        "channel[Partners].conversion",
        "--target",
        "0",
        "--high",
        "2",
      ],
      "breakeven",
      "--high 2: a conversion is between 0 and 1",
    ],
    [
      "a break-even interval upside down",
      [
        "breakeven",
        MISSING,
        "--metric",
        "npv",
        "--driver",
        "discountRate",
        "--target",
        "0",
        "--low",
        "0.5",
        "--high",
        "0.1",
      ],
      "breakeven",
      "--low 0.5 is not below --high 0.1",
    ],
    [
      "a bad --sampling",
      ["simulate", MISSING, "--metric", "npv", "--sampling", "latn"],
      "simulate",
      '--sampling "latn" is not latin or random — did you mean latin?',
    ],
  ];
  it.each(cases)("%s", async (_label, argv, command, message) => {
    expect(await gtm(...argv)).toEqual(usage(command, message));
  });
});

describe("a grid value out of its field's range blames the option (value mode)", () => {
  it("--y-values 1.1 for a conversion", async () => {
    const argv = [...SENS, "--x", "discountRate", "--values", "0.1,0.2"];
    expect(await gtm(...argv, "--y", "channel[Partners].conversion", "--y-values", "1.1")).toEqual(
      usage(
        "sensitivity",
        "--y-values 1.1: a conversion is between 0 and 1; use --mode scale for multipliers"
      )
    );
  });

  it("the first bad value of --x-values, with each field's own range", async () => {
    const cases: [string, string, string][] = [
      ["segment[*].price", "10,-5", "--x-values -5: a price is 0 or more"],
      ["channel[*].costPerLead", "0", "--x-values 0: a cost per lead is above 0"],
      [
        "channel[*].cycle",
        "1.5",
        "--x-values 1.5: a cycle is a whole number of periods, 0 or more; use --mode scale for multipliers",
      ],
      [
        "horizon",
        "601",
        "--x-values 601: a horizon is a whole number of periods between 1 and 600; use --mode scale for multipliers",
      ],
    ];
    for (const [driver, values, message] of cases)
      expect(await gtm(...SENS, "--x", driver, "--x-values", values)).toEqual(
        usage("sensitivity", message)
      );
  });

  it("scale mode takes multipliers the field's range would refuse", async () => {
    const run = await gtm(
      "sensitivity",
      inputJsonPath("direct-vs-partner"),
      "--metric",
      "npv",
      "--x",
      "channel[Partners].conversion",
      "--x-values",
      "1.1",
      "--mode",
      "scale",
      "--json"
    );
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { x: number[] }).x).toEqual([1.1]);
  });
});

describe("negative numbers in value lists", () => {
  const input = inputJsonPath("direct-vs-partner");
  const grid = async (...values: string[]) => {
    const run = await gtm(
      "sensitivity",
      input,
      "--metric",
      "npv",
      "--x",
      "channel[*].conversion",
      "--mode",
      "scale",
      ...values,
      "--json"
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as { x: number[]; values: number[][] };
  };

  it("--values -1,0,1 and --values=-1,0,1 give the same grid", async () => {
    const spaced = await grid("--values", "-1,0,1");
    expect(spaced.x).toEqual([-1, 0, 1]);
    expect(await grid("--values=-1,0,1")).toEqual(spaced);
  });

  it("--x-values -0.5,0 and a from:to:count starting below 0", async () => {
    expect((await grid("--x-values", "-0.5,0")).x).toEqual([-0.5, 0]);
    expect((await grid("--x-values", "-1:1:3")).x).toEqual([-1, 0, 1]);
  });

  it("a negative number outside its field's range is still refused, without the scale hint", async () => {
    expect(await gtm(...SENS, "--x", "discountRate", "--x-values", "-0.5,0")).toEqual(
      usage("sensitivity", "--x-values -0.5: a discount rate is between 0 and 1")
    );
  });

  it("an option still cannot take another option as its value", async () => {
    expect(await gtm("run", MISSING, "--out", "--json")).toEqual(
      usage("run", "--out needs a value")
    );
  });
});

describe("metric labels work as names", () => {
  it("metricByName takes the code name or the label, any case", () => {
    expect(metricByName("ltvToCac")).toBe("ltvToCac");
    expect(metricByName("LTV:CAC")).toBe("ltvToCac");
    expect(metricByName(" ltv:cac ")).toBe("ltvToCac");
    expect(metricByName("Launch revenue")).toBe("launchRevenue");
    expect(metricByName("LAUNCH REVENUE")).toBe("launchRevenue");
    expect(metricByName("Customers won")).toBe("customers");
    expect(metricByName("profit")).toBeNull();
  });

  it("gtm tornado --metric LTV:CAC gives the examples' ltvToCac tornado rows' metric", async () => {
    const input = inputJsonPath("direct-vs-partner");
    const byCode = await gtm("tornado", input, "--metric", "ltvToCac", "--json");
    expect(byCode.code).toBe(0);
    for (const name of ["LTV:CAC", "ltv:cac"]) {
      const byLabel = await gtm("tornado", input, "--metric", name, "--json");
      expect(byLabel).toEqual(byCode);
    }
    expect((JSON.parse(byCode.stdout) as { metric: string }).metric).toBe("ltvToCac");
  });

  it('--metric "Launch revenue" and a row metric by label (channel[Partners].LTV:CAC)', async () => {
    const input = inputJsonPath("direct-vs-partner");
    const want = expected("direct-vs-partner").result.total as Record<string, number>;
    const run = await gtm(
      "scenarios",
      input,
      "--metrics",
      "Launch revenue,channel[Partners].LTV:CAC",
      "--json"
    );
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      metrics: string[];
      comparison: { base: number }[];
    };
    expect(json.metrics).toEqual(["launchRevenue", "channel[Partners].ltvToCac"]);
    expect(json.comparison[0].base).toBeCloseTo(want.launchRevenue, 6);
  });
});

describe("options declared once", () => {
  it.each(COMMAND_DECLS.map((decl) => [decl.name, decl] as const))(
    "gtm %s --help shows every declared option, its value name and default",
    async (name, decl) => {
      const run = await gtm(name, "--help");
      expect(run.code).toBe(0);
      for (const option of decl.options)
        expect(run.stdout).toContain(optionLines(option).join("\n"));
    }
  );

  it.each(COMMAND_DECLS.map((decl) => [decl.name, decl] as const))(
    "gtm %s parses every declared option, and nothing else",
    (_name, decl) => {
      const argv = [...decl.positionals.map((_, i) => `arg${i}`)];
      for (const option of decl.options)
        argv.push(
          `--${option.name}`,
          ...(option.type === "string" ? [option.choices?.[0] ?? "v"] : [])
        );
      const args = parseCommand(decl, argv);
      for (const option of decl.options)
        if (option.type === "string")
          expect(args.value(option.name)).toBe(option.choices?.[0] ?? "v");
        else expect(args.flag(option.name)).toBe(true);
      expect(() => parseCommand(decl, [...argv, "--not-declared"])).toThrow(
        `unknown option --not-declared for gtm ${decl.name}`
      );
    }
  );

  it("the tornado's help, line by line", async () => {
    const help = (await gtm("tornado", "-h")).stdout;
    expect(help).toContain(
      "\n  --swing S             a share 0 < S < 1 (0.2), or a percentage (20%)                     [0.2]\n"
    );
    expect(help).toContain(
      "\n  --replace             replace the sheet this command wrote before instead of adding a new one\n"
    );
    expect(help).toContain("\n  --lang en|zh-CN       language of everything written and printed");
    expect(help.startsWith("Usage: gtm tornado <in.xlsx|in.json> --metric M [options]\n")).toBe(
      true
    );
  });

  it("--help wins over a missing argument; repeated options and empty values are usage errors", async () => {
    expect((await gtm("breakeven", "--help")).code).toBe(0);
    expect(await gtm("sample", "--hlep")).toEqual(
      usage(
        "sample",
        "unknown option --hlep for gtm sample — did you mean --help? (its options: --force, --lang, --help)"
      )
    );
    expect(await gtm("run", MISSING, "--lang", "zh-CN", "--lang", "en")).toEqual(
      usage("run", "--lang is given twice")
    );
    expect(await gtm("run", MISSING, "--lang=")).toEqual(
      usage("run", "--lang is empty: give it a value")
    );
    expect(await gtm("run", MISSING, "--replace=yes")).toEqual(
      usage("run", "--replace takes no value")
    );
  });
});

describe("did you mean", () => {
  it("the closest name by edit distance, only when close", () => {
    expect(editDistance("conversoin", "conversion")).toBe(1);
    expect(editDistance("npv", "NPV")).toBe(0);
    expect(closest("--x-value", ["--x", "--x-values", "--values"])).toBe("--x-values");
    expect(closest("--bogus", ["--out", "--json", "--force"])).toBeNull();
    expect(closest("sim", ["sample", "simulate", "sensitivity"])).toBe("simulate");
  });
});
