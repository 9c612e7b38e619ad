/**
 * The task pane's operations over an Office host: read the inputs (one round trip), validate them
 * with the model, compute, and write through the shared workbook services. Invalid input stops
 * everything before a single cell is written. Each analysis is a module of `./analyses`; long
 * computations run in slices, yielding to the browser between them so the pane stays responsive
 * and Cancel works.
 */
import { localeOf } from "../model";
import { insertSample } from "../workbook";
import type { OfficeHost } from "./host";
import { allocateBudget, compareScenarios, goalSeek } from "./analyses/decisions";
import type { AnalysisContext } from "./analyses/context";
import { bindingActions } from "./analyses/bindings";
import { createLoader } from "./analyses/loading";
import { makeRun, makeSensitivity, makeTornado } from "./analyses/sensitivity";
import { simulate, type SimulationHost } from "./analyses/simulation";
import { addUncertainty, saveScenarios } from "./analyses/tables";
import type { TaskpaneOperations } from "./operations";

export { ADDIN_SHEET, SINGLE_CELL } from "./analyses/bindings";

export interface OperationsOptions {
  host: OfficeHost;
  version: string;
  now?: () => Date;
  /** Longest stretch of computing between two yields to the browser, in ms. */
  sliceMs?: number;
  /** Where a simulation runs: Web Workers, or (without) the pane's thread in slices. */
  simulation?: SimulationHost;
}

export function createOperations({
  host,
  version,
  now = () => new Date(),
  sliceMs = 40,
  simulation = { createWorker: null, workers: 1 },
}: OperationsOptions): TaskpaneOperations {
  const { port } = host;
  /** Every sheet is written, and every issue said, in Office's display language (issue 11). */
  const locale = localeOf(host.displayLanguage);
  const loader = createLoader(port, () => host.loadBindings(), locale);
  const context: AnalysisContext = { port, version, now, withModel: loader.withModel, locale };
  return {
    checkInputs: loader.checkInputs,
    ...bindingActions(host, loader),
    selectCell: (address) => host.select(address),
    async insertSample() {
      const written = await insertSample(port, { now: now(), version, locale });
      await host.saveBindings(written.bindings);
      return { status: "done", sheets: written.sheets.map((sheet) => sheet.name), warnings: [] };
    },
    runModel: (request, task) => makeRun(context, request, task),
    makeSensitivity: (request, task) => makeSensitivity(context, request, task, sliceMs),
    makeTornado: (request, task) => makeTornado(context, request, task),
    compareScenarios: (request, task) => compareScenarios(context, request, task),
    saveScenarios: (rows) => saveScenarios(context, rows),
    goalSeek: (request, task) => goalSeek(context, request, task),
    allocateBudget: (request, task) => allocateBudget(context, request, task),
    simulate: (request, task) => simulate(context, simulation, request, task),
    addUncertainty: (request) => addUncertainty(context, request),
  };
}
