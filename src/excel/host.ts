/**
 * The task pane's host (the `OfficeHost` interface the pane owns, src/taskpane/host.ts) over
 * Office.js: the display language, bindings remembered in the workbook (document settings),
 * selecting a cell, reading the selection.
 */
import { parseSheetRange, rectRef } from "../workbook/a1";
import type { OfficeHost } from "../taskpane/host";
import { MULTIPLE_AREAS } from "../taskpane/host";
import type { InputBindings } from "../workbook/port";
import { INPUT_NAMES } from "../workbook/port";
import { message, messageError } from "../workbook/messages";
import { ExcelWorkbookPort } from "./excelPort";
import type { ExcelRun } from "./run";
import { officeRun } from "./run";
import type { WriteLimits } from "./writePlan";

/** The settings key under which the input bindings are saved in the workbook. */
export const BINDINGS_SETTING = "gtm.bindings";

/** The subset of `Office.Settings` used here. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/** Keep only known inputs bound to non-empty text. */
export function cleanBindings(raw: unknown): InputBindings {
  const bindings: InputBindings = {};
  if (typeof raw !== "object" || raw === null) return bindings;
  for (const input of INPUT_NAMES) {
    const value = (raw as Record<string, unknown>)[input];
    if (typeof value === "string" && value.trim() !== "") bindings[input] = value.trim();
  }
  return bindings;
}

export function saveSettings(settings: SettingsLike, bindings: InputBindings): Promise<void> {
  settings.set(BINDINGS_SETTING, cleanBindings(bindings));
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === "succeeded") resolve();
      else
        reject(
          messageError(
            message("settingsNotSaved", result.error?.message ?? message("unknownError"))
          )
        );
    });
  });
}

export async function selectAddress(run: ExcelRun, address: string): Promise<void> {
  const parsed = parseSheetRange(address);
  if (parsed === null) throw new Error(`${address} is not a cell address`);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(parsed.sheet);
    sheet.activate();
    sheet.getRange(rectRef(parsed.rect)).select();
    await context.sync();
  });
}

/**
 * The address of the selection. `getSelectedRange()` throws when several areas are selected
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)),
 * so the selected areas are read (`getSelectedRanges`, ExcelApi 1.9) and several of them are
 * refused with an error whose code the task pane turns into a sentence.
 */
export async function selectedAddress(run: ExcelRun): Promise<string> {
  return run(async (context) => {
    const areas = context.workbook.getSelectedRanges().load("address, areaCount");
    await context.sync();
    if (areas.areaCount > 1) {
      const error = new Error(
        `${areas.areaCount} ranges are selected (${areas.address}): select one range.`
      );
      throw Object.assign(error, { code: MULTIPLE_AREAS });
    }
    return areas.address;
  });
}

export interface HostParts {
  run: ExcelRun;
  settings: SettingsLike;
  displayLanguage: string;
  darkTheme?: boolean;
  limits?: Partial<WriteLimits>;
}

export function createHost({
  run,
  settings,
  displayLanguage,
  darkTheme = false,
  limits,
}: HostParts): OfficeHost {
  return {
    port: new ExcelWorkbookPort(run, limits),
    displayLanguage,
    darkTheme,
    loadBindings: () => cleanBindings(settings.get(BINDINGS_SETTING)),
    saveBindings: (bindings) => saveSettings(settings, bindings),
    select: (address) => selectAddress(run, address),
    selectedAddress: () => selectedAddress(run),
  };
}

/** Office.js's document settings behind the small interface above. */
function officeSettings(): SettingsLike {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    saveAsync: (callback) =>
      settings.saveAsync((result) =>
        callback?.({
          status: result.status === Office.AsyncResultStatus.Succeeded ? "succeeded" : "failed",
          error:
            result.error === undefined || result.error === null
              ? undefined
              : { message: result.error.message },
        })
      ),
  };
}

/** The host over the page's Office.js; call after `Office.onReady`. */
export function createOfficeHost(): OfficeHost {
  return createHost({
    run: officeRun(),
    settings: officeSettings(),
    displayLanguage: Office.context.displayLanguage ?? "en-US",
    // officeTheme is missing in Excel on the web and older hosts: light then.
    darkTheme: (Office.context.officeTheme as Office.OfficeTheme | undefined)?.isDarkTheme === true,
  });
}
