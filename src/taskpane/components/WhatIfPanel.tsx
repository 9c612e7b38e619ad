/**
 * What-if on the user's own cells (docs/whatif.md): a data table, a tornado or a goal seek over
 * any output cell, run by Excel's own calculation. Self-contained: its own progress, cancel,
 * confirmations and the offer to restore an unfinished run; operations come in as props.
 */
import { useCallback, useEffect, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useTask } from "../useTask";
import type { TaskState } from "../useTask";
import { defaultSwing, EMPTY_FORM, requestFromForm } from "../whatIfForm";
import type { WhatIfForm } from "../whatIfForm";
import type { PendingRun, WhatIfActionOutcome, WhatIfConfirmations } from "../whatIfOperations";
import type { WhatIfStrings } from "../whatIfStrings";
import { CellField, GoalSeekFields, TableFields, TornadoFields } from "./WhatIfFields";
import type { CellKey } from "./WhatIfFields";
import { ReplaceCheckbox } from "./ReplaceCheckbox";
import type { WhatIfKind, WhatIfPanelProps } from "./WhatIfPanel.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  progress: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

interface Notice {
  intent: "success" | "info" | "warning" | "error";
  title?: string;
  text: string;
  confirm?: keyof WhatIfConfirmations;
}

function chinese(strings: WhatIfStrings): boolean {
  return strings.lang === "zh-CN";
}

/** Cell addresses as a list: `, ` between them in English, `、` in Chinese. */
function cellList(strings: WhatIfStrings, cells: readonly string[]): string {
  return cells.join(chinese(strings) ? "、" : ", ");
}

function doneNotice(
  strings: WhatIfStrings,
  outcome: Extract<WhatIfActionOutcome, { status: "done" }>
): Notice {
  const { result, sheet } = outcome;
  const parts = [strings.written(sheet, result.points)];
  if (result.goalSeek !== undefined)
    parts.push(
      result.goalSeek.value === null
        ? strings.goalNone
        : strings.goalFound(String(Number(result.goalSeek.value.toPrecision(10))))
    );
  if (result.failures.length > 0) parts.push(strings.notComputed(result.failures.length));
  if (result.flat) parts.push(strings.flat);
  const warn = result.flat || result.failures.length > 0 || result.goalSeek?.value === null;
  // Chinese sentences end with 。 and follow one another without a space.
  return { intent: warn ? "warning" : "success", text: parts.join(chinese(strings) ? "" : " ") };
}

function PendingBar(props: {
  strings: WhatIfStrings;
  pending: PendingRun;
  busy: boolean;
  onRestore(): void;
  onDiscard(): void;
}) {
  const { strings, pending, busy } = props;
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.pendingTitle}</MessageBarTitle>
        {strings.pending(pending.cells.length, pending.started.replace("T", " ").slice(0, 19))}
        {chinese(strings) ? "" : " "}
        {cellList(strings, pending.cells)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={props.onRestore}>
          {strings.restore}
        </Button>
        <Button size="small" disabled={busy} onClick={props.onDiscard}>
          {strings.discard}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function ProgressRow(props: { strings: WhatIfStrings; running: TaskState; onCancel(): void }) {
  const styles = useStyles();
  const { strings, running } = props;
  const determinate = running.total > 0;
  return (
    <div className={styles.progress} role="status" aria-live="polite">
      <div>
        <Caption1>
          {determinate ? strings.progress(running.done, running.total) : running.label}
        </Caption1>
        <ProgressBar
          value={determinate ? running.done / running.total : undefined}
          aria-label={running.label}
        />
      </div>
      <Button size="small" onClick={props.onCancel}>
        {strings.cancel}
      </Button>
    </div>
  );
}

interface NoticeBarProps {
  strings: WhatIfStrings;
  notice: Notice;
  busy: boolean;
  onConfirm(kind: keyof WhatIfConfirmations): void;
  onDismiss(): void;
}

/** The outcome; a refusal that can be confirmed carries a Run anyway button. */
function NoticeBar({ strings, notice, busy, onConfirm, onDismiss }: NoticeBarProps) {
  const styles = useStyles();
  const confirm = notice.confirm;
  return (
    <MessageBar
      intent={notice.intent}
      layout="multiline"
      role={notice.intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody className={styles.text}>
        {notice.title !== undefined && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      <MessageBarActions>
        {confirm !== undefined && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            onClick={() => onConfirm(confirm)}
          >
            {strings.confirmRun}
          </Button>
        )}
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {strings.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function plainError(error: unknown): string {
  return error instanceof Error && error.message !== "" ? error.message : String(error);
}

/** An unfinished run to restore or discard (found when the pane opens and each time the panel shows). */
function usePendingRun(c: {
  strings: WhatIfStrings;
  operations: WhatIfPanelProps["operations"];
  task: ReturnType<typeof useTask>;
  fail(error: unknown): void;
  setNotice(notice: Notice | null): void;
  active: boolean;
  onPendingRestore: (() => void) | undefined;
}) {
  const { strings, operations, task, fail, setNotice, active, onPendingRestore } = c;
  const [pending, setPending] = useState<PendingRun | null>(null);
  // When the pane opens and each time the panel is shown (not while it sweeps itself): an
  // unfinished run to restore? Found at opening, the pane shows this panel.
  const sweeping = task.running !== null;
  useEffect(() => {
    if (sweeping) return;
    operations.pending().then((found) => {
      setPending(found);
      if (found !== null) onPendingRestore?.();
    }, fail);
  }, [operations, fail, active, sweeping]);

  const restore = async (): Promise<void> => {
    const result = await task.run(strings.running, () => operations.restorePending());
    if (!result.ok) return fail(result.error);
    setPending(null);
    setNotice({ intent: "success", text: strings.restored(cellList(strings, result.value)) });
  };
  const discard = (): void => {
    operations.discardPending().then(() => {
      setPending(null);
      setNotice({ intent: "info", text: strings.discarded });
    }, fail);
  };
  return { pending, setPending, restore, discard };
}

/** The panel's state and actions (kept out of the JSX). */
function useWhatIf(
  strings: WhatIfStrings,
  operations: WhatIfPanelProps["operations"],
  describeError: (error: unknown) => string,
  active: boolean,
  onPendingRestore: (() => void) | undefined
) {
  const task = useTask();
  const [form, setForm] = useState<WhatIfForm>(EMPTY_FORM);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirmed, setConfirmed] = useState<WhatIfConfirmations>({});
  const set = (patch: Partial<WhatIfForm>): void => setForm((old) => ({ ...old, ...patch }));
  const fail = useCallback(
    (error: unknown) =>
      setNotice({ intent: "error", title: strings.failed, text: describeError(error) }),
    [strings, describeError]
  );

  const { pending, setPending, restore, discard } = usePendingRun({
    strings,
    operations,
    task,
    fail,
    setNotice,
    active,
    onPendingRestore,
  });
  const pick = (field: CellKey): void => {
    operations.selectedCell().then((cell) => set({ [field]: cell }), fail);
  };
  const addTornado = async (): Promise<void> => {
    try {
      const cell = await operations.selectedCell();
      if (form.tornado.some((row) => row.cell === cell)) return;
      const [info] = await operations.describeCells([cell]);
      set({ tornado: [...form.tornado, { cell, ...defaultSwing(info?.value) }] });
    } catch (error) {
      fail(error);
    }
  };

  const request = requestFromForm(form);
  const run = async (confirm: WhatIfConfirmations): Promise<void> => {
    if (request === null) return;
    setNotice(null);
    const result = await task.run(strings.running, (control) =>
      operations.run(request, confirm, control)
    );
    if (!result.ok) {
      fail(result.error);
      // A run that could not restore leaves its record: offer the restore again.
      return void operations.pending().then(setPending, fail);
    }
    const outcome = result.value;
    setConfirmed(outcome.status === "refused" ? confirm : {});
    if (outcome.status === "cancelled")
      return setNotice({ intent: "info", text: strings.cancelled });
    if (outcome.status === "refused")
      return setNotice({
        intent: "warning",
        text: outcome.message,
        confirm: outcome.confirm ?? undefined,
      });
    setNotice(doneNotice(strings, outcome));
  };
  return {
    task,
    form,
    set,
    pending,
    notice,
    setNotice,
    confirmed,
    request,
    pick,
    addTornado,
    run,
    restore,
    discard,
  };
}

/** The kind of question, the output cell, and the fields of that kind. */
function KindFields(props: {
  strings: WhatIfStrings;
  form: WhatIfForm;
  set(patch: Partial<WhatIfForm>): void;
  pick(field: CellKey): void;
  working: boolean;
  onAddTornado(): void;
}) {
  const { strings, form, set, pick, working } = props;
  const addTornado = props.onAddTornado;
  return (
    <>
      <Field label={strings.kind}>
        <RadioGroup
          layout="horizontal"
          value={form.kind}
          onChange={(_, data) => set({ kind: data.value as WhatIfKind })}
        >
          <Radio value="table" label={strings.kinds.table} />
          <Radio value="tornado" label={strings.kinds.tornado} />
          <Radio value="goalSeek" label={strings.kinds.goalSeek} />
        </RadioGroup>
      </Field>
      <CellField
        label={strings.output}
        hint={strings.outputHint}
        value={form.output}
        disabled={working}
        strings={strings}
        onChange={(output) => set({ output })}
        onPick={() => pick("output")}
      />
      {form.kind === "table" && (
        <TableFields form={form} strings={strings} disabled={working} set={set} onPick={pick} />
      )}
      {form.kind === "tornado" && (
        <TornadoFields
          rows={form.tornado}
          strings={strings}
          disabled={working}
          onChange={(tornado) => set({ tornado })}
          onAdd={addTornado}
        />
      )}
      {form.kind === "goalSeek" && (
        <GoalSeekFields form={form} strings={strings} disabled={working} set={set} onPick={pick} />
      )}
    </>
  );
}

export function WhatIfPanel({
  strings,
  operations,
  busy = false,
  describeError = plainError,
  active = true,
  onPendingRestore,
}: WhatIfPanelProps) {
  const styles = useStyles();
  const {
    task,
    form,
    set,
    pending,
    notice,
    setNotice,
    confirmed,
    request,
    pick,
    addTornado,
    run,
    restore,
    discard,
  } = useWhatIf(strings, operations, describeError, active, onPendingRestore);
  const [replace, setReplace] = useState(false);
  const working = busy || task.running !== null;
  const running = task.running;
  return (
    <section className={styles.root} aria-labelledby="whatif-heading">
      <Text as="h2" id="whatif-heading" size={400} weight="semibold">
        {strings.heading}
      </Text>
      <Caption1>{strings.intro}</Caption1>
      {pending !== null && (
        <PendingBar
          strings={strings}
          pending={pending}
          busy={working}
          onRestore={() => void restore()}
          onDiscard={discard}
        />
      )}
      <KindFields
        {...{ strings, form, set, pick, working }}
        onAddTornado={() => void addTornado()}
      />
      <ReplaceCheckbox
        label={strings.replace}
        hint={strings.replaceHint}
        checked={replace}
        onChange={setReplace}
      />
      <Button
        appearance="primary"
        disabled={working || request === null}
        onClick={() => void run({ replace })}
      >
        {strings.run}
      </Button>
      {running !== null && (
        <ProgressRow strings={strings} running={running} onCancel={task.cancel} />
      )}
      {notice !== null && (
        <NoticeBar
          strings={strings}
          notice={notice}
          busy={working}
          onConfirm={(kind) => void run({ ...confirmed, [kind]: true, replace })}
          onDismiss={() => setNotice(null)}
        />
      )}
    </section>
  );
}
