import type { MetricOption } from "../operations";

export interface MetricFieldProps {
  /** The field's visible label ("Metric"). */
  label: string;
  value: string;
  /** The metrics of the model (totals, each channel's, each segment's); null: the totals only. */
  options: MetricOption[] | null;
  disabled: boolean;
  onChange(metric: string): void;
}
