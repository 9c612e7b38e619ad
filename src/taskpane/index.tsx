/**
 * Task pane entry: once Office is ready, render the pane over the Office host, in Office's display
 * language. The composition root: src/excel gives the host, everything below is React + Fluent UI.
 */
import { createRoot } from "react-dom/client";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { localeOf } from "../model";
import { officeReady } from "../excel/ready";
import { officeRun } from "../excel/run";
import { officeWhatIfPort } from "../excel/whatIfPort";
import { App } from "./components/App";
import { createOperations } from "./createOperations";
import { browserSimulationHost } from "./simulation/workers";
import { describeError } from "./describeError";
import { noticeText, showOutsideOffice } from "./notice";
import { stringsFor } from "./strings";
import { createWhatIfOperations } from "./whatIfOperations";
import { whatIfStringsFor } from "./whatIfStrings";
import { ADDIN_VERSION } from "./version";

/** Office's display language once Office is ready; the browser's until then. */
let language = navigator.language;

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (container === null) throw new Error("taskpane.html has no #root element");
  if ((window as { GTM_UNSUPPORTED?: boolean }).GTM_UNSUPPORTED === true) return;
  const host = await officeReady();
  if (host === null) {
    showOutsideOffice(container);
    return;
  }
  language = host.displayLanguage;
  const strings = stringsFor(host.displayLanguage);
  document.documentElement.lang = strings.lang;
  document.title = strings.appTitle;
  createRoot(container).render(
    <FluentProvider
      theme={host.darkTheme ? webDarkTheme : webLightTheme}
      style={{ minHeight: "100vh" }}
    >
      <App
        strings={strings}
        operations={createOperations({
          host,
          version: ADDIN_VERSION,
          simulation: browserSimulationHost(window),
        })}
        whatIf={{
          strings: whatIfStringsFor(host.displayLanguage),
          operations: createWhatIfOperations({
            whatIf: officeWhatIfPort(officeRun()),
            workbook: host.port,
            selectedAddress: host.selectedAddress,
            version: ADDIN_VERSION,
            locale: localeOf(host.displayLanguage),
          }),
        }}
      />
    </FluentProvider>
  );
}

main().catch((error: unknown) => {
  const root = document.getElementById("root") ?? document.body;
  root.textContent = "";
  const p = document.createElement("p");
  p.className = "gtm-notice";
  p.textContent = noticeText(language).startFailed(describeError(error, stringsFor(language)));
  root.append(p);
});
