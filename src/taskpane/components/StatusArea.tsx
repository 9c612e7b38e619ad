/** The progress of a running action (with Cancel) and the last outcome, in a Fluent MessageBar. */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { StatusAreaProps } from "./StatusArea.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  progress: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
  progressText: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

export function StatusArea({ strings, notice, running, onDismiss, onCancel }: StatusAreaProps) {
  const styles = useStyles();
  const determinate = running !== null && running.total > 0;
  return (
    <div className={styles.root}>
      {running !== null && (
        <div className={styles.progress} role="status" aria-live="polite">
          <div className={styles.progressText}>
            <Caption1>
              {determinate
                ? strings.progress.computing(running.done, running.total)
                : running.label}
            </Caption1>
            <ProgressBar
              value={determinate ? running.done / running.total : undefined}
              aria-label={running.label}
            />
          </div>
          <Button size="small" onClick={onCancel}>
            {strings.progress.cancel}
          </Button>
        </div>
      )}
      {notice !== null && (
        <MessageBar
          intent={notice.intent}
          layout="multiline"
          role={notice.intent === "error" ? "alert" : "status"}
        >
          <MessageBarBody className={styles.body}>
            {notice.title !== undefined && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={onDismiss}>
              {strings.messages.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
