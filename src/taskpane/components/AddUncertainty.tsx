/** "Add uncertainty": a triangular ± % around a driver's current value, added to the Uncertainty table. */
import { useState } from "react";
import { Button, Caption1, Field, Input, Select, Text } from "@fluentui/react-components";
import { swingFraction } from "../ranges";
import type { AddUncertaintyProps } from "./DecisionPanels.types";
import { usePanelStyles } from "./panelStyles";

export function AddUncertainty({ strings, choices, busy, onAdd }: AddUncertaintyProps) {
  const styles = usePanelStyles();
  const t = strings.simulation;
  const [driver, setDriver] = useState("");
  const [spreadText, setSpreadText] = useState("20");
  const spread = swingFraction(spreadText);
  const chosen = driver !== "" ? driver : (choices.drivers[0]?.value ?? "");
  return (
    <section className={styles.section} aria-labelledby="add-uncertainty-heading">
      <Text as="h3" id="add-uncertainty-heading" weight="semibold">
        {t.addHeading}
      </Text>
      <Caption1>{t.addIntro}</Caption1>
      <Field label={t.addDriver}>
        <Select value={chosen} onChange={(_, data) => setDriver(data.value)}>
          {choices.drivers.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.spread} validationMessage={spread === null ? t.badSpread : undefined}>
        <Input value={spreadText} onChange={(_, data) => setSpreadText(data.value)} />
      </Field>
      <Button
        disabled={busy || spread === null || chosen === ""}
        onClick={() => spread !== null && onAdd({ driver: chosen, spread })}
      >
        {t.addButton}
      </Button>
    </section>
  );
}
