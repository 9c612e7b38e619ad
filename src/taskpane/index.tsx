/**
 * Task pane entry (minimal foundation version, to be replaced by the task pane issue): renders
 * the product title inside Fluent UI's provider once Office is ready.
 */
import { createRoot } from "react-dom/client";
import { Body1, FluentProvider, Title2, webLightTheme } from "@fluentui/react-components";

Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <main style={{ display: "flex", flexDirection: "column", gap: 8, padding: 16 }}>
        <Title2 as="h1">GTM Modeler</Title2>
        <Body1 as="p">Go-to-market models for Excel: GTM functions and this task pane.</Body1>
      </main>
    </FluentProvider>
  );
});
