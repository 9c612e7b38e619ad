/** What the run, sensitivity and tornado commands share: input and output options, warnings, --out. */
import {
  gridProblem,
  issueMessage,
  type InputIssue,
  type Locale,
  type ModelInput,
} from "../../model";
import type { InputBindings, WrittenSheet } from "../../workbook/port";
import type { ParsedArgs } from "../args";
import type { FigureStyle } from "../format";
import { checkOutput, writeAtomically } from "../files";
import { InputFailure, printable, UsageError } from "../errors";
import { PlanLimitError } from "../../workbook/blocks";
import { ZipDamagedError, ZipLimitError } from "../xlsx/zip";
import type { CliIo } from "../io";
import { warningWord } from "../lang";
import type { LoadedModel } from "../load";
import { VERSION } from "../version";
import { XlsxWorkbook } from "../xlsxWorkbook";

export const INPUT_OPTIONS = {
  channels: "value",
  segments: "value",
  mix: "value",
  assumptions: "value",
} as const;
export const OUTPUT_OPTIONS = {
  out: "value",
  force: "flag",
  json: "flag",
  currency: "value",
} as const;

type InputAndOutputOptions = typeof INPUT_OPTIONS & typeof OUTPUT_OPTIONS;

export function bindingsOf<O extends InputAndOutputOptions>(args: ParsedArgs<O>): InputBindings {
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
export function currencyOf<O extends InputAndOutputOptions>(
  args: ParsedArgs<O>,
  command: string
): string | null {
  const currency = args.value("currency");
  if (currency === undefined) return null;
  if (/^[A-Za-z]{3}$/.test(currency.trim())) return currency.trim().toUpperCase();
  throw new UsageError(
    `--currency "${printable(currency)}" is not a currency code — use three letters such as USD, EUR or CNY`,
    command
  );
}

/** How figures show: in the model's currency (or --currency's) and its period unit. */
export function figureStyle<O extends InputAndOutputOptions>(
  args: ParsedArgs<O>,
  model: ModelInput
): FigureStyle {
  const currency = currencyOf(args, "") ?? model.assumptions.currency;
  return { currency, periodUnit: model.assumptions.periodUnit };
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
 * usage error naming the options (`--values and --y-values`). For every command that runs a grid.
 */
export function checkGridOptions(cells: number, options: string, command: string): void {
  const problem = gridProblem(cells);
  if (problem !== null) throw new UsageError(`${options}: ${problem}`, command);
}

/** Before reading anything: an --out that is the input, or exists without --force, stops here. */
export async function checkOut<O extends InputAndOutputOptions>(
  args: ParsedArgs<O>,
  input: string,
  command: string
): Promise<void> {
  currencyOf(args, command);
  const out = args.value("out");
  if (out !== undefined) await checkOutput(out, { force: args.flag("force"), input, command });
}

/**
 * `--out`: a copy of the input workbook (a new workbook for JSON input) with the sheet `write`
 * adds, saved atomically. The input file is never written.
 */
export async function writeOut<O extends InputAndOutputOptions>(
  args: ParsedArgs<O>,
  loaded: LoadedModel,
  io: CliIo,
  command: string,
  write: (port: XlsxWorkbook) => Promise<WrittenSheet>
): Promise<void> {
  const out = args.value("out");
  if (out === undefined) return;
  const port = loaded.workbook ?? new XlsxWorkbook();
  let written: WrittenSheet;
  try {
    written = await write(port);
  } catch (error) {
    // A sheet past Excel's grid or the written-cell limit: said before anything is written.
    if (error instanceof PlanLimitError) throw new InputFailure([error.message]);
    throw error;
  }
  let bytes: Uint8Array;
  try {
    bytes = await port.save();
  } catch (error) {
    // The copy starts from the input's own parts: a damaged part the reader skipped shows here.
    if (error instanceof ZipDamagedError || error instanceof ZipLimitError)
      throw new InputFailure([
        `${args.positionals[0]}: the workbook cannot be copied (${error.message})`,
      ]);
    throw error;
  }
  await writeAtomically(out, bytes, { force: args.flag("force"), command });
  const say = args.flag("json") ? io.err.bind(io) : io.out.bind(io);
  say(
    `Wrote ${printable(out)}: sheet "${printable(written.name)}" (${printable(written.address)})\n`
  );
  for (const chart of port.skippedCharts) {
    say(
      `note: chart "${printable(chart.title)}" on sheet "${printable(chart.sheet)}" is not drawn — the command line cannot create Excel charts; its data is on the sheet\n`
    );
  }
}

/** What every sheet the command line writes carries: the model (in the printed currency), the audit block's facts. */
export function sheetContext(loaded: LoadedModel, io: CliIo, style: FigureStyle) {
  return {
    // The sheets' money is in the model's currency: --currency, when given, stands in for it.
    model: {
      ...loaded.model,
      assumptions: { ...loaded.model.assumptions, currency: style.currency },
    },
    now: io.now(),
    version: VERSION,
    inputs: loaded.inputs,
  };
}

/** A command's output: `--out` first, then `--json`, else (without `--out`) the readable summary. */
export async function deliver<O extends InputAndOutputOptions>(
  args: ParsedArgs<O>,
  loaded: LoadedModel,
  io: CliIo,
  command: string,
  output: {
    write: (port: XlsxWorkbook) => Promise<WrittenSheet>;
    json: () => string;
    summary: () => string;
  }
): Promise<void> {
  await writeOut(args, loaded, io, command, output.write);
  if (args.flag("json")) io.out(output.json());
  else if (args.value("out") === undefined) io.out(output.summary());
}
