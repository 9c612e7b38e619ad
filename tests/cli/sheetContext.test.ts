/**
 * `--replace` and `--lang` reach the sheet services: every command that writes a sheet hands its
 * writer a context with `replace` and `locale` (RunContext, src/workbook/services/types.ts) —
 * false and "en" by default. The writers are the real ones, wrapped to record what they were given.
 */
import * as path from "node:path";
import { inputJsonPath, tempDir } from "./helpers";
import { gtm } from "./run.helpers";

jest.mock("../../src/workbook", () => {
  const actual = jest.requireActual<Record<string, unknown>>("../../src/workbook");
  const wrapped: Record<string, unknown> = { ...actual };
  for (const name of [
    "writeResults",
    "writeSensitivity",
    "writeTornado",
    "writeScenarios",
    "writeBreakEven",
    "writeAllocation",
    "writeSimulation",
  ])
    wrapped[name] = jest.fn(actual[name] as (...args: unknown[]) => unknown);
  return wrapped;
});

const workbook = require("../../src/workbook") as Record<string, jest.Mock>;

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());
beforeEach(() => jest.clearAllMocks());

const input = inputJsonPath("direct-vs-partner");
const COMMANDS: [string, string, string[]][] = [
  ["run", "writeResults", []],
  [
    "sensitivity",
    "writeSensitivity",
    ["--metric", "npv", "--x", "discountRate", "--values", "0.1"],
  ],
  ["tornado", "writeTornado", ["--metric", "npv"]],
  ["scenarios", "writeScenarios", []],
  [
    "breakeven",
    "writeBreakEven",
    ["--metric", "npv", "--driver", "channel[Partners].conversion", "--target", "0"],
  ],
  ["allocate", "writeAllocation", ["--budget", "60000"]],
  ["simulate", "writeSimulation", ["--metric", "npv", "--iterations", "100"]],
];

describe.each(COMMANDS)("gtm %s", (command, writer, options) => {
  it("passes --replace and --lang to the sheet writer", async () => {
    const out = path.join(dir, `${command}-replace.xlsx`);
    const run = await gtm(command, input, ...options, "--out", out, "--replace", "--lang", "ZH-cn");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(workbook[writer]).toHaveBeenCalledTimes(1);
    expect(workbook[writer].mock.calls[0][1]).toMatchObject({ replace: true, locale: "zh-CN" });
  });

  it("defaults to a new sheet in English", async () => {
    const out = path.join(dir, `${command}-default.xlsx`);
    expect((await gtm(command, input, ...options, "--out", out)).code).toBe(0);
    expect(workbook[writer].mock.calls[0][1]).toMatchObject({ replace: false, locale: "en" });
  });
});
