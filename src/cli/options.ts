/**
 * The options of every command, declared once: parsing (`args.ts`, over Node's `util.parseArgs`)
 * and the `--help` text (`help.ts`) are both generated from these declarations.
 */

/** One option: `--name VALUE` (a string) or `--name` alone (a boolean flag). */
export interface OptionDecl {
  readonly name: string;
  readonly type: "string" | "boolean";
  /** What it does; `\n` starts a new help line. */
  readonly description: string;
  /** The value's placeholder in help (`LIST`, `FILE.xlsx`); the choices joined by `|` by default. */
  readonly valueName?: string;
  /** The default, as help shows it in brackets (`[0.2]`). */
  readonly default?: string;
  /** The only values taken (matched ignoring case); anything else is a usage error. */
  readonly choices?: readonly string[];
  /** A usage error when not given. */
  readonly required?: boolean;
  /** Which part of the help lists it; the command's own options by default. */
  readonly group?: "input" | "output";
}

export interface CommandDecl<O extends readonly OptionDecl[] = readonly OptionDecl[]> {
  readonly name: string;
  /** One line for `gtm --help`'s list of commands. */
  readonly summary: string;
  /** Names of the positional arguments, all required (`in.xlsx|in.json`). */
  readonly positionals: readonly string[];
  /** The paragraph under the usage line. */
  readonly about: string;
  readonly options: O;
  /** Lines after the options: what `--json` prints. */
  readonly notes?: string;
}

/** The names a command's declaration takes. */
export type OptionName<D extends CommandDecl> = D["options"][number]["name"];

/** A command's declaration, its option names kept as literal types (for `args.value("…")`). */
export function declare<const O extends readonly OptionDecl[]>(
  decl: CommandDecl<O>
): CommandDecl<O> {
  return decl;
}

export const INPUT_FILE = "in.xlsx|in.json";

export const INPUT_OPTIONS = [
  {
    name: "channels",
    type: "string",
    valueName: "NAME",
    description: "table, sheet or range (Sheet!A1:J9) of the channels",
    default: "Channels",
    group: "input",
  },
  {
    name: "segments",
    type: "string",
    valueName: "NAME",
    description: "... of the segments",
    default: "Segments",
    group: "input",
  },
  {
    name: "mix",
    type: "string",
    valueName: "NAME",
    description: "... of the mix",
    default: "Mix",
    group: "input",
  },
  {
    name: "assumptions",
    type: "string",
    valueName: "NAME",
    description: "... of the assumptions",
    default: "Assumptions",
    group: "input",
  },
] as const satisfies readonly OptionDecl[];

export const OUTPUT_OPTIONS = [
  {
    name: "json",
    type: "boolean",
    description: "print the result as JSON on stdout",
    group: "output",
  },
  {
    name: "out",
    type: "string",
    valueName: "FILE.xlsx",
    description:
      "write a copy of the input workbook with the output sheet added\n(a new workbook for .json input). Charts are not drawn (exceljs cannot);\ntheir data is on the sheet.",
    group: "output",
  },
  {
    name: "force",
    type: "boolean",
    description: "replace FILE.xlsx if it exists",
    group: "output",
  },
  {
    name: "replace",
    type: "boolean",
    description: "replace the sheet this command wrote before instead of adding a new one",
    group: "output",
  },
  {
    name: "lang",
    type: "string",
    valueName: "en|zh-CN",
    description: "language of everything written and printed",
    default: "en",
    group: "output",
  },
  {
    name: "currency",
    type: "string",
    valueName: "CODE",
    description:
      "ISO 4217 code of money figures (USD, EUR, CNY, JPY…) in place of the model's Currency assumption [the model's, else USD]",
    group: "output",
  },
] as const satisfies readonly OptionDecl[];

/** Every command that reads a model and writes a sheet takes these. */
export const MODEL_OPTIONS = [...INPUT_OPTIONS, ...OUTPUT_OPTIONS] as const;

/** `--metric M` as every analysis takes it. */
export const METRIC_HELP = `a total metric: customers, activeCustomers, revenue, grossProfit,
contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion,
leads, or its label ("LTV:CAC", "Launch revenue"; any case); or one channel's
(channel[Partners].cac) or one segment's (segment[Enterprise].penetration)`;
