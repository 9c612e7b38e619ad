/**
 * The task pane: a navigation over its pages (inputs, run, and every analysis), the status and the
 * input problems above the selected page.
 */
import { useEffect, useState } from "react";
import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../usePane";
import { AnalysisNav } from "./AnalysisNav";
import type { AppProps, PageName } from "./App.types";
import { PAGES } from "./App.types";
import { IssueList } from "./IssueList";
import { Page } from "./Pages";
import { StatusArea } from "./StatusArea";
import { WhatIfPanel } from "./WhatIfPanel";
import { describeError } from "../describeError";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: "280px",
    maxWidth: "520px",
    boxSizing: "border-box",
    color: tokens.colorNeutralForeground1,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  subtitle: { color: tokens.colorNeutralForeground2 },
});

export function App({ strings, operations, whatIf }: AppProps) {
  const styles = useStyles();
  const pane = usePane(strings, operations);
  const [page, setPage] = useState<PageName>("inputs");

  // Check once when the pane opens.
  useEffect(() => {
    void pane.check(false);
  }, []);

  const selectCell = (address: string): void => {
    operations.selectCell(address).catch(pane.failed);
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{strings.appTitle}</Title3>
        <Caption1 className={styles.subtitle}>{strings.appSubtitle}</Caption1>
      </header>
      <nav aria-label={strings.appTitle}>
        <AnalysisNav<PageName>
          items={PAGES.filter((value) => value !== "whatif" || whatIf !== undefined).map(
            (value) => ({ value, label: strings.tabs[value] })
          )}
          selected={page}
          moreText={strings.nav.more}
          moreLabel={strings.nav.moreLabel}
          onSelect={(next) => {
            // A success belongs to the page it happened on; problems stay until they are fixed.
            if (pane.notice?.intent === "success") pane.dismiss();
            setPage(next);
          }}
        />
      </nav>
      <StatusArea
        strings={strings}
        notice={pane.notice}
        running={pane.task.running}
        onDismiss={pane.dismiss}
        onCancel={pane.task.cancel}
      />
      <IssueList
        strings={strings}
        errors={pane.issues.errors}
        warnings={pane.issues.warnings}
        onSelectCell={selectCell}
      />
      <main role="tabpanel" aria-label={strings.tabs[page]}>
        {page !== "whatif" && (
          <Page page={page} strings={strings} operations={operations} pane={pane} />
        )}
        {/* Always mounted: a sweep keeps running (and can be cancelled) when another page is shown. */}
        {whatIf !== undefined && (
          <div hidden={page !== "whatif"}>
            <WhatIfPanel
              strings={whatIf.strings}
              operations={whatIf.operations}
              busy={pane.task.running !== null}
              active={page === "whatif"}
              onPendingRestore={() => setPage("whatif")}
              describeError={(error) => describeError(error, strings)}
            />
          </div>
        )}
      </main>
    </div>
  );
}
