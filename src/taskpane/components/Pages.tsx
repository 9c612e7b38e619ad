/** The page the navigation selected, wired to the pane's operations. */
import type { TaskpaneOperations } from "../operations";
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

/** The inputs, the run and the §4 analyses. */
function modelPage({ page, strings, operations: ops, pane }: PageProps) {
  const busy = pane.task.running !== null;
  const choices = pane.inputs?.choices ?? null;
  const m = strings.messages;
  const common = { strings, choices, busy };
  const written = (outcome: { sheets: string[] }): string => outcome.sheets[0] ?? "";
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
          onRun={(r) =>
            void pane.perform(
              (c) => ops.runModel(r, c),
              (o) => m.resultsWritten(written(o))
            )
          }
        />
      );
    case "sensitivity":
      return (
        <SensitivityPanel
          {...common}
          onRun={(r) =>
            void pane.perform(
              (c) => ops.makeSensitivity(r, c),
              (o) => m.sensitivityWritten(written(o), o.cells ?? 0)
            )
          }
        />
      );
    case "tornado":
      return (
        <TornadoPanel
          {...common}
          onRun={(r) =>
            void pane.perform(
              (c) => ops.makeTornado(r, c),
              (o) => m.tornadoWritten(written(o))
            )
          }
        />
      );
    default:
      return null;
  }
}

/** The decision analyses (§6–§9). */
function decisionPage({ page, strings, operations: ops, pane }: PageProps) {
  const busy = pane.task.running !== null;
  const choices = pane.inputs?.choices ?? null;
  const m = strings.messages;
  const common = { strings, choices, busy };
  const written = (outcome: { sheets: string[] }): string => outcome.sheets[0] ?? "";
  switch (page) {
    case "scenarios":
      return (
        <ScenariosPanel
          {...common}
          onCompare={(r) =>
            void pane.perform(
              (c) => ops.compareScenarios(r, c),
              (o) => strings.outcomes.scenariosWritten(written(o))
            )
          }
          onSave={(rows) =>
            void pane.perform(
              () => ops.saveScenarios(rows),
              (o) => strings.outcomes.scenariosSaved(rows.length, written(o))
            )
          }
        />
      );
    case "goalSeek":
      return (
        <GoalSeekPanel
          {...common}
          onRun={(r) =>
            void pane.perform(
              (c) => ops.goalSeek(r, c),
              (o) => m.resultsWritten(written(o))
            )
          }
        />
      );
    case "budget":
      return (
        <BudgetPanel
          {...common}
          onRun={(r) =>
            void pane.perform(
              (c) => ops.allocateBudget(r, c),
              (o) => m.resultsWritten(written(o))
            )
          }
        />
      );
    case "simulation":
      return (
        <SimulationPanel
          {...common}
          onRun={(r) =>
            void pane.perform(
              (c) => ops.simulate(r, c),
              (o) => m.resultsWritten(written(o))
            )
          }
          onAddUncertainty={(r) =>
            void pane.perform(
              () => ops.addUncertainty(r),
              (o) => strings.outcomes.uncertaintyAdded(written(o))
            )
          }
        />
      );
    default:
      return null;
  }
}

export function Page(props: PageProps) {
  return modelPage(props) ?? decisionPage(props);
}
