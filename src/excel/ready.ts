/** Waiting for Office, then the host over its Office.js. */
import { createOfficeHost } from "./host";
import type { OfficeHost } from "./host";

export async function officeReady(): Promise<OfficeHost> {
  await Office.onReady();
  return createOfficeHost();
}
