/** The four inputs: where each was found and how many rows; bind to the selection; insert the sample. */
import { useState } from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InputStatus, SelectionPreview } from "../operations";
import { BindingPreview } from "./BindingPreview";
import type { InputsPanelProps } from "./InputsPanel.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  details: { display: "flex", flexDirection: "column", flex: "1 1 120px", minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold },
  where: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  missing: { color: tokens.colorPaletteRedForeground1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

function InputRow({ status, props }: { status: InputStatus; props: InputsPanelProps }) {
  const styles = useStyles();
  const { strings, busy } = props;
  const [pending, setPending] = useState<SelectionPreview | null>(null);
  const ask = async (): Promise<void> => setPending(await props.onPreviewSelection(status.input));
  const name = strings.inputs.names[status.input];
  const notFound = status.required
    ? strings.inputs.notFound
    : `${strings.inputs.notFound} (${strings.inputs.optional})`;
  return (
    <li className={styles.row}>
      <div className={styles.details}>
        <Text className={styles.name}>{name}</Text>
        {status.address === null ? (
          <Caption1 className={status.required ? styles.missing : styles.where}>
            {notFound}
          </Caption1>
        ) : (
          <>
            <Caption1 className={styles.where}>{status.address}</Caption1>
            <Caption1 className={styles.where}>{strings.inputs.rows(status.rows)}</Caption1>
          </>
        )}
      </div>
      <div className={styles.actions}>
        <Button
          size="small"
          disabled={busy}
          aria-label={strings.inputs.useSelectionFor(name)}
          onClick={() => void ask()}
        >
          {strings.inputs.useSelection}
        </Button>
        {status.bound !== null && (
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            aria-label={strings.inputs.resetFor(name)}
            onClick={() => props.onResetBinding(status.input)}
          >
            {strings.inputs.reset}
          </Button>
        )}
      </div>
      {pending !== null && (
        <BindingPreview
          strings={strings}
          inputName={name}
          preview={pending}
          onConfirm={() => {
            setPending(null);
            props.onBindSelection(status.input, pending.selection);
          }}
          onCancel={() => setPending(null)}
        />
      )}
    </li>
  );
}

export function InputsPanel(props: InputsPanelProps) {
  const styles = useStyles();
  const { strings, inputs, busy } = props;
  return (
    <section className={styles.root} aria-labelledby="inputs-heading">
      <Text as="h2" id="inputs-heading" size={400} weight="semibold">
        {strings.inputs.heading}
      </Text>
      {inputs !== null && (
        <ul className={styles.list}>
          {inputs.map((status) => (
            <InputRow key={status.input} status={status} props={props} />
          ))}
        </ul>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={props.onCheck}>
          {strings.inputs.refresh}
        </Button>
        <Button disabled={busy} onClick={props.onInsertSample}>
          {strings.inputs.insertSample}
        </Button>
      </div>
      <Caption1 className={styles.hint}>{strings.inputs.insertSampleHint}</Caption1>
    </section>
  );
}
