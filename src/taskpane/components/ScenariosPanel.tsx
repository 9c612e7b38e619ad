/** Scenarios side by side (spec §6): compare the Scenarios table's scenarios with Base, or build some. */
import { useState } from "react";
import { Button, Caption1, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import { MetricField } from "./MetricField";
import { ScenarioBuilder } from "./ScenarioBuilder";
import type { ScenariosPanelProps } from "./ScenariosPanel.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";
import { usePanelStyles } from "./panelStyles";

export function ScenariosPanel({ strings, choices, busy, onCompare, onSave }: ScenariosPanelProps) {
  const styles = usePanelStyles();
  const t = strings.scenarios;
  const [replace, setReplace] = useState(false);
  const [chartMetric, setChartMetric] = useState("npv");
  const [which, setWhich] = useState<"all" | "chart">("all");
  const count = choices?.scenarios ?? null;
  return (
    <section className={styles.root} aria-labelledby="scenarios-heading">
      <Text as="h2" id="scenarios-heading" size={400} weight="semibold">
        {t.heading}
      </Text>
      <Caption1>{t.intro}</Caption1>
      {choices === null && <Caption1>{strings.messages.needValidInputs}</Caption1>}
      {choices !== null && <Text>{count === null ? t.notFound : t.found(count)}</Text>}
      <MetricField
        label={t.chart}
        value={chartMetric}
        options={choices?.metrics ?? null}
        disabled={choices === null}
        onChange={setChartMetric}
      />
      <Field label={t.metrics}>
        <RadioGroup
          value={which}
          onChange={(_, data) => setWhich(data.value === "chart" ? "chart" : "all")}
        >
          <Radio value="all" label={t.allTotals} />
          <Radio value="chart" label={t.onlyChart} />
        </RadioGroup>
      </Field>
      <ReplaceCheckbox
        label={strings.sheets.replace}
        hint={strings.sheets.replaceHint}
        checked={replace}
        onChange={setReplace}
      />
      <Button
        appearance="primary"
        disabled={busy || choices === null || count === null || count === 0}
        onClick={() =>
          onCompare({ metrics: which === "all" ? [] : [chartMetric], chartMetric, replace })
        }
      >
        {t.button}
      </Button>
      {choices !== null && (
        <ScenarioBuilder strings={strings} choices={choices} busy={busy} onSave={onSave} />
      )}
    </section>
  );
}
