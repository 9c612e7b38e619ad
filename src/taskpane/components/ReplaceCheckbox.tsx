/** "Replace the earlier sheet": the option of every page that writes a sheet (off by default). */
import { Checkbox, Tooltip } from "@fluentui/react-components";
export interface ReplaceCheckboxProps {
  /** "Replace the earlier sheet", in the pane's language. */
  label: string;
  /** What on and off do, shown as the checkbox's description. */
  hint: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function ReplaceCheckbox({ label, hint, checked, onChange }: ReplaceCheckboxProps) {
  return (
    <Tooltip content={hint} relationship="description">
      <Checkbox
        label={label}
        checked={checked}
        onChange={(_, data) => onChange(data.checked === true)}
      />
    </Tooltip>
  );
}
