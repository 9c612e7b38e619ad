/** Build scenarios in the pane: a name, changes of drivers, saved as the workbook's Scenarios table. */
import { useState } from "react";
import { Button, Caption1, Field, Input, Select, Text } from "@fluentui/react-components";
import { typedNumber } from "../ranges";
import type { ScenarioRow } from "../operations";
import type { ScenarioBuilderProps } from "./ScenariosPanel.types";
import { usePanelStyles } from "./panelStyles";

/** The changes added so far, each removable, and the button that saves them. */
function PendingRows(props: {
  strings: ScenarioBuilderProps["strings"];
  busy: boolean;
  rows: ScenarioRow[];
  labelOf(text: string): string;
  onRemove(index: number): void;
  onSave(): void;
}) {
  const styles = usePanelStyles();
  const t = props.strings.scenarios;
  return (
    <>
      <Caption1>{t.pending(props.rows.length)}</Caption1>
      <ul className={styles.list}>
        {props.rows.map((row, i) => {
          const text = `${row.scenario}: ${props.labelOf(row.driver)} ${row.mode === "scale" ? "×" : "="} ${row.value}`;
          return (
            <li key={`${i}-${text}`} className={styles.item}>
              <span>{text}</span>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t.remove(text)}
                onClick={() => props.onRemove(i)}
              >
                ✕
              </Button>
            </li>
          );
        })}
      </ul>
      <Button disabled={props.busy} onClick={props.onSave}>
        {t.save}
      </Button>
    </>
  );
}

export function ScenarioBuilder({ strings, choices, busy, onSave }: ScenarioBuilderProps) {
  const styles = usePanelStyles();
  const t = strings.scenarios;
  const [name, setName] = useState("");
  const [driver, setDriver] = useState(choices.drivers[0]?.value ?? "");
  const [valueText, setValueText] = useState("");
  const [mode, setMode] = useState<ScenarioRow["mode"]>("value");
  const [rows, setRows] = useState<ScenarioRow[]>([]);
  const value = typedNumber(valueText);
  const nameOk = name.trim() !== "" && name.trim().toLowerCase() !== "base";
  const labelOf = (text: string): string =>
    choices.drivers.find((option) => option.value === text)?.label ?? text;
  const add = (): void => {
    if (!nameOk || value === null) return;
    setRows([...rows, { scenario: name.trim(), driver, value, mode }]);
    setValueText("");
  };
  return (
    <section className={styles.section} aria-labelledby="scenario-builder-heading">
      <Text as="h3" id="scenario-builder-heading" weight="semibold">
        {t.buildHeading}
      </Text>
      <Field label={t.name} validationMessage={name !== "" && !nameOk ? t.badName : undefined}>
        <Input value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <Field label={t.driver}>
        <Select value={driver} onChange={(_, data) => setDriver(data.value)}>
          {choices.drivers.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={t.value}
          validationMessage={valueText !== "" && value === null ? t.badValue : undefined}
        >
          <Input value={valueText} onChange={(_, data) => setValueText(data.value)} />
        </Field>
        <Field className={styles.grow} label={t.mode}>
          <Select
            value={mode}
            onChange={(_, data) => setMode(data.value === "scale" ? "scale" : "value")}
          >
            <option value="value">{t.modeValue}</option>
            <option value="scale">{t.modeScale}</option>
          </Select>
        </Field>
      </div>
      <Button disabled={busy || !nameOk || value === null} onClick={add}>
        {t.add}
      </Button>
      {rows.length > 0 && (
        <PendingRows
          {...{ strings, busy, rows, labelOf }}
          onRemove={(i) => setRows(rows.filter((_, j) => j !== i))}
          onSave={() => {
            onSave(rows);
            setRows([]);
          }}
        />
      )}
    </section>
  );
}
