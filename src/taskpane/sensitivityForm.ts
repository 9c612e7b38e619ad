/**
 * The sensitivity form's state as one reducer: what was typed, whether an exact-values field has
 * been typed into (its error shows only then), and the request it makes when every field is valid.
 */
import { useReducer } from "react";
import type { OutputMode } from "../workbook";
import type { DriverOption, ModelChoices, SensitivityRequest } from "./operations";
import { explicitValues, percentSteps, type Parsed } from "./ranges";

export const NONE = "";

export interface SensitivityForm {
  metric: string;
  driverX: string;
  driverY: string;
  range: "percent" | "values";
  percent: string;
  steps: string;
  stepsY: string;
  valuesX: string;
  valuesY: string;
  output: OutputMode;
  /** Replace the newest sensitivity sheet still ours instead of adding a new one. */
  replace: boolean;
  /** The exact-values fields typed into (an empty untouched field shows no error). */
  typedX: boolean;
  typedY: boolean;
}

type TextField = "metric" | "driverX" | "driverY" | "percent" | "steps" | "stepsY";

export type FormAction =
  | { type: "text"; field: TextField; value: string }
  | { type: "values"; axis: "X" | "Y"; value: string }
  | { type: "range"; value: SensitivityForm["range"] }
  | { type: "output"; value: OutputMode }
  | { type: "replace"; value: boolean };

export const INITIAL_FORM: SensitivityForm = {
  metric: "npv",
  driverX: "segment[*].price",
  driverY: "channel[*].conversion",
  range: "percent",
  percent: "20",
  steps: "5",
  stepsY: "5",
  valuesX: "",
  valuesY: "",
  output: "values",
  replace: false,
  typedX: false,
  typedY: false,
};

export function formReducer(state: SensitivityForm, action: FormAction): SensitivityForm {
  switch (action.type) {
    case "text":
      return { ...state, [action.field]: action.value };
    case "values":
      return action.axis === "X"
        ? { ...state, valuesX: action.value, typedX: true }
        : { ...state, valuesY: action.value, typedY: true };
    case "range":
      return { ...state, range: action.value };
    case "output":
      return { ...state, output: action.value };
    case "replace":
      return { ...state, replace: action.value };
  }
}

/** What the form means now: the drivers it names, each axis parsed, the request when all is valid. */
export interface FormView {
  x: string;
  y: string;
  xOption: DriverOption | undefined;
  yOption: DriverOption | undefined;
  parsedX: Parsed<number[]>;
  parsedY: Parsed<number[]> | null;
  request: SensitivityRequest | null;
}

export function viewOf(form: SensitivityForm, choices: ModelChoices | null): FormView {
  const drivers = choices?.drivers ?? [];
  const find = (value: string): DriverOption | undefined =>
    drivers.find((option) => option.value === value);
  const x = find(form.driverX) !== undefined ? form.driverX : (drivers[0]?.value ?? "");
  const y = form.driverY === NONE || find(form.driverY) !== undefined ? form.driverY : NONE;
  const percent = form.range === "percent";
  const parsedX = percent ? percentSteps(form.percent, form.steps) : explicitValues(form.valuesX);
  const parsedY =
    y === NONE
      ? null
      : percent
        ? percentSteps(form.percent, form.stepsY)
        : explicitValues(form.valuesY);
  const ready = choices !== null && x !== "" && parsedX.ok && (parsedY === null || parsedY.ok);
  const request: SensitivityRequest | null =
    ready && parsedX.ok
      ? {
          metric: form.metric,
          mode: percent ? "scale" : "value",
          x: { driver: x, values: parsedX.value },
          y: parsedY !== null && parsedY.ok ? { driver: y, values: parsedY.value } : null,
          output: form.output,
          replace: form.replace,
        }
      : null;
  return { x, y, xOption: find(x), yOption: find(y), parsedX, parsedY, request };
}

export function useSensitivityForm(choices: ModelChoices | null) {
  const [form, dispatch] = useReducer(formReducer, INITIAL_FORM);
  return { form, dispatch, view: viewOf(form, choices) };
}
