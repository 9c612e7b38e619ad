/**
 * The Office/Excel stand-in: `Office` (onReady, display language, document settings) and `Excel.run`
 * over an in-memory workbook. One implementation serves the unit tests of src/excel/, the browser
 * tests (served in place of Microsoft's office.js) and the preview page.
 */
import { DEFAULT_REQUEST_LIMIT } from "./context";
import { StandInRequestContext } from "./sheets";
import { MemoryWorkbook } from "./workbook";

export { MemoryWorkbook } from "./workbook";
export { StandInRequestContext } from "./sheets";

export interface StandInOptions {
  displayLanguage?: string;
  /** Office's theme as `Office.context.officeTheme` reports it (dark or light). */
  darkTheme?: boolean;
  /** Request size limit in bytes (Excel on the web: 5 MB). */
  requestLimit?: number;
  workbook?: MemoryWorkbook;
}

export interface AsyncResultStandIn {
  status: "succeeded" | "failed";
  value?: unknown;
  error?: { message: string };
}

/** Office.context.document.settings: a name → value store saved with the workbook by saveAsync. */
export class SettingsStandIn {
  private readonly pending = new Map<string, unknown>();
  /** What a saveAsync stored in the document. */
  readonly saved = new Map<string, unknown>();

  get(name: string): unknown {
    return this.pending.has(name) ? this.pending.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.pending.set(name, JSON.parse(JSON.stringify(value)) as unknown);
  }
  remove(name: string): void {
    this.pending.delete(name);
  }
  saveAsync(callback?: (result: AsyncResultStandIn) => void): void {
    this.saved.clear();
    for (const [name, value] of this.pending) this.saved.set(name, value);
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }
}

export interface ExcelStandIn {
  run<T>(batch: (context: StandInRequestContext) => Promise<T>): Promise<T>;
}

export interface OfficeStandIn {
  onReady(
    callback?: (info: { host: string; platform: string }) => void
  ): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    officeTheme: { isDarkTheme: boolean };
    document: { settings: SettingsStandIn };
    /** The stand-in implements every API set the add-in asks about. */
    requirements: { isSetSupported(name: string, version?: string): boolean };
  };
  HostType: { Excel: "Excel" };
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
}

export interface StandIn {
  workbook: MemoryWorkbook;
  settings: SettingsStandIn;
  Excel: ExcelStandIn;
  Office: OfficeStandIn;
}

export function createStandIn(options: StandInOptions = {}): StandIn {
  const workbook = options.workbook ?? new MemoryWorkbook();
  if (workbook.sheets.length === 0) workbook.addSheet("Sheet1");
  workbook.activeSheet ??= workbook.sheets[0].name;
  const settings = new SettingsStandIn();
  const requestLimit = options.requestLimit ?? DEFAULT_REQUEST_LIMIT;
  const Excel: ExcelStandIn = {
    async run<T>(batch: (context: StandInRequestContext) => Promise<T>): Promise<T> {
      const context = new StandInRequestContext(workbook, requestLimit);
      const result = await batch(context);
      if (context.hasPending) await context.sync();
      return result;
    },
  };
  const info = { host: "Excel", platform: "OfficeOnline" };
  const Office: OfficeStandIn = {
    onReady(callback) {
      return new Promise((resolve) => {
        setTimeout(() => {
          callback?.(info);
          resolve(info);
        }, 0);
      });
    },
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      officeTheme: { isDarkTheme: options.darkTheme === true },
      document: { settings },
      requirements: { isSetSupported: () => true },
    },
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  return { workbook, settings, Excel, Office };
}

/**
 * `Excel.run` of a stand-in, typed as Office.js's: the stand-in implements the part of the
 * Excel API that src/excel uses (its proxies mirror Office.js's names and behaviour).
 */
export function standInRun(
  standIn: StandIn
): <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> {
  return (batch) =>
    standIn.Excel.run((context) => batch(context as unknown as Excel.RequestContext));
}
