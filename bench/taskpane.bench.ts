/**
 * The task pane's heaviest action end to end over the Excel stand-in: a 101 × 101 sensitivity
 * table on the benchmark model (8 channels × 6 segments × 60 periods) — read the inputs, validate,
 * compute the grid row by row (yielding between slices), inspect, write. Prints the round trips
 * (context.sync calls) it takes, and the time of the write alone.
 */
import { createHost } from "../src/excel/host";
import { createStandIn, standInRun } from "../src/testing/office";
import type { StandIn } from "../src/testing/office";
import { createOperations } from "../src/taskpane/createOperations";
import { benchTables } from "./benchModel";
import type { Report } from "./measure";

type Grid = (string | number)[][];

function userTable(standIn: StandIn, name: string, values: Grid): void {
  const sheet = standIn.workbook.addSheet(name);
  values.forEach((row, r) => row.forEach((value, c) => (sheet.ensure(r, c).value = value)));
  const columns = Math.max(...values.map((row) => row.length));
  standIn.workbook.tables.push({
    name,
    sheet: name,
    ref: { sheet: name, row: 0, column: 0, rows: values.length, columns },
    style: null,
  });
}

async function median(runs: number, work: () => Promise<number>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await work());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchTaskpane(report: Report): Promise<void> {
  const tables = benchTables();
  const axis = Array.from({ length: 101 }, (_, i) => 0.5 + i / 100);
  const request = {
    metric: "npv" as const,
    mode: "scale" as const,
    x: { driver: "segment[*].price", values: axis },
    y: { driver: "channel[*].conversion", values: axis },
    output: "values" as const,
  };
  let syncs = 0;
  let writeSyncs = 0;
  const total = await median(3, async () => {
    const standIn = createStandIn();
    userTable(standIn, "Channels", tables.channels as Grid);
    userTable(standIn, "Segments", tables.segments as Grid);
    userTable(standIn, "Mix", tables.mix as Grid);
    userTable(standIn, "Assumptions", tables.assumptions as Grid);
    const host = createHost({
      run: standInRun(standIn),
      settings: standIn.settings,
      displayLanguage: "en-US",
    });
    const operations = createOperations({ host, version: "bench" });
    const before = standIn.workbook.syncs;
    const start = performance.now();
    const outcome = await operations.makeSensitivity(request, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    const elapsed = performance.now() - start;
    if (outcome.status !== "done")
      throw new Error(`benchmark sensitivity did not finish: ${outcome.status}`);
    syncs = standIn.workbook.syncs - before;
    writeSyncs = syncs - 1;
    return elapsed;
  });
  report("task pane: 101×101 sensitivity, 8×6×60 model (stand-in)", total, "ms", 15000);
  console.log(
    `     task pane round trips: ${syncs} syncs for the whole table (1 read, ${writeSyncs} inspect + write; target: write ≤ 3)`
  );
}
