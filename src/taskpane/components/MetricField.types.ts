import type { Metric } from "../../model";

export interface MetricFieldProps {
  /** The field's visible label ("Metric"). */
  label: string;
  value: Metric;
  disabled: boolean;
  onChange(metric: Metric): void;
}
