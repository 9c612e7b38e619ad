/** The fields of the What-if panel: a cell with Use selection, the table, tornado and goal-seek inputs. */
import {
  Button,
  Caption1,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { parseOne, parseValues } from "../whatIfValues";
import type { WhatIfStrings } from "../whatIfStrings";
import type { WhatIfForm } from "../whatIfForm";
import type { TornadoRowState } from "./WhatIfPanel.types";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "120px" },
  field: { minWidth: 0 },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
  },
  input: { minWidth: 0, width: "100%" },
  tornadoRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1.3fr) minmax(0, 1fr) minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalXS,
    alignItems: "end",
  },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  cellName: { overflowWrap: "anywhere", alignSelf: "center" },
});

export interface CellFieldProps {
  label: string;
  hint?: string;
  value: string;
  disabled: boolean;
  strings: WhatIfStrings;
  onChange(value: string): void;
  onPick(): void;
}

/** A cell address typed or taken from the selection. */
export function CellField({
  label,
  hint,
  value,
  disabled,
  strings,
  onChange,
  onPick,
}: CellFieldProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field className={styles.grow} label={label} hint={hint}>
        <Input value={value} placeholder="Sheet1!B2" onChange={(_, data) => onChange(data.value)} />
      </Field>
      <Button
        size="small"
        disabled={disabled}
        onClick={onPick}
        aria-label={`${strings.useSelection}: ${label}`}
      >
        {strings.useSelection}
      </Button>
    </div>
  );
}

export interface ValuesFieldProps {
  label: string;
  value: string;
  strings: WhatIfStrings;
  onChange(value: string): void;
}

export function ValuesField({ label, value, strings, onChange }: ValuesFieldProps) {
  const parsed = parseValues(value, strings.lang);
  return (
    <Field
      label={label}
      hint={"values" in parsed ? strings.valuesHintCount(parsed.values.length) : strings.valuesHint}
      validationMessage={value.trim() !== "" && "error" in parsed ? parsed.error : undefined}
    >
      <Input value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}

export interface NumberFieldProps {
  label: string;
  value: string;
  strings: WhatIfStrings;
  onChange(value: string): void;
}

export function NumberField({ label, value, strings, onChange }: NumberFieldProps) {
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={label}
      validationMessage={
        value.trim() !== "" && parseOne(value) === null ? strings.notANumber : undefined
      }
    >
      <Input className={styles.input} value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}

export interface TornadoFieldsProps {
  rows: TornadoRowState[];
  strings: WhatIfStrings;
  disabled: boolean;
  onChange(rows: TornadoRowState[]): void;
  onAdd(): void;
}

export function TornadoFields({ rows, strings, disabled, onChange, onAdd }: TornadoFieldsProps) {
  const styles = useStyles();
  const update = (i: number, patch: Partial<TornadoRowState>): void =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <div className={styles.list}>
      {rows.length === 0 && <Caption1>{strings.noTornadoInputs}</Caption1>}
      {rows.map((row, i) => (
        <div className={styles.tornadoRow} key={row.cell}>
          <Text className={styles.cellName}>{row.cell}</Text>
          <NumberField
            label={strings.low}
            value={row.low}
            strings={strings}
            onChange={(low) => update(i, { low })}
          />
          <NumberField
            label={strings.high}
            value={row.high}
            strings={strings}
            onChange={(high) => update(i, { high })}
          />
          <Button
            size="small"
            appearance="subtle"
            aria-label={strings.remove(row.cell)}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ×
          </Button>
        </div>
      ))}
      <Button size="small" disabled={disabled} onClick={onAdd}>
        {strings.addSelection}
      </Button>
    </div>
  );
}

export type CellKey = "output" | "xCell" | "yCell" | "goalInput";

export interface KindFieldsProps {
  form: WhatIfForm;
  strings: WhatIfStrings;
  disabled: boolean;
  set(patch: Partial<WhatIfForm>): void;
  onPick(field: CellKey): void;
}

/** A data table: input X and its values, optional input Y and its values. */
export function TableFields({ form, strings, disabled, set, onPick }: KindFieldsProps) {
  return (
    <>
      <CellField
        label={strings.inputX}
        value={form.xCell}
        disabled={disabled}
        strings={strings}
        onChange={(xCell) => set({ xCell })}
        onPick={() => onPick("xCell")}
      />
      <ValuesField
        label={strings.values("X")}
        value={form.xValues}
        strings={strings}
        onChange={(xValues) => set({ xValues })}
      />
      <CellField
        label={strings.inputY}
        hint={strings.inputYHint}
        value={form.yCell}
        disabled={disabled}
        strings={strings}
        onChange={(yCell) => set({ yCell })}
        onPick={() => onPick("yCell")}
      />
      {form.yCell.trim() !== "" && (
        <ValuesField
          label={strings.values("Y")}
          value={form.yValues}
          strings={strings}
          onChange={(yValues) => set({ yValues })}
        />
      )}
    </>
  );
}

/** A goal seek: the input cell, the target output, the search interval. */
export function GoalSeekFields({ form, strings, disabled, set, onPick }: KindFieldsProps) {
  const styles = useStyles();
  return (
    <>
      <CellField
        label={strings.input}
        value={form.goalInput}
        disabled={disabled}
        strings={strings}
        onChange={(goalInput) => set({ goalInput })}
        onPick={() => onPick("goalInput")}
      />
      <NumberField
        label={strings.target}
        value={form.target}
        strings={strings}
        onChange={(target) => set({ target })}
      />
      <div className={styles.pair}>
        <NumberField
          label={strings.low}
          value={form.low}
          strings={strings}
          onChange={(low) => set({ low })}
        />
        <NumberField
          label={strings.high}
          value={form.high}
          strings={strings}
          onChange={(high) => set({ high })}
        />
      </div>
    </>
  );
}
