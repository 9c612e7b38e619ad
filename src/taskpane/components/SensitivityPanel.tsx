/** One- or two-way sensitivity table: metric, driver X (and Y), a ± % range or exact values. */
import type { Dispatch } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { MetricField } from "./MetricField";
import { axisPreview, exampleValues } from "../axisPreview";
import type { DriverOption, ModelChoices } from "../operations";
import { paneStrings } from "../paneStrings";
import { MAX_AXIS_VALUES } from "../ranges";
import type { Parsed } from "../ranges";
import { NONE, useSensitivityForm } from "../sensitivityForm";
import type { FormAction, FormView, SensitivityForm } from "../sensitivityForm";
import type { Strings } from "../strings";
import type { SensitivityPanelProps } from "./SensitivityPanel.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  preview: { color: tokens.colorNeutralForeground2 },
});

function problemText(strings: Strings, parsed: Parsed<number[]> | null): string | undefined {
  if (parsed === null || parsed.ok) return undefined;
  switch (parsed.problem) {
    case "percent":
      return strings.sensitivity.badPercent;
    case "steps":
      return strings.sensitivity.badSteps;
    case "tooMany":
      return strings.sensitivity.tooMany(MAX_AXIS_VALUES);
    case "number":
      return strings.sensitivity.badNumber(parsed.text ?? "");
    case "empty":
      return strings.sensitivity.noValues;
  }
}

interface PartProps {
  strings: Strings;
  choices: ModelChoices | null;
  form: SensitivityForm;
  view: FormView;
  dispatch: Dispatch<FormAction>;
}

function DriverSelect(props: {
  label: string;
  value: string;
  options: DriverOption[];
  none?: string;
  disabled: boolean;
  onChange(value: string): void;
}) {
  return (
    <Field label={props.label}>
      <Select
        value={props.value}
        disabled={props.disabled}
        onChange={(_, data) => props.onChange(data.value)}
      >
        {props.none !== undefined && <option value={NONE}>{props.none}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

const only = (parsed: Parsed<number[]> | null, problem: string): Parsed<number[]> | null =>
  parsed !== null && !parsed.ok && parsed.problem === problem ? parsed : null;

function PercentFields({ strings, form, view, dispatch }: PartProps) {
  const styles = useStyles();
  const t = strings.sensitivity;
  const set = (field: "percent" | "steps" | "stepsY", value: string): void =>
    dispatch({ type: "text", field, value });
  return (
    <>
      <Field
        label={t.plusMinus}
        validationMessage={problemText(strings, only(view.parsedX, "percent"))}
      >
        <Input
          type="number"
          inputMode="decimal"
          min={1}
          max={99}
          value={form.percent}
          onChange={(_, d) => set("percent", d.value)}
        />
      </Field>
      <div className={styles.pair}>
        <Field
          label={`${t.steps} (X)`}
          validationMessage={problemText(strings, only(view.parsedX, "steps"))}
        >
          <Input
            type="number"
            min={2}
            max={MAX_AXIS_VALUES}
            value={form.steps}
            onChange={(_, d) => set("steps", d.value)}
          />
        </Field>
        {view.y !== NONE && (
          <Field
            label={`${t.steps} (Y)`}
            validationMessage={problemText(strings, only(view.parsedY, "steps"))}
          >
            <Input
              type="number"
              min={2}
              max={MAX_AXIS_VALUES}
              value={form.stepsY}
              onChange={(_, d) => set("stepsY", d.value)}
            />
          </Field>
        )}
      </div>
    </>
  );
}

function ExactFields({ strings, choices, form, view, dispatch }: PartProps) {
  const t = strings.sensitivity;
  const p = paneStrings(strings);
  const context = {
    currency: choices?.currency ?? "USD",
    periodUnit: choices?.periodUnit ?? "month",
    lang: strings.lang,
  };
  const axis = (
    name: "X" | "Y",
    option: DriverOption | undefined,
    parsed: Parsed<number[]> | null,
    typed: boolean,
    value: string
  ) => (
    <Field
      label={name === "X" ? t.valuesX : t.valuesY}
      hint={p.valuesHint(exampleValues(option, context))}
      validationMessage={typed ? problemText(strings, parsed) : undefined}
    >
      <Input
        value={value}
        onChange={(_, d) => dispatch({ type: "values", axis: name, value: d.value })}
      />
    </Field>
  );
  return (
    <>
      {axis("X", view.xOption, view.parsedX, form.typedX, form.valuesX)}
      {view.y !== NONE && axis("Y", view.yOption, view.parsedY, form.typedY, form.valuesY)}
    </>
  );
}

/** The axes as the sheet will show them (real values, or the change from each row's value). */
function AxesPreview({ strings, choices, view }: PartProps) {
  const styles = useStyles();
  if (view.request === null || choices === null) return null;
  const context = {
    currency: choices.currency,
    periodUnit: choices.periodUnit,
    lang: strings.lang,
  };
  const { mode, x, y } = view.request;
  const t = paneStrings(strings);
  const lines = [
    axisPreview("X", view.xOption, mode, x.values, context, t),
    y === null ? null : axisPreview("Y", view.yOption, mode, y.values, context, t),
  ].filter((line): line is string => line !== null);
  return (
    <div role="status" aria-live="polite" className={styles.preview}>
      {lines.map((line) => (
        <Caption1 key={line} block>
          {line}
        </Caption1>
      ))}
    </div>
  );
}

export function SensitivityPanel({ strings, choices, busy, onRun }: SensitivityPanelProps) {
  const styles = useStyles();
  const t = strings.sensitivity;
  const { form, dispatch, view } = useSensitivityForm(choices);
  const parts: PartProps = { strings, choices, form, view, dispatch };
  const drivers = choices?.drivers ?? [];
  const text = (field: "metric" | "driverX" | "driverY") => (value: string) =>
    dispatch({ type: "text", field, value });
  return (
    <section className={styles.root} aria-labelledby="sensitivity-heading">
      <Text as="h2" id="sensitivity-heading" size={400} weight="semibold">
        {t.heading}
      </Text>
      {choices === null && <Caption1>{strings.messages.needValidInputs}</Caption1>}
      <MetricField
        label={t.metric}
        value={form.metric}
        options={choices?.metrics ?? null}
        disabled={choices === null}
        onChange={text("metric")}
      />
      <DriverSelect
        label={t.driverX}
        value={view.x}
        options={drivers}
        disabled={choices === null}
        onChange={text("driverX")}
      />
      <DriverSelect
        label={t.driverY}
        value={view.y}
        options={drivers}
        none={t.none}
        disabled={choices === null}
        onChange={text("driverY")}
      />
      <Field label={t.range}>
        <RadioGroup
          value={form.range}
          onChange={(_, d) =>
            dispatch({ type: "range", value: d.value === "values" ? "values" : "percent" })
          }
        >
          <Radio value="percent" label={t.percent} />
          <Radio value="values" label={t.explicit} />
        </RadioGroup>
      </Field>
      {form.range === "percent" ? <PercentFields {...parts} /> : <ExactFields {...parts} />}
      <AxesPreview {...parts} />
      <Field label={t.output}>
        <RadioGroup
          value={form.output}
          onChange={(_, d) =>
            dispatch({ type: "output", value: d.value === "formulas" ? "formulas" : "values" })
          }
        >
          <Radio value="values" label={strings.run.values} />
          <Radio value="formulas" label={strings.run.formulas} />
        </RadioGroup>
      </Field>
      <ReplaceCheckbox
        label={strings.sheets.replace}
        hint={strings.sheets.replaceHint}
        checked={form.replace}
        onChange={(value) => dispatch({ type: "replace", value })}
      />
      <Button
        appearance="primary"
        disabled={busy || view.request === null}
        onClick={() => view.request !== null && onRun(view.request)}
      >
        {t.button}
      </Button>
    </section>
  );
}
