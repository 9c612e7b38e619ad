/**
 * The one opening and closing of every command that reads a model (run, sensitivity, tornado,
 * scenarios, breakeven, allocate, simulate): parse the options by the command's declaration,
 * check every option before any file is read, read and validate the model, run the analysis,
 * then write `--out`, print `--json` or the readable summary.
 */
import {
  gridProblem,
  isLocaleTag,
  issueMessage,
  localeOf,
  LOCALES,
  type InputIssue,
} from "../../model";
import type { Locale } from "../../model/locale";
import type { InputBindings, WrittenSheet } from "../../workbook/port";
import { parseCommand, type ParsedArgs } from "../args";
import type { FigureStyle } from "../format";
import { checkOutput, writeAtomically } from "../files";
import { InputFailure, printable, UsageError } from "../errors";
import { commandHelp } from "../help";
import { PlanLimitError } from "../../workbook/blocks";
import { renderMessage } from "../../workbook/messages";
import { ZipDamagedError, ZipLimitError } from "../xlsx/zip";
import type { CliIo } from "../io";
import { langOf, warningWord } from "../lang";
import { modelProblem } from "../checks";
import { message, words } from "../i18n/messages";
import { orList, type Text } from "../i18n/words";
import { checkBindings, loadModel, type LoadedModel } from "../load";
import type { CommandDecl, MODEL_OPTIONS, OptionDecl } from "../options";
import { VERSION } from "../version";
import { XlsxWorkbook } from "../xlsxWorkbook";

/** The options every model command takes (options.ts): input bindings and output. */
type ModelOption = (typeof MODEL_OPTIONS)[number]["name"];
export type ModelArgs = ParsedArgs<ModelOption>;

export function bindingsOf(args: ModelArgs): InputBindings {
  const bindings: InputBindings = {};
  for (const name of ["channels", "segments", "mix", "assumptions"] as const) {
    const value = args.value(name);
    if (value !== undefined) bindings[name] = value;
  }
  return bindings;
}

/**
 * `--currency CODE`: an ISO 4217 code (three letters, `eur` reads as `EUR`) in place of the model's
 * `currency` assumption, for the printed figures and the written sheets; null when not given.
 * Anything else is a usage error.
 */
export function currencyOf(args: ModelArgs, command: string): string | null {
  const currency = args.value("currency");
  if (currency === undefined) return null;
  if (/^[A-Za-z]{3}$/.test(currency.trim())) return currency.trim().toUpperCase();
  throw new UsageError("badCurrency", [printable(currency)], command);
}

/**
 * `--lang`: `en` or `zh-CN` (any case); a usage error otherwise, said in English (the language
 * asked for is unknown) and naming the languages there are.
 */
export function localeOption(args: ParsedArgs<"lang">, command: string): Locale {
  const text = args.value("lang");
  if (text === undefined) return "en";
  if (!isLocaleTag(text)) throw new UsageError("unknownLang", [text, orList(LOCALES)], command);
  return localeOf(text);
}

/** Each warning on standard error, in `locale` (the command's `--lang`; English by default). */
export function printWarnings(
  io: CliIo,
  warnings: readonly InputIssue[],
  locale: Locale = "en"
): void {
  for (const warning of warnings)
    io.err(`${warningWord(locale)}${printable(issueMessage(warning, locale))}\n`);
}

/**
 * Before reading anything: a grid of `cells` (values × values) past the model's grid limit is a
 * usage error naming the options (`--x-values and --y-values`). For every command that runs a grid.
 */
export function checkGridOptions(cells: number, options: Text, command: string): void {
  const problem = gridProblem(cells);
  if (problem !== null)
    throw new UsageError("optionProblem", [options, modelProblem(problem), ""], command);
}

/** What every sheet the command line writes carries: the model, the audit block's facts, the options. */
export interface SheetContext {
  model: LoadedModel["model"];
  now: Date;
  version: string;
  inputs: LoadedModel["inputs"];
  /** The model's warnings: every sheet shows them in its audit block. */
  warnings: LoadedModel["warnings"];
  replace: boolean;
  locale: Locale;
}

/** A command's answer: the sheet `--out` adds, the `--json` text, the readable summary. */
export interface Output {
  write: (port: XlsxWorkbook, context: SheetContext) => Promise<WrittenSheet>;
  json: () => string;
  summary: () => string;
}

/** What the analysis gets besides the model and its settings. */
export interface Opening<N extends string> {
  args: ParsedArgs<N>;
  input: string;
  io: CliIo;
  style: FigureStyle;
  /** `--lang`: the language of what the command prints and writes. */
  locale: Locale;
}

/** One command: its settings (checked before any file is read) and its analysis of the model. */
export interface Analysis<N extends string, S> {
  settings: (args: ParsedArgs<N>, input: string) => S | Promise<S>;
  run: (loaded: LoadedModel, settings: S, opening: Opening<N>) => Output | Promise<Output>;
  /** The analysis prints the model's warnings itself (after its own run); before it otherwise. */
  printsWarnings?: boolean;
}

/** The options of the output, all checked before any file is read. */
interface OutputOptions {
  out: string | undefined;
  force: boolean;
  json: boolean;
  /** `--currency`, or null: the model's own. */
  currency: string | null;
  replace: boolean;
  locale: Locale;
}

async function outputOptions(args: ModelArgs, input: string, command: string) {
  const options: OutputOptions = {
    out: args.value("out"),
    force: args.flag("force"),
    json: args.flag("json"),
    currency: currencyOf(args, command),
    replace: args.flag("replace"),
    locale: localeOption(args, command),
  };
  if (options.out !== undefined)
    await checkOutput(options.out, { force: options.force, input, command });
  return options;
}

/**
 * `--out`: a copy of the input workbook (a new workbook for JSON input) with the sheet the
 * output adds, saved atomically. The input file is never written.
 */
async function writeOut(
  out: OutputOptions & { out: string },
  loaded: LoadedModel,
  io: CliIo,
  context: { input: string; command: string; sheet: SheetContext },
  write: Output["write"]
): Promise<void> {
  const port = loaded.workbook ?? new XlsxWorkbook();
  let written: WrittenSheet;
  try {
    written = await write(port, context.sheet);
  } catch (error) {
    // A sheet past Excel's grid or the written-cell limit: said before anything is written.
    if (error instanceof PlanLimitError) {
      const { text } = error;
      throw new InputFailure([
        text === undefined
          ? error.message
          : { en: error.message, zh: renderMessage(text, "zh-CN") },
      ]);
    }
    throw error;
  }
  let bytes: Uint8Array;
  try {
    bytes = await port.save();
  } catch (error) {
    // The copy starts from the input's own parts: a damaged part the reader skipped shows here.
    if (error instanceof ZipDamagedError || error instanceof ZipLimitError)
      throw new InputFailure([words("cannotCopy", context.input, error.words)]);
    throw error;
  }
  await writeAtomically(out.out, bytes, { force: out.force, command: context.command });
  const print = out.json ? io.err.bind(io) : io.out.bind(io);
  const { locale } = out;
  const [file, sheet, address] = [out.out, written.name, written.address].map(printable);
  print(`${message("wroteSheet", locale, file, sheet, address)}\n`);
  for (const chart of port.skippedCharts) {
    const [title, on] = [chart.title, chart.sheet].map(printable);
    print(`${message("chartNotDrawn", locale, title, on)}\n`);
  }
}

/** Run a model command: the shared opening, the command's analysis, the shared closing. */
export async function modelCommand<O extends readonly OptionDecl[], S>(
  // A model command's declaration must spread MODEL_OPTIONS (checked by the compiler).
  decl: CommandDecl<O> & ([ModelOption] extends [O[number]["name"]] ? unknown : "MODEL_OPTIONS"),
  argv: readonly string[],
  io: CliIo,
  analysis: Analysis<O[number]["name"], S>
): Promise<number> {
  const args = parseCommand(decl, argv);
  if (args.help) {
    io.out(commandHelp(decl, langOf(argv)));
    return 0;
  }
  const [input] = args.positionals;
  const settings = await analysis.settings(args, input);
  // Safe: the declaration holds every model option (the type of `decl` above).
  const modelArgs = args as unknown as ModelArgs;
  const bindings = bindingsOf(modelArgs);
  checkBindings(input, bindings, decl.name);
  const options = await outputOptions(modelArgs, input, decl.name);
  const loaded = await loadModel(input, bindings);
  if (analysis.printsWarnings !== true) printWarnings(io, loaded.warnings, options.locale);
  // The sheets' and the terminal's money is in the model's currency: --currency stands in for it.
  const currency = options.currency ?? loaded.model.assumptions.currency;
  const model = { ...loaded.model, assumptions: { ...loaded.model.assumptions, currency } };
  const style = { currency, periodUnit: model.assumptions.periodUnit, locale: options.locale };
  const output = await analysis.run(loaded, settings, {
    args,
    input,
    io,
    style,
    locale: options.locale,
  });
  const sheet: SheetContext = {
    model,
    now: io.now(),
    version: VERSION,
    inputs: loaded.inputs,
    warnings: loaded.warnings,
    replace: options.replace,
    locale: options.locale,
  };
  if (options.out !== undefined)
    await writeOut(
      { ...options, out: options.out },
      loaded,
      io,
      { input, command: decl.name, sheet },
      output.write
    );
  if (options.json) io.out(output.json());
  else if (options.out === undefined) io.out(output.summary());
  return 0;
}

/** `--json` text: the value, two-space indented, one trailing newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
