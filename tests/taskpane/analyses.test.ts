/**
 * The pane's decision and simulation analyses over the Excel stand-in (the same code path as in
 * Excel): the sample's tables are found, each analysis answers the example's question and writes
 * its sheet, bad requests write nothing, and a simulation gives the same numbers to the bit on 1,
 * 2 or 3 workers.
 */
import { createHost } from "../../src/excel/host";
import {
  loadJson,
  parseUncertaintyJson,
  planSimulation,
  simulate as simulateModel,
  simulateChunk,
  summarize,
} from "../../src/model";
import { createStandIn, standInRun } from "../../src/testing/office";
import { dumpWorkbook } from "../../src/testing/office/dump";
import { createOperations } from "../../src/taskpane/createOperations";
import type { SimulationHost } from "../../src/taskpane/analyses/simulation";
import type { ChunkReply, ChunkRequest } from "../../src/taskpane/simulation/messages";
import { runChunks, workerCount, type ChunkWorker } from "../../src/taskpane/simulation/pool";
import type { ActionOutcome, TaskControl } from "../../src/taskpane/operations";
import { readExample } from "../support/shared";

const { expected, input } = readExample("direct-vs-partner");

/** A worker in this process: plans a run once, evaluates the chunks it is sent, asynchronously. */
class InProcessWorker implements ChunkWorker {
  onmessage: ((event: { data: ChunkReply }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  terminated = false;
  static made = 0;
  private plan: { run: number; plan: ReturnType<typeof planSimulation> } | null = null;
  constructor() {
    InProcessWorker.made++;
  }
  postMessage(message: ChunkRequest): void {
    setTimeout(() => {
      if (this.terminated) return;
      if (this.plan?.run !== message.run)
        this.plan = {
          run: message.run,
          plan: planSimulation(message.model, message.spec, message.options),
        };
      const chunk = simulateChunk(this.plan.plan, message.from, message.to);
      this.onmessage?.({ data: { run: message.run, from: message.from, chunk } });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function setup(simulation?: SimulationHost) {
  const standIn = createStandIn();
  const host = createHost({
    run: standInRun(standIn),
    settings: standIn.settings,
    displayLanguage: "en-US",
  });
  const operations = createOperations({
    host,
    version: "1.0.0",
    now: () => new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
    ...(simulation && { simulation }),
  });
  return { standIn, host, operations };
}

const control = (signal = new AbortController().signal): TaskControl => ({
  signal,
  onProgress: () => undefined,
});

function done(outcome: ActionOutcome): Extract<ActionOutcome, { status: "done" }> {
  if (outcome.status !== "done") throw new Error(`not done: ${JSON.stringify(outcome)}`);
  return outcome;
}

const close = (actual: unknown, wanted: number): void => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - wanted)).toBeLessThanOrEqual(
    Math.max(1e-9, Math.abs(wanted) * 1e-9)
  );
};

test("the sample's Scenarios and Uncertainty tables are found; the choices hold row metrics and the budget", async () => {
  const { operations } = setup();
  await operations.insertSample();
  const { choices } = await operations.checkInputs();
  expect(choices?.scenarios).toBe(expected.scenarios?.comparison[0]?.values.length);
  expect(choices?.uncertainDrivers).toBe((input as { uncertainty: unknown[] }).uncertainty.length);
  expect(choices?.budget).toBe(expected.allocation?.budget);
  expect(choices?.metrics.map((m) => m.value)).toEqual(
    expect.arrayContaining(Object.keys(expected.metrics ?? {}))
  );
  expect(choices?.goalSeekDrivers.some((d) => /\.cycle$|^horizon$/.test(d.value))).toBe(false);
});

test("scenarios: the comparison sheet holds the example's NPV for Base and each scenario", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  const outcome = done(
    await operations.compareScenarios({ metrics: [], chartMetric: "npv" }, control())
  );
  const sheet = dumpWorkbook(standIn.workbook).sheets.find((s) => s.name === outcome.sheets[0]);
  const npv = expected.scenarios!.comparison.find((row) => row.metric === "npv")!;
  const row = sheet!.values.find((cells) => cells[0] === "NPV") as unknown[];
  [npv.base, ...npv.values, ...npv.change].forEach((value, i) =>
    close(row[1 + i], value as number)
  );
});

test("break-even: each of the example's questions, the answer or the metric's range", async () => {
  const { operations } = setup();
  await operations.insertSample();
  for (const q of expected.breakEven ?? []) {
    const outcome = done(
      await operations.goalSeek(
        { metric: q.metric, driver: q.driver, target: q.target, low: null, high: null },
        control()
      )
    );
    if (outcome.detail?.kind !== "breakEven") throw new Error("no answer");
    const { answer } = outcome.detail;
    if (q.value === null) {
      expect(answer.value).toBeNull();
      close(answer.min, q.min as number);
      close(answer.max, q.max as number);
    } else close(answer.value, q.value);
  }
});

test("budget: the best split with the sample's Bounds is within 0.1 % of the best known", async () => {
  const { operations } = setup();
  await operations.insertSample();
  const outcome = done(
    await operations.allocateBudget({ metric: "npv", budget: null, unspent: false }, control())
  );
  if (outcome.detail?.kind !== "allocation") throw new Error("no allocation");
  const best = expected.allocation!.bestKnown.metric;
  expect(outcome.detail.value as number).toBeGreaterThanOrEqual(best * (1 - 1e-3));
  close(outcome.detail.baseline, expected.allocation!.baselineMetric);
});

test("a bad request writes nothing: a whole-number driver for a break-even", async () => {
  const { standIn, operations } = setup();
  await operations.insertSample();
  const before = dumpWorkbook(standIn.workbook).sheets.map((s) => s.name);
  const outcome = await operations.goalSeek(
    { metric: "npv", driver: "horizon", target: 0, low: null, high: null },
    control()
  );
  expect(outcome.status).toBe("invalid");
  expect(dumpWorkbook(standIn.workbook).sheets.map((s) => s.name)).toEqual(before);
});

test("save scenarios: a new Scenarios table when there is none; never over the user's", async () => {
  const { standIn, host, operations } = setup();
  await operations.insertSample();
  const rows = [
    { scenario: "Cheaper", driver: "segment[*].price", value: 0.9, mode: "scale" as const },
  ];
  const refused = await operations.saveScenarios(rows);
  expect(refused).toEqual({
    status: "invalid",
    errors: [
      expect.objectContaining({
        message:
          "Scenarios!A1:D5: the workbook has a Scenarios table already — add the rows to it there",
      }),
    ],
    warnings: [],
  });
  await host.port.removeSheet("Scenarios");
  const saved = done(await operations.saveScenarios(rows));
  // The page's own sentence says what was saved (not another analysis's answer).
  expect(saved.detail).toBeUndefined();
  const sheet = dumpWorkbook(standIn.workbook).sheets.find((s) => s.name === saved.sheets[0]);
  expect(sheet?.values.slice(0, 2).map((r) => r.slice(0, 4))).toEqual([
    ["Scenario", "Driver", "Value", "Mode"],
    ["Cheaper", "segment[*].price", 0.9, "scale"],
  ]);
  expect((await operations.checkInputs()).choices?.scenarios).toBe(1);
});

test("add uncertainty: a triangular ± spread around the current value, as a scale", async () => {
  const { standIn, host, operations } = setup();
  await operations.insertSample();
  expect(
    await operations.addUncertainty({ driver: "channel[Partners].conversion", spread: 0.2 })
  ).toMatchObject({
    status: "invalid",
    errors: [
      {
        message:
          "Uncertainty!A1:H5: the workbook has an Uncertainty table already — add the rows to it there",
      },
    ],
  });
  await host.port.removeSheet("Correlations"); // it names the sample's uncertain drivers
  await host.port.removeSheet("Uncertainty");
  const added = done(
    await operations.addUncertainty({ driver: "channel[Partners].conversion", spread: 0.2 })
  );
  const sheet = dumpWorkbook(standIn.workbook).sheets.find((s) => s.name === added.sheets[0]);
  expect(sheet?.values[1]?.slice(0, 8)).toEqual([
    "channel[Partners].conversion",
    "triangular",
    0.8,
    1,
    1.2,
    null,
    null,
    "scale",
  ]);
  expect((await operations.checkInputs()).choices?.uncertainDrivers).toBe(1);
});

describe("simulation", () => {
  const settings = {
    metric: "npv",
    iterations: 3000,
    seed: 7,
    sampling: "latin" as const,
    target: 0,
  };
  const model = loadJson(input).model;
  const spec = parseUncertaintyJson(input, model).spec!;

  test("1, 2 or 3 workers give the same numbers to the bit as one run of the model", async () => {
    const direct = simulateModel(model, spec, settings);
    for (const workers of [1, 2, 3]) {
      const plan = planSimulation(model, spec, settings);
      const chunks = await runChunks(plan, {
        createWorker: () => new InProcessWorker(),
        workers,
        chunkSize: 500,
        signal: new AbortController().signal,
        onProgress: () => undefined,
      });
      expect(summarize(plan, chunks!)).toEqual(direct);
    }
  });

  test("the pane's run writes the simulation sheet and says how often the metric is below target", async () => {
    InProcessWorker.made = 0;
    const { standIn, operations } = setup({
      createWorker: () => new InProcessWorker(),
      workers: 2,
    });
    await operations.insertSample();
    const outcome = done(await operations.simulate(settings, control()));
    expect(InProcessWorker.made).toBe(2);
    const direct = simulateModel(model, spec, settings);
    expect(outcome.detail).toEqual({
      kind: "simulation",
      metric: "npv",
      iterations: 3000,
      shareBelow: direct.shareBelowTarget,
      target: 0,
    });
    expect(dumpWorkbook(standIn.workbook).sheets.map((s) => s.name)).toContain(outcome.sheets[0]);
  });

  test("cancelled: the workers stop and nothing is written", async () => {
    const made: InProcessWorker[] = [];
    const { standIn, operations } = setup({
      createWorker: () => {
        const worker = new InProcessWorker();
        made.push(worker);
        return worker;
      },
      workers: 2,
    });
    await operations.insertSample();
    const before = dumpWorkbook(standIn.workbook).sheets.length;
    const abort = new AbortController();
    const task: TaskControl = {
      signal: abort.signal,
      onProgress: (doneCount) => {
        if (doneCount > 0) abort.abort();
      },
    };
    expect(await operations.simulate({ ...settings, iterations: 20000 }, task)).toEqual({
      status: "cancelled",
    });
    expect(made.length).toBeGreaterThan(0);
    expect(made.every((worker) => worker.terminated)).toBe(true);
    expect(dumpWorkbook(standIn.workbook).sheets.length).toBe(before);
  });

  test("without Worker the pane's thread runs the model's slices: the same numbers", async () => {
    const { operations } = setup();
    await operations.insertSample();
    // A target at the median makes the share below it a number that tells runs apart.
    const target = simulateModel(model, spec, settings).p50 as number;
    const direct = simulateModel(model, spec, { ...settings, target });
    const outcome = done(await operations.simulate({ ...settings, target }, control()));
    expect(direct.shareBelowTarget).toBeGreaterThan(0.4);
    expect(outcome.detail).toMatchObject({
      shareBelow: direct.shareBelowTarget,
      iterations: settings.iterations,
    });
  });

  test("workers: as many as the machine offers minus one, at least one", () => {
    expect(workerCount(8)).toBe(7);
    expect(workerCount(1)).toBe(1);
    expect(workerCount(undefined)).toBe(1);
  });
});
