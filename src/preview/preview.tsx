/**
 * The preview page (dist/preview.html): the real task pane over the in-browser workbook of the
 * Office/Excel stand-in, with the sample model inserted, and the sheets it writes shown beside it.
 */
import { createRoot } from "react-dom/client";
import {
  Caption1,
  FluentProvider,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { officeReady } from "../excel/ready";
import { officeRun } from "../excel/run";
import { officeWhatIfPort } from "../excel/whatIfPort";
import { App } from "../taskpane/components/App";
import { createOperations } from "../taskpane/createOperations";
import { stringsFor } from "../taskpane/strings";
import { ADDIN_VERSION } from "../taskpane/version";
import { createWhatIfOperations } from "../taskpane/whatIfOperations";
import { whatIfStringsFor } from "../taskpane/whatIfStrings";
import type { MemoryWorkbook } from "./standIn/workbook";
import type { FunctionsMetadata } from "../../scripts/functions-metadata";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "360px 1fr",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  pane: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowY: "auto",
    maxHeight: "100vh",
  },
  book: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    minWidth: 0,
  },
});

function Preview({ workbook, pane }: { workbook: MemoryWorkbook; pane: JSX.Element }) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <aside className={styles.pane} aria-label="Task pane">
        {pane}
      </aside>
      <main className={styles.book}>
        <Title3 as="h2">Workbook (in the browser)</Title3>
        <Caption1>
          The sheets the add-in writes, as Excel would hold them. GTM formulas are calculated with
          the add-in&apos;s functions; hover a cell to see its formula.
        </Caption1>
        <WorkbookView workbook={workbook} />
      </main>
    </div>
  );
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) throw new Error("preview.html has no #root element");
  const page = window as unknown as {
    GTMStandIn: {
      workbook: MemoryWorkbook;
      calculateFormulas(metadata: FunctionsMetadata): void;
    };
  };
  const { workbook } = page.GTMStandIn;
  // functions.js registered the real GTM functions: the stand-in calculates every formula with
  // them (its formula engine; table references through the GTM evaluator), each call held to its
  // metadata (functions.json) as Excel holds them.
  const metadata = (await (await fetch("functions.json")).json()) as FunctionsMetadata;
  page.GTMStandIn.calculateFormulas(metadata);
  const host = await officeReady();
  if (host === null) throw new Error("the Office stand-in did not start");
  const strings = stringsFor(host.displayLanguage);
  document.documentElement.lang = strings.lang;
  const operations = createOperations({ host, version: ADDIN_VERSION });
  await operations.insertSample();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview
        workbook={workbook}
        pane={
          <App
            strings={strings}
            operations={operations}
            whatIf={{
              strings: whatIfStringsFor(host.displayLanguage),
              operations: createWhatIfOperations({
                whatIf: officeWhatIfPort(officeRun()),
                workbook: host.port,
                selectedAddress: host.selectedAddress,
                version: ADDIN_VERSION,
              }),
            }}
          />
        }
      />
    </FluentProvider>
  );
}

main().catch((error: unknown) => {
  document.body.textContent = `The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
});
