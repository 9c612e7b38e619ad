/** The best split of the budget (spec §8): spend per channel that makes a metric as good as possible. */
import { useState } from "react";
import { Button, Caption1, Checkbox, Field, Input, Text } from "@fluentui/react-components";
import { typedNumber } from "../ranges";
import { formatMoney } from "../figures";
import { MetricField } from "./MetricField";
import type { BudgetPanelProps } from "./DecisionPanels.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";
import { usePanelStyles } from "./panelStyles";

export function BudgetPanel({ strings, choices, busy, onRun }: BudgetPanelProps) {
  const styles = usePanelStyles();
  const t = strings.budget;
  const [replace, setReplace] = useState(false);
  const [metric, setMetric] = useState("npv");
  const [budgetText, setBudgetText] = useState("");
  const [unspent, setUnspent] = useState(false);
  const typed = typedNumber(budgetText);
  const blank = budgetText.trim() === "";
  const budgetOk = blank || (typed !== null && typed >= 0);
  const baseline =
    choices === null ? "" : formatMoney(choices.budget, choices.currency, strings.lang);
  return (
    <section className={styles.root} aria-labelledby="budget-heading">
      <Text as="h2" id="budget-heading" size={400} weight="semibold">
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
      <Field
        label={t.budget}
        hint={choices === null ? undefined : t.budgetHint(baseline)}
        validationMessage={budgetOk ? undefined : t.badBudget}
      >
        <Input value={budgetText} onChange={(_, data) => setBudgetText(data.value)} />
      </Field>
      <Checkbox
        label={t.unspent}
        checked={unspent}
        onChange={(_, data) => setUnspent(data.checked === true)}
      />
      <ReplaceCheckbox
        label={strings.sheets.replace}
        hint={strings.sheets.replaceHint}
        checked={replace}
        onChange={setReplace}
      />
      <Button
        appearance="primary"
        disabled={busy || choices === null || !budgetOk}
        onClick={() => onRun({ metric, budget: blank ? null : typed, unspent, replace })}
      >
        {t.button}
      </Button>
    </section>
  );
}
