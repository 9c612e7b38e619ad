/**
 * The options of every command, declared once: parsing (`args.ts`, over Node's `util.parseArgs`)
 * and the `--help` text (`help.ts`) are both generated from these declarations. Each text the
 * help shows is declared in both languages (`{ en, zh }`, issue 11 point 4); names and choices
 * are syntax and read the same in both.
 */
import type { Words } from "./i18n/words";

/** One option: `--name VALUE` (a string) or `--name` alone (a boolean flag). */
export interface OptionDecl {
  readonly name: string;
  readonly type: "string" | "boolean";
  /** What it does; `\n` starts a new help line. */
  readonly description: Words;
  /**
   * The value's placeholder in help (`LIST`, `FILE.xlsx`); the choices joined by `|` by default.
   * Its words are said in the help's language (METAVARIABLES in help.ts).
   */
  readonly valueName?: string;
  /** The default, as help shows it in brackets (`[0.2]`): a value as typed, or words. */
  readonly default?: string | Words;
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
  readonly summary: Words;
  /** Names of the positional arguments, all required (`in.xlsx|in.json`). */
  readonly positionals: readonly string[];
  /** The paragraph under the usage line. */
  readonly about: Words;
  readonly options: O;
  /** Lines after the options: what `--json` prints. */
  readonly notes?: Words;
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

/** A positional argument's name as the help and errors show it: `in.xlsx` / `输入.xlsx`. */
export function positionalName(name: string): Words {
  return { en: name, zh: name.replace(/\bin\./g, "输入.").replace(/\bout\./g, "输出.") };
}

export const INPUT_OPTIONS = [
  {
    name: "channels",
    type: "string",
    valueName: "NAME",
    description: {
      en: "table, sheet or range (Sheet!A1:J9) of the channels",
      zh: "渠道所在的表、工作表或区域（工作表!A1:J9）",
    },
    default: "Channels",
    group: "input",
  },
  {
    name: "segments",
    type: "string",
    valueName: "NAME",
    description: { en: "... of the segments", zh: "客户细分所在的表、工作表或区域" },
    default: "Segments",
    group: "input",
  },
  {
    name: "mix",
    type: "string",
    valueName: "NAME",
    description: { en: "... of the mix", zh: "组合所在的表、工作表或区域" },
    default: "Mix",
    group: "input",
  },
  {
    name: "assumptions",
    type: "string",
    valueName: "NAME",
    description: { en: "... of the assumptions", zh: "假设所在的表、工作表或区域" },
    default: "Assumptions",
    group: "input",
  },
] as const satisfies readonly OptionDecl[];

export const OUTPUT_OPTIONS = [
  {
    name: "json",
    type: "boolean",
    description: {
      en: "print the result as JSON on stdout",
      zh: "以 JSON 形式将结果输出到标准输出",
    },
    group: "output",
  },
  {
    name: "out",
    type: "string",
    valueName: "FILE.xlsx",
    description: {
      en: "write a copy of the input workbook with the output sheet added\n(a new workbook for .json input). Charts are not drawn (exceljs cannot);\ntheir data is on the sheet.",
      zh: "写入输入工作簿的副本，并添加输出工作表\n（.json 输入则写入新工作簿）。不绘制图表（exceljs 无法绘制）；\n图表的数据在工作表上。",
    },
    group: "output",
  },
  {
    name: "force",
    type: "boolean",
    description: { en: "replace FILE.xlsx if it exists", zh: "若 文件.xlsx 已存在则替换它" },
    group: "output",
  },
  {
    name: "replace",
    type: "boolean",
    description: {
      en: "replace the sheet this command wrote before instead of adding a new one",
      zh: "替换此命令之前写入的工作表，而不是新增一个",
    },
    group: "output",
  },
  {
    name: "lang",
    type: "string",
    valueName: "en|zh-CN",
    description: {
      en: "language of everything written and printed",
      zh: "写入和输出的所有内容（包括帮助和错误信息）所用的语言",
    },
    default: "en",
    group: "output",
  },
  {
    name: "currency",
    type: "string",
    valueName: "CODE",
    description: {
      en: "ISO 4217 code of money figures (USD, EUR, CNY, JPY…) in place of the model's Currency assumption [the model's, else USD]",
      zh: "金额所用货币的 ISO 4217 代码（USD、EUR、CNY、JPY……），\n代替模型假设中的货币 [默认为模型的货币，否则为 USD]",
    },
    group: "output",
  },
] as const satisfies readonly OptionDecl[];

/** Every command that reads a model and writes a sheet takes these. */
export const MODEL_OPTIONS = [...INPUT_OPTIONS, ...OUTPUT_OPTIONS] as const;

/** `--metric M` as every analysis takes it. */
export const METRIC_HELP: Words = {
  en: `a total metric: customers, activeCustomers, revenue, grossProfit,
contribution, npv, launchRevenue, cac, ltv, ltvToCac, payback, conversion,
leads, or its label ("LTV:CAC", "Launch revenue"; any case); or one channel's
(channel[Partners].cac) or one segment's (segment[Enterprise].penetration)`,
  zh: `合计指标：customers、activeCustomers、revenue、grossProfit、
contribution、npv、launchRevenue、cac、ltv、ltvToCac、payback、conversion、
leads，或其英文名称（"LTV:CAC"、"Launch revenue"；不区分大小写）；或某个渠道的
指标（channel[Partners].cac），或某个客户细分的指标（segment[Enterprise].penetration）`,
};
