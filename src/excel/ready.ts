/** Waiting for Office, then the host over its Office.js; null when the page is not inside Excel. */
import { createOfficeHost } from "./host";
import type { OfficeHost } from "../taskpane/host";

/**
 * The host once Office is ready. Outside Office, office.js may be missing altogether (offline, or a
 * blocked CDN), or `Office.onReady` resolves with `host: null`
 * (https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1)): null then.
 */
export async function officeReady(): Promise<OfficeHost | null> {
  if (typeof Office === "undefined") return null;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return null;
  return createOfficeHost();
}
