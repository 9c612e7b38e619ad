/**
 * The metric dropdown of every analysis: the total metrics of spec §4, then each channel's and each
 * segment's (`CAC (Partners)`), grouped by what they measure. Before the inputs are valid it offers
 * the totals only.
 */
import { Field, Select } from "@fluentui/react-components";
import { METRIC_LABELS, METRICS } from "../../model";
import type { MetricOption } from "../operations";
import type { MetricFieldProps } from "./MetricField.types";

const TOTALS: MetricOption[] = METRICS.map((m) => ({
  value: m,
  label: METRIC_LABELS[m].label,
  group: "",
}));

function groups(options: MetricOption[]): [string, MetricOption[]][] {
  const byGroup = new Map<string, MetricOption[]>();
  for (const option of options) {
    const list = byGroup.get(option.group) ?? [];
    list.push(option);
    byGroup.set(option.group, list);
  }
  return [...byGroup.entries()];
}

export function MetricField({ label, value, options, disabled, onChange }: MetricFieldProps) {
  const all = options ?? TOTALS;
  return (
    <Field label={label}>
      <Select value={value} disabled={disabled} onChange={(_, data) => onChange(data.value)}>
        {groups(all).map(([group, items]) =>
          group === "" ? (
            items.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))
          ) : (
            <optgroup key={group} label={group}>
              {items.map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
            </optgroup>
          )
        )}
      </Select>
    </Field>
  );
}
