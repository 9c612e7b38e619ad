/** Help texts, generated from the commands' declarations: `gtm --help` and `gtm <command> --help`. */
import type { CommandDecl, OptionDecl } from "./options";

const INPUT_HELP = `Input: an .xlsx workbook with Excel tables (or sheets) named Channels, Segments and, optionally,
Mix and Assumptions — headers in the first row, the table anywhere on its sheet — or a .json file
in the form of the examples (shared/examples/*.input.json). The input file is never modified.`;

const EXIT_HELP = `Exit codes: 0 success; 1 input errors (one line each on stderr, naming sheet!cell, table, row
and field) or an unreadable file; 2 usage errors (unknown command or option, missing argument, a
bad option value, an --out file that exists without --force), always before any file is read.`;

/** Column where descriptions start. */
const COLUMN = 24;
/** Column where defaults end (right-aligned in brackets). */
const WIDTH = 96;

function valueName(option: OptionDecl): string {
  return option.valueName ?? option.choices?.join("|") ?? "VALUE";
}

/** `--name VALUE` as a usage line and the options list show it. */
export function optionSyntax(option: OptionDecl): string {
  return option.type === "boolean" ? `--${option.name}` : `--${option.name} ${valueName(option)}`;
}

/** One option's help lines: syntax, description (its lines indented), default in brackets. */
export function optionLines(option: OptionDecl): string[] {
  const head = `  ${optionSyntax(option)}`;
  const lines = option.description.split("\n");
  const out = lines.map((line, i) => {
    const lead = i === 0 ? head : "";
    return lead.length >= COLUMN - 1 && i === 0
      ? `${lead}\n${" ".repeat(COLUMN)}${line}`
      : `${lead.padEnd(COLUMN)}${line}`;
  });
  if (option.default !== undefined) {
    const tag = `[${option.default}]`;
    const last = out[out.length - 1];
    const tail = last.slice(last.lastIndexOf("\n") + 1);
    out[out.length - 1] =
      tail.length + 2 + tag.length <= WIDTH
        ? `${last}${" ".repeat(WIDTH - tail.length - tag.length)}${tag}`
        : `${last}\n${" ".repeat(WIDTH - tag.length)}${tag}`;
  }
  return out;
}

/** `gtm sensitivity <in.xlsx|in.json> --metric M --x DRIVER [options]`. */
export function usageLine(decl: CommandDecl): string {
  const positionals = decl.positionals.map((name) => `<${name}>`);
  const required = decl.options.filter((option) => option.required === true).map(optionSyntax);
  const optional = decl.options.some((option) => option.required !== true) ? ["[options]"] : [];
  return ["gtm", decl.name, ...positionals, ...required, ...optional].join(" ");
}

function section(title: string, options: readonly OptionDecl[]): string[] {
  return options.length === 0 ? [] : ["", title, ...options.flatMap(optionLines)];
}

/** `gtm <command> --help`. */
export function commandHelp(decl: CommandDecl): string {
  const own = decl.options.filter((option) => option.group === undefined);
  const input = decl.options.filter((option) => option.group === "input");
  const output = decl.options.filter((option) => option.group === "output");
  const lines = [
    `Usage: ${usageLine(decl)}`,
    "",
    decl.about,
    ...section("Options:", own),
    ...(input.length > 0 ? ["", INPUT_HELP] : []),
    ...section("Input options (.xlsx):", input),
    ...section("Output options:", output),
    "  -h, --help            this help",
    ...(decl.notes !== undefined ? ["", decl.notes] : []),
    "",
    EXIT_HELP,
  ];
  return `${lines.join("\n")}\n`;
}

/** `gtm --help`: every command's usage line and summary. */
export function mainHelp(commands: readonly CommandDecl[]): string {
  const width = Math.max(...commands.map((decl) => decl.name.length)) + 4;
  return `${[
    "gtm — GTM Modeler on the command line: the go-to-market model on .xlsx workbooks.",
    "",
    "Usage:",
    ...commands.map((decl) => `  ${usageLine(decl)}`),
    "  gtm --help | gtm <command> --help | gtm --version",
    "",
    "Commands:",
    ...commands.map((decl) => `  ${decl.name.padEnd(width)}${decl.summary}`),
    "",
    EXIT_HELP,
  ].join("\n")}\n`;
}
