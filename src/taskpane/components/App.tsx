/** The task pane: tabs for inputs, run, sensitivity and tornado; status and input problems above them. */
import { useCallback, useEffect, useState } from "react";
import { Caption1, Tab, TabList, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { InputIssue } from "../../model";
import type { InputName } from "../../workbook";
import { describeError } from "../describeError";
import type {
  ActionOutcome,
  InputsState,
  RunRequest,
  SensitivityRequest,
  TaskControl,
  TornadoRequest,
} from "../operations";
import { useTask } from "../useTask";
import type { AppProps, TabName } from "./App.types";
import { InputsPanel } from "./InputsPanel";
import { IssueList } from "./IssueList";
import { RunPanel } from "./RunPanel";
import { SensitivityPanel } from "./SensitivityPanel";
import { StatusArea } from "./StatusArea";
import type { Notice } from "./StatusArea.types";
import { TornadoPanel } from "./TornadoPanel";
import { WhatIfPanel } from "./WhatIfPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "280px",
    maxWidth: "520px",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground2 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
});

interface Issues {
  errors: InputIssue[];
  warnings: InputIssue[];
}

export function App({ strings, operations, whatIf }: AppProps) {
  const styles = useStyles();
  const task = useTask();
  const [tab, setTab] = useState<TabName>("inputs");
  const [inputs, setInputs] = useState<InputsState | null>(null);
  const [issues, setIssues] = useState<Issues>({ errors: [], warnings: [] });
  const [notice, setNotice] = useState<Notice | null>(null);

  const showInputs = useCallback(
    (state: InputsState, announce: boolean) => {
      setInputs(state);
      const missing = state.inputs.some((input) => input.required && input.address === null);
      const empty = state.inputs.every((input) => !input.required || input.address === null);
      // A workbook without any model yet gets a hint, not a list of problems.
      setIssues(
        empty ? { errors: [], warnings: [] } : { errors: state.errors, warnings: state.warnings }
      );
      if (missing) setNotice({ intent: "info", text: strings.messages.needInputs });
      else if (state.errors.length > 0)
        setNotice({
          intent: "error",
          title: strings.messages.failed,
          text: strings.messages.invalid(state.errors.length),
        });
      else if (announce) setNotice({ intent: "success", text: strings.inputs.valid });
    },
    [strings]
  );

  const failed = useCallback(
    (error: unknown) =>
      setNotice({
        intent: "error",
        title: strings.messages.failed,
        text: describeError(error, strings),
      }),
    [strings]
  );

  const check = useCallback(
    async (announce: boolean) => {
      if (announce) setNotice(null);
      const result = await task.run(strings.progress.working, () => operations.checkInputs());
      if (result.ok) showInputs(result.value, announce);
      else failed(result.error);
    },
    [operations, task, strings, showInputs, failed]
  );

  // Check once when the pane opens.
  useEffect(() => {
    void check(false);
  }, []);

  /** After an action, the dropdowns follow the inputs as they are now (quietly). */
  const refreshChoices = (): void => {
    operations.checkInputs().then(setInputs, failed);
  };

  const perform = async (
    action: (control: TaskControl) => Promise<ActionOutcome>,
    success: (outcome: Extract<ActionOutcome, { status: "done" }>) => string
  ): Promise<void> => {
    setNotice(null);
    const result = await task.run(strings.progress.working, action);
    if (!result.ok) return failed(result.error);
    const outcome = result.value;
    if (outcome.status === "cancelled")
      return setNotice({ intent: "info", text: strings.messages.cancelled });
    if (outcome.status === "invalid") {
      setIssues({ errors: outcome.errors, warnings: outcome.warnings });
      return setNotice({
        intent: "error",
        title: strings.messages.failed,
        text: strings.messages.invalid(outcome.errors.length),
      });
    }
    setIssues({ errors: [], warnings: outcome.warnings });
    setNotice({ intent: "success", text: success(outcome) });
    refreshChoices();
  };

  const bind = async (input: InputName, reset: boolean): Promise<void> => {
    setNotice(null);
    const result = await task.run(strings.progress.working, () =>
      reset ? operations.resetBinding(input) : operations.bindSelection(input)
    );
    if (!result.ok) return failed(result.error);
    showInputs(result.value, false);
    const status = result.value.inputs.find((item) => item.input === input);
    if (
      !reset &&
      status?.address !== null &&
      status?.address !== undefined &&
      result.value.errors.length === 0
    ) {
      setNotice({
        intent: "success",
        text: strings.messages.bound(strings.inputs.names[input], status.address),
      });
    }
  };

  const selectCell = (address: string): void => {
    operations.selectCell(address).catch(failed);
  };

  const busy = task.running !== null;
  const choices = inputs?.choices ?? null;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.appTitle}</Title3>
        <Caption1 className={styles.subtitle}>{strings.appSubtitle}</Caption1>
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabName)}
      >
        <Tab value="inputs">{strings.tabs.inputs}</Tab>
        <Tab value="run">{strings.tabs.run}</Tab>
        <Tab value="sensitivity">{strings.tabs.sensitivity}</Tab>
        <Tab value="tornado">{strings.tabs.tornado}</Tab>
        {whatIf !== undefined && <Tab value="whatif">{strings.tabs.whatif}</Tab>}
      </TabList>
      <StatusArea
        strings={strings}
        notice={notice}
        running={task.running}
        onDismiss={() => setNotice(null)}
        onCancel={task.cancel}
      />
      <IssueList
        strings={strings}
        errors={issues.errors}
        warnings={issues.warnings}
        onSelectCell={selectCell}
      />
      <main role="tabpanel" aria-label={strings.tabs[tab]}>
        {tab === "inputs" && (
          <InputsPanel
            strings={strings}
            inputs={inputs?.inputs ?? null}
            busy={busy}
            onCheck={() => void check(true)}
            onInsertSample={() =>
              void perform(
                () => operations.insertSample(),
                (outcome) => strings.messages.sampleInserted(outcome.sheets.join(", "))
              ).then(() => check(false))
            }
            onBindSelection={(input) => void bind(input, false)}
            onResetBinding={(input) => void bind(input, true)}
          />
        )}
        {tab === "run" && (
          <RunPanel
            strings={strings}
            busy={busy}
            onRun={(request: RunRequest) =>
              void perform(
                (control) => operations.runModel(request, control),
                (outcome) => strings.messages.resultsWritten(outcome.sheets[0] ?? "")
              )
            }
          />
        )}
        {tab === "sensitivity" && (
          <SensitivityPanel
            strings={strings}
            choices={choices}
            busy={busy}
            onRun={(request: SensitivityRequest) =>
              void perform(
                (control) => operations.makeSensitivity(request, control),
                (outcome) =>
                  strings.messages.sensitivityWritten(outcome.sheets[0] ?? "", outcome.cells ?? 0)
              )
            }
          />
        )}
        {tab === "tornado" && (
          <TornadoPanel
            strings={strings}
            choices={choices}
            busy={busy}
            onRun={(request: TornadoRequest) =>
              void perform(
                (control) => operations.makeTornado(request, control),
                (outcome) => strings.messages.tornadoWritten(outcome.sheets[0] ?? "")
              )
            }
          />
        )}
        {/* Always mounted: a sweep keeps running (and can be cancelled) when another tab is shown. */}
        {whatIf !== undefined && (
          <div hidden={tab !== "whatif"}>
            <WhatIfPanel
              strings={whatIf.strings}
              operations={whatIf.operations}
              busy={busy}
              active={tab === "whatif"}
              onPendingRestore={() => setTab("whatif")}
              describeError={(error) => describeError(error, strings)}
            />
          </div>
        )}
      </main>
    </div>
  );
}
