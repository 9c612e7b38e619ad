/** The metric dropdown of the sensitivity and tornado panels: every metric of spec §4, by its label. */
import { Field, Select } from "@fluentui/react-components";
import { METRIC_LABELS, METRICS } from "../../model";
import type { Metric } from "../../model";
import type { MetricFieldProps } from "./MetricField.types";

export function MetricField({ label, value, disabled, onChange }: MetricFieldProps) {
  return (
    <Field label={label}>
      <Select
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value as Metric)}
      >
        {METRICS.map((m) => (
          <option key={m} value={m}>
            {METRIC_LABELS[m].label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
