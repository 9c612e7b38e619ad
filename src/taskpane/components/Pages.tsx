/** The page the navigation selected, wired to the pane's operations. */
import type { ActionOutcome, TaskpaneOperations } from "../operations";
import type { Pane } from "../usePane";
import type { Strings } from "../strings";
import type { PageName } from "./App.types";
import { BudgetPanel } from "./BudgetPanel";
import { GoalSeekPanel } from "./GoalSeekPanel";
import { InputsPanel } from "./InputsPanel";
import { RunPanel } from "./RunPanel";
import { ScenariosPanel } from "./ScenariosPanel";
import { SensitivityPanel } from "./SensitivityPanel";
import { SimulationPanel } from "./SimulationPanel";
import { TornadoPanel } from "./TornadoPanel";

export interface PageProps {
  page: PageName;
  strings: Strings;
  operations: TaskpaneOperations;
  pane: Pane;
}

type Done = Parameters<Parameters<Pane["perform"]>[1]>[0];
type Control = Parameters<Parameters<Pane["perform"]>[0]>[0];

/** What every page's wiring shares: busy, the choices, and one way to run an operation. */
function wiring({ strings, pane }: PageProps) {
  const busy = pane.task.running !== null;
  const choices = pane.inputs?.choices ?? null;
  const written = (outcome: { sheets: string[] }): string => outcome.sheets[0] ?? "";
  /** A panel's handler: the operation under the pane's progress and cancel, then its success text. */
  const runs =
    <R,>(op: (request: R, control: Control) => Promise<ActionOutcome>, say: (o: Done) => string) =>
    (request: R) =>
      void pane.perform((c) => op(request, c), say);
  return { busy, m: strings.messages, common: { strings, choices, busy }, written, runs };
}

/** The inputs, the run and the §4 analyses. */
function modelPage(props: PageProps) {
  const { page, strings, operations: ops, pane } = props;
  const { busy, m, common, written, runs } = wiring(props);
  switch (page) {
    case "inputs":
      return (
        <InputsPanel
          strings={strings}
          inputs={pane.inputs?.inputs ?? null}
          busy={busy}
          onCheck={() => void pane.check(true)}
          onInsertSample={() =>
            void pane
              .perform(
                () => ops.insertSample(),
                (o) => m.sampleInserted(o.sheets.join(", "))
              )
              .then(() => pane.check(false))
          }
          onPreviewSelection={(input) => pane.preview(input)}
          onBindSelection={(input, address) => void pane.bind(input, false, address)}
          onResetBinding={(input) => void pane.bind(input, true)}
        />
      );
    case "run":
      return (
        <RunPanel
          strings={strings}
          busy={busy}
          onRun={runs(ops.runModel, (o) => m.resultsWritten(written(o)))}
        />
      );
    case "sensitivity":
      return (
        <SensitivityPanel
          {...common}
          onRun={runs(ops.makeSensitivity, (o) => m.sensitivityWritten(written(o), o.cells ?? 0))}
        />
      );
    case "tornado":
      return (
        <TornadoPanel
          {...common}
          onRun={runs(ops.makeTornado, (o) => m.tornadoWritten(written(o)))}
        />
      );
    default:
      return null;
  }
}

/** The decision analyses (§6–§9). */
function decisionPage(props: PageProps) {
  const { page, strings, operations: ops } = props;
  const { m, common, written, runs } = wiring(props);
  switch (page) {
    case "scenarios":
      return (
        <ScenariosPanel
          {...common}
          onCompare={runs(ops.compareScenarios, (o) =>
            strings.outcomes.scenariosWritten(written(o))
          )}
          onSave={(rows) =>
            runs(ops.saveScenarios, (o) =>
              strings.outcomes.scenariosSaved(rows.length, written(o))
            )(rows)
          }
        />
      );
    case "goalSeek":
      return (
        <GoalSeekPanel
          {...common}
          onRun={runs(ops.goalSeek, (o) => m.resultsWritten(written(o)))}
        />
      );
    case "budget":
      return (
        <BudgetPanel
          {...common}
          onRun={runs(ops.allocateBudget, (o) => m.resultsWritten(written(o)))}
        />
      );
    case "simulation":
      return (
        <SimulationPanel
          {...common}
          onRun={runs(ops.simulate, (o) => m.resultsWritten(written(o)))}
          onAddUncertainty={runs(ops.addUncertainty, (o) =>
            strings.outcomes.uncertaintyAdded(written(o))
          )}
        />
      );
    default:
      return null;
  }
}

export function Page(props: PageProps) {
  return modelPage(props) ?? decisionPage(props);
}
