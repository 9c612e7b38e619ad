/**
 * The preview page (dist/preview.html): the real task pane over the in-browser workbook of the
 * Office/Excel stand-in, and the sheets it writes shown beside it, charts drawn. The workbook
 * starts empty, as a new workbook in Excel does; "Insert sample model" is its first action.
 * The page can switch Office's display language and theme (the stand-in's `displayLanguage` and
 * `officeTheme`): the pane starts again over the same workbook, as it would in Office.
 */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  Select,
  Title3,
  makeStyles,
  tokens,
  useId,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { createOfficeHost } from "../excel/host";
import { officeRun } from "../excel/run";
import { officeWhatIfPort } from "../excel/whatIfPort";
import { App } from "../taskpane/components/App";
import { localeOf } from "../model";
import { createOperations } from "../taskpane/createOperations";
import { browserSimulationHost } from "../taskpane/simulation/workers";
import type { TaskpaneOperations } from "../taskpane/operations";
import { createWhatIfOperations, type WhatIfOperations } from "../taskpane/whatIfOperations";
import { whatIfStringsFor } from "../taskpane/whatIfStrings";
import type { FunctionsMetadata } from "../../scripts/functions-metadata";
import { stringsFor } from "../taskpane/strings";
import { ADDIN_VERSION } from "../taskpane/version";
import type { OfficeStandIn } from "../testing/office";
import type { MemoryWorkbook } from "../testing/office/workbook";
import { previewStringsFor } from "./previewStrings";
import { WorkbookView } from "./WorkbookView";

/** The display languages the add-in speaks, each named in its own language. */
const LANGUAGES = [
  { code: "en-US", name: "English" },
  { code: "zh-CN", name: "简体中文" },
];

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateColumns: "360px minmax(0, 1fr)",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
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
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
  },
  top: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
  },
  settings: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

interface PreviewProps {
  workbook: MemoryWorkbook;
  office: OfficeStandIn;
}

/** The pane's host and operations over the page's Office (the stand-in), as the pane starts. */
function createSession(): { operations: TaskpaneOperations; whatIf: WhatIfOperations } {
  const host = createOfficeHost();
  return {
    operations: createOperations({
      host,
      version: ADDIN_VERSION,
      simulation: browserSimulationHost(window),
    }),
    whatIf: createWhatIfOperations({
      whatIf: officeWhatIfPort(officeRun()),
      workbook: host.port,
      selectedAddress: host.selectedAddress,
      version: ADDIN_VERSION,
      locale: localeOf(host.displayLanguage),
    }),
  };
}

/** Office's display language and theme, as the stand-in reports them to the add-in. */
function applyOffice(office: OfficeStandIn, language: string, dark: boolean): void {
  office.context.displayLanguage = language;
  office.context.officeTheme.isDarkTheme = dark;
  const query = new URLSearchParams(window.location.search);
  query.set("lang", language);
  if (dark) query.set("theme", "dark");
  else query.delete("theme");
  window.history.replaceState(null, "", `${window.location.pathname}?${query.toString()}`);
}

function Preview({ workbook, office }: PreviewProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState(office.context.displayLanguage);
  const [dark, setDark] = useState(office.context.officeTheme.isDarkTheme);
  /** Bumped to start the pane again (a new language, theme, or a sample inserted from here). */
  const [generation, setGeneration] = useState(0);
  const languageId = useId("language");
  const themeId = useId("theme");
  const strings = stringsFor(language);
  const local = previewStringsFor(language);
  useEffect(() => {
    document.documentElement.lang = strings.lang;
  }, [strings]);
  // The host reads Office.context when it is made: made again (with the pane) on each change.
  const [session, setSession] = useState(createSession);
  const restart = (nextLanguage: string, nextDark: boolean): void => {
    applyOffice(office, nextLanguage, nextDark);
    setLanguage(nextLanguage);
    setDark(nextDark);
    setSession(createSession());
    setGeneration((g) => g + 1);
  };
  const insertSample = async (): Promise<void> => {
    await session.operations.insertSample();
    setGeneration((g) => g + 1);
  };

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <aside className={styles.pane} aria-label={local.paneLabel}>
          <App
            key={generation}
            strings={strings}
            operations={session.operations}
            whatIf={{ strings: whatIfStringsFor(language), operations: session.whatIf }}
          />
        </aside>
        <div className={styles.book}>
          <div className={styles.top}>
            <Title3 as="h2">{local.heading}</Title3>
            <div className={styles.settings} role="group" aria-label={local.settings}>
              <label className={styles.label} htmlFor={languageId}>
                {local.language}
              </label>
              <Select
                id={languageId}
                size="small"
                value={language.toLowerCase().startsWith("zh") ? "zh-CN" : "en-US"}
                onChange={(_, data) => restart(data.value, dark)}
              >
                {LANGUAGES.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name}
                  </option>
                ))}
              </Select>
              <label className={styles.label} htmlFor={themeId}>
                {local.theme}
              </label>
              <Select
                id={themeId}
                size="small"
                value={dark ? "dark" : "light"}
                onChange={(_, data) => restart(language, data.value === "dark")}
              >
                <option value="light">{local.light}</option>
                <option value="dark">{local.dark}</option>
              </Select>
            </div>
          </div>
          <WorkbookView
            workbook={workbook}
            strings={local}
            culture={language}
            onInsertSample={insertSample}
          />
        </div>
      </div>
    </FluentProvider>
  );
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) throw new Error("preview.html has no #root element");
  const page = window as unknown as {
    Office: OfficeStandIn;
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
  await page.Office.onReady();
  createRoot(container).render(<Preview workbook={workbook} office={page.Office} />);
}

main().catch((error: unknown) => {
  document.body.textContent = `The preview could not start: ${error instanceof Error ? error.message : String(error)}`;
});
