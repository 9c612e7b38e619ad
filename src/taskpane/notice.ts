/**
 * Plain notices of the task pane page when the pane cannot run: opened outside Office (office.js
 * absent, or present but `Office.onReady` reports no Excel host), or in a webview too old for the
 * bundles (taskpane.html's inline ES5 script handles that one, before any bundle runs).
 */

export const OUTSIDE_OFFICE_TEXT =
  "GTM Modeler runs inside Excel: add it to Excel and open it from the Home tab. To try it in this browser without Excel, open the ";

export const PREVIEW_LINK_TEXT = "preview page";

/** Replace the page's root with the "runs inside Excel" notice, linking to the preview page. */
export function showOutsideOffice(root: HTMLElement): void {
  root.textContent = "";
  const p = document.createElement("p");
  p.className = "gtm-notice";
  p.append(OUTSIDE_OFFICE_TEXT);
  const link = document.createElement("a");
  link.href = "preview.html";
  link.textContent = PREVIEW_LINK_TEXT;
  p.append(link, ".");
  root.append(p);
}
