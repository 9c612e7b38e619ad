/**
 * The pane's state and its actions: the inputs as last checked, the problems to show, the notice,
 * and one `perform` every analysis goes through (progress, cancel, invalid input, success text).
 */
import { useCallback, useState } from "react";
import type { InputIssue } from "../model";
import type { InputName } from "../workbook";
import { describeError } from "./describeError";
import type {
  ActionOutcome,
  InputsState,
  SelectionPreview,
  TaskControl,
  TaskpaneOperations,
} from "./operations";
import { outcomeText } from "./outcomeText";
import type { Strings } from "./strings";
import { useTask, type UseTask } from "./useTask";
import type { Notice } from "./components/StatusArea.types";

export interface Issues {
  errors: InputIssue[];
  warnings: InputIssue[];
}

type Done = Extract<ActionOutcome, { status: "done" }>;

export interface Pane {
  task: UseTask;
  inputs: InputsState | null;
  issues: Issues;
  notice: Notice | null;
  dismiss(): void;
  check(announce: boolean): Promise<void>;
  perform(
    action: (control: TaskControl) => Promise<ActionOutcome>,
    success: (outcome: Done) => string
  ): Promise<void>;
  /** What binding `input` to the selection would read; null when refused (the notice says why). */
  preview(input: InputName): Promise<SelectionPreview | null>;
  /** Bind `input` to `address` (as previewed) or reset it. */
  bind(input: InputName, reset: boolean, address?: string): Promise<void>;
  failed(error: unknown): void;
}

/** The Inputs page's "Use selection" (previewed, then confirmed) and "Reset". */
function bindingHandlers(c: {
  strings: Strings;
  operations: TaskpaneOperations;
  task: UseTask;
  setNotice(notice: Notice | null): void;
  showInputs(state: InputsState, announce: boolean): void;
  failed(error: unknown): void;
}): Pick<Pane, "preview" | "bind"> {
  const { strings, operations, task, setNotice, showInputs, failed } = c;
  const m = strings.messages;
  /** What "Use selection" would read, for the user to confirm; null (and the reason shown) when refused. */
  const preview: Pane["preview"] = async (input: InputName): Promise<SelectionPreview | null> => {
    setNotice(null);
    const result = await task.run(strings.progress.working, () =>
      operations.previewSelection(input)
    );
    if (result.ok) return result.value;
    failed(result.error);
    return null;
  };

  const bind: Pane["bind"] = async (
    input: InputName,
    reset: boolean,
    address?: string
  ): Promise<void> => {
    setNotice(null);
    const result = await task.run(strings.progress.working, () =>
      reset ? operations.resetBinding(input) : operations.bindSelection(input, address)
    );
    if (!result.ok) return failed(result.error);
    showInputs(result.value, false);
    const status = result.value.inputs.find((item) => item.input === input);
    if (!reset && status?.address && result.value.errors.length === 0)
      setNotice({ intent: "success", text: m.bound(strings.inputs.names[input], status.address) });
  };

  return { preview, bind };
}

export function usePane(strings: Strings, operations: TaskpaneOperations): Pane {
  const task = useTask();
  const [inputs, setInputs] = useState<InputsState | null>(null);
  const [issues, setIssues] = useState<Issues>({ errors: [], warnings: [] });
  const [notice, setNotice] = useState<Notice | null>(null);
  const m = strings.messages;

  const failed = useCallback(
    (error: unknown) =>
      setNotice({ intent: "error", title: m.failed, text: describeError(error, strings) }),
    [strings, m]
  );

  const showInputs = useCallback(
    (state: InputsState, announce: boolean) => {
      setInputs(state);
      const missing = state.inputs.some((input) => input.required && input.address === null);
      const empty = state.inputs.every((input) => !input.required || input.address === null);
      // A workbook without any model yet gets a hint, not a list of problems.
      setIssues(
        empty ? { errors: [], warnings: [] } : { errors: state.errors, warnings: state.warnings }
      );
      if (missing) setNotice({ intent: "info", text: m.needInputs });
      else if (state.errors.length > 0)
        setNotice({ intent: "error", title: m.failed, text: m.invalid(state.errors.length) });
      else if (announce) setNotice({ intent: "success", text: strings.inputs.valid });
    },
    [strings, m]
  );

  const check = useCallback(
    async (announce: boolean) => {
      if (announce) setNotice(null);
      const result = await task.run(strings.progress.working, () => operations.checkInputs());
      if (result.ok) showInputs(result.value, announce);
      else failed(result.error);
    },
    [operations, task, strings, m, showInputs, failed]
  );

  const perform: Pane["perform"] = async (action, success) => {
    setNotice(null);
    const result = await task.run(strings.progress.working, action);
    if (!result.ok) return failed(result.error);
    const outcome = result.value;
    if (outcome.status === "cancelled") return setNotice({ intent: "info", text: m.cancelled });
    if (outcome.status === "invalid") {
      setIssues({ errors: outcome.errors, warnings: outcome.warnings });
      return setNotice({
        intent: "error",
        title: m.failed,
        text: m.invalid(outcome.errors.length),
      });
    }
    setIssues({ errors: [], warnings: outcome.warnings });
    const choices = inputs?.choices ?? null;
    setNotice({
      intent: "success",
      text: outcomeText(strings, outcome, choices) ?? success(outcome),
    });
    // The dropdowns follow the inputs as they are now: as the action read them, or (an action that
    // wrote an input table) read again quietly.
    if (outcome.inputs !== undefined) setInputs(outcome.inputs);
    else operations.checkInputs().then(setInputs, failed);
  };

  const { preview, bind } = bindingHandlers({
    strings,
    operations,
    task,
    setNotice,
    showInputs,
    failed,
  });

  return {
    task,
    inputs,
    issues,
    notice,
    dismiss: () => setNotice(null),
    check,
    perform,
    preview,
    bind,
    failed,
  };
}
