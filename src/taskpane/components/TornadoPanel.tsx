/**
 * Tornado: a metric, a swing ± %, and the drivers: every driver of the model that is not blank in
 * all its rows (all rows or one row), the spec's defaults selected at first; select all / none.
 */
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
import type { DriverOption } from "../operations";
import { paneStrings } from "../paneStrings";
import type { Strings } from "../strings";
import type { TornadoPanelProps } from "./TornadoPanel.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  drivers: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  list: { display: "flex", flexDirection: "column", maxHeight: "320px", overflowY: "auto" },
  bulk: { display: "flex", gap: tokens.spacingHorizontalS },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
});

function DriverChecks({
  options,
  selected,
  legend,
  strings,
  onChange,
}: {
  options: DriverOption[];
  selected: ReadonlySet<string>;
  legend: string;
  strings: Strings;
  onChange(next: ReadonlySet<string>): void;
}) {
  const styles = useStyles();
  const p = paneStrings(strings);
  const toggle = (driver: string, on: boolean): void => {
    const next = new Set(selected);
    if (on) next.add(driver);
    else next.delete(driver);
    onChange(next);
  };
  return (
    <fieldset className={styles.drivers}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.bulk}>
        <Button size="small" onClick={() => onChange(new Set(options.map((o) => o.value)))}>
          {p.selectAll}
        </Button>
        <Button size="small" onClick={() => onChange(new Set())}>
          {p.selectNone}
        </Button>
      </div>
      <div className={styles.list}>
        {options.map((option) => (
          <Checkbox
            key={option.value}
            label={option.label}
            checked={selected.has(option.value)}
            onChange={(_, data) => toggle(option.value, data.checked === true)}
          />
        ))}
      </div>
    </fieldset>
  );
}

export function TornadoPanel({ strings, choices, busy, onRun }: TornadoPanelProps) {
  const styles = useStyles();
  const t = strings.tornado;
  const [replace, setReplace] = useState(false);
  const [metric, setMetric] = useState("npv");
  const [swing, setSwing] = useState("20");
  /** Null until the user changes the selection: the spec's defaults of the model at hand. */
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const options = choices?.tornadoDrivers ?? [];
  const selected = chosen ?? new Set(choices?.tornadoDefaults ?? []);
  const drivers = options.filter((o) => selected.has(o.value)).map((o) => o.value);
  const fraction = swingFraction(swing);
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
        <DriverChecks
          options={options}
          selected={selected}
          legend={t.drivers(drivers.length)}
          strings={strings}
          onChange={setChosen}
        />
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
