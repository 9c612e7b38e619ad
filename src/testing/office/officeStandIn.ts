/**
 * Browser entry of the Office/Excel stand-in (dist/office-stand-in.js): loaded in place of
 * Microsoft's office.js by the preview page and by the browser tests. It defines `Office`,
 * `Excel` and `CustomFunctions` (functions.js registers into it in the shared-runtime page) over
 * an in-memory workbook, and exposes `window.GTMStandIn` (the workbook, its settings, a JSON dump)
 * and `window.__officeStub` (registered functions and ribbon actions) for the tests.
 * The page's query may set `lang` (display language), `theme=dark` and `requestLimit` (bytes).
 */
import { createStandIn } from ".";
import { CustomFunctionsError } from "./customFunctions";
import { dumpWorkbook } from "./dump";
import { attachFormulaEngine } from "./formulas";
import type { FunctionsMetadata } from "../../../scripts/functions-metadata";
import { createGtmEvaluator } from "./evaluateGtm";

const NO_METADATA: FunctionsMetadata = { functions: [] };

type Handler = (...args: unknown[]) => unknown;

const query = new URLSearchParams(window.location.search);
const limit = Number(query.get("requestLimit"));
const standIn = createStandIn({
  displayLanguage: query.get("lang") ?? "en-US",
  darkTheme: query.get("theme") === "dark",
  requestLimit: Number.isFinite(limit) && limit > 0 ? limit : undefined,
});

const functions: Record<string, Handler> = {};
const actions: Record<string, Handler> = {};
const calls: string[][] = [];

const office = {
  ...standIn.Office,
  PlatformType: { OfficeOnline: "OfficeOnline" },
  addin: {
    hide: async (): Promise<void> => void calls.push(["addin.hide"]),
    showAsTaskpane: async (): Promise<void> => void calls.push(["addin.showAsTaskpane"]),
    onVisibilityModeChanged: async (): Promise<() => void> => () => undefined,
  },
  actions: {
    associate: (name: string, handler: Handler): void => void (actions[name] = handler),
  },
};

const customFunctions = {
  associate(idOrMap: string | Record<string, Handler>, handler?: Handler): void {
    const entries =
      typeof idOrMap === "string"
        ? ([[idOrMap, handler]] as [string, Handler][])
        : Object.entries(idOrMap);
    for (const [id, fn] of entries) functions[id] = fn;
  },
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};

/**
 * Calculate every formula from now on: fast-formula-parser with the registered GTM.* functions,
 * `STANDIN.LATE(x, ms)` (an asynchronous function answering x after ms), and table references
 * (`Channels[#All]`) through the GTM evaluator. The preview page calls it; the page query
 * `formulas=1` turns it on (the what-if browser test). Otherwise formulas stay as written.
 * Without the functions' metadata, no function is called with an error input (Excel's rule when
 * `allowErrorForDataTypeAny` is not set): the stricter reading.
 */
function calculateFormulas(metadata: FunctionsMetadata = NO_METADATA): void {
  attachFormulaEngine(standIn.workbook, {
    functions: () => ({
      ...Object.fromEntries(Object.entries(functions).map(([id, fn]) => [`GTM.${id}`, fn])),
      "STANDIN.LATE": (x: unknown, ms: unknown) =>
        new Promise((resolve) => setTimeout(() => resolve(x), Number(ms) || 0)),
    }),
    fallback: createGtmEvaluator(functions, metadata),
  });
}
if (query.get("formulas") === "1") calculateFormulas();

Object.assign(window, {
  Office: office,
  Excel: standIn.Excel,
  CustomFunctions: customFunctions,
  GTMStandIn: {
    workbook: standIn.workbook,
    settings: standIn.settings,
    dump: () => dumpWorkbook(standIn.workbook),
    calculateFormulas,
  },
  __officeStub: { workbook: standIn.workbook, functions, actions, calls },
});
