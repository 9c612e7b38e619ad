/** Monte Carlo (spec §9): the spread of a metric when the Uncertainty table's inputs vary at once. */
import { useState } from "react";
import { Button, Caption1, Field, Input, Select, Text } from "@fluentui/react-components";
import { typedNumber } from "../ranges";
import type { SimulationRequest } from "../operations";
import { AddUncertainty } from "./AddUncertainty";
import { MetricField } from "./MetricField";
import type { SimulationPanelProps } from "./DecisionPanels.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";
import { usePanelStyles } from "./panelStyles";

const whole = (text: string): number | null => {
  const value = typedNumber(text);
  return value !== null && Number.isInteger(value) ? value : null;
};

/** The form's text fields and what they read as. */
function useSimulationForm() {
  const [metric, setMetric] = useState("npv");
  const [iterationsText, setIterationsText] = useState("5,000");
  const [seedText, setSeedText] = useState("1");
  const [sampling, setSampling] = useState<SimulationRequest["sampling"]>("latin");
  const [targetText, setTargetText] = useState("0");
  const [replace, setReplace] = useState(false);
  const iterations = whole(iterationsText);
  const iterationsOk = iterations !== null && iterations >= 100 && iterations <= 1_000_000;
  const seed = whole(seedText);
  const target = typedNumber(targetText);
  const request: SimulationRequest | null =
    iterationsOk && seed !== null && target !== null
      ? { metric, iterations, seed, sampling, target, replace }
      : null;
  return {
    ...{ metric, setMetric, iterationsText, setIterationsText, seedText, setSeedText },
    ...{ sampling, setSampling, targetText, setTargetText },
    ...{ iterationsOk, seed, target, request, replace, setReplace },
  };
}

export function SimulationPanel(props: SimulationPanelProps) {
  const { strings, choices, busy, onRun, onAddUncertainty } = props;
  const styles = usePanelStyles();
  const t = strings.simulation;
  const form = useSimulationForm();
  const { metric, setMetric, iterationsText, setIterationsText, seedText, setSeedText } = form;
  const { sampling, setSampling, targetText, setTargetText, iterationsOk, seed, target } = form;
  const { replace, setReplace } = form;
  const uncertain = choices?.uncertainDrivers ?? null;
  const request = choices === null ? null : form.request;
  return (
    <section className={styles.root} aria-labelledby="simulation-heading">
      <Text as="h2" id="simulation-heading" size={400} weight="semibold">
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
      <div className={styles.row}>
        <Field
          className={styles.grow}
          label={t.iterations}
          validationMessage={iterationsOk ? undefined : t.badIterations}
        >
          <Input value={iterationsText} onChange={(_, data) => setIterationsText(data.value)} />
        </Field>
        <Field
          className={styles.grow}
          label={t.seed}
          validationMessage={seed === null ? t.badSeed : undefined}
        >
          <Input value={seedText} onChange={(_, data) => setSeedText(data.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field className={styles.grow} label={t.sampling}>
          <Select
            value={sampling}
            onChange={(_, data) => setSampling(data.value === "random" ? "random" : "latin")}
          >
            <option value="latin">{t.latin}</option>
            <option value="random">{t.random}</option>
          </Select>
        </Field>
        <Field
          className={styles.grow}
          label={t.target}
          validationMessage={target === null ? t.badTarget : undefined}
        >
          <Input value={targetText} onChange={(_, data) => setTargetText(data.value)} />
        </Field>
      </div>
      <ReplaceCheckbox
        label={strings.sheets.replace}
        hint={strings.sheets.replaceHint}
        checked={replace}
        onChange={setReplace}
      />
      <Button
        appearance="primary"
        disabled={busy || request === null || uncertain === null || uncertain === 0}
        onClick={() => request !== null && onRun(request)}
      >
        {t.button}
      </Button>
      {choices !== null && (
        <AddUncertainty strings={strings} choices={choices} busy={busy} onAdd={onAddUncertainty} />
      )}
    </section>
  );
}
