/** Tornado: a metric, a swing ± %, and the drivers (the spec's defaults, each can be left out). */
import { useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { MetricField } from "./MetricField";
import { swingFraction } from "../ranges";
import type { TornadoPanelProps } from "./TornadoPanel.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drivers: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
});

export function TornadoPanel({ strings, choices, busy, onRun }: TornadoPanelProps) {
  const styles = useStyles();
  const t = strings.tornado;
  const [replace, setReplace] = useState(false);
  const [metric, setMetric] = useState("npv");
  const [swing, setSwing] = useState("20");
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const drivers = (choices?.tornadoDrivers ?? [])
    .filter((option) => !excluded.has(option.value))
    .map((option) => option.value);
  const fraction = swingFraction(swing);
  const toggle = (driver: string, on: boolean): void => {
    const next = new Set(excluded);
    if (on) next.delete(driver);
    else next.add(driver);
    setExcluded(next);
  };
  return (
    <section className={styles.root} aria-labelledby="tornado-heading">
      <Text as="h2" id="tornado-heading" size={400} weight="semibold">
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
      <Field label={t.swing} validationMessage={fraction === null ? t.badSwing : undefined}>
        <Input
          type="number"
          min={1}
          max={99}
          value={swing}
          onChange={(_, data) => setSwing(data.value)}
        />
      </Field>
      {choices !== null && (
        <fieldset className={styles.drivers}>
          <legend className={styles.legend}>{t.drivers(drivers.length)}</legend>
          {choices.tornadoDrivers.map((option) => (
            <Checkbox
              key={option.value}
              label={option.label}
              checked={!excluded.has(option.value)}
              onChange={(_, data) => toggle(option.value, data.checked === true)}
            />
          ))}
        </fieldset>
      )}
      {choices !== null && drivers.length === 0 && <Text>{t.noDrivers}</Text>}
      <ReplaceCheckbox
        label={strings.sheets.replace}
        hint={strings.sheets.replaceHint}
        checked={replace}
        onChange={setReplace}
      />
      <Button
        appearance="primary"
        disabled={busy || choices === null || fraction === null || drivers.length === 0}
        onClick={() => fraction !== null && onRun({ metric, swing: fraction, drivers, replace })}
      >
        {t.button}
      </Button>
    </section>
  );
}
