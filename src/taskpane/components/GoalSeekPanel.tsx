/** Break-even (spec §7): the value of one input at which a metric reaches a target. */
import { useState } from "react";
import { Button, Caption1, Field, Input, Select, Text } from "@fluentui/react-components";
import { typedNumber } from "../ranges";
import { MetricField } from "./MetricField";
import type { GoalSeekPanelProps } from "./DecisionPanels.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";
import { usePanelStyles } from "./panelStyles";

/** Blank is allowed (null); anything else must be a number. */
function optionalNumber(text: string): { ok: boolean; value: number | null } {
  if (text.trim() === "") return { ok: true, value: null };
  const value = typedNumber(text);
  return { ok: value !== null, value };
}

type Optional = ReturnType<typeof optionalNumber>;

/** The optional interval searched: its ends as typed, each a number or blank, low below high. */
function IntervalFields(props: {
  strings: GoalSeekPanelProps["strings"];
  low: Optional;
  high: Optional;
  intervalOk: boolean;
  lowText: string;
  highText: string;
  setLowText: (text: string) => void;
  setHighText: (text: string) => void;
}) {
  const styles = usePanelStyles();
  const t = props.strings.goalSeek;
  const { low, high, intervalOk } = props;
  return (
    <div className={styles.row}>
      <Field
        className={styles.grow}
        label={t.low}
        validationMessage={!low.ok ? t.badNumber : !intervalOk ? t.badInterval : undefined}
      >
        <Input value={props.lowText} onChange={(_, data) => props.setLowText(data.value)} />
      </Field>
      <Field
        className={styles.grow}
        label={t.high}
        validationMessage={!high.ok ? t.badNumber : undefined}
      >
        <Input value={props.highText} onChange={(_, data) => props.setHighText(data.value)} />
      </Field>
    </div>
  );
}

export function GoalSeekPanel({ strings, choices, busy, onRun }: GoalSeekPanelProps) {
  const styles = usePanelStyles();
  const t = strings.goalSeek;
  const [replace, setReplace] = useState(false);
  const [metric, setMetric] = useState("npv");
  const [targetText, setTargetText] = useState("0");
  const [driver, setDriver] = useState("");
  const [lowText, setLowText] = useState("");
  const [highText, setHighText] = useState("");
  const target = typedNumber(targetText);
  const low = optionalNumber(lowText);
  const high = optionalNumber(highText);
  const chosen = driver !== "" ? driver : (choices?.goalSeekDrivers[0]?.value ?? "");
  const intervalOk = low.value === null || high.value === null || low.value < high.value;
  const ready = choices !== null && target !== null && low.ok && high.ok && intervalOk;
  return (
    <section className={styles.root} aria-labelledby="goalseek-heading">
      <Text as="h2" id="goalseek-heading" size={400} weight="semibold">
        {t.heading}
      </Text>
      <Caption1>{t.intro}</Caption1>
      {choices === null && <Caption1>{strings.messages.needValidInputs}</Caption1>}
      <MetricField
        label={t.metric}
        value={metric}
        options={choices?.metrics ?? null}
        disabled={choices === null}
        onChange={setMetric}
      />
      <Field label={t.target} validationMessage={target === null ? t.badNumber : undefined}>
        <Input value={targetText} onChange={(_, data) => setTargetText(data.value)} />
      </Field>
      <Field label={t.driver}>
        <Select
          value={chosen}
          disabled={choices === null}
          onChange={(_, data) => setDriver(data.value)}
        >
          {(choices?.goalSeekDrivers ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <IntervalFields
        {...{ strings, low, high, intervalOk, lowText, highText, setLowText, setHighText }}
      />
      <Caption1>{t.intervalHint}</Caption1>
      <ReplaceCheckbox
        label={strings.sheets.replace}
        hint={strings.sheets.replaceHint}
        checked={replace}
        onChange={setReplace}
      />
      <Button
        appearance="primary"
        disabled={busy || !ready || chosen === ""}
        onClick={() =>
          target !== null &&
          onRun({ metric, target, driver: chosen, low: low.value, high: high.value, replace })
        }
      >
        {t.button}
      </Button>
    </section>
  );
}
