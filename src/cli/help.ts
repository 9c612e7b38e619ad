/**
 * Help texts, generated from the commands' declarations: `gtm --help` and `gtm <command> --help`,
 * in the language of `--lang` (the declarations carry every text in both languages).
 */
import type { Locale } from "../model";
import { message } from "./i18n/messages";
import { displayWidth, padEndTo } from "./i18n/width";
import { say } from "./i18n/words";
import { positionalName, type CommandDecl, type OptionDecl } from "./options";

/** Column where descriptions start. */
const COLUMN = 24;
/** Column where defaults end (right-aligned in brackets). */
const WIDTH = 96;

/** The words of value placeholders, in Chinese (single letters, choices and tags stay as typed). */
const METAVARIABLES_ZH: Readonly<Record<string, string>> = {
  NAME: "名称",
  LIST: "列表",
  DRIVER: "驱动因素",
  CODE: "代码",
  VALUE: "值",
  "FILE.xlsx": "文件.xlsx",
  "FILE.csv": "文件.csv",
};

function valueName(option: OptionDecl, locale: Locale): string {
  const name = option.valueName ?? option.choices?.join("|") ?? "VALUE";
  return locale === "zh-CN" ? (METAVARIABLES_ZH[name] ?? name) : name;
}

/** `--name VALUE` as a usage line and the options list show it. */
export function optionSyntax(option: OptionDecl, locale: Locale = "en"): string {
  return option.type === "boolean"
    ? `--${option.name}`
    : `--${option.name} ${valueName(option, locale)}`;
}

/** The default in brackets at the end of the last line, or on a line of its own when too long. */
function withDefault(out: string[], tag: string): void {
  const last = out[out.length - 1] as string;
  const tail = last.slice(last.lastIndexOf("\n") + 1);
  const width = displayWidth(tail);
  out[out.length - 1] =
    width + 2 + displayWidth(tag) <= WIDTH
      ? `${last}${" ".repeat(WIDTH - width - displayWidth(tag))}${tag}`
      : `${last}\n${" ".repeat(WIDTH - displayWidth(tag))}${tag}`;
}

/** One option's help lines: syntax, description (its lines indented), default in brackets. */
export function optionLines(option: OptionDecl, locale: Locale = "en"): string[] {
  const head = `  ${optionSyntax(option, locale)}`;
  const lines = say(option.description, locale).split("\n");
  const out = lines.map((line, i) => {
    const lead = i === 0 ? head : "";
    return displayWidth(lead) >= COLUMN - 1 && i === 0
      ? `${lead}\n${" ".repeat(COLUMN)}${line}`
      : `${padEndTo(lead, COLUMN)}${line}`;
  });
  if (option.default !== undefined) withDefault(out, `[${say(option.default, locale)}]`);
  return out;
}

/** `gtm sensitivity <in.xlsx|in.json> --metric M --x DRIVER [options]`. */
export function usageLine(decl: CommandDecl, locale: Locale = "en"): string {
  const positionals = decl.positionals.map((name) => `<${say(positionalName(name), locale)}>`);
  const required = decl.options
    .filter((option) => option.required === true)
    .map((option) => optionSyntax(option, locale));
  const optional = decl.options.some((option) => option.required !== true)
    ? [message("helpOptional", locale)]
    : [];
  return ["gtm", decl.name, ...positionals, ...required, ...optional].join(" ");
}

function section(title: string, options: readonly OptionDecl[], locale: Locale): string[] {
  return options.length === 0
    ? []
    : ["", title, ...options.flatMap((option) => optionLines(option, locale))];
}

/** `gtm <command> --help`. */
export function commandHelp(decl: CommandDecl, locale: Locale = "en"): string {
  const own = decl.options.filter((option) => option.group === undefined);
  const input = decl.options.filter((option) => option.group === "input");
  const output = decl.options.filter((option) => option.group === "output");
  const lines = [
    message("helpUsage", locale, usageLine(decl, locale)),
    "",
    say(decl.about, locale),
    ...section(message("helpOptions", locale), own, locale),
    ...(input.length > 0 ? ["", message("helpInput", locale)] : []),
    ...section(message("helpInputOptions", locale), input, locale),
    ...section(message("helpOutputOptions", locale), output, locale),
    `${padEndTo("  -h, --help", COLUMN)}${message("helpHelp", locale)}`,
    ...(decl.notes !== undefined ? ["", say(decl.notes, locale)] : []),
    "",
    message("helpExit", locale),
  ];
  return `${lines.join("\n")}\n`;
}

/** `gtm --help`: every command's usage line and summary. */
export function mainHelp(commands: readonly CommandDecl[], locale: Locale = "en"): string {
  const width = Math.max(...commands.map((decl) => decl.name.length)) + 4;
  const command = locale === "zh-CN" ? "<命令>" : "<command>";
  return `${[
    message("helpTitle", locale),
    "",
    message("helpUsageHeading", locale),
    ...commands.map((decl) => `  ${usageLine(decl, locale)}`),
    `  gtm --help | gtm ${command} --help | gtm --version`,
    "",
    message("helpCommands", locale),
    ...commands.map((decl) => `  ${decl.name.padEnd(width)}${say(decl.summary, locale)}`),
    "",
    message("helpExit", locale),
  ].join("\n")}\n`;
}
