/** One- or two-way sensitivity table: metric, driver X (and Y), a ± % range or exact values. */
import { useState } from "react";
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
import type { OutputMode } from "../../workbook";
import { explicitValues, MAX_AXIS_VALUES, percentSteps } from "../ranges";
import type { Parsed } from "../ranges";
import type { Strings } from "../strings";
import type { SensitivityPanelProps } from "./SensitivityPanel.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
});

const NONE = "";

function problemText(strings: Strings, parsed: Parsed<number[]>): string | undefined {
  if (parsed.ok) return undefined;
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

export function SensitivityPanel({ strings, choices, busy, onRun }: SensitivityPanelProps) {
  const styles = useStyles();
  const t = strings.sensitivity;
  const drivers = choices?.drivers ?? [];
  const [replace, setReplace] = useState(false);
  const [metric, setMetric] = useState("npv");
  const [driverX, setDriverX] = useState("segment[*].price");
  const [driverY, setDriverY] = useState("channel[*].conversion");
  const [range, setRange] = useState<"percent" | "values">("percent");
  const [percent, setPercent] = useState("20");
  const [steps, setSteps] = useState("5");
  const [stepsY, setStepsY] = useState("5");
  const [valuesX, setValuesX] = useState("");
  const [valuesY, setValuesY] = useState("");
  const [output, setOutput] = useState<OutputMode>("values");
  const [touched, setTouched] = useState(false);

  const known = (value: string): boolean => drivers.some((option) => option.value === value);
  const x = known(driverX) ? driverX : (drivers[0]?.value ?? "");
  const y = driverY === NONE || known(driverY) ? driverY : NONE;
  const parsedX = range === "percent" ? percentSteps(percent, steps) : explicitValues(valuesX);
  const parsedY =
    y === NONE
      ? null
      : range === "percent"
        ? percentSteps(percent, stepsY)
        : explicitValues(valuesY);
  const ready = choices !== null && x !== "" && parsedX.ok && (parsedY === null || parsedY.ok);

  const submit = (): void => {
    setTouched(true);
    if (!ready || !parsedX.ok || (parsedY !== null && !parsedY.ok)) return;
    onRun({
      replace,
      metric,
      mode: range === "percent" ? "scale" : "value",
      x: { driver: x, values: parsedX.value },
      y: parsedY === null || y === NONE ? null : { driver: y, values: parsedY.value },
      output,
    });
  };
  const showX = touched || range === "percent" || valuesX !== "";
  const showY = touched || range === "percent" || valuesY !== "";

  return (
    <section className={styles.root} aria-labelledby="sensitivity-heading">
      <Text as="h2" id="sensitivity-heading" size={400} weight="semibold">
        {t.heading}
      </Text>
      {choices === null && <Caption1>{strings.messages.needValidInputs}</Caption1>}
      <MetricField
        label={t.metric}
        value={metric}
        options={choices?.metrics ?? null}
        disabled={choices === null}
        onChange={setMetric}
      />
      <Field label={t.driverX}>
        <Select
          value={x}
          disabled={choices === null}
          onChange={(_, data) => setDriverX(data.value)}
        >
          {drivers.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.driverY}>
        <Select
          value={y}
          disabled={choices === null}
          onChange={(_, data) => setDriverY(data.value)}
        >
          <option value={NONE}>{t.none}</option>
          {drivers.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.range}>
        <RadioGroup
          value={range}
          onChange={(_, data) => setRange(data.value === "values" ? "values" : "percent")}
        >
          <Radio value="percent" label={t.percent} />
          <Radio value="values" label={t.explicit} />
        </RadioGroup>
      </Field>
      {range === "percent" ? (
        <>
          <Field
            label={t.plusMinus}
            validationMessage={
              !parsedX.ok && parsedX.problem === "percent"
                ? problemText(strings, parsedX)
                : undefined
            }
          >
            <Input
              type="number"
              inputMode="decimal"
              min={1}
              max={99}
              value={percent}
              onChange={(_, data) => setPercent(data.value)}
            />
          </Field>
          <div className={styles.pair}>
            <Field
              label={`${t.steps} (X)`}
              validationMessage={
                !parsedX.ok && parsedX.problem === "steps"
                  ? problemText(strings, parsedX)
                  : undefined
              }
            >
              <Input
                type="number"
                min={2}
                max={MAX_AXIS_VALUES}
                value={steps}
                onChange={(_, data) => setSteps(data.value)}
              />
            </Field>
            {y !== NONE && (
              <Field
                label={`${t.steps} (Y)`}
                validationMessage={
                  parsedY !== null && !parsedY.ok && parsedY.problem === "steps"
                    ? problemText(strings, parsedY)
                    : undefined
                }
              >
                <Input
                  type="number"
                  min={2}
                  max={MAX_AXIS_VALUES}
                  value={stepsY}
                  onChange={(_, data) => setStepsY(data.value)}
                />
              </Field>
            )}
          </div>
        </>
      ) : (
        <>
          <Field
            label={t.valuesX}
            hint={t.valuesHint}
            validationMessage={showX ? problemText(strings, parsedX) : undefined}
          >
            <Input value={valuesX} onChange={(_, data) => setValuesX(data.value)} />
          </Field>
          {y !== NONE && parsedY !== null && (
            <Field
              label={t.valuesY}
              hint={t.valuesHint}
              validationMessage={showY ? problemText(strings, parsedY) : undefined}
            >
              <Input value={valuesY} onChange={(_, data) => setValuesY(data.value)} />
            </Field>
          )}
        </>
      )}
      <Field label={t.output}>
        <RadioGroup
          value={output}
          onChange={(_, data) => setOutput(data.value === "formulas" ? "formulas" : "values")}
        >
          <Radio value="values" label={strings.run.values} />
          <Radio value="formulas" label={strings.run.formulas} />
        </RadioGroup>
      </Field>
      <ReplaceCheckbox
        label={strings.sheets.replace}
        hint={strings.sheets.replaceHint}
        checked={replace}
        onChange={setReplace}
      />
      <Button appearance="primary" disabled={busy || choices === null} onClick={submit}>
        {t.button}
      </Button>
    </section>
  );
}
