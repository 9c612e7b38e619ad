/** "Replace the earlier sheet": the option of every page that writes a sheet (off by default). */
import { Checkbox, Tooltip } from "@fluentui/react-components";
import type { Strings } from "../strings";

export interface ReplaceCheckboxProps {
  strings: Strings;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function ReplaceCheckbox({ strings, checked, onChange }: ReplaceCheckboxProps) {
  return (
    <Tooltip content={strings.sheets.replaceHint} relationship="description">
      <Checkbox
        label={strings.sheets.replace}
        checked={checked}
        onChange={(_, data) => onChange(data.checked === true)}
      />
    </Tooltip>
  );
}
