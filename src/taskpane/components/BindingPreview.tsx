/**
 * "Use selection" shows what it would read before the binding changes (issue 11): where, how
 * big, the header row, the first rows or the problems; the user confirms or cancels. An inline
 * alert dialog: focus moves to it, Escape cancels.
 */
import { useEffect, useRef } from "react";
import { Button, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SelectionPreview } from "../operations";
import { paneStrings } from "../paneStrings";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, overflowX: "auto" },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
  },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorPaletteRedForeground1,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

function Rows({ preview, caption }: { preview: SelectionPreview; caption: string }) {
  const styles = useStyles();
  const rows = [...(preview.header === null ? [] : [preview.header]), ...preview.first];
  if (rows.length === 0) return null;
  return (
    <table className={styles.table}>
      <caption>
        <Caption1>{caption}</Caption1>
      </caption>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) =>
              i === 0 && preview.header !== null ? (
                <th key={j} scope="col" className={styles.cell}>
                  {cell}
                </th>
              ) : (
                <td key={j} className={styles.cell}>
                  {cell}
                </td>
              )
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BindingPreview(props: {
  strings: Strings;
  inputName: string;
  preview: SelectionPreview;
  onConfirm(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const { preview } = props;
  const t = paneStrings(props.strings).bind;
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const caption =
    preview.header === null ? t.firstRows : `${t.header}, ${t.firstRows.toLowerCase()}`;
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="binding-preview-title"
      aria-describedby="binding-preview-where"
      className={styles.root}
      onKeyDown={(event) => event.key === "Escape" && props.onCancel()}
    >
      <Text id="binding-preview-title" weight="semibold">
        {t.title(props.inputName)}
      </Text>
      <Caption1 id="binding-preview-where">
        {t.where(preview.address, preview.kind)} ·{" "}
        {t.size(preview.rows, preview.columns, preview.dataRows)}
      </Caption1>
      <Rows preview={preview} caption={caption} />
      {preview.problems.length === 0 ? (
        <Caption1>{t.clean}</Caption1>
      ) : (
        <>
          <Caption1>{t.problems(preview.problems.length)}</Caption1>
          <ul className={styles.problems}>
            {preview.problems.slice(0, 5).map((issue) => (
              <li key={issue.message}>
                <Caption1>{issue.message}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        <Button ref={confirm} appearance="primary" onClick={props.onConfirm}>
          {t.confirm}
        </Button>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </div>
  );
}
