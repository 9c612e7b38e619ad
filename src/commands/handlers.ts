/**
 * Ribbon command handlers (manifest <Action xsi:type="ExecuteFunction">). They run in the shared
 * runtime, so they may show or hide the task pane. Each receives the parts of Office.js it uses,
 * which keeps it testable without Office.
 */

/** The part of `Office.addin` the handlers use. */
export type AddinVisibility = Pick<typeof Office.addin, "hide" | "showAsTaskpane">;

/** "Close Modeler": hides the task pane; the shared runtime (and the GTM functions) keep running. */
export async function hideTaskpane(
  addin: AddinVisibility,
  event: Pick<Office.AddinCommands.Event, "completed">
): Promise<void> {
  try {
    await addin.hide();
  } finally {
    // Office waits for completed() even when hiding fails; the failure still propagates.
    event.completed();
  }
}

/** Ribbon FunctionName → handler, as registered with Office.actions.associate. */
export function commandHandlers(
  addin: AddinVisibility
): Record<string, (event: Office.AddinCommands.Event) => Promise<void>> {
  return { hideTaskpane: (event) => hideTaskpane(addin, event) };
}
