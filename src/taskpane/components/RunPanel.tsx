/** Run the model: a values snapshot or live formulas, and what the chart shows. */
import { useState } from "react";
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { OutputMode } from "../../workbook";
import type { RunRequest } from "../operations";
import type { RunPanelProps } from "./RunPanel.types";
import { ReplaceCheckbox } from "./ReplaceCheckbox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function RunPanel({ strings, busy, onRun }: RunPanelProps) {
  const styles = useStyles();
  const [replace, setReplace] = useState(false);
  const [output, setOutput] = useState<OutputMode>("values");
  const [chartMetric, setChartMetric] = useState<RunRequest["chartMetric"]>("revenue");
  return (
    <section className={styles.root} aria-labelledby="run-heading">
      <Text as="h2" id="run-heading" size={400} weight="semibold">
        {strings.run.heading}
      </Text>
      <Field label={strings.run.output}>
        <RadioGroup
          value={output}
          onChange={(_, data) => setOutput(data.value === "formulas" ? "formulas" : "values")}
        >
          <Radio value="values" label={strings.run.values} />
          <Radio value="formulas" label={strings.run.formulas} />
        </RadioGroup>
      </Field>
      <Field label={strings.run.chart}>
        <RadioGroup
          value={chartMetric}
          onChange={(_, data) =>
            setChartMetric(data.value === "customers" ? "customers" : "revenue")
          }
        >
          <Radio value="revenue" label={strings.run.revenue} />
          <Radio value="customers" label={strings.run.customers} />
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
        disabled={busy}
        onClick={() => onRun({ output, chartMetric, replace })}
      >
        {strings.run.button}
      </Button>
    </section>
  );
}
