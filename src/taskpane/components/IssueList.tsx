/** Input errors and warnings; an item with a cell address selects that cell when clicked. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { issueMessage, type InputIssue, type Locale } from "../../model";
import type { IssueListProps } from "./IssueList.types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    minWidth: 0,
    whiteSpace: "normal",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalS,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
  },
  error: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorder2}` },
  text: {
    display: "block",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    overflowWrap: "anywhere",
  },
});

function IssueItems({
  issues,
  kind,
  locale,
  onSelectCell,
}: {
  issues: InputIssue[];
  kind: "error" | "warning";
  locale: Locale;
  onSelectCell(address: string): void;
}) {
  const styles = useStyles();
  const accent = kind === "error" ? styles.error : styles.warning;
  return (
    <ul className={styles.list}>
      {issues.map((issue, index) => (
        <li key={`${index}-${issue.message}`} className={accent}>
          {issue.address !== undefined ? (
            <Button
              appearance="subtle"
              size="small"
              className={styles.item}
              onClick={() => onSelectCell(issue.address as string)}
            >
              {issueMessage(issue, locale)}
            </Button>
          ) : (
            <Text size={200} className={styles.text}>
              {issueMessage(issue, locale)}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}

export function IssueList({ strings, errors, warnings, onSelectCell }: IssueListProps) {
  const styles = useStyles();
  if (errors.length === 0 && warnings.length === 0) return null;
  const locale: Locale = strings.lang === "zh-Hans" ? "zh-CN" : "en";
  return (
    <section className={styles.root} aria-label={strings.inputs.errorsHeading(errors.length)}>
      {errors.length > 0 && (
        <>
          <Text as="h2" size={300} className={styles.heading}>
            {strings.inputs.errorsHeading(errors.length)}
          </Text>
          <IssueItems issues={errors} kind="error" locale={locale} onSelectCell={onSelectCell} />
        </>
      )}
      {warnings.length > 0 && (
        <>
          <Text as="h2" size={300} className={styles.heading}>
            {strings.inputs.warningsHeading(warnings.length)}
          </Text>
          <IssueItems
            issues={warnings}
            kind="warning"
            locale={locale}
            onSelectCell={onSelectCell}
          />
        </>
      )}
    </section>
  );
}
